import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  alignedScrollTop,
  anchorAt,
  anchoredTop,
  createHeightCache,
  estimatedHeight,
  heldAnchor,
  layoutAround,
  rangeWith,
  recordHeight,
  rowAt,
  rowOffsets,
  sameWindow,
  windowAt,
  windowRange,
} from './virtualWindow';
import type { VisibleRow } from './visibleRows';

const row = (index: number, collapsed = false): VisibleRow => ({
  index,
  depth: 1,
  collapsed,
  hiddenCount: 0,
  posInSet: index + 1,
  setSize: 100,
});

describe('height cache', () => {
  it('guesses before anything is measured, then uses the average of its kind', () => {
    const cache = createHeightCache(10, 800);
    expect(estimatedHeight(cache, false)).toBe(120);
    expect(estimatedHeight(cache, true)).toBe(40);
    expect(recordHeight(cache, 0, false, 100)).toBe(true);
    expect(recordHeight(cache, 1, false, 200)).toBe(true);
    expect(recordHeight(cache, 2, true, 30)).toBe(true);
    expect(estimatedHeight(cache, false)).toBe(150);
    expect(estimatedHeight(cache, true)).toBe(30);
  });

  it('ignores sub-pixel noise, and a new height of a row moves no guess', () => {
    const cache = createHeightCache(3, 800);
    recordHeight(cache, 0, false, 100);
    expect(recordHeight(cache, 0, false, 100.2)).toBe(false);
    expect(recordHeight(cache, 0, false, 160)).toBe(true);
    expect(cache.heights[0]).toBe(160);
    expect(estimatedHeight(cache, false)).toBe(100);
  });

  it('stops refining its guess after the first 20 rows of a kind', () => {
    const cache = createHeightCache(40, 800);
    for (let i = 0; i < 20; i++) recordHeight(cache, i, false, 50);
    for (let i = 20; i < 40; i++) recordHeight(cache, i, false, 500);
    expect(estimatedHeight(cache, false)).toBe(50);
    expect(cache.samples).toEqual([20, 0]);
  });

  it('keeps a comment’s collapsed and expanded heights apart', () => {
    const cache = createHeightCache(2, 800);
    recordHeight(cache, 1, false, 300);
    recordHeight(cache, 1, true, 36);
    const offsets = rowOffsets([row(1, true), row(1, false)], cache);
    expect([...offsets]).toEqual([0, 36, 336]);
  });
});

describe('rowOffsets', () => {
  it('adds measured heights and guesses for the rest', () => {
    const cache = createHeightCache(4, 800);
    recordHeight(cache, 0, false, 50);
    recordHeight(cache, 2, false, 150);
    const offsets = rowOffsets([row(0), row(1), row(2), row(3, true)], cache);
    // Row 1 counts as the average of the measured expanded rows (100), row 3 as the first guess.
    expect([...offsets]).toEqual([0, 50, 150, 300, 340]);
  });

  it('is [0] for no rows', () => {
    expect([...rowOffsets([], createHeightCache(0, 800))]).toEqual([0]);
  });

  it('takes 100,000 rows in one pass', () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => row(i, i % 3 === 0));
    const offsets = rowOffsets(rows, createHeightCache(100_000, 800));
    expect(offsets[100_000]).toBe(33_334 * 40 + 66_666 * 120);
  });
});

describe('rowAt and windowRange', () => {
  const offsets = Float64Array.from([0, 100, 150, 400, 420, 500]);

  it('finds the row that holds an offset', () => {
    expect(rowAt(offsets, -50)).toBe(0);
    expect(rowAt(offsets, 0)).toBe(0);
    expect(rowAt(offsets, 99.9)).toBe(0);
    expect(rowAt(offsets, 100)).toBe(1);
    expect(rowAt(offsets, 399)).toBe(2);
    expect(rowAt(offsets, 499)).toBe(4);
    expect(rowAt(offsets, 10_000)).toBe(4);
  });

  it('covers the viewport, within the row limit', () => {
    expect(windowRange(offsets, 120, 410, 10)).toEqual({ start: 1, end: 4 });
    expect(windowRange(offsets, 120, 410, 2)).toEqual({ start: 1, end: 3 });
    expect(windowRange(offsets, -300, -10, 10)).toEqual({ start: 0, end: 1 });
    expect(windowRange(offsets, 900, 1000, 10)).toEqual({ start: 4, end: 5 });
    expect(windowRange(Float64Array.from([0]), 0, 100, 10)).toEqual({ start: 0, end: 0 });
  });

  it('agrees with a linear scan on random heights', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 500 }), { minLength: 1, maxLength: 200 }),
        fc.integer({ min: -100, max: 50_000 }),
        (heights, y) => {
          const cache = createHeightCache(heights.length, 800);
          heights.forEach((height, i) => recordHeight(cache, i, false, height));
          const offsets = rowOffsets(
            heights.map((_, i) => row(i)),
            cache,
          );
          let expected = 0;
          while (expected + 1 < heights.length && offsets[expected + 1]! <= y) expected++;
          expect(rowAt(offsets, y)).toBe(expected);
        },
      ),
    );
  });
});

describe('rangeWith', () => {
  it('leaves a range that holds the row alone', () => {
    const range = { start: 10, end: 20 };
    expect(rangeWith(range, 15, 30)).toBe(range);
  });

  it('reaches up or down to the row without passing the limit', () => {
    expect(rangeWith({ start: 10, end: 20 }, 5, 30)).toEqual({ start: 5, end: 20 });
    expect(rangeWith({ start: 10, end: 20 }, 2, 10)).toEqual({ start: 2, end: 12 });
    expect(rangeWith({ start: 10, end: 20 }, 24, 30)).toEqual({ start: 10, end: 25 });
    expect(rangeWith({ start: 10, end: 20 }, 40, 10)).toEqual({ start: 31, end: 41 });
  });
});

describe('alignedScrollTop', () => {
  it('centres, or moves as little as possible', () => {
    expect(alignedScrollTop(1000, 100, 0, 600, 'center')).toBe(750);
    // Below the viewport: bring its bottom edge in.
    expect(alignedScrollTop(1000, 100, 0, 600, 'nearest')).toBe(500);
    // Above: bring its top in, below the margin.
    expect(alignedScrollTop(1000, 100, 1500, 600, 'nearest', 96)).toBe(904);
    // Already in view: stay.
    expect(alignedScrollTop(1000, 100, 800, 600, 'nearest')).toBe(800);
    // Taller than the viewport: its top wins.
    expect(alignedScrollTop(1000, 900, 0, 600, 'nearest', 10)).toBe(990);
  });
});

describe('windowAt and sameWindow', () => {
  // Ten rows of 100 px.
  const offsets = Float64Array.from({ length: 11 }, (_, r) => 100 * r);
  const limits = { overscan: 50, maxRows: 5 };

  it('covers the viewport and overscan, and pads for the rest', () => {
    expect(windowAt(offsets, 220, 200, limits)).toEqual({
      start: 1,
      end: 5,
      before: 100,
      after: 500,
    });
  });

  it('keeps to the row limit, and reaches for a row it must show', () => {
    expect(windowAt(offsets, 0, 2000, limits)).toEqual({ start: 0, end: 5, before: 0, after: 500 });
    expect(windowAt(offsets, 0, 200, limits, 8)).toEqual({
      start: 4,
      end: 9,
      before: 400,
      after: 100,
    });
    // A row out of range is ignored.
    expect(windowAt(offsets, 0, 200, limits, 10)).toEqual(windowAt(offsets, 0, 200, limits));
  });

  it('is empty for no rows', () => {
    expect(windowAt(Float64Array.from([0]), 0, 800, limits)).toEqual({
      start: 0,
      end: 0,
      before: 0,
      after: 0,
    });
  });

  it('tells windows apart by rows, and padding only beyond a pixel', () => {
    const a = { start: 1, end: 5, before: 100, after: 500 };
    expect(sameWindow(a, { ...a, before: 100.6, after: 499.5 })).toBe(true);
    expect(sameWindow(a, { ...a, before: 101 })).toBe(false);
    expect(sameWindow(a, { ...a, end: 6 })).toBe(false);
  });

  it('always renders rows that reach into the viewport, contiguous and within the limit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 300 }),
        fc.integer({ min: -500, max: 60_000 }),
        fc.integer({ min: 100, max: 1200 }),
        (heights, top, height) => {
          const at = new Float64Array(heights.length + 1);
          heights.forEach((h, r) => (at[r + 1] = at[r]! + h));
          const window = windowAt(at, top, height, { overscan: 500, maxRows: 48 });
          const total = at[heights.length]!;
          expect(window.end - window.start).toBeLessThanOrEqual(48);
          expect(window.start).toBeLessThan(window.end);
          expect(window.before + (at[window.end]! - at[window.start]!) + window.after).toBe(total);
          // The row at the viewport's top is rendered.
          expect(rowAt(at, top)).toBeGreaterThanOrEqual(window.start);
          expect(rowAt(at, top)).toBeLessThan(window.end);
        },
      ),
    );
  });
});

describe('the anchor', () => {
  // Comments 0 (top level) with replies 1 and 2; 2 has reply 3; comment 4 is top level.
  const parent = Int32Array.from([-1, 0, 0, 2, -1]);
  const cache = createHeightCache(5, 800);
  [100, 50, 80, 60, 200].forEach((height, i) => recordHeight(cache, i, false, height));
  recordHeight(cache, 2, true, 30);
  const all = [row(0), row(1), row(2), row(3), row(4)];
  const positionsOf = (rows: readonly ReturnType<typeof row>[], comments = 5) => {
    const positions = new Int32Array(comments).fill(-1);
    rows.forEach((r, p) => (positions[r.index] = p));
    return positions;
  };

  it('is the row at the viewport’s top, with how far above the top it starts', () => {
    const offsets = rowOffsets(all, cache); // 0, 100, 150, 230, 290, 490
    expect(anchorAt(all, offsets, 170)).toEqual({ index: 2, top: -20 });
    expect(anchorAt(all, offsets, -40)).toEqual({ index: 0, top: 40 });
    expect(anchorAt([], Float64Array.from([0]), 0)).toBeNull();
  });

  it('stays itself while shown, and puts the viewport back where it was', () => {
    const anchor = { index: 3, top: -10 };
    const sorted = [row(4), row(0), row(2), row(3), row(1)];
    const positions = positionsOf(sorted);
    expect(heldAnchor(anchor, positions, parent)).toBe(anchor);
    // Comment 3 now starts at 200 + 100 + 80 = 380, and its top was 10 px above the viewport's.
    expect(anchoredTop(rowOffsets(sorted, cache), positions, anchor)).toBe(390);
  });

  it('hands over to the nearest shown ancestor when hidden, which shows in full', () => {
    const collapsed = [row(0), row(1), row(2, true), row(4)];
    const positions = positionsOf(collapsed);
    expect(heldAnchor({ index: 3, top: -10 }, positions, parent)).toEqual({ index: 2, top: 0 });
    expect(heldAnchor({ index: 3, top: 25 }, positions, parent)).toEqual({ index: 2, top: 25 });
    const onlyTop = [row(4)];
    expect(heldAnchor({ index: 3, top: 5 }, positionsOf(onlyTop), parent)).toBeNull();
    expect(heldAnchor(null, positions, parent)).toBeNull();
  });

  it('lays new rows out around the place held, without touching the cache', () => {
    // A tall thread: 1,000 comments of 100 px, each its own top level.
    const many = createHeightCache(1000, 800);
    for (let i = 0; i < 1000; i++) recordHeight(many, i, false, 100);
    const before = Float64Array.from(many.heights);
    const rows = Array.from({ length: 1000 }, (_, i) => row(999 - i));
    const positions = positionsOf(rows, 1000);
    const limits = { overscan: 0, maxRows: 48 };
    const flat = new Int32Array(1000).fill(-1);
    // Comment 500 was 30 px below the viewport's top; reversed, it is row 499, at 49,900.
    const layout = layoutAround(
      rows,
      positions,
      flat,
      many,
      { index: 500, top: 30 },
      0,
      300,
      limits,
    );
    expect(layout.rows).toBe(rows);
    expect(layout.offsets[1000]).toBe(100_000);
    expect(layout.window).toEqual({ start: 498, end: 502, before: 49_800, after: 49_800 });
    // Without an anchor the viewport stays where it was.
    expect(layoutAround(rows, positions, flat, many, null, 1000, 300, limits).window.start).toBe(
      10,
    );
    expect(many.heights).toEqual(before);
  });
});
