// The DOM side of the overview rail (src/thread/overview.ts has the arithmetic): which rows are
// on screen, the rail's size and the page's theme, and the two canvases it draws on.
//
// Rows on screen are read from the rendered rows' rectangles, not from the virtualizer's row
// offsets: the rectangles are what the reader sees, in a small thread (every row rendered) and
// a big one (at most 48 rendered) alike, and reading them needs nothing from the virtualizer.
// Two binary searches over the rendered rows make it a handful of rectangle reads, once a frame
// at most, after a scroll, a resize or new rows.

import { useEffect, useLayoutEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { RefObject } from 'react';
import {
  markedPixels,
  paintColumn,
  railBands,
  railColumn,
  railPalette,
  railScores,
  renderedOnScreen,
  shownRowOf,
  yOfRow,
  type RailPalette,
} from '../../thread/overview';
import type { ThreadIndex } from '../../thread/threadIndex';
import type { VisibleRow } from '../../thread/visibleRows';

/** The sticky search bar's height (the rail's `top-16`): rows under it are not on screen. */
const VIEW_TOP = 64;

/** The first and last row on screen among the tree's rendered rows (each with data-index). */
function rowsOnScreen(tree: HTMLElement, positions: Int32Array): readonly [number, number] | null {
  const items = tree.children;
  const rects: (DOMRect | undefined)[] = [];
  const rect = (k: number) => (rects[k] ??= items[k]!.getBoundingClientRect());
  const found = renderedOnScreen(
    items.length,
    (k) => rect(k).top,
    (k) => rect(k).bottom,
    VIEW_TOP,
    innerHeight,
  );
  if (!found) return null;
  const rowOf = (k: number) => positions[Number(items[k]!.getAttribute('data-index'))] ?? -1;
  const first = rowOf(found[0]);
  const last = rowOf(found[1]);
  return first >= 0 && last >= first ? [first, last] : null;
}

/**
 * Calls `onSeen` with the rows on screen (null when none is) after every scroll, resize or new
 * `rows`, at most once a frame. `treeRef` holds the rendered rows as its children.
 */
export function useRowsOnScreen(
  treeRef: RefObject<HTMLElement | null>,
  rows: readonly VisibleRow[],
  positions: Int32Array,
  onSeen: (onScreen: readonly [number, number] | null) => void,
): void {
  useEffect(() => {
    let frame = 0;
    const measure = () => {
      frame = 0;
      if (treeRef.current) onSeen(rowsOnScreen(treeRef.current, positions));
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(measure);
    };
    schedule();
    addEventListener('scroll', schedule, { passive: true });
    addEventListener('resize', schedule);
    return () => {
      cancelAnimationFrame(frame);
      removeEventListener('scroll', schedule);
      removeEventListener('resize', schedule);
    };
  }, [treeRef, rows, positions, onSeen]);
}

const subscribeToTheme = (onChange: () => void) => {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
  return () => observer.disconnect();
};
const isDark = () => document.documentElement.classList.contains('dark');

/** CSS size of the rail and the device pixels per CSS pixel. */
type RailSize = { readonly width: number; readonly height: number; readonly dpr: number };

function useRailSize(element: RefObject<HTMLElement | null>): RailSize {
  const [size, setSize] = useState<RailSize>({ width: 0, height: 0, dpr: 1 });
  useEffect(() => {
    const target = element.current;
    if (!target) return;
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const { width, height } = entry.contentRect;
      const dpr = devicePixelRatio || 1;
      setSize((old) =>
        old.width === width && old.height === height && old.dpr === dpr
          ? old
          : { width, height, dpr },
      );
    });
    observer.observe(target);
    return () => observer.disconnect();
  }, [element]);
  return size;
}

/** Sizes a canvas to the rail in device pixels; its 2D context, or null when it has no size. */
function prepare(canvas: HTMLCanvasElement | null, size: RailSize) {
  const width = Math.round(size.width * size.dpr);
  const height = Math.round(size.height * size.dpr);
  if (!canvas || width === 0 || height === 0) return null;
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
  return canvas.getContext('2d');
}

const hex = (rgb: number) => `#${rgb.toString(16).padStart(6, '0')}`;

/** The marks that change as the reader reads: matches, the focused comment, the frame. */
function drawOverlay(
  context: CanvasRenderingContext2D,
  palette: RailPalette,
  dpr: number,
  rowCount: number,
  marks: Uint8Array | null,
  focusedRow: number,
  onScreen: readonly [number, number] | null,
) {
  const { width, height } = context.canvas;
  context.clearRect(0, 0, width, height);
  if (rowCount === 0) return;
  const bands = railBands(width);
  const line = Math.max(1, Math.round(2 * dpr));
  if (marks) {
    // As tall as a row, at least `line`: a match in a thread of a few rows marks its whole row.
    const tall = Math.max(line, Math.floor(height / rowCount));
    context.fillStyle = hex(palette.match);
    for (let p = 0; p < marks.length; p++)
      if (marks[p] === 1) context.fillRect(bands.match[0], p, width - bands.match[0], tall);
  }
  if (focusedRow >= 0) {
    const y = Math.min(height - line, Math.floor(yOfRow(focusedRow, rowCount, height)));
    // A line across the rail with a rim of the track, so that it reads on any score's colour.
    context.fillStyle = hex(palette.track);
    context.fillRect(0, y - line / 2, width, 2 * line);
    context.fillStyle = hex(palette.focus);
    context.fillRect(0, y, width, line);
  }
  if (onScreen) {
    const [first, last] = onScreen;
    let top = yOfRow(first, rowCount, height);
    let bottom = yOfRow(last + 1, rowCount, height);
    // At least 4 CSS pixels tall, so that one row among 100,000 still shows a frame.
    const least = 4 * dpr;
    if (bottom - top < least) {
      const middle = (top + bottom) / 2;
      top = Math.max(0, middle - least / 2);
      bottom = Math.min(height, top + least);
    }
    context.strokeStyle = hex(palette.frame);
    context.lineWidth = line;
    context.strokeRect(line / 2, top + line / 2, width - line, Math.max(line, bottom - top - line));
  }
}

/** Performance entries the bench reads: one measure per redraw of the rail's marks. */
const DRAW_MARK = 'fil:rail-draw-start';
const DRAW_MEASURE = 'fil:rail-draw';

type CanvasArgs = {
  readonly index: ThreadIndex;
  readonly rows: readonly VisibleRow[];
  readonly positions: Int32Array;
  readonly focusedId: string | null;
  readonly matches: Int32Array | null;
  readonly onScreen: readonly [number, number] | null;
};

/**
 * Draws the rail on two canvases inside `rail`: the marks of every row (redrawn only when the
 * rows, the size or the theme change; each redraw is measured as `fil:rail-draw`), and over
 * them the matches, the focused comment and the frame around the rows on screen.
 */
export function useRailCanvas(
  rail: RefObject<HTMLElement | null>,
  base: RefObject<HTMLCanvasElement | null>,
  overlay: RefObject<HTMLCanvasElement | null>,
  { index, rows, positions, focusedId, matches, onScreen }: CanvasArgs,
): void {
  const size = useRailSize(rail);
  const dark = useSyncExternalStore(subscribeToTheme, isDark, () => false);
  const { scores, largest } = railScores(index);
  const palette = useMemo(() => railPalette(dark ? 'dark' : 'light', largest), [dark, largest]);
  const pixelHeight = Math.round(size.height * size.dpr);

  useLayoutEffect(() => {
    const context = prepare(base.current, size);
    if (!context) return;
    performance.mark(DRAW_MARK);
    const { width, height } = context.canvas;
    const image = context.createImageData(width, height);
    const tick = Math.max(1, Math.round(3 * size.dpr));
    paintColumn(
      image.data,
      width,
      railColumn(rows, scores, height),
      palette,
      railBands(width),
      tick,
    );
    context.putImageData(image, 0, 0);
    performance.measure(DRAW_MEASURE, DRAW_MARK);
    performance.clearMarks(DRAW_MARK);
  }, [base, size, rows, scores, palette]);

  const marks = useMemo(
    () =>
      matches && matches.length > 0
        ? markedPixels(matches, positions, index.parent, rows.length, pixelHeight)
        : null,
    [matches, positions, index, rows.length, pixelHeight],
  );
  const focusedIndex = focusedId === null ? undefined : index.indexById.get(focusedId);
  const focusedRow =
    focusedIndex === undefined ? -1 : shownRowOf(focusedIndex, positions, index.parent);

  useLayoutEffect(() => {
    const context = prepare(overlay.current, size);
    if (context) drawOverlay(context, palette, size.dpr, rows.length, marks, focusedRow, onScreen);
  }, [overlay, size, palette, rows.length, marks, focusedRow, onScreen]);
}
