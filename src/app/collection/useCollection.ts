import { useCallback, useMemo, useState } from 'react';
import { useLocale } from '../../components/useLocale';
import type { LibraryEntry } from '../../library/queries';
import { filterEntries, sortEntries, type ShownEntries } from './libraryFilter';
import { isFiltered, type LibraryView } from './libraryView';
import { NO_SELECTION, prune, unselectedByView, type Selection } from './selection';
import { useLibrarySearch, type LibrarySearch } from './useLibrarySearch';
import { useLibraryView, type HistoryMode } from './useLibraryView';

export type Collection = {
  readonly view: LibraryView;
  readonly setQuery: (query: string) => void;
  readonly changeView: (next: LibraryView, mode: HistoryMode) => void;
  /** Every document of the library. */
  readonly total: number;
  /** What the view shows, and the languages its filter offers. */
  readonly shown: ShownEntries;
  readonly filtered: boolean;
  readonly search: LibrarySearch;
  /** Always within what is shown (a document hidden or deleted is no longer selected). */
  readonly selection: Selection;
  readonly changeSelection: (change: (selection: Selection) => Selection) => void;
  /** The selected documents, in the order shown. */
  readonly selectedEntries: readonly LibraryEntry[];
  readonly clearSelection: () => void;
  /**
   * How many selected documents the last change of search or filters hid, and so unselected;
   * 0 again once the reader changes the selection.
   */
  readonly unselected: number;
};

/**
 * The library as a collection: the view in the address, the search, what the view shows (sorted
 * once per sort and language, filtered at each change), and the selection among what is shown.
 */
export function useCollection(entries: readonly LibraryEntry[]): Collection {
  const locale = useLocale();
  const { view, setQuery, change: changeView } = useLibraryView();
  const collator = useMemo(
    () => new Intl.Collator(locale, { sensitivity: 'base', numeric: true }),
    [locale],
  );
  const { sort, direction, languages, comments, origin, publishedFrom, publishedTo } = view;
  const sorted = useMemo(
    () => sortEntries(entries, sort, direction, collator),
    [entries, sort, direction, collator],
  );
  const search = useLibrarySearch(entries, view.query);
  // The filters one by one: `view` is a new object at each keystroke, its filters are not.
  const shown = useMemo(
    () =>
      filterEntries(
        sorted,
        { languages, comments, origin, publishedFrom, publishedTo },
        search.matches,
      ),
    [sorted, search.matches, languages, comments, origin, publishedFrom, publishedTo],
  );

  const [kept, setKept] = useState<Selection>(NO_SELECTION);
  const [unselected, setUnselected] = useState(0);
  const shownIds = useMemo(() => new Set(shown.entries.map((entry) => entry.id)), [shown.entries]);
  const listedIds = useMemo(() => new Set(entries.map((entry) => entry.id)), [entries]);
  // Within what is shown: adjusted as the list changes, during the render that changes it.
  const selection = prune(kept, shownIds);
  if (selection !== kept) {
    setKept(selection);
    const hidden = unselectedByView(kept, selection, listedIds);
    if (hidden > 0) setUnselected(hidden);
  }
  const selectedEntries = useMemo(
    () => shown.entries.filter((entry) => selection.selected.has(entry.id)),
    [shown.entries, selection.selected],
  );
  const changeSelection = useCallback((change: (selection: Selection) => Selection) => {
    setKept(change);
    setUnselected(0);
  }, []);
  const clearSelection = useCallback(() => {
    setKept(NO_SELECTION);
    setUnselected(0);
  }, []);

  return {
    view,
    setQuery,
    changeView,
    total: entries.length,
    shown,
    filtered: isFiltered(view),
    search,
    selection,
    changeSelection,
    selectedEntries,
    clearSelection,
    unselected,
  };
}
