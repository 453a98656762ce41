// The reader's state in React: src/thread/readerState.ts decides, this carries it out. It holds
// the state, turns key presses, clicks and locations into commands, and does what the state asks
// of the DOM: focus and scroll for a focus request, the clipboard for a copied link.

import { t } from '@lingui/core/macro';
import {
  useCallback,
  useEffect,
  useEffectEvent,
  useLayoutEffect,
  useMemo,
  useReducer,
  useRef,
  useState,
  type FocusEvent,
  type RefObject,
} from 'react';
import { useLocation, useNavigate } from 'react-router';
import { readCollapseThreshold, writeCollapseThreshold } from '../../library/preferences';
import { commentDomId, commentIdFromDomId } from '../../thread/permalink';
import type { keyOutcome, waitingCommands } from '../../thread/keys';
import type { navigate } from '../../thread/navigation';
import {
  initialReaderState,
  keyRoute,
  readerRows,
  reduce,
  searchLeaveTarget,
  tabStopId,
  type KeyFocus,
  type KeyPress,
  type ReaderCommand,
  type ReaderContext,
  type ReaderState,
} from '../../thread/readerState';
import type { MatchPosition } from '../../thread/search';
import { orderThread, type SortMode } from '../../thread/sort';
import type { ThreadIndex } from '../../thread/threadIndex';
import { afterFirstPaint } from './afterFirstPaint';
import { useFocusRequest } from './useFocusRequest';
import { usePlaceMemory } from './usePlaceMemory';
import { useWindowVirtualizer, VIRTUAL_FROM } from './windowVirtualizer';

/** The key map and the moves, loaded after the first paint. */
type KeyModules = {
  readonly keyOutcome: typeof keyOutcome;
  readonly waitingCommands: typeof waitingCommands;
  readonly navigate: typeof navigate;
};

function loadKeyModules(): Promise<KeyModules> {
  return Promise.all([import('../../thread/keys'), import('../../thread/navigation')]).then(
    ([keys, navigation]) => ({ ...keys, navigate: navigation.navigate }),
  );
}

/** Where a key press happened, for keyRoute and keyOutcome. */
function keyFocus(
  target: EventTarget | null,
  tree: HTMLElement | null,
  searchBox: HTMLElement | null,
): KeyFocus {
  if (target !== null && target === searchBox) return 'search-box';
  if (!(target instanceof HTMLElement)) return 'page';
  if (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return 'field';
  if (tree?.contains(target) !== true) return 'page';
  return target.getAttribute('role') === 'treeitem' ? 'comment' : 'thread';
}

/**
 * The reader of one thread: its state (see ReaderState), the rows to render and the handlers
 * for the view. `treeRef` is the element that holds the rows (role="tree"), `searchRef` the
 * thread's search box. Row callbacks (toggle, collapseLine, copyLink) and `reveal` keep their
 * identity across renders, so the memoised rows do not re-render for them.
 */
export function useReaderController(
  index: ThreadIndex,
  sort: SortMode,
  treeRef: RefObject<HTMLDivElement | null>,
  searchRef: RefObject<HTMLInputElement | null>,
) {
  const location = useLocation();
  const routerNavigate = useNavigate();
  const order = useMemo(() => orderThread(index, sort), [index, sort]);
  // The key map and the moves: in state for the reducer's context, in a ref for the key
  // listener, which may hear a key between their arrival and the next render.
  const [keys, setKeys] = useState<KeyModules | null>(null);
  const keysRef = useRef<KeyModules>(null);
  const context: ReaderContext = useMemo(
    () => ({ index, order, navigate: keys?.navigate ?? null }),
    [index, order, keys],
  );
  // The reducer reads the context of the render that processes the command: the current order.
  const [state, dispatch] = useReducer(
    (current: ReaderState, command: ReaderCommand) => reduce(current, command, context),
    location.hash,
    // A permalink in the address the thread opens with is in its first render already.
    (hash) =>
      reduce(initialReaderState(readCollapseThreshold()), { kind: 'permalink', hash }, context),
  );
  const shown = readerRows(context, state.collapse);
  /** Only a window of the rows is rendered (useWindowVirtualizer's condition). */
  const virtualized = shown.rows.length > VIRTUAL_FROM;
  // Declared before the effects below, so that it measures and places rows before they run.
  const { window: rowWindow, virtualizer } = useWindowVirtualizer(
    shown.rows,
    shown.positions,
    index.parent,
    treeRef,
  );

  // Permalinks on every later navigation (a quote link, a copied link, back and forward):
  // applied before paint, so the page never shows the thread without the target open.
  const handledLocation = useRef(location.key);
  useLayoutEffect(() => {
    if (handledLocation.current === location.key) return;
    handledLocation.current = location.key;
    dispatch({ kind: 'permalink', hash: location.hash });
  }, [location.key, location.hash]);

  useFocusRequest(state.focusRequest, index, shown, rowWindow, virtualizer);
  usePlaceMemory(index, virtualizer, virtualized);

  // Like the browser's find: the box gets focus with its text selected, ready to be typed over.
  const focusSearch = useCallback(() => {
    searchRef.current?.focus();
    searchRef.current?.select();
  }, [searchRef]);

  // Key presses that came before the key map, in order.
  const waiting = useRef<KeyPress[]>([]);
  const keysLoad = useRef<Promise<void>>(null);

  /** Applies the presses that waited for the key map, each to the state those before it left. */
  const applyWaiting = useEffectEvent((loaded: KeyModules) => {
    const presses = waiting.current.splice(0);
    const loadedContext = { ...context, navigate: loaded.navigate };
    for (const command of loaded.waitingCommands(presses, state, loadedContext, virtualized))
      dispatch(command);
    // The reader went to a field since (/ went to the search box at once): a move that waited
    // scrolls to its comment but leaves focus where the reader put it.
    const now = keyFocus(document.activeElement, treeRef.current, searchRef.current);
    if (presses.length > 0 && (now === 'search-box' || now === 'field'))
      dispatch({ kind: 'focus-elsewhere' });
  });

  /** Loads the key map once; a failed load (offline) is tried again at the next key. */
  const loadKeys = useEffectEvent(() => {
    keysLoad.current ??= loadKeyModules().then(
      (loaded) => {
        keysRef.current = loaded;
        setKeys(loaded);
        applyWaiting(loaded);
      },
      () => {
        keysLoad.current = null;
      },
    );
  });
  useEffect(() => afterFirstPaint(() => loadKeys()), []);

  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    const press: KeyPress = {
      key: event.key,
      ctrlKey: event.ctrlKey,
      metaKey: event.metaKey,
      altKey: event.altKey,
      defaultPrevented: event.defaultPrevented,
      focus: keyFocus(event.target, treeRef.current, searchRef.current),
    };
    const route = keyRoute(press, state, virtualized);
    if (route === 'leave') return;
    if (route === 'search') {
      event.preventDefault();
      focusSearch();
      return;
    }
    const loaded = keysRef.current;
    if (!loaded) {
      // Before the key map, whether the key is the reader's is not known: its default (a
      // scroll, a button's click) is left to the browser, and the press is applied on arrival.
      waiting.current.push(press);
      loadKeys();
      return;
    }
    const outcome = loaded.keyOutcome(press, state, virtualized, context);
    if (!outcome) return;
    event.preventDefault();
    if (outcome.kind === 'focus-search') focusSearch();
    else dispatch(outcome.command);
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);

  const copyLink = useCallback(
    (id: string) => {
      const hash = `#${commentDomId(id)}`;
      const url = `${window.location.origin}${location.pathname}${location.search}${hash}`;
      // The new location opens and focuses the comment, as any permalink does.
      routerNavigate({ search: location.search, hash }, { replace: true });
      const showLink = () =>
        dispatch({
          kind: 'status',
          text: t({
            message: `Link: ${url}`,
            comment: 'shown when the clipboard refuses the link',
          }),
        });
      if (navigator.clipboard) {
        navigator.clipboard
          .writeText(url)
          .then(
            () => dispatch({ kind: 'status', text: t`Link copied to the clipboard.` }),
            showLink,
          );
      } else {
        showLink();
      }
    },
    [location.pathname, location.search, routerNavigate],
  );

  return {
    state,
    order,
    rows: shown.rows,
    /** Each comment's row position in `rows`, -1 when hidden. */
    positions: shown.positions,
    rowWindow,
    virtualized,
    /** Scrolls a big thread to a row (see WindowVirtualizer.scrollToRow). */
    virtualizer,
    /** The one comment in the tab order. */
    tabStopId: tabStopId(index, shown, state.focusedId, rowWindow),
    dispatch,
    copyLink,
    toggle: useCallback((id: string) => dispatch({ kind: 'toggle', id }), []),
    collapseLine: useCallback((id: string) => dispatch({ kind: 'collapse-line', id }), []),
    /** The current search match: its comment and ancestors open, scrolled to the middle. */
    reveal: useCallback(
      (position: MatchPosition) => dispatch({ kind: 'reveal', comment: position.comment }),
      [],
    ),
    changeThreshold: useCallback((threshold: number) => {
      dispatch({ kind: 'threshold', threshold });
      writeCollapseThreshold(threshold);
    }, []),
    /** Escape in the empty search box, with the current match's comment index or null. */
    leaveSearch(match: number | null) {
      const id = searchLeaveTarget(state, index, match);
      if (id !== null) dispatch({ kind: 'focus', id });
      else searchRef.current?.blur();
    },
    /** Clicking or tabbing into a comment makes it the one j/k move from. */
    onTreeFocus(event: FocusEvent<HTMLElement>) {
      const item =
        event.target instanceof Element ? event.target.closest('[role="treeitem"]') : null;
      const id = item ? commentIdFromDomId(item.id) : null;
      if (id !== null && id !== state.focusedId) dispatch({ kind: 'focused', id });
    },
  };
}
