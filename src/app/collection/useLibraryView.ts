import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { libraryViewParams, parseLibraryView, type LibraryView } from './libraryView';

/** The address of a view: `?q=…`, or the bare `/` for the default view. */
function searchOf(view: LibraryView): { readonly search: string } {
  const params = libraryViewParams(view).toString();
  return { search: params === '' ? '' : `?${params}` };
}

/** How long typing pauses before the address takes the query. */
const QUERY_WRITE_MS = 300;

/** How a change enters the history: a step of its own (Back undoes it) or in place. */
export type HistoryMode = 'push' | 'replace';

export type LibraryViewState = {
  /** The view shown: the address's, with the query as typed. */
  readonly view: LibraryView;
  /** The search box's text: the list follows at once, the address after a pause in typing. */
  readonly setQuery: (query: string) => void;
  /** Another view (filters, sort), written to the address at once. */
  readonly change: (next: LibraryView, mode: HistoryMode) => void;
};

/**
 * The library's view, kept in the address (`libraryView.ts`). Typing replaces the history
 * entry (one entry per search, not per keystroke, written after a pause so that the router
 * does not navigate at every key); a choice among the filters and sorts is a step of its own,
 * which Back undoes, except the date fields, which change as they are typed and replace.
 * Back, forward and reload show the view of their entry, the search box's text included.
 */
export function useLibraryView(): LibraryViewState {
  // useLocation and useNavigate rather than useSearchParams: the reader's entry chunk already
  // hands those two to the parts it loads later (one export less in its initial JavaScript).
  const { search } = useLocation();
  const navigate = useNavigate();
  const fromAddress = useMemo(() => parseLibraryView(new URLSearchParams(search)), [search]);
  // The address when the query is written after a pause: a filter chosen meanwhile stays.
  const address = useRef(search);
  useEffect(() => {
    address.current = search;
  }, [search]);
  // `typed`: the box's text. `seen`: the address's query when last looked at; `wrote`: the
  // last query written to it. The address changing to neither (back, forward, a link) brings
  // its query into the box; our own write arriving (navigation is asynchronous) does not.
  const [draft, setDraft] = useState({
    typed: fromAddress.query,
    seen: fromAddress.query,
    wrote: fromAddress.query,
  });
  let typed = draft.typed;
  if (fromAddress.query !== draft.seen) {
    const ours = fromAddress.query === draft.wrote;
    typed = ours ? draft.typed : fromAddress.query;
    setDraft({ typed, seen: fromAddress.query, wrote: ours ? draft.wrote : fromAddress.query });
  }

  const timer = useRef(0);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const setQuery = useCallback(
    (query: string) => {
      setDraft((was) => ({ ...was, typed: query }));
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => {
        setDraft((was) => ({ ...was, wrote: query }));
        const current = parseLibraryView(new URLSearchParams(address.current));
        void navigate(searchOf({ ...current, query }), { replace: true, preventScrollReset: true });
      }, QUERY_WRITE_MS);
    },
    [navigate],
  );

  const change = useCallback(
    (next: LibraryView, mode: HistoryMode) => {
      window.clearTimeout(timer.current);
      setDraft((was) => ({ ...was, typed: next.query, wrote: next.query }));
      void navigate(searchOf(next), { replace: mode === 'replace', preventScrollReset: true });
    },
    [navigate],
  );

  const view = useMemo(() => ({ ...fromAddress, query: typed }), [fromAddress, typed]);
  return { view, setQuery, change };
}
