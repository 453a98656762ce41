import { t } from '@lingui/core/macro';
import { useRef, useState, type RefObject } from 'react';
import type { MatchPosition } from '../../thread/search';
import type { commentMatches } from '../../thread/searchText';
import type { ThreadOrder } from '../../thread/sort';
import type { ThreadIndex } from '../../thread/threadIndex';

/** The last search's results, as the search engine (SearchEngine.tsx) reports them. */
export type SearchResults = {
  /** '3 of 41' or 'No matches', in the interface language. */
  readonly status: string;
  /** Matches in all; 0 for none. */
  readonly total: number;
  /** Comments that hold a match (indices, in display order). */
  readonly matchedComments: Int32Array;
  /** The query as matched (folded). */
  readonly foldedQuery: string;
  readonly current: MatchPosition | null;
  /** Where a comment's matches are: searchText's, loaded with the engine, for the rows. */
  readonly matchesIn: typeof commentMatches;
};

/** What the engine has told the box: whether its index is built, and its last results. */
export type SearchEngineState = {
  readonly ready: boolean;
  /** null before the first search and after the query is emptied. */
  readonly results: SearchResults | null;
};

/** What the box asks of the engine once it is loaded. */
export type SearchControls = {
  /** Enter and Shift+Enter: the next or previous match, or a search at once while typing. */
  readonly step: (direction: 1 | -1) => void;
};

/** What the engine (SearchEngine.tsx, loaded on first use) is given by the box. */
export type SearchEngineProps = {
  readonly index: ThreadIndex;
  readonly order: ThreadOrder;
  /** The query as typed, from before the engine arrived too: searched once it is ready. */
  readonly query: string;
  /** Called with every search's current match. */
  readonly reveal: (position: MatchPosition) => void;
  readonly onChange: (state: SearchEngineState) => void;
  /** Set by the engine while it is mounted. */
  readonly controls: RefObject<SearchControls | null>;
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
  /** Comments that hold a match of the last search (indices, in display order); null for none. */
  readonly matchedComments: Int32Array | null;
  readonly foldedQuery: string;
  readonly current: MatchPosition | null;
  /** For the rows, while there are results (the query is `foldedQuery`); null otherwise. */
  readonly matchesIn: typeof commentMatches | null;
  readonly step: (direction: 1 | -1) => void;
  /** The engine's props once the search is wanted (focus or a query); null until then. */
  readonly engine: SearchEngineProps | null;
};

const NOT_READY: SearchEngineState = { ready: false, results: null };

/**
 * Search state for one thread: the query, and what the engine found for it. The engine
 * (SearchEngine.tsx: searching, counting, stepping, with src/thread/search.ts) is not part of
 * the first paint: it loads the first time the search box gets focus or a query, and searches
 * for whatever was typed by then; until it is ready the status says 'Indexing…'.
 */
export function useThreadSearch(
  index: ThreadIndex,
  order: ThreadOrder,
  reveal: (position: MatchPosition) => void,
): ThreadSearch {
  const [query, setQueryState] = useState('');
  const [wanted, setWanted] = useState(false);
  const [engine, setEngine] = useState(NOT_READY);
  const controls = useRef<SearchControls>(null);
  // An emptied box shows no results at once, before the engine hears of it.
  const empty = query.trim() === '';
  const results = empty ? null : engine.results;
  return {
    query,
    setQuery(text) {
      setWanted(true);
      setQueryState(text);
    },
    prepare: () => setWanted(true),
    status: empty
      ? ''
      : !engine.ready
        ? t({ message: 'Indexing…', comment: 'the search gets ready: its index is being built' })
        : (results?.status ?? ''),
    total: results?.total ?? 0,
    matchedComments: results?.matchedComments ?? null,
    foldedQuery: results?.foldedQuery ?? '',
    current: results?.current ?? null,
    matchesIn: results?.matchesIn ?? null,
    // Before the engine is there, Enter has nothing to step through: the engine searches for
    // the query as soon as it is ready, as Enter would.
    step: (direction) => controls.current?.step(direction),
    engine: wanted ? { index, order, query, reveal, onChange: setEngine, controls } : null,
  };
}
