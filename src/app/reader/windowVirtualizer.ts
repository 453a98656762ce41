// The DOM side of a virtualized thread: the page (window) scrolls, the tree renders only the rows
// near the viewport, and its top and bottom padding stand for the rows above and below. The
// arithmetic is in src/thread/virtualWindow.ts; this measures rows, listens to scrolling and
// keeps the reader's place. (Why not TanStack Virtual: docs/design.md §5.)
//
// Keeping the place: a row is measured only once rendered, and may turn out taller or shorter
// than the guess that stood for it, which moves every row below it. So the first row on screen
// (the anchor) is remembered with its distance from the viewport's top, and whenever the row
// offsets change (rows measured, rows collapsed, expanded or re-sorted) the page scrolls so that
// the anchor keeps that distance, before anything is painted. An anchor that a collapse hid
// hands over to its nearest shown ancestor. A reader at the very end of the thread stays at the
// end while the last rows are measured. A scroll's event waits for the next frame, and a render
// can commit before it: a sync that finds the page where the virtualizer did not leave it takes
// that place first, as the event would, rather than holding the place from before the scroll.
// The browser's own scroll anchoring is turned off meanwhile (styles.css, while the tree carries
// data-virtualized), so that the two never both act.
//
// Who writes what: a render only reads (the window for rows that just changed is worked out from
// the place held, writing nothing); React alone writes the tree's padding, from the window it
// renders; the page is scrolled only after a commit (in the layout effect) or by the reader.

import { useEffect, useLayoutEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { RefObject } from 'react';
import {
  alignedScrollTop,
  anchorAt,
  anchoredTop,
  createHeightCache,
  heldAnchor,
  layoutAround,
  recordHeight,
  rowOffsets,
  sameWindow,
  windowAt,
  type Anchor,
  type HeightCache,
  type RowLayout,
  type RowWindow,
  type WindowLimits,
} from '../../thread/virtualWindow';
import type { VisibleRow } from '../../thread/visibleRows';

export type { RowWindow } from '../../thread/virtualWindow';

/** Threads with more visible rows than this render only the rows near the viewport. */
export const VIRTUAL_FROM = 300;
/**
 * 500 px rendered beyond each edge of the viewport, so that scrolling shows no blank; at most 48
 * rows, which bounds the thread's DOM whatever the viewport.
 */
const LIMITS: WindowLimits = { overscan: 500, maxRows: 48 };
/** The rows' scroll-margin-top (scroll-mt-24): room for the sticky search bar. */
const SCROLL_MARGIN = 96;
/** The viewport height the first window is chosen for, in CSS pixels (see viewHeight). */
const FIRST_VIEW_HEIGHT = 1200;

/** What the thread renders: the rows last committed and the window over them. */
type View = { readonly rows: readonly VisibleRow[]; readonly window: RowWindow };

export type WindowVirtualizer = {
  readonly subscribe: (listener: () => void) => () => void;
  /** The current view; a new object exactly when it changed (useSyncExternalStore's snapshot). */
  readonly getView: () => View;
  /**
   * The layout for rows not committed yet (a collapse, an expand, a sort): the window around the
   * reader's place, so that the first render of the new rows already shows the right ones.
   * Called while rendering: it reads the virtualizer's state and writes nothing.
   */
  readonly layoutFor: (rows: readonly VisibleRow[], positions: Int32Array) => RowLayout;
  /**
   * After every commit: takes the rendered layout as the current one (new rows come with the
   * layout the render worked out), measures the rendered rows, scrolls to keep the place, and
   * chooses the window for the scroll position. `tree` is null when not virtualizing.
   */
  readonly sync: (
    tree: HTMLElement | null,
    rendered: RowLayout | View,
    positions: Int32Array,
  ) => void;
  /** Whether the last sync left the window as rendered (the DOM matches the row offsets). */
  readonly settled: () => boolean;
  /** Measures the rendered rows again (the window was resized). */
  readonly refresh: () => void;
  /** Takes the row at the viewport's top as the one to hold still (after any scroll). */
  readonly remember: () => void;
  /**
   * Brings row r (a position in the committed rows) into view the way scrollIntoView's `block`
   * would: it becomes the place to hold, the window moves to it (a new render), and the page
   * scrolls there in the sync after that render. Does nothing for a row out of range.
   */
  readonly scrollToRow: (r: number, block: 'center' | 'nearest') => void;
  /** The place held: the row at the viewport's top and its top's distance below the viewport's. */
  readonly place: () => Anchor | null;
  /**
   * Puts the place back (one taken from `place`, maybe in an earlier visit): its row `top`
   * pixels below the viewport's top, held there while rows around it are measured. Does nothing
   * for a comment that is not shown.
   */
  readonly restorePlace: (place: Anchor) => void;
  /** Stops virtualizing (the thread left the page, or became small). */
  readonly detach: () => void;
};

const indexOf = (element: Element) => Number(element.getAttribute('data-index'));
const hasOffsets = (layout: RowLayout | View): layout is RowLayout => 'offsets' in layout;

/** `parent` is ThreadIndex.parent: one entry per comment. */
function createWindowVirtualizer(parent: Int32Array): WindowVirtualizer {
  let cache: HeightCache = createHeightCache(parent.length, 0);
  let view: View = { rows: [], window: { start: 0, end: 0, before: 0, after: 0 } };
  let offsets: Float64Array = new Float64Array(1);
  let positions: Int32Array = new Int32Array(0);
  let tree: HTMLElement | null = null;
  let anchor: Anchor | null = null;
  /** The reader scrolled to the very end. */
  let atEnd = false;
  /**
   * The page's scrollY when the virtualizer last chose the window (0: a page opens at its top, so
   * a scroll while a prerendered page hydrates is one it has not heard of).
   */
  let heardY = 0;
  /** The viewport's top relative to the tree's, and its height, at the last update. */
  let lastTop = 0;
  // Until the first sync reads the window's: a fixed height, so that the first render draws the
  // same rows in the build's prerender and in the browser that hydrates it (taller than most
  // screens, so that the rows painted first fill them).
  let viewHeight = FIRST_VIEW_HEIGHT;
  /** A row scrollToRow brought in: every window holds it until the reader scrolls. */
  let mustShow = -1;
  /** scrollToRow moved the place: the next sync scrolls to it even if no offset changed. */
  let scrollPending = false;
  /** The last sync chose a window other than the rendered one (a render is on its way). */
  let changedWindow = false;
  const listeners = new Set<() => void>();
  /** Where the tree starts, in page coordinates. */
  const treeY = (element: HTMLElement) => element.getBoundingClientRect().top + scrollY;

  /** Chooses the window for a viewport `top` pixels below the tree's top; true if it changed. */
  const update = (top = tree ? scrollY - treeY(tree) : 0): boolean => {
    lastTop = top;
    viewHeight = innerHeight;
    heardY = scrollY;
    const next = windowAt(offsets, top, viewHeight, LIMITS, mustShow);
    if (sameWindow(next, view.window)) return false;
    view = { rows: view.rows, window: next };
    changedWindow = true;
    for (const listener of listeners) listener();
    return true;
  };

  const remember = () => {
    if (!tree) return;
    const top = scrollY - treeY(tree);
    anchor = anchorAt(view.rows, offsets, top);
    atEnd = scrollY + innerHeight >= document.documentElement.scrollHeight - 2;
    mustShow = -1;
    update(top);
  };

  const measure = (rowsChanged: boolean) => {
    if (!tree) return;
    let changed = false;
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
    if (changed) offsets = rowOffsets(view.rows, cache);
    // The page moved by a scroll whose event has not come yet (or the browser clamped a page that
    // got shorter): take that place now, as the event will. With the rendered rows measured, the
    // offsets are where the rows are on the page.
    if (!scrollPending && scrollY !== heardY) remember();
    const held = heldAnchor(anchor, positions, parent);
    if (atEnd && !rowsChanged && !scrollPending) {
      scrollTo(0, document.documentElement.scrollHeight);
    } else if ((changed || rowsChanged || scrollPending) && held) {
      // Hold the anchor (or, when it was hidden, its nearest shown ancestor) where it was.
      const y = treeY(tree) + anchoredTop(offsets, positions, held);
      if (Math.abs(y - scrollY) >= 1) scrollTo(0, y);
      anchor = held;
    }
    scrollPending = false;
    update();
  };

  /** Scrolls row r to `top` pixels below the viewport's top, and holds it there. */
  const holdRowAt = (r: number, top: number) => {
    if (!tree) return;
    const treeTop = treeY(tree);
    const y = treeTop + offsets[r]! - top;
    // The row is the anchor until the reader scrolls: measuring the rows around it keeps it put.
    anchor = { index: view.rows[r]!.index, top };
    atEnd = false;
    mustShow = r;
    // The page can scroll there only once it is as tall as the new window makes it: after the
    // render of that window, in its sync. If the window stays, there is nothing to wait for.
    scrollPending = update(y - treeTop);
    // Its scroll's event takes this place as it is, as would a sync before it (see measure).
    if (!scrollPending) scrollTo(0, y);
  };

  const detach = () => {
    tree = null;
    anchor = null;
    atEnd = false;
    mustShow = -1;
    scrollPending = false;
  };

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getView: () => view,
    layoutFor: (rows, rowPositions) =>
      layoutAround(rows, rowPositions, parent, cache, anchor, lastTop, viewHeight, LIMITS),
    sync(element, rendered, nextPositions) {
      const rowsChanged = rendered.rows !== view.rows;
      changedWindow = false;
      positions = nextPositions;
      if (rowsChanged) {
        // Rows new to the virtualizer come with the offsets and window their render used.
        offsets = hasOffsets(rendered) ? rendered.offsets : rowOffsets(rendered.rows, cache);
        view = { rows: rendered.rows, window: rendered.window };
        mustShow = -1;
      }
      if (!element) return detach();
      tree = element;
      measure(rowsChanged);
    },
    settled: () => !changedWindow,
    refresh: () => measure(false),
    remember,
    scrollToRow(r, block) {
      if (!tree || r < 0 || r >= view.rows.length) return;
      const top = treeY(tree);
      const y = alignedScrollTop(
        top + offsets[r]!,
        offsets[r + 1]! - offsets[r]!,
        scrollY,
        innerHeight,
        block,
        SCROLL_MARGIN,
      );
      holdRowAt(r, top + offsets[r]! - y);
    },
    place: () => anchor,
    restorePlace(place) {
      const r = positions[place.index] ?? -1;
      if (tree && r >= 0 && r < view.rows.length) holdRowAt(r, place.top);
    },
    detach,
  };
}

/**
 * The rows to render: all of them for a small thread, the window near the viewport for a big one.
 * `rows` and `positions` are the visible rows and each comment's row position (-1 when hidden),
 * `parent` is ThreadIndex.parent; `treeRef` is the element whose children are the rendered rows,
 * each with data-index (its comment index) and aria-expanded. The caller renders
 * rows.slice(window.start, window.end) and pads the tree by window.before and window.after.
 */
export function useWindowVirtualizer(
  rows: readonly VisibleRow[],
  positions: Int32Array,
  parent: Int32Array,
  treeRef: RefObject<HTMLElement | null>,
): { window: RowWindow; virtualizer: WindowVirtualizer } {
  const [virtualizer] = useState(() => createWindowVirtualizer(parent));
  const view = useSyncExternalStore(
    virtualizer.subscribe,
    virtualizer.getView,
    virtualizer.getView,
  );
  const enabled = rows.length > VIRTUAL_FROM;
  // New rows: their window around the reader's place, worked out once per rows (it reads the
  // virtualizer and writes nothing); the sync after the commit takes it over.
  const layout = useMemo(
    () => (enabled && rows !== view.rows ? virtualizer.layoutFor(rows, positions) : null),
    [enabled, rows, positions, view, virtualizer],
  );
  const rendered = layout ?? view;
  useLayoutEffect(() => {
    virtualizer.sync(enabled ? treeRef.current : null, rendered, positions);
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
    window: enabled ? rendered.window : { start: 0, end: rows.length, before: 0, after: 0 },
    virtualizer,
  };
}
