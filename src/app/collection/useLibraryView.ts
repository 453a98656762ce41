import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { libraryViewParams, parseLibraryView, type LibraryView } from './libraryView';

/** The search part of a view's address: `?q=…`, or '' (the bare `/`) for the default view. */
function searchOf(view: LibraryView): string {
  const params = libraryViewParams(view).toString();
  return params === '' ? '' : `?${params}`;
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
 * Back, forward and reload show the view of their entry, the search box's text included; a
 * query still waiting for its pause when Back or Forward is pressed is dropped, never written
 * over the entry they show.
 */
export function useLibraryView(): LibraryViewState {
  // useLocation and useNavigate rather than useSearchParams: the reader's entry chunk already
  // hands those two to the parts it loads later (one export less in its initial JavaScript).
  const { search } = useLocation();
  const navigate = useNavigate();
  const fromAddress = useMemo(() => parseLibraryView(new URLSearchParams(search)), [search]);
  // `typed`: the box's text. `seen`: the address when last looked at; `wrote`: the address we
  // last asked for, and `asked` its view, shown until the address has it (navigation is
  // asynchronous: a radio button chosen shows as chosen at once). The address changing to
  // another (back, forward, a link) brings its query into the box; our own write arriving does
  // not, so that what was typed meanwhile stays.
  const [draft, setDraft] = useState<{
    typed: string;
    seen: string;
    wrote: string | null;
    asked: LibraryView | null;
  }>({ typed: fromAddress.query, seen: search, wrote: null, asked: null });
  let { typed, asked: shown } = draft;
  if (search !== draft.seen) {
    const ours = search === draft.wrote;
    typed = ours ? draft.typed : fromAddress.query;
    shown = null;
    setDraft({ typed, seen: search, wrote: ours ? null : draft.wrote, asked: null });
  }

  // The address as the page shows it (the query is written into it after a pause: a filter
  // chosen meanwhile stays), and the one we last asked for.
  const address = useRef(search);
  const asked = useRef<string | null>(null);
  const timer = useRef(0);
  useLayoutEffect(() => {
    address.current = search;
    if (search === asked.current) asked.current = null;
    else {
      // Moved by someone else (back, forward): a query typed before must not replace the
      // entry now shown when its pause ends.
      window.clearTimeout(timer.current);
      asked.current = null;
    }
  }, [search]);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const go = useCallback(
    (next: LibraryView, replace: boolean) => {
      const target = searchOf(next);
      asked.current = target;
      setDraft((was) => ({ ...was, typed: next.query, wrote: target, asked: next }));
      void navigate({ search: target }, { replace, preventScrollReset: true });
    },
    [navigate],
  );

  const setQuery = useCallback(
    (query: string) => {
      setDraft((was) => ({ ...was, typed: query }));
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => {
        // Back or forward already under way (the window's address moved, the page not yet):
        // the entry it shows keeps its own query.
        const now = window.location.search;
        if (now !== address.current && now !== asked.current) return;
        // The view asked for last (a filter chosen, its navigation under way) or shown.
        const current = parseLibraryView(new URLSearchParams(asked.current ?? address.current));
        go({ ...current, query }, true);
      }, QUERY_WRITE_MS);
    },
    [go],
  );

  const change = useCallback(
    (next: LibraryView, mode: HistoryMode) => {
      window.clearTimeout(timer.current);
      go(next, mode === 'replace');
    },
    [go],
  );

  const view = useMemo(
    () => ({ ...(shown ?? fromAddress), query: typed }),
    [shown, fromAddress, typed],
  );
  return { view, setQuery, change };
}
