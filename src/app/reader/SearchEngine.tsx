import { useCallback, useEffect, useImperativeHandle, useMemo, useRef, useState } from 'react';
import {
  describeFound,
  matchAt,
  search as searchFor,
  searchIndexBuilder,
  step as stepFound,
  type Found,
  type SearchIndex,
} from '../../thread/search';
import { commentMatches } from '../../thread/searchText';
import { displayOrder } from '../../thread/sort';
import type { SearchEngineProps, SearchResults } from './useThreadSearch';

/** Typing faster than this runs one search, not one per key. */
const SEARCH_DELAY_MS = 60;

function resultsOf(found: Found): SearchResults {
  return {
    status: describeFound(found),
    total: found.matches.total,
    matchedComments: found.matches.comments,
    foldedQuery: found.matches.query,
    current: matchAt(found.matches, found.current),
    matchesIn: commentMatches,
  };
}

/**
 * The thread's search at work; it renders nothing. Loaded with src/thread/search.ts the first
 * time the reader goes to the search box (useThreadSearch.ts holds the query meanwhile), it
 * builds the search index in slices between tasks, then searches for the query after each pause
 * in typing and on every new order, steps through the matches on Enter, and reports the results
 * through `onChange`, calling `reveal` with each current match.
 */
export function SearchEngine({
  index,
  order,
  query,
  reveal,
  onChange,
  controls,
}: SearchEngineProps) {
  const [ready, setReady] = useState<SearchIndex | null>(null);
  // The last search, for callbacks that run between renders (timers, key presses).
  const latest = useRef<Found | null>(null);

  useEffect(() => {
    let live = true;
    let timer = 0;
    const builder = searchIndexBuilder(index.comments);
    const slice = () => {
      if (!live) return;
      const next = builder.next();
      if (next.done) {
        setReady(next.value);
        onChange({ ready: true, results: null });
      } else timer = window.setTimeout(slice, 0);
    };
    slice();
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [index, onChange]);

  const display = useMemo(
    () => (ready ? displayOrder(order, index.comments.length) : undefined),
    [ready, order, index],
  );

  /** Shows these results and reveals their current match. */
  const show = useCallback(
    (next: Found | null) => {
      latest.current = next;
      onChange({ ready: true, results: next && resultsOf(next) });
      const position = next && matchAt(next.matches, next.current);
      if (position) reveal(position);
    },
    [onChange, reveal],
  );

  const search = useCallback(
    (text: string, previous: Found | null) => {
      if (ready && display && text.trim() !== '') show(searchFor(ready, display, text, previous));
    },
    [ready, display, show],
  );

  // A new query (after a pause in typing), the index becoming ready, or a new order: search
  // again. An emptied box forgets the last search.
  useEffect(() => {
    if (query.trim() === '') {
      if (latest.current) show(null);
      return;
    }
    const timer = window.setTimeout(() => search(query, latest.current), SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [query, search, show]);

  useImperativeHandle(
    controls,
    () => ({
      step(direction) {
        const previous = latest.current;
        // Enter before the pause in typing is over searches at once, and stays on the first match.
        if (previous?.text !== query) search(query, null);
        else if (previous.matches.total > 0) show(stepFound(previous, direction));
      },
    }),
    [query, search, show],
  );

  return null;
}
