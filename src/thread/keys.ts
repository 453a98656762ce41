// Which reader command a key press means. Pure, so the key map is unit-tested apart from React.

import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import type { NavigationCommand } from './navigation';

/** What a key asks of the reader; readerState.ts turns it into a ReaderCommand. */
export type KeyCommand =
  | { readonly kind: 'move'; readonly move: NavigationCommand }
  | { readonly kind: 'toggle' }
  | { readonly kind: 'expand' }
  | { readonly kind: 'collapse' }
  | { readonly kind: 'help' }
  | { readonly kind: 'search' };

/** Where the key was pressed: in the thread, and on a comment's row. */
export type KeyContext = {
  /** Focus is on a comment (treeitem) itself, not on a control inside it. */
  readonly onComment: boolean;
  /** Focus is somewhere inside the thread. */
  readonly inThread: boolean;
};

/** A key as the help names it: the character itself, or a word in the interface language. */
export type KeyName = string | MessageDescriptor;

/**
 * The keyboard help dialog's table: the keys, and what they do, in the reader's words. Messages,
 * not text: the table is built once, before the interface language is known, and read in the
 * language of the moment with `i18n._`.
 */
export const KEY_HELP: readonly {
  readonly keys: readonly KeyName[];
  readonly action: MessageDescriptor;
}[] = [
  { keys: ['j', '↓'], action: msg`Next comment` },
  { keys: ['k', '↑'], action: msg`Previous comment` },
  { keys: ['J'], action: msg`Next sibling` },
  { keys: ['K'], action: msg`Previous sibling` },
  { keys: ['p'], action: msg`Parent comment` },
  { keys: ['t'], action: msg`Top-level comment of this reply` },
  {
    keys: [
      msg({ message: 'Enter', comment: 'the Enter key, as printed on keyboards' }),
      msg({ message: 'Space', comment: 'the space bar' }),
    ],
    action: msg`Collapse or expand the comment`,
  },
  { keys: ['→', '←'], action: msg`Expand, collapse` },
  { keys: ['/'], action: msg`Search the thread` },
  {
    keys: [msg({ message: 'Ctrl F', comment: 'Control and F pressed together' }), '⌘F'],
    action: msg`Search a long thread (again: the browser’s find)`,
  },
  { keys: ['?'], action: msg`Show these keys` },
];

const LETTER_MOVES: Readonly<Record<string, NavigationCommand>> = {
  j: 'next',
  k: 'previous',
  J: 'next-sibling',
  K: 'previous-sibling',
  p: 'parent',
  t: 'top-level',
};

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
 * What `key` (KeyboardEvent.key) asks for where focus is, or null when the reader leaves it to
 * the browser. Modifier keys and text fields are the caller's to rule out first.
 */
export function commandForKey(key: string, context: KeyContext): KeyCommand | null {
  const move = LETTER_MOVES[key];
  if (move) return { kind: 'move', move };
  if (key === '?') return { kind: 'help' };
  if (key === '/') return { kind: 'search' };
  // Arrows scroll the page unless the reader is in the thread; Enter and Space activate
  // whatever control has focus unless that is the comment itself.
  if (context.inThread && key === 'ArrowDown') return { kind: 'move', move: 'next' };
  if (context.inThread && key === 'ArrowUp') return { kind: 'move', move: 'previous' };
  if (context.onComment && key === 'ArrowRight') return { kind: 'expand' };
  if (context.onComment && key === 'ArrowLeft') return { kind: 'collapse' };
  if (context.onComment && (key === 'Enter' || key === ' ')) return { kind: 'toggle' };
  return null;
}
