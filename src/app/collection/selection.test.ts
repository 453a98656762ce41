import { describe, expect, it } from 'vitest';
import {
  clear,
  extendTo,
  NO_SELECTION,
  prune,
  selectAll,
  toggle,
  unselectedByView,
  type Selection,
} from './selection';

const ORDER = ['a', 'b', 'c', 'd', 'e', 'f'];
const ids = (selection: Selection) => [...selection.selected].sort();

describe('the library’s selection', () => {
  it('toggles one row, which becomes the anchor', () => {
    const one = toggle(NO_SELECTION, 'c');
    expect(ids(one)).toEqual(['c']);
    expect(one.anchor).toBe('c');
    const none = toggle(one, 'c');
    expect(ids(none)).toEqual([]);
    expect(none.anchor).toBe('c');
    expect(ids(toggle(toggle(one, 'e'), 'a'))).toEqual(['a', 'c', 'e']);
  });

  it('selects the range from the anchor, downwards and upwards, keeping the anchor', () => {
    const down = extendTo(toggle(NO_SELECTION, 'b'), 'e', ORDER);
    expect(ids(down)).toEqual(['b', 'c', 'd', 'e']);
    expect(down.anchor).toBe('b');
    const up = extendTo(toggle(NO_SELECTION, 'e'), 'c', ORDER);
    expect(ids(up)).toEqual(['c', 'd', 'e']);
    // A second range from the same anchor adds to the first.
    expect(ids(extendTo(down, 'a', ORDER))).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('gives the range the anchor’s state: a row unticked last unticks the range', () => {
    const all = selectAll(NO_SELECTION, ORDER);
    const unticked = toggle(all, 'b');
    expect(ids(extendTo(unticked, 'd', ORDER))).toEqual(['a', 'e', 'f']);
  });

  it('without an anchor shown, starts from the row the focus leaves, or the target alone', () => {
    // Shift+Down from c: c and d.
    const keyed = extendTo(NO_SELECTION, 'd', ORDER, 'c');
    expect(ids(keyed)).toEqual(['c', 'd']);
    expect(keyed.anchor).toBe('c');
    // Shift-click with no anchor: the row clicked.
    expect(ids(extendTo(NO_SELECTION, 'd', ORDER))).toEqual(['d']);
    // The anchor filtered out of the rows shown counts as none.
    const hidden = { selected: new Set(['x']), anchor: 'x' };
    expect(ids(extendTo(hidden, 'b', ORDER, 'a'))).toEqual(['a', 'b', 'x']);
    // A target not shown changes nothing.
    const before = toggle(NO_SELECTION, 'a');
    expect(extendTo(before, 'zz', ORDER)).toBe(before);
  });

  it('selects every row shown and clears', () => {
    const some = toggle(NO_SELECTION, 'x');
    const all = selectAll(some, ['b', 'c']);
    expect(ids(all)).toEqual(['b', 'c']);
    expect(all.anchor).toBe('x');
    expect(clear()).toEqual({ selected: new Set(), anchor: null });
  });

  it('prunes rows no longer there, and leaves itself alone when all are', () => {
    const selection = extendTo(toggle(NO_SELECTION, 'b'), 'd', ORDER);
    expect(prune(selection, new Set(ORDER))).toBe(selection);
    const pruned = prune(selection, new Set(['a', 'c', 'd']));
    expect(ids(pruned)).toEqual(['c', 'd']);
    expect(pruned.anchor).toBeNull();
    const kept = prune(toggle(NO_SELECTION, 'a'), new Set(['a']));
    expect(kept.anchor).toBe('a');
    expect(prune(NO_SELECTION, new Set())).toBe(NO_SELECTION);
  });

  it('counts the documents a search unselected, not those deleted', () => {
    const before = selectAll(NO_SELECTION, ['a', 'b', 'c', 'd']);
    // The search shows a and c; d was deleted meanwhile (the library lists a, b, c, e).
    const after = prune(before, new Set(['a', 'c']));
    expect(unselectedByView(before, after, new Set(['a', 'b', 'c', 'e']))).toBe(1);
    expect(unselectedByView(after, after, new Set(['a', 'b', 'c']))).toBe(0);
  });
});
