import { t } from '@lingui/core/macro';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type * as SearchModule from '../../thread/search';
import type { Found, MatchPosition, SearchIndex } from '../../thread/search';
import { displayOrder, type ThreadOrder } from '../../thread/sort';
import type { ThreadIndex } from '../../thread/threadIndex';
import { withMessages } from '../../locales/catalogues';

/** Typing faster than this runs one search, not one per key. */
const SEARCH_DELAY_MS = 60;

type Ready = { readonly engine: typeof SearchModule; readonly index: SearchIndex };

export type ThreadSearch = {
  readonly query: string;
  readonly setQuery: (query: string) => void;
  /** Gets the search ready (on focus of the search box, before the first key). */
  readonly prepare: () => void;
  /** 'Indexing…' until the search is ready, then '3 of 41' or 'No matches'. */
  readonly status: string;
  /** Matches of the last search; 0 when there is none. */
  readonly total: number;
  /** Comments that hold a match of the last search (indices, in display order); null for none. */
  readonly matchedComments: Int32Array | null;
  readonly foldedQuery: string;
  readonly current: MatchPosition | null;
  readonly step: (direction: 1 | -1) => void;
};

/**
 * Search state for one thread. The first time the search box gets focus or a query, the search
 * module (src/thread/search.ts) loads and builds its index in slices between tasks; every
 * search and every step then calls `reveal` with the current match.
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

  useEffect(() => {
    if (!wanted || ready) return;
    let live = true;
    let timer = 0;
    void withMessages(import('../../thread/search')).then((engine) => {
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
    () => (ready ? displayOrder(order, index.comments.length) : undefined),
    [ready, order, index],
  );

  /** Shows these results and reveals their current match. */
  const show = useCallback(
    (next: Found | null) => {
      latest.current = next;
      setFound(next);
      const position = next && ready?.engine.matchAt(next.matches, next.current);
      if (position) reveal(position);
    },
    [ready, reveal],
  );

  const search = useCallback(
    (text: string, previous: Found | null) => {
      if (ready && display && text.trim() !== '')
        show(ready.engine.search(ready.index, display, text, previous));
    },
    [ready, display, show],
  );

  // A new query (after a pause in typing), the search becoming ready, or a new order: search again.
  useEffect(() => {
    const timer = window.setTimeout(() => search(query, latest.current), SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [query, search]);

  return {
    query,
    setQuery(text) {
      setWanted(true);
      setQueryState(text);
      if (text.trim() === '') show(null);
    },
    prepare: () => setWanted(true),
    status:
      query.trim() === ''
        ? ''
        : !ready
          ? t({ message: 'Indexing…', comment: 'the search gets ready: its index is being built' })
          : found
            ? ready.engine.describeFound(found)
            : '',
    total: found?.matches.total ?? 0,
    matchedComments: found?.matches.comments ?? null,
    foldedQuery: found?.matches.query ?? '',
    current: found && ready ? ready.engine.matchAt(found.matches, found.current) : null,
    step(direction) {
      const previous = latest.current;
      // Enter before the pause in typing is over searches at once, and stays on the first match.
      if (previous?.text !== query) search(query, null);
      else if (ready && previous.matches.total > 0) show(ready.engine.step(previous, direction));
    },
  };
}
