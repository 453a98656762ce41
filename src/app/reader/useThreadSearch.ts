import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type * as SearchModule from '../../thread/search';
import type { MatchPosition, SearchIndex, SearchMatches } from '../../thread/search';
import type { ThreadOrder } from '../../thread/sort';
import type { ThreadIndex } from '../../thread/threadIndex';

/** Typing faster than this runs one search, not one per key. */
const SEARCH_DELAY_MS = 60;

type Ready = { readonly engine: typeof SearchModule; readonly index: SearchIndex };

type Found = {
  /** The query as typed that gave these matches. */
  readonly text: string;
  readonly matches: SearchMatches;
  /** Number of the current match, from 0; -1 when there is none. */
  readonly current: number;
};

export type ThreadSearch = {
  readonly query: string;
  readonly setQuery: (query: string) => void;
  /** Gets the search ready (on focus of the search box, before the first key). */
  readonly prepare: () => void;
  /** 'Indexing…' until the search is ready, then '3 of 41' or 'No matches'. */
  readonly status: string;
  /** Matches of the last search; 0 when there is none. */
  readonly total: number;
  readonly foldedQuery: string;
  readonly current: MatchPosition | null;
  readonly step: (direction: 1 | -1) => void;
};

/**
 * Search state for one thread. The first time the search box gets focus or a query, the search
 * module loads and builds its index in slices between tasks; every search and every step then
 * calls `reveal` with the current match.
 */
export function useThreadSearch(
  index: ThreadIndex,
  order: ThreadOrder,
  reveal: (position: MatchPosition) => void,
): ThreadSearch {
  const [query, setQueryState] = useState('');
  const [wanted, setWanted] = useState(false);
  const [ready, setReady] = useState<Ready | null>(null);
  const [found, setFound] = useState<Found | null>(null);
  // The same, for callbacks that run between renders (timers, key presses).
  const latest = useRef<Found | null>(null);
  const commit = useCallback((next: Found | null) => {
    latest.current = next;
    setFound(next);
  }, []);

  useEffect(() => {
    if (!wanted || ready) return;
    let live = true;
    let timer = 0;
    void import('../../thread/search').then((engine) => {
      const builder = engine.searchIndexBuilder(index.comments);
      const slice = () => {
        if (!live) return;
        const next = builder.next();
        if (next.done) setReady({ engine, index: next.value });
        else timer = window.setTimeout(slice, 0);
      };
      slice();
    });
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [wanted, ready, index]);

  const display = useMemo(
    () => ready?.engine.displayOrder(order, index.comments.length),
    [ready, order, index],
  );

  const search = useCallback(
    (text: string, previous: Found | null): Found | null => {
      if (!ready || !display || text.trim() === '') return null;
      const { findMatches, matchAt, matchNumber } = ready.engine;
      const matches = findMatches(ready.index, display, text);
      // The same query in another order (a re-sort) keeps its current match.
      const kept =
        previous && previous.text === text ? matchAt(previous.matches, previous.current) : null;
      const current = kept ? Math.max(0, matchNumber(matches, kept)) : matches.total > 0 ? 0 : -1;
      const position = matchAt(matches, current);
      if (position) reveal(position);
      return { text, matches, current };
    },
    [ready, display, reveal],
  );

  // A new query (after a pause in typing), the search becoming ready, or a new order: search again.
  useEffect(() => {
    if (query.trim() === '') return;
    const timer = window.setTimeout(() => commit(search(query, latest.current)), SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [query, search, commit]);

  const setQuery = useCallback(
    (text: string) => {
      setWanted(true);
      setQueryState(text);
      if (text.trim() === '') commit(null);
    },
    [commit],
  );

  const step = useCallback(
    (direction: 1 | -1) => {
      const previous = latest.current;
      if (!ready) return;
      if (previous === null || previous.text !== query) {
        // Enter before the pause in typing is over: search at once, and stay on the first match.
        commit(search(query, null));
        return;
      }
      const current = ready.engine.stepMatch(previous.current, previous.matches.total, direction);
      const position = ready.engine.matchAt(previous.matches, current);
      if (position) reveal(position);
      commit({ ...previous, current });
    },
    [ready, query, search, reveal, commit],
  );

  const total = found?.matches.total ?? 0;
  let status = '';
  if (query.trim() !== '') {
    if (!ready) status = 'Indexing…';
    else if (found)
      status =
        total === 0
          ? 'No matches'
          : `${(found.current + 1).toLocaleString('en')} of ${total.toLocaleString('en')}`;
  }
  return {
    query,
    setQuery,
    prepare: () => setWanted(true),
    status,
    total,
    foldedQuery: found?.matches.query ?? '',
    current: found && ready ? ready.engine.matchAt(found.matches, found.current) : null,
    step,
  };
}
