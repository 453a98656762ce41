// The arithmetic of a virtualized thread: which rows to render for a scroll position, where each
// row starts, how tall the rows never rendered are guessed to be, and which row holds the
// reader's place (the anchor) and where the page must scroll to keep it.
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

/**
 * An empty cache for `commentCount` comments, measured at a thread `width` (CSS pixels). Its
 * fields are written only by recordHeight.
 */
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

/** A row window: rows [start, end) are rendered; the rest are padding. */
export type RowWindow = {
  readonly start: number;
  readonly end: number;
  /** Heights standing for the rows before start and from end on, in CSS pixels. */
  readonly before: number;
  readonly after: number;
};

/** How much a window reaches beyond the viewport, and how many rows it may hold at most. */
export type WindowLimits = {
  /** CSS pixels rendered beyond each edge of the viewport. */
  readonly overscan: number;
  readonly maxRows: number;
};

/**
 * The window for a viewport `height` pixels tall whose top is `top` pixels below the first row's
 * top (negative above it), over `offsets` (rowOffsets). With `mustShow` (a row position) the
 * window is moved, if needed, to hold that row.
 */
export function windowAt(
  offsets: Float64Array,
  top: number,
  height: number,
  limits: WindowLimits,
  mustShow = -1,
): RowWindow {
  let range = windowRange(
    offsets,
    top - limits.overscan,
    top + height + limits.overscan,
    limits.maxRows,
  );
  if (mustShow >= 0 && mustShow < offsets.length - 1)
    range = rangeWith(range, mustShow, limits.maxRows);
  const total = offsets[offsets.length - 1]!;
  return { ...range, before: offsets[range.start]!, after: total - offsets[range.end]! };
}

/** Whether two windows render the same rows with the same padding (to within a pixel). */
export function sameWindow(a: RowWindow, b: RowWindow): boolean {
  return (
    a.start === b.start &&
    a.end === b.end &&
    Math.abs(a.before - b.before) < 1 &&
    Math.abs(a.after - b.after) < 1
  );
}

/**
 * The reader's place: comment `index` (ThreadIndex numbering) and where its row's top is, in
 * pixels below the viewport's top (negative when the row starts above it).
 */
export type Anchor = { readonly index: number; readonly top: number };

/**
 * The anchor for a viewport whose top is `top` pixels below the first row's top: the row that
 * holds that offset. Null when there are no rows.
 */
export function anchorAt(
  rows: readonly VisibleRow[],
  offsets: Float64Array,
  top: number,
): Anchor | null {
  if (rows.length === 0) return null;
  const r = rowAt(offsets, top);
  return { index: rows[r]!.index, top: offsets[r]! - top };
}

/**
 * The anchor to hold in rows whose `positions` (row position per comment, -1 when hidden) may
 * differ from the ones it was taken in: the anchor itself when shown, else its nearest shown
 * ancestor (by `parent`, -1 at the top level), which takes the place at the viewport's top or
 * below it, so that it shows in full. Null when neither is shown, or for no anchor.
 */
export function heldAnchor(
  anchor: Anchor | null,
  positions: Int32Array,
  parent: Int32Array,
): Anchor | null {
  if (!anchor) return null;
  let i = anchor.index;
  while (i >= 0 && (positions[i] ?? -1) < 0) i = parent[i] ?? -1;
  if (i < 0) return null;
  return i === anchor.index ? anchor : { index: i, top: Math.max(0, anchor.top) };
}

/**
 * Where the viewport's top must be, in pixels below the first row's top, for a shown anchor
 * (see heldAnchor) to sit at its place over `offsets`.
 */
export function anchoredTop(offsets: Float64Array, positions: Int32Array, anchor: Anchor): number {
  return offsets[positions[anchor.index]!]! - anchor.top;
}

/** The rows a render shows, where each of them starts, and the window over them. */
export type RowLayout = {
  readonly rows: readonly VisibleRow[];
  /** rowOffsets of rows. */
  readonly offsets: Float64Array;
  readonly window: RowWindow;
};

/**
 * The layout for rows that just changed (a collapse, an expand, a sort): their offsets from the
 * cache, and the window around the reader's place, so that the first render of the new rows
 * already shows the right ones. The place is `anchor` (see heldAnchor) if it is shown in the new
 * rows, else the viewport's `top` as it was, in pixels below the first row's top. Reads the cache,
 * writes nothing.
 */
export function layoutAround(
  rows: readonly VisibleRow[],
  positions: Int32Array,
  parent: Int32Array,
  cache: HeightCache,
  anchor: Anchor | null,
  top: number,
  height: number,
  limits: WindowLimits,
): RowLayout {
  const offsets = rowOffsets(rows, cache);
  const held = heldAnchor(anchor, positions, parent);
  const at = held ? anchoredTop(offsets, positions, held) : top;
  return { rows, offsets, window: windowAt(offsets, at, height, limits) };
}
