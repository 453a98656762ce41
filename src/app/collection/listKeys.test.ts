import { describe, expect, it } from 'vitest';
import { listCommand, type ListKey } from './listKeys';

const press = (key: string, modifiers: Partial<ListKey> = {}): ListKey => ({
  key,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...modifiers,
});

describe('keys in the library’s list', () => {
  it('moves between rows, staying within the list', () => {
    expect(listCommand(press('ArrowDown'), 3, 10, 5)).toEqual({
      kind: 'move',
      to: 4,
      extend: false,
    });
    expect(listCommand(press('ArrowUp'), 3, 10, 5)).toEqual({ kind: 'move', to: 2, extend: false });
    expect(listCommand(press('ArrowUp'), 0, 10, 5)).toEqual({ kind: 'move', to: 0, extend: false });
    expect(listCommand(press('ArrowDown'), 9, 10, 5)).toEqual({
      kind: 'move',
      to: 9,
      extend: false,
    });
    expect(listCommand(press('Home'), 7, 10, 5)).toEqual({ kind: 'move', to: 0, extend: false });
    expect(listCommand(press('End'), 2, 10, 5)).toEqual({ kind: 'move', to: 9, extend: false });
  });

  it('pages by a screen less one row, so that a row stays in view', () => {
    expect(listCommand(press('PageDown'), 0, 100, 8)).toEqual({
      kind: 'move',
      to: 7,
      extend: false,
    });
    expect(listCommand(press('PageUp'), 50, 100, 8)).toEqual({
      kind: 'move',
      to: 43,
      extend: false,
    });
    expect(listCommand(press('PageDown'), 98, 100, 8)).toEqual({
      kind: 'move',
      to: 99,
      extend: false,
    });
    // A screen of one row still moves.
    expect(listCommand(press('PageDown'), 0, 100, 1)).toEqual({
      kind: 'move',
      to: 1,
      extend: false,
    });
  });

  it('selects with Space, extends with Shift, selects all and clears', () => {
    expect(listCommand(press(' '), 1, 10, 5)).toEqual({ kind: 'toggle', extend: false });
    expect(listCommand(press(' ', { shiftKey: true }), 1, 10, 5)).toEqual({
      kind: 'toggle',
      extend: true,
    });
    expect(listCommand(press('ArrowDown', { shiftKey: true }), 1, 10, 5)).toEqual({
      kind: 'move',
      to: 2,
      extend: true,
    });
    expect(listCommand(press('a', { ctrlKey: true }), 1, 10, 5)).toEqual({ kind: 'select-all' });
    expect(listCommand(press('a', { metaKey: true }), 1, 10, 5)).toEqual({ kind: 'select-all' });
    expect(listCommand(press('Escape'), 1, 10, 5)).toEqual({ kind: 'clear' });
  });

  it('leaves other keys to the browser and the link', () => {
    expect(listCommand(press('Enter'), 1, 10, 5)).toBeNull();
    expect(listCommand(press('Tab'), 1, 10, 5)).toBeNull();
    expect(listCommand(press('c', { ctrlKey: true }), 1, 10, 5)).toBeNull();
    expect(listCommand(press('ArrowDown', { altKey: true }), 1, 10, 5)).toBeNull();
    expect(listCommand(press('a'), 1, 10, 5)).toBeNull();
    expect(listCommand(press('ArrowDown'), 0, 0, 5)).toBeNull();
  });
});
