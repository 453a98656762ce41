// The overview rail beside the thread: every visible row, in the current order, drawn as a column
// of marks scaled to the rail's height, and the arithmetic the rail needs to move through it.
//
// Rows, not pixels of text: the rail gives each visible row the same share of its height (row r
// of n covers [r·H/n, (r+1)·H/n)), whatever the row's height on the page. Row heights are known
// only for rows once rendered (the virtualizer guesses the rest), and a rail that moved while
// they were measured could not be clicked with any confidence; a row share also makes "comment
// 412 of 9,830" and the height clicked the same number.
//
// What a pixel shows when many rows share it (100,000 rows on a rail of ~1,500 device pixels
// put ~65 rows in each): the mean score of the rows that start in it, and a top-level tick when
// any of them is a top-level comment. The mean, not the score of largest |score|: among 65 rows
// nearly every pixel holds some strong score, and the rail turned one solid colour (it did on
// the generated sample); the mean tells a well-received stretch from a disliked one. The colour
// scale is symmetric around 0 and logarithmic (d3's symlog), from −L to +L where L is the
// thread's largest |score|: real threads have a few scores far above the rest, a linear scale
// would leave every other comment the colour of 0, and with symlog one strong comment still
// tints the pixel it shares with 64 quiet ones.
//
// Works from typed arrays (scores per comment, built once per ThreadIndex) so that a redraw
// at 100,000 rows is two tight loops.

import { t } from '@lingui/core/macro';
import { scaleDivergingSymlog } from 'd3-scale';
import { interpolateRdBu, schemeRdBu } from 'd3-scale-chromatic';
import { count, displayScore } from './numbers';
import type { ThreadIndex } from './threadIndex';
import type { VisibleRow } from './visibleRows';

/** Every comment's score by comment index, and the largest |score| (at least 1). */
export type RailScores = { readonly scores: Int32Array; readonly largest: number };

const scoresCache = new WeakMap<ThreadIndex, RailScores>();

/** The scores of `index` as a typed array; built once per index. */
export function railScores(index: ThreadIndex): RailScores {
  let found = scoresCache.get(index);
  if (!found) {
    const scores = new Int32Array(index.comments.length);
    let largest = 1;
    for (let i = 0; i < scores.length; i++) {
      const score = index.comments[i]!.score;
      scores[i] = score;
      const size = Math.abs(score);
      if (size > largest) largest = size;
    }
    found = { scores, largest };
    scoresCache.set(index, found);
  }
  return found;
}

/** Row at height `y` of a rail `height` tall (any unit) showing `rowCount` rows; -1 for none. */
export function rowAtY(y: number, rowCount: number, height: number): number {
  if (rowCount <= 0 || height <= 0) return -1;
  // The tolerance absorbs rounding, so that rowAtY(yOfRow(r)) is r: a row's start computed
  // in floating point can land a few ulps short of it.
  const r = Math.floor((y * rowCount) / height + 1e-7);
  return r < 0 ? 0 : r >= rowCount ? rowCount - 1 : r;
}

/** Where row r starts on a rail `height` tall showing `rowCount` rows (same unit as height). */
export function yOfRow(r: number, rowCount: number, height: number): number {
  return rowCount <= 0 ? 0 : (r * height) / rowCount;
}

/** What each pixel row of a rail shows (see the top of this file). */
export type RailColumn = {
  /** Pixels, top to bottom. */
  readonly height: number;
  readonly rowCount: number;
  /**
   * Per pixel: the mean score of the rows that start in it; where no row starts (fewer rows
   * than pixels), the score of the row covering it.
   */
  readonly score: Float64Array;
  /** Per pixel: 1 when a top-level comment's row starts in it. */
  readonly topLevel: Uint8Array;
  /** Per pixel: 1 when a row starts in it. */
  readonly rowStart: Uint8Array;
};

/** The rows (in their order) as a column `height` pixels tall; `scores` from railScores. */
export function railColumn(
  rows: readonly VisibleRow[],
  scores: Int32Array,
  height: number,
): RailColumn {
  const pixels = Math.max(0, Math.floor(height));
  const score = new Float64Array(pixels);
  const topLevel = new Uint8Array(pixels);
  const rowStart = new Uint8Array(pixels);
  const n = rows.length;
  if (n > 0 && pixels > 0) {
    // Sums first (score), then rows per pixel (starts) to divide by.
    const starts = new Int32Array(pixels);
    for (let r = 0; r < n; r++) {
      const row = rows[r]!;
      const p = Math.floor((r * pixels) / n);
      score[p]! += scores[row.index] ?? 0;
      starts[p]!++;
      if (row.depth === 1) topLevel[p] = 1;
    }
    for (let p = 0; p < pixels; p++) {
      const k = starts[p]!;
      if (k > 0) {
        score[p] = score[p]! / k;
        rowStart[p] = 1;
      } else if (p > 0) {
        // Fewer rows than pixels: a row covers the pixels after its first until the next row's.
        score[p] = score[p - 1]!;
      }
    }
  }
  return { height: pixels, rowCount: n, score, topLevel, rowStart };
}

/**
 * The row where comment i is seen: its own when shown, else its nearest shown ancestor's (it is
 * inside that collapsed comment); -1 for an unknown index. `positions` is each comment's row
 * position (-1 when hidden), `parent` ThreadIndex.parent.
 */
export function shownRowOf(i: number, positions: Int32Array, parent: Int32Array): number {
  for (let at = i; at >= 0 && at < positions.length; at = parent[at] ?? -1) {
    const r = positions[at]!;
    if (r >= 0) return r;
  }
  return -1;
}

/**
 * Per pixel of a rail `height` pixels tall showing `rowCount` rows: 1 where a row holding one of
 * the `marked` comments (search or filter matches, as comment indices) starts. A marked comment
 * inside a collapsed one marks the collapsed one's row. O(marked + comments reached).
 */
export function markedPixels(
  marked: Int32Array,
  positions: Int32Array,
  parent: Int32Array,
  rowCount: number,
  height: number,
): Uint8Array {
  const pixels = Math.max(0, Math.floor(height));
  const result = new Uint8Array(pixels);
  if (rowCount <= 0 || pixels === 0 || marked.length === 0) return result;
  // The row each hidden comment is seen at, filled along every path walked so that no path up
  // the tree is walked twice (-2: not worked out yet).
  const seenAt = new Int32Array(positions.length).fill(-2);
  const path: number[] = [];
  for (const i of marked) {
    let at = i;
    let r = -1;
    while (at >= 0 && at < positions.length) {
      if (positions[at]! >= 0) {
        r = positions[at]!;
        break;
      }
      if (seenAt[at] !== -2) {
        r = seenAt[at]!;
        break;
      }
      path.push(at);
      at = parent[at] ?? -1;
    }
    for (const walked of path) seenAt[walked] = r;
    path.length = 0;
    if (r >= 0) result[Math.floor((r * pixels) / rowCount)] = 1;
  }
  return result;
}

const topLevelCache = new WeakMap<readonly VisibleRow[], Int32Array>();

/** Row positions of the top-level comments among `rows`, ascending; once per rows array. */
export function topLevelRows(rows: readonly VisibleRow[]): Int32Array {
  let found = topLevelCache.get(rows);
  if (!found) {
    let k = 0;
    for (const row of rows) if (row.depth === 1) k++;
    found = new Int32Array(k);
    k = 0;
    for (let r = 0; r < rows.length; r++) if (rows[r]!.depth === 1) found[k++] = r;
    topLevelCache.set(rows, found);
  }
  return found;
}

/** Number of entries of the ascending `list` that are ≤ value. */
function countAtMost(list: Int32Array, value: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (list[middle]! <= value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The row `steps` top-level comments after row `from` (before it when negative): 1 is the next
 * top-level comment, -1 the previous one (from inside a thread: the start of that thread). Stops
 * at the first and last top-level comment; `from` itself when there is none that way.
 */
export function stepTopLevel(rows: readonly VisibleRow[], from: number, steps: number): number {
  const tops = topLevelRows(rows);
  if (tops.length === 0 || steps === 0) return from;
  if (steps > 0) {
    const next = countAtMost(tops, from); // the first top-level row after `from`
    if (next >= tops.length) return from;
    return tops[Math.min(tops.length - 1, next + steps - 1)]!;
  }
  const previous = countAtMost(tops, from - 1) - 1; // the last top-level row before `from`
  if (previous < 0) return from;
  return tops[Math.max(0, previous + steps + 1)]!;
}

/** Top-level comments a Page key moves by. */
export const PAGE_STEPS = 10;

/**
 * The row a key moves the rail to from row `from`, or null for a key the rail leaves alone:
 * ArrowDown/ArrowRight and ArrowUp/ArrowLeft the next and previous top-level comment, PageDown
 * and PageUp PAGE_STEPS of them, Home the first row and End the last (the slider's ends).
 */
export function railKeyTarget(
  key: string,
  rows: readonly VisibleRow[],
  from: number,
): number | null {
  switch (key) {
    case 'ArrowDown':
    case 'ArrowRight':
      return stepTopLevel(rows, from, 1);
    case 'ArrowUp':
    case 'ArrowLeft':
      return stepTopLevel(rows, from, -1);
    case 'PageDown':
      return stepTopLevel(rows, from, PAGE_STEPS);
    case 'PageUp':
      return stepTopLevel(rows, from, -PAGE_STEPS);
    case 'Home':
      return rows.length > 0 ? 0 : null;
    case 'End':
      return rows.length > 0 ? rows.length - 1 : null;
    default:
      return null;
  }
}

/**
 * What the rail announces for row r, in the active locale: "comment 412 of 9,830, depth 3,
 * score +57" (its position among the visible rows from 1, numbers grouped the locale's way, the
 * score signed with a real minus sign); '' for a row out of range.
 */
export function describeRow(rows: readonly VisibleRow[], scores: Int32Array, r: number): string {
  const row = rows[r];
  if (row === undefined) return '';
  const position = count(r + 1);
  const total = count(rows.length);
  const depth = count(row.depth);
  const score = displayScore(scores[row.index] ?? 0);
  return t({
    message: `comment ${position} of ${total}, depth ${depth}, score ${score}`,
    comment: 'the thread overview slider’s value: a comment’s place among the rows shown',
  });
}

/**
 * The first and last of `length` rendered rows (in row order) that reach into the viewport
 * [viewTop, viewBottom), given each one's top and bottom (binary searches: O(log length) reads);
 * null when none does.
 */
export function renderedOnScreen(
  length: number,
  topOf: (k: number) => number,
  bottomOf: (k: number) => number,
  viewTop: number,
  viewBottom: number,
): readonly [number, number] | null {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (bottomOf(middle) <= viewTop) low = middle + 1;
    else high = middle;
  }
  const first = low;
  high = length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (topOf(middle) < viewBottom) low = middle + 1;
    else high = middle;
  }
  const last = low - 1;
  return first <= last ? [first, last] : null;
}

/** 0xRRGGBB. */
export type Rgb = number;

/** '#f4a582' or 'rgb(244, 165, 130)' → 0xf4a582; 0 for anything else. */
export function parseRgb(colour: string): Rgb {
  if (colour.startsWith('#') && colour.length === 7) return Number.parseInt(colour.slice(1), 16);
  const parts = /^rgb\((\d+),\s*(\d+),\s*(\d+)\)$/.exec(colour);
  if (!parts) return 0;
  return (Number(parts[1]) << 16) | (Number(parts[2]) << 8) | Number(parts[3]);
}

const formatRgb = (rgb: Rgb) => `rgb(${rgb >> 16}, ${(rgb >> 8) & 255}, ${rgb & 255})`;

/** Linear RGB interpolation through evenly spaced colours (t from 0 to 1, clamped). */
export function piecewiseRgb(colours: readonly Rgb[]): (t: number) => string {
  const last = colours.length - 1;
  return (t) => {
    const at = Math.min(Math.max(t, 0), 1) * last;
    const k = Math.min(Math.floor(at), last - 1);
    const a = colours[Math.max(k, 0)] ?? 0;
    const b = colours[k + 1] ?? a;
    const f = at - k;
    const mix = (shift: number) =>
      Math.round(((a >> shift) & 255) * (1 - f) + ((b >> shift) & 255) * f);
    return formatRgb((mix(16) << 16) | (mix(8) << 8) | mix(0));
  };
}

/**
 * Position on the colour scale of each score: 0 at −largest and below, 0.5 at 0, 1 at +largest
 * and above, symlog between (d3's scaleDivergingSymlog, constant 1), mapped by `interpolator`.
 */
export function scoreScale<Output>(largest: number, interpolator: (t: number) => Output) {
  const l = Math.max(1, largest);
  return scaleDivergingSymlog(interpolator).domain([-l, 0, l]).clamp(true);
}

export type RailTheme = 'light' | 'dark';

// ColorBrewer's RdBu (colour-blind safe): red below 0, blue above. On the light theme the scale
// as it is, from the light grey of 0 to dark red and dark blue; on the dark theme its lightness
// turned around, from a slate close to the page's background to light red and light blue, so
// that on both a stronger score stands out more from the page.
const RD_BU = (schemeRdBu[11] ?? []).map(parseRgb);
const DARK_ZERO = 0x334155; // Tailwind slate-700, the dark theme's quiet borders
const DARK_SCALE = piecewiseRgb([
  RD_BU[3] ?? 0,
  RD_BU[2] ?? 0,
  RD_BU[1] ?? 0,
  DARK_ZERO,
  RD_BU[9] ?? 0,
  RD_BU[8] ?? 0,
  RD_BU[7] ?? 0,
]);

/** The rail's colours on one theme. Tailwind's slate, blue and yellow/fuchsia shades. */
export type RailPalette = {
  /** The rail's background, behind the column of marks. */
  readonly track: Rgb;
  /** Top-level ticks. */
  readonly tick: Rgb;
  /** The frame around the rows on screen. */
  readonly frame: Rgb;
  /** The focused comment's mark. */
  readonly focus: Rgb;
  /** Search or filter matches. */
  readonly match: Rgb;
  /** The colour of a score (a mean score may be fractional), clamped to ±largest. */
  readonly colourOf: (score: number) => Rgb;
};

const THEME_COLOURS: Record<RailTheme, Omit<RailPalette, 'colourOf'>> = {
  // Ticks a step quieter than the frame, so that the frame reads as the one outline.
  light: { track: 0xe2e8f0, tick: 0x64748b, frame: 0x0f172a, focus: 0x1d4ed8, match: 0xa21caf },
  dark: { track: 0x0f172a, tick: 0x94a3b8, frame: 0xf8fafc, focus: 0x60a5fa, match: 0xfacc15 },
};

/** Steps of the colour scale: finer than the eye tells apart on a rail a few pixels wide. */
const COLOUR_STEPS = 512;

/**
 * The palette for a theme and a thread's largest |score|. A score's colour is looked up by its
 * position on the scale in COLOUR_STEPS steps, each step's colour worked out once: a redraw
 * computes a position per pixel, not a colour string.
 */
export function railPalette(theme: RailTheme, largest: number): RailPalette {
  const interpolate = theme === 'light' ? interpolateRdBu : DARK_SCALE;
  const position = scoreScale(largest, (t) => t);
  const steps = new Int32Array(COLOUR_STEPS + 1).fill(-1);
  return {
    ...THEME_COLOURS[theme],
    colourOf(score) {
      const step = Math.round(position(score) * COLOUR_STEPS);
      let rgb = steps[step]!;
      if (rgb < 0) steps[step] = rgb = parseRgb(interpolate(step / COLOUR_STEPS));
      return rgb;
    },
  };
}

/** Where the marks go across a rail `width` pixels wide: [start, end) of each band. */
export type RailBands = {
  readonly tick: readonly [number, number];
  readonly score: readonly [number, number];
  readonly match: readonly [number, number];
};

/**
 * The rail's bands for a width in device pixels: top-level ticks on the left quarter, the
 * scores in the middle, the matches on the right fifth; each at least one pixel.
 */
export function railBands(width: number): RailBands {
  const w = Math.max(3, Math.floor(width));
  const tickEnd = Math.max(1, Math.round(w / 4));
  const matchStart = Math.min(w - 1, Math.max(tickEnd + 1, w - Math.max(1, Math.round(w / 5))));
  return { tick: [0, tickEnd], score: [tickEnd, matchStart], match: [matchStart, w] };
}

/** Rows at least this many pixels tall get a one-pixel gap at their top, so that they read apart. */
const GAP_FROM = 4;

/**
 * Paints the column into RGBA pixels `width` × column.height (canvas ImageData layout): the track,
 * a top-level tick `tickPixels` tall in the tick band where a top-level row starts, the score
 * colours in the score band (rows tall enough get a gap of track at their top). One pass per
 * pixel row.
 */
export function paintColumn(
  data: Uint8ClampedArray,
  width: number,
  column: RailColumn,
  palette: RailPalette,
  bands: RailBands,
  tickPixels: number,
): void {
  const gaps = column.rowCount > 0 && column.height / column.rowCount >= GAP_FROM;
  const fill = (offset: number, from: number, to: number, rgb: Rgb) => {
    const r = rgb >> 16;
    const g = (rgb >> 8) & 255;
    const b = rgb & 255;
    for (let x = from, o = offset + from * 4; x < to; x++, o += 4) {
      data[o] = r;
      data[o + 1] = g;
      data[o + 2] = b;
      data[o + 3] = 255;
    }
  };
  let tickLeft = 0;
  for (let p = 0; p < column.height; p++) {
    const offset = p * width * 4;
    fill(offset, 0, width, palette.track);
    if (column.rowCount === 0) continue;
    if (column.topLevel[p] === 1) tickLeft = tickPixels;
    if (tickLeft > 0) {
      fill(offset, bands.tick[0], bands.tick[1], palette.tick);
      tickLeft--;
    }
    if (gaps && column.rowStart[p] === 1 && p > 0) continue;
    fill(offset, bands.score[0], bands.score[1], palette.colourOf(column.score[p]!));
  }
}

/** Where the rail's slider is, and why. */
export type RailPosition = {
  /** The slider's row: the first row on screen, or the row the reader moved to with the rail. */
  readonly value: number;
  /** The row the reader last moved to with the rail, -1 for none: the value while it is on screen. */
  readonly held: number;
  /** Whether the held row has been on screen since the move (the page has scrolled there). */
  readonly reached: boolean;
  /** The first and last row on screen; null when no row is (or it is not known yet). */
  readonly onScreen: readonly [number, number] | null;
};

export type RailEvent =
  /** The reader moved the rail to a row (a key, a click, a drag); the page scrolls there. */
  | { readonly kind: 'moved'; readonly row: number }
  /** The rows on screen, after a scroll, a resize or a render. */
  | { readonly kind: 'seen'; readonly onScreen: readonly [number, number] | null }
  /** The rows changed (collapse, sort, threshold): `rowCount` of them now. */
  | { readonly kind: 'rows'; readonly rowCount: number };

export const RAIL_START: RailPosition = { value: 0, held: -1, reached: false, onScreen: null };

const within = (onScreen: readonly [number, number] | null, r: number) =>
  onScreen !== null && r >= onScreen[0] && r <= onScreen[1];

/**
 * The slider's position after an event. It follows the first row on screen as the page scrolls,
 * except that a row the reader moved to with the rail stays the value while it is on screen
 * (the page scrolls it to the middle, so the first row on screen is another one; moving on from
 * that one would move by less, or not at all). Once that row has been on screen and leaves it,
 * the slider follows the scrolling again. The same state comes back when nothing changed.
 */
export function railPosition(state: RailPosition, event: RailEvent): RailPosition {
  switch (event.kind) {
    case 'moved':
      return { ...state, value: event.row, held: event.row, reached: false };
    case 'rows': {
      const value = Math.max(0, Math.min(state.value, event.rowCount - 1));
      return { value, held: -1, reached: false, onScreen: null };
    }
    case 'seen': {
      const { onScreen } = event;
      const same =
        onScreen === state.onScreen ||
        (onScreen !== null &&
          state.onScreen !== null &&
          onScreen[0] === state.onScreen[0] &&
          onScreen[1] === state.onScreen[1]);
      let next: RailPosition;
      if (state.held >= 0 && within(onScreen, state.held)) {
        next = { ...state, value: state.held, reached: true, onScreen };
      } else if (state.held >= 0 && !state.reached) {
        next = { ...state, onScreen }; // not scrolled there yet
      } else {
        next = { value: onScreen ? onScreen[0] : state.value, held: -1, reached: false, onScreen };
      }
      const unchanged =
        same &&
        next.value === state.value &&
        next.held === state.held &&
        next.reached === state.reached;
      return unchanged ? state : next;
    }
  }
}
