// The DOM side of a virtualized thread: the page (window) scrolls, the tree renders only the rows
// near the viewport, and its top and bottom padding stand for the rows above and below. The
// arithmetic is in src/thread/virtualWindow.ts; this measures rows, listens to scrolling and
// keeps the reader's place.
//
// Keeping the place: a row is measured only once rendered, and may turn out taller or shorter
// than the guess that stood for it, which moves every row below it. So the first row on screen
// (the anchor) is remembered with its distance from the viewport's top, and whenever the row
// offsets change (rows measured, rows collapsed, expanded or re-sorted) the page scrolls so that
// the anchor keeps that distance, before anything is painted. An anchor that a collapse hid
// hands over to its nearest shown ancestor. A reader at the very end of the thread stays at the
// end while the last rows are measured. The browser's own scroll anchoring is turned off
// meanwhile, so that the two never both act.

import { useEffect, useLayoutEffect, useState, useSyncExternalStore, type RefObject } from 'react';
import {
  alignedScrollTop,
  createHeightCache,
  rangeWith,
  recordHeight,
  rowAt,
  rowOffsets,
  windowRange,
  type HeightCache,
} from '../../thread/virtualWindow';
import type { VisibleRow } from '../../thread/visibleRows';

/** Threads with more visible rows than this render only the rows near the viewport. */
export const VIRTUAL_FROM = 300;
/** Pixels rendered beyond each edge of the viewport, so that scrolling shows no blank. */
const OVERSCAN = 500;
/** Upper bound on rendered rows, which bounds the thread's DOM whatever the viewport. */
const MAX_ROWS = 48;
/** The rows' scroll-margin-top (scroll-mt-24): room for the sticky search bar. */
const SCROLL_MARGIN = 96;

export type RowWindow = {
  readonly start: number;
  readonly end: number;
  /** Heights standing for the rows before start and from end on. */
  readonly before: number;
  readonly after: number;
};

/** A comment index and where its row's top is, in pixels below the viewport's top. */
type Anchor = { readonly index: number; readonly top: number };

export type WindowVirtualizer = {
  readonly subscribe: (listener: () => void) => () => void;
  readonly getWindow: () => RowWindow;
  /** After every render: measure, keep the place, and choose the rows for the scroll position. */
  readonly sync: (
    tree: HTMLElement | null,
    rows: readonly VisibleRow[],
    positions: Int32Array,
  ) => void;
  /**
   * The window to render for these rows. For the rows last synced it is the current window; for
   * new ones (a collapse, an expand, a sort) it is worked out at once around the anchor, so that
   * the first render after the change already shows the right rows.
   */
  readonly windowFor: (rows: readonly VisibleRow[], positions: Int32Array) => RowWindow;
  /** Whether the last sync left the window as rendered (the DOM matches the row offsets). */
  readonly settled: () => boolean;
  /** Measures the rendered rows again (the window was resized). */
  readonly refresh: () => void;
  /** Takes the row at the viewport's top as the one to hold still (after any scroll). */
  readonly remember: () => void;
  /** Scrolls so that row r comes into view the way scrollIntoView's `block` would, and renders it. */
  readonly scrollToRow: (r: number, block: 'center' | 'nearest') => void;
  /** Stops virtualizing (the thread left the page). */
  readonly detach: () => void;
};

const indexOf = (element: Element) => Number((element as HTMLElement).dataset.index);

/** `parent` is ThreadIndex.parent: one entry per comment. */
function createWindowVirtualizer(parent: Int32Array): WindowVirtualizer {
  let cache: HeightCache = createHeightCache(parent.length, 0);
  let rows: readonly VisibleRow[] = [];
  let positions: Int32Array = new Int32Array(0);
  let offsets: Float64Array = new Float64Array(1);
  let tree: HTMLElement | null = null;
  let anchor: Anchor | null = null;
  let current: RowWindow = { start: 0, end: MAX_ROWS, before: 0, after: 0 };
  let changedWindow = false;
  /** The reader scrolled to the very end. */
  let atEnd = false;
  /** The viewport's top relative to the tree's at the last update. */
  let lastTop = 0;
  /** What windowFor worked out for rows not synced yet. */
  let predicted: { rows: readonly VisibleRow[]; offsets: Float64Array; window: RowWindow } | null =
    null;
  const listeners = new Set<() => void>();
  const scroller = document.documentElement;
  /** Where the tree starts, in page coordinates. */
  const treeY = (element: HTMLElement) => element.getBoundingClientRect().top + scrollY;

  /** The window over offsets `at` for a viewport `top` pixels below the tree's top. */
  const windowAt = (at: Float64Array, top: number, mustShow = -1): RowWindow => {
    let range = windowRange(at, top - OVERSCAN, top + innerHeight + OVERSCAN, MAX_ROWS);
    if (mustShow >= 0) range = rangeWith(range, mustShow, MAX_ROWS);
    const before = at[range.start]!;
    return { ...range, before, after: at[at.length - 1]! - at[range.end]! };
  };

  /** The anchor in these positions, or its nearest shown ancestor, fully in view; or null. */
  const anchorIn = (at: Int32Array): Anchor | null => {
    let i = anchor?.index ?? -1;
    while (i >= 0 && (at[i] ?? -1) < 0) i = parent[i] ?? -1;
    if (!anchor || i < 0) return null;
    return { index: i, top: i === anchor.index ? anchor.top : Math.max(0, anchor.top) };
  };

  /** Chooses the rows for a viewport `top` pixels below the tree's top (by default, where it is). */
  const update = (mustShow = -1, top = tree ? scrollY - treeY(tree) : 0) => {
    lastTop = top;
    const next = windowAt(offsets, top, mustShow);
    if (
      next.start === current.start &&
      next.end === current.end &&
      Math.abs(next.before - current.before) < 1 &&
      Math.abs(next.after - current.after) < 1
    )
      return;
    current = next;
    changedWindow = true;
    for (const listener of listeners) listener();
  };

  const remember = () => {
    if (!tree || rows.length === 0) return;
    const y = scrollY - treeY(tree);
    const r = rowAt(offsets, y);
    anchor = { index: rows[r]!.index, top: offsets[r]! - y };
    atEnd = scrollY + innerHeight >= scroller.scrollHeight - 2;
  };

  const measure = (rowsChanged: boolean, offsetsKnown = false) => {
    if (!tree) return;
    let changed = rowsChanged && !offsetsKnown;
    if (Math.abs(tree.clientWidth - cache.width) >= 1) {
      cache = createHeightCache(parent.length, tree.clientWidth);
      changed = true;
    }
    for (const element of tree.children) {
      changed =
        recordHeight(
          cache,
          indexOf(element),
          element.getAttribute('aria-expanded') === 'false',
          element.getBoundingClientRect().height,
        ) || changed;
    }
    if (changed) offsets = rowOffsets(rows, cache);
    const held = anchorIn(positions);
    if (atEnd && !rowsChanged) {
      scrollTo(0, scroller.scrollHeight);
    } else if ((changed || rowsChanged) && held) {
      // Hold the anchor (or, when it was hidden, its nearest shown ancestor) where it was.
      const y = treeY(tree) + offsets[positions[held.index]!]! - held.top;
      if (Math.abs(y - scrollY) >= 1) scrollTo(0, y);
      anchor = held;
    }
    update();
  };

  const detach = () => {
    if (tree) scroller.style.overflowAnchor = '';
    tree = null;
    anchor = null;
    atEnd = false;
  };

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getWindow: () => current,
    windowFor(nextRows, nextPositions) {
      if (nextRows === rows || !tree) return current;
      if (predicted?.rows !== nextRows) {
        const at = rowOffsets(nextRows, cache);
        const held = anchorIn(nextPositions);
        const top = held ? at[nextPositions[held.index]!]! - held.top : lastTop;
        predicted = { rows: nextRows, offsets: at, window: windowAt(at, top) };
      }
      return predicted.window;
    },
    sync(element, nextRows, nextPositions) {
      const rowsChanged = nextRows !== rows;
      rows = nextRows;
      positions = nextPositions;
      changedWindow = false;
      if (!element) return detach();
      if (!tree) scroller.style.overflowAnchor = 'none';
      tree = element;
      let offsetsKnown = false;
      if (rowsChanged && predicted?.rows === nextRows) {
        // The render used the window worked out for these rows: take it as the current one.
        ({ offsets, window: current } = predicted);
        offsetsKnown = true;
      }
      predicted = null;
      measure(rowsChanged, offsetsKnown);
    },
    settled: () => !changedWindow,
    refresh: () => measure(false),
    remember() {
      if (!tree) return;
      remember();
      update();
    },
    scrollToRow(r, block) {
      if (!tree || r < 0 || r >= rows.length) return;
      const top = treeY(tree);
      const y = alignedScrollTop(
        top + offsets[r]!,
        offsets[r + 1]! - offsets[r]!,
        scrollY,
        innerHeight,
        block,
        SCROLL_MARGIN,
      );
      // The row is the anchor until the reader scrolls: measuring the rows around it keeps it put.
      anchor = { index: rows[r]!.index, top: top + offsets[r]! - y };
      atEnd = false;
      update(r, y - top);
      // The page must be as tall as the new window makes it before it can scroll there; React
      // sets the same padding when it renders the window.
      tree.style.paddingTop = `${current.before}px`;
      tree.style.paddingBottom = `${current.after}px`;
      scrollTo(0, y);
    },
    detach,
  };
}

/**
 * The rows to render: all of them for a small thread, the window near the viewport for a big one.
 * `treeRef` is the element whose children are the rendered rows, each with data-index.
 */
export function useWindowVirtualizer(
  rows: readonly VisibleRow[],
  positions: Int32Array,
  parent: Int32Array,
  treeRef: RefObject<HTMLElement | null>,
): { window: RowWindow; virtualizer: WindowVirtualizer } {
  const [virtualizer] = useState(() => createWindowVirtualizer(parent));
  // Subscribed for its changes; the window itself comes from windowFor.
  useSyncExternalStore(virtualizer.subscribe, virtualizer.getWindow);
  const enabled = rows.length > VIRTUAL_FROM;
  useLayoutEffect(() => {
    virtualizer.sync(enabled ? treeRef.current : null, rows, positions);
  });
  useEffect(() => {
    const onResize = () => virtualizer.refresh();
    window.addEventListener('scroll', virtualizer.remember, { passive: true });
    window.addEventListener('resize', onResize);
    return () => {
      window.removeEventListener('scroll', virtualizer.remember);
      window.removeEventListener('resize', onResize);
      virtualizer.detach();
    };
  }, [virtualizer]);
  return {
    window: enabled
      ? virtualizer.windowFor(rows, positions)
      : { start: 0, end: rows.length, before: 0, after: 0 },
    virtualizer,
  };
}
