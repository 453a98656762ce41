import { i18n } from '@lingui/core';
import { activateLanguage } from '../locales/testing';
import { afterEach, describe, expect, it } from 'vitest';
// The key help's messages are in the deferred catalogue (lingui.config.ts).
import { KEY_HELP } from './keyHelp';
import { commandForKey } from './keys';
import { findGoesToSearch } from './readerState';

const anywhere = { onComment: false, inThread: false, open: false };
/** On a collapsed comment, and on an expanded one. */
const onComment = { onComment: true, inThread: true, open: false };
const onOpenComment = { onComment: true, inThread: true, open: true };
const inThread = { onComment: false, inThread: true, open: false };

describe('commandForKey', () => {
  it.each([
    ['j', 'next'],
    ['k', 'previous'],
    ['J', 'next-sibling'],
    ['K', 'previous-sibling'],
    ['p', 'parent'],
    ['t', 'top-level'],
  ])('%s moves to the %s comment from anywhere on the page', (key, move) => {
    expect(commandForKey(key, anywhere)).toEqual({ kind: 'move', move });
  });

  it('opens the help with ?', () => {
    expect(commandForKey('?', anywhere)).toEqual({ kind: 'help' });
  });

  it('leaves / to keyRoute, which sends it to the search box before the key map is asked', () => {
    expect(commandForKey('/', anywhere)).toBeNull();
    expect(commandForKey('/', onComment)).toBeNull();
  });

  it('toggles with Enter and Space only on a comment itself', () => {
    expect(commandForKey('Enter', onComment)).toEqual({ kind: 'toggle' });
    expect(commandForKey(' ', onComment)).toEqual({ kind: 'toggle' });
    expect(commandForKey('Enter', inThread)).toBeNull();
    expect(commandForKey(' ', anywhere)).toBeNull();
  });

  it('leaves arrows to the page outside the thread', () => {
    expect(commandForKey('ArrowDown', anywhere)).toBeNull();
    expect(commandForKey('ArrowDown', inThread)).toEqual({ kind: 'move', move: 'next' });
    expect(commandForKey('ArrowUp', inThread)).toEqual({ kind: 'move', move: 'previous' });
    expect(commandForKey('ArrowRight', anywhere)).toBeNull();
    expect(commandForKey('ArrowLeft', inThread)).toBeNull();
    expect(commandForKey('Home', anywhere)).toBeNull();
    expect(commandForKey('End', anywhere)).toBeNull();
  });

  it('Right opens a collapsed comment, and goes from an open one to its first reply', () => {
    expect(commandForKey('ArrowRight', onComment)).toEqual({ kind: 'expand' });
    expect(commandForKey('ArrowRight', onOpenComment)).toEqual({
      kind: 'move',
      move: 'first-child',
    });
  });

  it('Left collapses an open comment, and goes from a collapsed one to its parent', () => {
    expect(commandForKey('ArrowLeft', onOpenComment)).toEqual({ kind: 'collapse' });
    expect(commandForKey('ArrowLeft', onComment)).toEqual({ kind: 'move', move: 'parent' });
  });

  it('Home and End go to the first and last visible comment from anywhere in the thread', () => {
    for (const where of [onComment, onOpenComment, inThread]) {
      expect(commandForKey('Home', where)).toEqual({ kind: 'move', move: 'first' });
      expect(commandForKey('End', where)).toEqual({ kind: 'move', move: 'last' });
    }
  });

  it('ignores other keys', () => {
    expect(commandForKey('x', onComment)).toBeNull();
    expect(commandForKey('Tab', onComment)).toBeNull();
  });

  it('takes Ctrl+F for the search box only in a virtualized thread, and only once', () => {
    expect(findGoesToSearch('f', true, true, false)).toBe(true);
    expect(findGoesToSearch('f', true, true, true)).toBe(false);
    expect(findGoesToSearch('f', true, false, false)).toBe(false);
    expect(findGoesToSearch('f', false, true, false)).toBe(false);
    expect(findGoesToSearch('F', true, true, false)).toBe(false);
  });
});

describe('KEY_HELP', () => {
  afterEach(() => activateLanguage('en'));
  // The row for Enter and Space: key names that are words, and an action, read at render.
  const read = (row: (typeof KEY_HELP)[number]) => [
    ...row.keys.map((key) => (typeof key === 'string' ? key : i18n._(key))),
    i18n._(row.action),
  ];
  const toggleRow = () => read(KEY_HELP[6]!);
  // The row for Home: found by its key, wherever it is in the table.
  const homeRow = () =>
    read(
      KEY_HELP.find((row) =>
        row.keys.some((key) => typeof key !== 'string' && key.message === 'Home'),
      )!,
    );

  it('is read in the interface language, key names that are words included', () => {
    expect(toggleRow()).toEqual(['Enter', 'Space', 'Collapse or expand the comment']);
    expect(i18n._(KEY_HELP[0]!.action)).toBe('Next comment');
    expect(homeRow()).toEqual(['Home', 'First comment']);
    activateLanguage('fr');
    expect(toggleRow()).toEqual(['Entrée', 'Espace', 'Replier ou déplier le commentaire']);
    expect(i18n._(KEY_HELP[0]!.action)).toBe('Commentaire suivant');
    expect(homeRow()).toEqual(['Origine', 'Premier commentaire']);
    activateLanguage('it');
    expect(toggleRow()).toEqual(['Invio', 'Spazio', 'Comprimi o espandi il commento']);
    expect(homeRow()).toEqual(['Home', 'Primo commento']);
  });
});
