import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  alignedScrollTop,
  createHeightCache,
  estimatedHeight,
  rangeWith,
  recordHeight,
  rowAt,
  rowOffsets,
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
