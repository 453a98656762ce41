import { describe, expect, it } from 'vitest';
import { commandForKey, findGoesToSearch } from './keys';

const anywhere = { onComment: false, inThread: false };
const onComment = { onComment: true, inThread: true };
const inThread = { onComment: false, inThread: true };

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

  it('goes to the search box with /', () => {
    expect(commandForKey('/', anywhere)).toEqual({ kind: 'search' });
    expect(commandForKey('/', onComment)).toEqual({ kind: 'search' });
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
    expect(commandForKey('ArrowRight', onComment)).toEqual({ kind: 'expand' });
    expect(commandForKey('ArrowLeft', onComment)).toEqual({ kind: 'collapse' });
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
