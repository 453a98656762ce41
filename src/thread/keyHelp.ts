// The keyboard help's table: which keys the reader answers to (keys.ts, readerState.ts's
// keyRoute) and what they do. Only the help dialog reads it, so its messages load with the dialog.

import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';

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
  { keys: ['→'], action: msg`Expand the comment; if expanded, go to its first reply` },
  { keys: ['←'], action: msg`Collapse the comment; if collapsed, go to its parent` },
  {
    keys: [msg({ message: 'Home', comment: 'the Home key, as printed on keyboards' })],
    action: msg`First comment`,
  },
  {
    keys: [msg({ message: 'End', comment: 'the End key, as printed on keyboards' })],
    action: msg`Last comment shown (not inside a collapsed one)`,
  },
  { keys: ['/'], action: msg`Search the thread` },
  {
    keys: [msg({ message: 'Ctrl F', comment: 'Control and F pressed together' }), '⌘F'],
    action: msg`Search a long thread (again: the browser’s find)`,
  },
  { keys: ['?'], action: msg`Show these keys` },
];
