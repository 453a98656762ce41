// Which reader command a key press means. Pure, so the key map is unit-tested apart from React.
// The reader loads it (with navigation.ts) after the first paint: readerState.ts's keyRoute says
// at once which presses are left alone and which go to the search box, and a press that waits
// for this map is applied when it arrives, in order.

import type { NavigationCommand } from './navigation';
import {
  keyRoute,
  readerRows,
  reduce,
  type KeyOutcome,
  type KeyPress,
  type ReaderCommand,
  type ReaderContext,
  type ReaderState,
} from './readerState';

/** What a key asks of the reader; keyOutcome turns it into a ReaderCommand. */
export type KeyCommand =
  | { readonly kind: 'move'; readonly move: NavigationCommand }
  | { readonly kind: 'toggle' }
  | { readonly kind: 'expand' }
  | { readonly kind: 'collapse' }
  | { readonly kind: 'help' };

/** Where the key was pressed: in the thread, and on a comment's row. */
export type KeyContext = {
  /** Focus is on a comment (treeitem) itself, not on a control inside it. */
  readonly onComment: boolean;
  /** Focus is somewhere inside the thread. */
  readonly inThread: boolean;
  /** The focused comment is expanded: its replies, if it has any, are the rows after it. */
  readonly open: boolean;
};

const LETTER_MOVES: Readonly<Record<string, NavigationCommand>> = {
  j: 'next',
  k: 'previous',
  J: 'next-sibling',
  K: 'previous-sibling',
  p: 'parent',
  t: 'top-level',
};

/** Moves anywhere in the thread, on a comment or on a control inside one. */
const TREE_MOVES: Readonly<Record<string, NavigationCommand>> = {
  ArrowDown: 'next',
  ArrowUp: 'previous',
  Home: 'first',
  End: 'last',
};

/**
 * What `key` (KeyboardEvent.key) asks for where focus is, or null when the reader leaves it to
 * the browser. Modifier keys, text fields and the keys that go to the search box (/) are
 * keyRoute's to rule out first.
 */
export function commandForKey(key: string, context: KeyContext): KeyCommand | null {
  const move = LETTER_MOVES[key];
  if (move) return { kind: 'move', move };
  if (key === '?') return { kind: 'help' };
  // Arrows, Home and End scroll the page unless the reader is in the thread; Enter and Space
  // activate whatever control has focus unless that is the comment itself.
  if (context.inThread) {
    const move = TREE_MOVES[key];
    if (move) return { kind: 'move', move };
  }
  if (!context.onComment) return null;
  // Right and Left as in the WAI-ARIA tree view pattern: Right opens a closed comment, then goes
  // to its first reply; Left closes an open one, then goes to its parent.
  if (key === 'ArrowRight')
    return context.open ? { kind: 'move', move: 'first-child' } : { kind: 'expand' };
  if (key === 'ArrowLeft')
    return context.open ? { kind: 'collapse' } : { kind: 'move', move: 'parent' };
  if (key === 'Enter' || key === ' ') return { kind: 'toggle' };
  return null;
}

const KEY_COMMANDS: Readonly<Record<Exclude<KeyCommand['kind'], 'move'>, ReaderCommand>> = {
  toggle: { kind: 'toggle-current' },
  expand: { kind: 'expand-current' },
  collapse: { kind: 'collapse-current' },
  help: { kind: 'show-help' },
};

/** Whether the focused comment's row is shown expanded; false when none is shown. */
function focusedOpen(state: ReaderState, context: ReaderContext): boolean {
  // The rows the render asked for already, for this order and collapse state: no new walk.
  const { rows, positions } = readerRows(context, state.collapse);
  const i = state.focusedId === null ? undefined : context.index.indexById.get(state.focusedId);
  const row = i === undefined ? undefined : rows[positions[i] ?? -1];
  return row !== undefined && !row.collapsed;
}

/**
 * What the reader does with a key press, or null when it leaves the key alone; for anything
 * else the caller prevents the browser's default. `virtualized` as for keyRoute; `context` is
 * the thread the state is of (its `navigate` is not used).
 */
export function keyOutcome(
  press: KeyPress,
  state: ReaderState,
  virtualized: boolean,
  context: ReaderContext,
): KeyOutcome | null {
  const route = keyRoute(press, state, virtualized);
  if (route !== 'map') return route === 'search' ? { kind: 'focus-search' } : null;
  const onComment = press.focus === 'comment';
  const command = commandForKey(press.key, {
    inThread: onComment || press.focus === 'thread',
    onComment,
    open: onComment && focusedOpen(state, context),
  });
  if (!command) return null;
  if (command.kind === 'move') return { kind: 'command', command };
  return { kind: 'command', command: KEY_COMMANDS[command.kind] };
}

/**
 * The commands for presses that waited for the key map, in order: each press is read against the
 * state the commands before it leave (a ? opens the help, and the presses after it are then the
 * dialog's). `context` must carry `navigate`.
 */
export function waitingCommands(
  presses: readonly KeyPress[],
  state: ReaderState,
  context: ReaderContext,
  virtualized: boolean,
): ReaderCommand[] {
  const commands: ReaderCommand[] = [];
  let current = state;
  for (const press of presses) {
    // Never 'focus-search': keyRoute sent / and Ctrl+F to the search box as they went down.
    const outcome = keyOutcome(press, current, virtualized, context);
    if (outcome?.kind !== 'command') continue;
    commands.push(outcome.command);
    current = reduce(current, outcome.command, context);
  }
  return commands;
}
