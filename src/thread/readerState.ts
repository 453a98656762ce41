// The reader's state and the commands that change it: state + command → state, in plain
// functions, so that keys, collapse, permalinks and focus moves are unit-tested without a
// browser. The React side (src/app/reader/useReaderController.ts) holds the state and carries
// out what it asks of the DOM: focus and scroll for a focus request, the clipboard for a link.

import type { CollapseState } from './collapse';
import {
  collapseAll,
  expandAll,
  expandPath,
  expandPaths,
  initialCollapseState,
  setCollapsed,
  toggleCollapsed,
  withThreshold,
} from './collapse';
import type { navigate, NavigationCommand } from './navigation';
import { commentIdFromHash } from './permalink';
import type { ThreadOrder } from './sort';
import type { ThreadIndex } from './threadIndex';
import { rowPositions, visibleRows, type VisibleRow } from './visibleRows';

/** Where a comment brought into view ends up, as scrollIntoView's `block`. */
export type ScrollBlock = 'center' | 'nearest';

/** A comment to bring into view, and maybe focus, once the rows that hold it have rendered. */
export type FocusRequest = {
  readonly id: string;
  readonly block: ScrollBlock;
  /** False for a search match: it is scrolled to while focus stays in the search box. */
  readonly focus: boolean;
  /** Tells a new request from one already carried out, even for the same comment. */
  readonly seq: number;
};

/** Everything the reader shows beyond the document and the sort: changed only by `reduce`. */
export type ReaderState = {
  readonly collapse: CollapseState;
  /** The comment j/k move from: the last one focused, by key, click or tab. */
  readonly focusedId: string | null;
  /** The comment the last permalink pointed to; it stays marked. */
  readonly highlightedId: string | null;
  readonly focusRequest: FocusRequest | null;
  readonly helpOpen: boolean;
  /** What became of the last copied link, for screen readers and the eye; '' before any. */
  readonly status: string;
};

/**
 * Everything that changes the reader's state. Commands name comments by id (as the DOM does);
 * `reveal` takes a comment index, as search matches do. The `-current` ones act on the focused
 * comment, and do nothing while it is hidden or there is none.
 */
export type ReaderCommand =
  | { readonly kind: 'toggle'; readonly id: string }
  /** A click on a thread line: collapse the comment and focus it. */
  | { readonly kind: 'collapse-line'; readonly id: string }
  | { readonly kind: 'toggle-current' }
  | { readonly kind: 'expand-current' }
  | { readonly kind: 'collapse-current' }
  | { readonly kind: 'collapse-all' }
  | { readonly kind: 'expand-all' }
  /** Back to the threshold rule with a new threshold; the reader's own collapses are dropped. */
  | { readonly kind: 'threshold'; readonly threshold: number }
  /** The location's hash: a permalink opens, highlights and focuses its comment, centred. */
  | { readonly kind: 'permalink'; readonly hash: string }
  /** A search match in comment `comment` (an index): opened and centred, focus left alone. */
  | { readonly kind: 'reveal'; readonly comment: number }
  /** Open the way to every one of these comments (indices: a filter's matches); nothing moves. */
  | { readonly kind: 'open-paths'; readonly comments: Int32Array }
  /** A focus move over the visible rows (j, k…): carried out by the context's `navigate`. */
  | { readonly kind: 'move'; readonly move: NavigationCommand }
  /** Bring a comment into view and focus it. */
  | { readonly kind: 'focus'; readonly id: string }
  /** Focus arrived at a comment by itself (a click, Tab): j/k move from there. */
  | { readonly kind: 'focused'; readonly id: string }
  /**
   * Focus has gone out of the thread, to a field (the search box), since the last commands:
   * the focus request not yet carried out scrolls its comment into view and leaves focus there.
   */
  | { readonly kind: 'focus-elsewhere' }
  | { readonly kind: 'show-help' }
  | { readonly kind: 'close-help' }
  | { readonly kind: 'status'; readonly text: string };

/**
 * What commands are carried out against: the thread, its current sibling order, and the moves
 * over its rows (navigation.ts's `navigate`, which loads after the first paint with the key map;
 * null until then, when a move does nothing: no key asks for one before the key map is there).
 */
export type ReaderContext = {
  readonly index: ThreadIndex;
  readonly order: ThreadOrder;
  readonly navigate: typeof navigate | null;
};

/** The visible rows and, per comment index, its row position (-1 when hidden). */
export type ReaderRows = { readonly rows: readonly VisibleRow[]; readonly positions: Int32Array };

/** The state of a thread as opened: nothing focused, collapsed by `threshold`. */
export function initialReaderState(threshold: number): ReaderState {
  return {
    collapse: initialCollapseState(threshold),
    focusedId: null,
    highlightedId: null,
    focusRequest: null,
    helpOpen: false,
    status: '',
  };
}

// Rows per order and collapse state, both immutable: the reducer (for a key press) and the
// render ask for the same rows, and on 100,000 comments working them out twice would show.
const rowsCache = new WeakMap<ThreadOrder, WeakMap<CollapseState, ReaderRows>>();

/**
 * The rows shown for `collapse` under the context's order, and their positions; the same object
 * again for the same order and collapse state. The order must be one of context.index's.
 */
export function readerRows(context: ReaderContext, collapse: CollapseState): ReaderRows {
  let byCollapse = rowsCache.get(context.order);
  if (!byCollapse) rowsCache.set(context.order, (byCollapse = new WeakMap()));
  let shown = byCollapse.get(collapse);
  if (!shown) {
    const rows = visibleRows(context.index, context.order, collapse);
    shown = { rows, positions: rowPositions(rows, context.index.comments.length) };
    byCollapse.set(collapse, shown);
  }
  return shown;
}

/** Row position of the comment with this id in `positions`; -1 when hidden, unknown or null. */
export function rowOf(index: ThreadIndex, positions: Int32Array, id: string | null): number {
  const i = id === null ? undefined : index.indexById.get(id);
  return i === undefined ? -1 : (positions[i] ?? -1);
}

function withCollapse(state: ReaderState, collapse: CollapseState): ReaderState {
  // The same state when nothing changed, so that React bails out before rendering the rows.
  return collapse === state.collapse ? state : { ...state, collapse };
}

function requestFocus(
  state: ReaderState,
  id: string,
  block: ScrollBlock,
  focus: boolean,
): ReaderState {
  const seq = (state.focusRequest?.seq ?? 0) + 1;
  return {
    ...state,
    focusRequest: { id, block, focus, seq },
    focusedId: focus ? id : state.focusedId,
  };
}

/** Comment i and every ancestor expanded. */
function opened(state: ReaderState, index: ThreadIndex, i: number): ReaderState {
  const comment = index.comments[i];
  if (comment === undefined) return state;
  return withCollapse(state, setCollapsed(expandPath(state.collapse, index, i), comment, false));
}

/** The focused comment while its row is shown. */
function currentIndex(state: ReaderState, context: ReaderContext): number | undefined {
  const { rows, positions } = readerRows(context, state.collapse);
  return rows[rowOf(context.index, positions, state.focusedId)]?.index;
}

/**
 * The state after `command`. Pure: the state given is never changed, and it comes back as is
 * when the command changes nothing (an unknown id, a move past the last row). Never throws.
 */
export function reduce(
  state: ReaderState,
  command: ReaderCommand,
  context: ReaderContext,
): ReaderState {
  const { index } = context;
  const byId = (id: string) => {
    const i = index.indexById.get(id);
    return i === undefined ? undefined : index.comments[i];
  };
  switch (command.kind) {
    case 'toggle': {
      const comment = byId(command.id);
      return comment ? withCollapse(state, toggleCollapsed(state.collapse, comment)) : state;
    }
    case 'collapse-line': {
      const comment = byId(command.id);
      if (!comment) return state;
      const collapsed = withCollapse(state, setCollapsed(state.collapse, comment, true));
      return requestFocus(collapsed, command.id, 'nearest', true);
    }
    case 'toggle-current':
    case 'expand-current':
    case 'collapse-current': {
      const i = currentIndex(state, context);
      const comment = i === undefined ? undefined : index.comments[i];
      if (!comment) return state;
      const collapse =
        command.kind === 'toggle-current'
          ? toggleCollapsed(state.collapse, comment)
          : setCollapsed(state.collapse, comment, command.kind === 'collapse-current');
      return withCollapse(state, collapse);
    }
    case 'collapse-all':
      return withCollapse(state, collapseAll(state.collapse));
    case 'expand-all':
      return withCollapse(state, expandAll(state.collapse));
    case 'threshold':
      return withCollapse(state, withThreshold(command.threshold));
    case 'permalink': {
      const id = commentIdFromHash(command.hash);
      const target = id === null ? undefined : index.indexById.get(id);
      if (id === null || target === undefined) return state;
      const shown = requestFocus(opened(state, index, target), id, 'center', true);
      return { ...shown, highlightedId: id };
    }
    case 'reveal': {
      const comment = index.comments[command.comment];
      if (!comment) return state;
      return requestFocus(opened(state, index, command.comment), comment.id, 'center', false);
    }
    case 'open-paths':
      return withCollapse(state, expandPaths(state.collapse, index, command.comments));
    case 'move': {
      if (!context.navigate) return state;
      const { rows, positions } = readerRows(context, state.collapse);
      const from = rowOf(index, positions, state.focusedId);
      const to = context.navigate(rows, index, from < 0 ? null : from, command.move);
      const row = to === null ? undefined : rows[to];
      const comment = row === undefined ? undefined : index.comments[row.index];
      return comment ? requestFocus(state, comment.id, 'nearest', true) : state;
    }
    case 'focus':
      return requestFocus(state, command.id, 'nearest', true);
    case 'focused':
      return command.id === state.focusedId ? state : { ...state, focusedId: command.id };
    case 'focus-elsewhere': {
      const request = state.focusRequest;
      return request?.focus ? { ...state, focusRequest: { ...request, focus: false } } : state;
    }
    case 'show-help':
    case 'close-help': {
      const helpOpen = command.kind === 'show-help';
      return helpOpen === state.helpOpen ? state : { ...state, helpOpen };
    }
    case 'status':
      return command.text === state.status ? state : { ...state, status: command.text };
  }
}

/** Where focus was when a key went down, as far as the reader's keys care. */
export type KeyFocus =
  /** The thread's search box. */
  | 'search-box'
  /** Any other text field, select or editable element: its keys are its own. */
  | 'field'
  /** A comment (treeitem) itself. */
  | 'comment'
  /** Something else inside the thread: a button or link in a comment. */
  | 'thread'
  | 'page';

/** A key press, as the reader's document-wide key listener sees it. */
export type KeyPress = {
  /** KeyboardEvent.key. */
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  /** Someone (the focused control) has handled the key already. */
  readonly defaultPrevented: boolean;
  readonly focus: KeyFocus;
};

/** What a key press does: focus the search box, or carry out a command. */
export type KeyOutcome =
  { readonly kind: 'focus-search' } | { readonly kind: 'command'; readonly command: ReaderCommand };

/**
 * What becomes of a key press as it goes down, before the key map (keys.ts, loaded after the
 * first paint) is asked: 'leave' it to the browser or the focused control; 'search', focus the
 * search box at once; or 'map', for keys.ts's keyOutcome to say what it means. The keys that go
 * to the search box are decided here, never deferred, since the keys typed after them are the
 * query. `virtualized`: the thread renders only the rows near the viewport, so Ctrl+F goes to
 * the thread's search.
 */
export function keyRoute(
  press: KeyPress,
  state: ReaderState,
  virtualized: boolean,
): 'leave' | 'search' | 'map' {
  // The help dialog is modal: its own keys (Escape) are the dialog's, the rest the browser's.
  if (state.helpOpen) return 'leave';
  const modifier = press.ctrlKey || press.metaKey;
  if (findGoesToSearch(press.key, modifier, virtualized, press.focus === 'search-box'))
    return 'search';
  if (press.defaultPrevented || modifier || press.altKey) return 'leave';
  if (press.focus === 'search-box' || press.focus === 'field') return 'leave';
  return press.key === '/' ? 'search' : 'map';
}

/**
 * Whether Ctrl+F (⌘F on a Mac) goes to the thread's search box instead of the browser's find:
 * only while the thread renders just the rows near the viewport, which is all the browser's
 * find can see, and not from the box itself, so that pressing it again opens the browser's.
 */
export function findGoesToSearch(
  key: string,
  modifier: boolean,
  virtualized: boolean,
  inSearchBox: boolean,
): boolean {
  return key === 'f' && modifier && virtualized && !inSearchBox;
}

/**
 * The one comment in the tab order: the focused one while it is rendered (its row position in
 * [start, end)), else the one at row `start`; null when there is no row there.
 */
export function tabStopId(
  index: ThreadIndex,
  shown: ReaderRows,
  focusedId: string | null,
  rendered: { readonly start: number; readonly end: number },
): string | null {
  const focused = rowOf(index, shown.positions, focusedId);
  if (focused >= rendered.start && focused < rendered.end) return focusedId;
  const first = shown.rows[rendered.start];
  return first === undefined ? null : (index.comments[first.index]?.id ?? null);
}

/**
 * Where Escape in an empty search box goes: the current match's comment (an index, null for
 * none), else the focused comment; null when neither, and the box just gives up focus.
 */
export function searchLeaveTarget(
  state: ReaderState,
  index: ThreadIndex,
  match: number | null,
): string | null {
  if (match !== null) return index.comments[match]?.id ?? state.focusedId;
  return state.focusedId;
}
