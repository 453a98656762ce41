// The arithmetic of a virtualized thread: which rows to render for a scroll position, where each
// row starts, and how tall the rows never rendered are guessed to be.
//
// Heights are kept per comment and per state (a collapsed comment is one line, an expanded one
// its whole text), so they survive collapsing, sorting and scrolling away. A row never measured
// counts as the average of the first rows measured in its state; the guess then stays put, so
// that measuring more rows never moves the rows above the viewport. Offsets are one O(rows)
// prefix sum, recomputed when rows or measurements change; finding a row from a pixel offset is
// a binary search.

import type { VisibleRow } from './visibleRows';

/** Guesses before any row of a kind has been measured, in CSS pixels. */
const FIRST_GUESS = [120, 40] as const;

/** The guess for a kind of row is the average of this many first measured rows of that kind. */
const SAMPLES = 20;

/** Differences under this are layout noise, not a new height. */
const TOLERANCE = 0.5;

export type HeightCache = {
  /** The thread's width the heights were measured at: text wraps differently at another. */
  readonly width: number;
  /** Measured height of comment i at 2i (expanded) and 2i + 1 (collapsed); 0 when never measured. */
  readonly heights: Float64Array;
  /** The height guessed for rows never measured, expanded at 0 and collapsed at 1. */
  readonly guess: [number, number];
  /** How many measured rows the guess averages (at most SAMPLES). */
  readonly samples: [number, number];
};

export function createHeightCache(commentCount: number, width: number): HeightCache {
  return {
    width,
    heights: new Float64Array(2 * commentCount),
    guess: [...FIRST_GUESS],
    samples: [0, 0],
  };
}

/** Records a measured height; true when it differs from what the cache held. */
export function recordHeight(
  cache: HeightCache,
  index: number,
  collapsed: boolean,
  height: number,
): boolean {
  const kind = collapsed ? 1 : 0;
  const slot = 2 * index + kind;
  const previous = cache.heights[slot];
  if (previous === undefined || Math.abs(previous - height) < TOLERANCE) return false;
  const samples = cache.samples[kind];
  if (previous === 0 && samples < SAMPLES) {
    cache.guess[kind] = (cache.guess[kind] * samples + height) / (samples + 1);
    cache.samples[kind] = samples + 1;
  }
  cache.heights[slot] = height;
  return true;
}

/** The height assumed for a row of this kind that was never measured. */
export function estimatedHeight(cache: HeightCache, collapsed: boolean): number {
  return cache.guess[collapsed ? 1 : 0];
}

/** offsets[r] is where row r starts; offsets[rows.length] is the height of all rows. */
export function rowOffsets(rows: readonly VisibleRow[], cache: HeightCache): Float64Array {
  const offsets = new Float64Array(rows.length + 1);
  const guess = cache.guess;
  let y = 0;
  for (let r = 0; r < rows.length; r++) {
    offsets[r] = y;
    const row = rows[r]!;
    const kind = row.collapsed ? 1 : 0;
    y += cache.heights[2 * row.index + kind] || guess[kind]!;
  }
  offsets[rows.length] = y;
  return offsets;
}

/** The row that holds offset y (the last row starting at or before it), clamped to the rows. */
export function rowAt(offsets: Float64Array, y: number): number {
  let low = 0;
  let high = offsets.length - 2;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if (offsets[middle]! <= y) low = middle;
    else high = middle - 1;
  }
  return Math.max(0, low);
}

export type RowRange = { readonly start: number; readonly end: number };

/**
 * Rows [start, end) that cover the offsets from `top` to `bottom` (the viewport plus overscan),
 * never more than `maxRows` of them.
 */
export function windowRange(
  offsets: Float64Array,
  top: number,
  bottom: number,
  maxRows: number,
): RowRange {
  const rows = offsets.length - 1;
  if (rows <= 0) return { start: 0, end: 0 };
  const start = rowAt(offsets, top);
  const end = Math.min(rowAt(offsets, bottom) + 1, start + maxRows);
  return { start, end };
}

/** The range moved, if needed, to hold row r (a row of the rows the range was made for). */
export function rangeWith(range: RowRange, r: number, maxRows: number): RowRange {
  if (r >= range.start && r < range.end) return range;
  if (r < range.start) return { start: r, end: Math.min(range.end, r + maxRows) };
  return { start: Math.max(range.start, r + 1 - maxRows), end: r + 1 };
}

/**
 * Where the viewport's top should go to show a row that spans [top, top + height) the way
 * scrollIntoView's `block` would: 'nearest' moves as little as possible.
 */
export function alignedScrollTop(
  top: number,
  height: number,
  viewTop: number,
  viewHeight: number,
  block: 'center' | 'nearest',
  marginTop = 0,
): number {
  if (block === 'center') return top + height / 2 - viewHeight / 2;
  if (top - marginTop < viewTop) return top - marginTop;
  if (top + height > viewTop + viewHeight)
    return Math.min(top - marginTop, top + height - viewHeight);
  return viewTop;
}
