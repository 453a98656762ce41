import { t } from '@lingui/core/macro';
import { memo, useCallback, useId, useReducer, useRef, useState } from 'react';
import type { KeyboardEvent, PointerEvent, RefObject } from 'react';
import {
  describeRow,
  railKeyTarget,
  railPosition,
  railScores,
  RAIL_START,
  rowAtY,
} from '../../thread/overview';
import { commentDomId } from '../../thread/permalink';
import type { ThreadIndex } from '../../thread/threadIndex';
import type { VisibleRow } from '../../thread/visibleRows';
import { useRailCanvas, useRowsOnScreen } from './overviewRail';
import { VIRTUAL_FROM, type WindowVirtualizer } from './windowVirtualizer';
import { useLocale } from '../../components/useLocale';

export type OverviewRailProps = {
  readonly index: ThreadIndex;
  /** The visible rows in the current order, and each comment's row position (-1 when hidden). */
  readonly rows: readonly VisibleRow[];
  readonly positions: Int32Array;
  /** The comment j/k move from, marked on the rail. */
  readonly focusedId: string | null;
  /** Comments to mark (search or filter matches, as comment indices); null for none. */
  readonly matches: Int32Array | null;
  /** The element whose children are the rendered rows (role="tree"). */
  readonly treeRef: RefObject<HTMLElement | null>;
  /** The thread's virtualizer, which scrolls a big thread to a row. */
  readonly virtualizer: WindowVirtualizer;
};

/**
 * The thread's overview: every visible row as a mark on a rail as tall as the screen, coloured
 * by score, with top-level ticks, matches, the focused comment and a frame around the rows on
 * screen (src/thread/overview.ts). A slider: click, drag or keys scroll the thread. Beside the
 * thread on wide screens; on narrow ones an "Overview" tab opens it as a strip. Memoised: its
 * props change with the rows, the focus and the matches, not on every render of the thread
 * (a scroll's new window, a search keystroke).
 */
export const OverviewRail = memo(function OverviewRail(props: OverviewRailProps) {
  // Re-renders in a new interface language (the page is not re-mounted: its state stays).
  useLocale();
  const { index, rows, positions, virtualizer } = props;
  const [open, setOpen] = useState(false);
  const railId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const sliderRef = useRef<HTMLDivElement>(null);
  const baseRef = useRef<HTMLCanvasElement>(null);
  const overlayRef = useRef<HTMLCanvasElement>(null);

  const [position, dispatch] = useReducer(railPosition, RAIL_START);
  // New rows (collapse, sort, threshold): the held row means nothing in them any more.
  const [shownRows, setShownRows] = useState(rows);
  if (shownRows !== rows) {
    setShownRows(rows);
    dispatch({ kind: 'rows', rowCount: rows.length });
  }
  const onSeen = useCallback(
    (onScreen: readonly [number, number] | null) => dispatch({ kind: 'seen', onScreen }),
    [],
  );
  useRowsOnScreen(props.treeRef, rows, positions, onSeen);
  useRailCanvas(sliderRef, baseRef, overlayRef, { ...props, onScreen: position.onScreen });

  const value = Math.max(0, Math.min(position.value, rows.length - 1));
  /** Moves the slider to `row` and scrolls that row to the middle of the screen. */
  const move = (row: number) => {
    if (row === position.held && row === value) return;
    dispatch({ kind: 'moved', row });
    // A big thread renders only the rows near the viewport: its virtualizer brings the row in.
    if (rows.length > VIRTUAL_FROM) virtualizer.scrollToRow(row, 'center');
    else {
      const id = index.comments[rows[row]!.index]!.id;
      document.getElementById(commentDomId(id))?.scrollIntoView({ block: 'center' });
    }
  };
  const moveToPointer = (event: PointerEvent<HTMLDivElement>) => {
    // Heights inside the border, where the canvases draw.
    const slider = event.currentTarget;
    const y = event.clientY - slider.getBoundingClientRect().top - slider.clientTop;
    const row = rowAtY(y, rows.length, slider.clientHeight);
    if (row >= 0) move(row);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
      buttonRef.current?.focus();
      return;
    }
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const target = railKeyTarget(event.key, rows, value);
    if (target === null) return;
    // Handled here: the reader's own key listener leaves a prevented key alone.
    event.preventDefault();
    move(target);
  };

  return (
    <div className="sticky top-16 h-[calc(100dvh-4.5rem)] max-h-full">
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={railId}
        onClick={() => setOpen((wasOpen) => !wasOpen)}
        className="flex h-24 w-6 items-center justify-center rounded-l-md border border-r-0 border-slate-300 bg-white text-xs font-medium text-slate-700 [writing-mode:vertical-rl] hover:bg-slate-100 lg:hidden dark:border-slate-700 dark:bg-slate-900 dark:text-slate-300 dark:hover:bg-slate-800"
      >
        {t({ message: 'Overview', comment: 'button that opens the thread overview rail' })}
      </button>
      <div
        id={railId}
        className={`${open ? 'absolute right-full top-0 mr-1 h-full w-8' : 'hidden'} lg:static lg:m-0 lg:block lg:h-full lg:w-full`}
      >
        <div
          ref={sliderRef}
          role="slider"
          tabIndex={0}
          aria-label={t`Thread overview`}
          aria-orientation="vertical"
          aria-valuemin={1}
          aria-valuemax={rows.length}
          aria-valuenow={value + 1}
          aria-valuetext={describeRow(rows, railScores(index).scores, value)}
          onKeyDown={onKeyDown}
          onPointerDown={(event) => {
            if (event.button !== 0) return;
            event.currentTarget.setPointerCapture(event.pointerId);
            moveToPointer(event);
          }}
          onPointerMove={(event) => {
            // Chromium and Firefox send at most one pointermove a frame: no throttle needed.
            if (event.currentTarget.hasPointerCapture(event.pointerId)) moveToPointer(event);
          }}
          className="relative h-full w-full cursor-pointer touch-none rounded-sm border border-slate-300 outline-offset-2 focus-visible:outline-2 focus-visible:outline-blue-700 dark:border-slate-600 dark:focus-visible:outline-blue-300"
        >
          <canvas ref={baseRef} aria-hidden="true" className="absolute inset-0 h-full w-full" />
          <canvas ref={overlayRef} aria-hidden="true" className="absolute inset-0 h-full w-full" />
        </div>
      </div>
    </div>
  );
});
