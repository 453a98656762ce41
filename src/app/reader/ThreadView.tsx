import { t } from '@lingui/core/macro';
import { lazy, Suspense, useCallback, useDeferredValue, useMemo, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import type { ParsedDocument } from '../../parser/types';
import { isDimmed } from '../../thread/collapse';
import { ancestorLines, replyCue } from '../../thread/labels';
import type { SortMode } from '../../thread/sort';
import type { ThreadIndex } from '../../thread/threadIndex';
import { CommentRow } from './CommentRow';
import { OverviewRailSlot } from './OverviewRailSlot';
import { ThreadSearch } from './ThreadSearch';
import { ThreadToolbar } from './ThreadToolbar';
import { useReaderController } from './useReaderController';
import { useThreadSearch } from './useThreadSearch';
import { withMessages } from '../../locales/catalogues';
import { useHydrating } from '../../components/useHydrating';

// Shown only on demand (an address with a filter, the ? key): loaded then, which keeps them out
// of the reader's initial JavaScript.
const FilterBar = lazy(() =>
  withMessages(import('./FilterBar')).then((m) => ({ default: m.FilterBar })),
);
const KeyboardHelp = lazy(() =>
  withMessages(import('./KeyboardHelp')).then((m) => ({ default: m.KeyboardHelp })),
);

type Props = { readonly doc: ParsedDocument; readonly index: ThreadIndex; readonly sort: SortMode };

/**
 * The comment tree, rendered as the flat list of visible rows that src/thread derives; its state
 * and commands are src/thread/readerState.ts, carried out by useReaderController.
 */
/** The latest time a Date holds: no date is within a week before it. */
const DATES_AS_WRITTEN = new Date(8.64e15);

export function ThreadView({ doc, index, sort }: Props) {
  const location = useLocation();
  const treeRef = useRef<HTMLDivElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const reader = useReaderController(index, sort, treeRef, searchRef);
  const { state, dispatch, rowWindow } = reader;
  const search = useThreadSearch(index, reader.order, reader.reveal);
  const { reveal } = reader;
  const revealComment = useCallback(
    (comment: number) => reveal({ comment, occurrence: 0 }),
    [reveal],
  );
  const openPaths = useCallback(
    (comments: Int32Array) => dispatch({ kind: 'open-paths', comments }),
    [dispatch],
  );
  // The filter in the address (?show=…, src/thread/filter.ts), worked out by the FilterBar that
  // loads with it; its matches come back here to be marked on the rows and the rail.
  // 'show' is FILTER_PARAM, spelled out: importing filter.ts here would pull it into the entry.
  const filterRaw = new URLSearchParams(location.search).get('show');
  const [filtered, setFiltered] = useState<{
    readonly raw: string;
    readonly matches: Int32Array | null;
  } | null>(null);
  const onFilterMatches = useCallback(
    (raw: string, matches: Int32Array | null) => setFiltered({ raw, matches }),
    [],
  );
  const filterMatches = filtered !== null && filtered.raw === filterRaw ? filtered.matches : null;
  const inFilter = useMemo(() => {
    if (!filterMatches) return null;
    const flags = new Uint8Array(index.comments.length);
    for (const i of filterMatches) flags[i] = 1;
    return flags;
  }, [filterMatches, index]);
  // Relative times are counted from when the thread opened, so rows need not re-render. The
  // build cannot know when its page is read: its HTML, and the render that hydrates it, show
  // every date as written (a "now" after every date), a deferred render after it how long ago:
  // re-rendering every row, it is not urgent, and React does it in slices, not one long task.
  const [openedAt] = useState(() => new Date());
  const now = useDeferredValue(openedAt, useHydrating() ? DATES_AS_WRITTEN : undefined);
  const current = search.current;

  return (
    <div>
      <ThreadToolbar
        sort={sort}
        threshold={state.collapse.threshold}
        onThresholdChange={reader.changeThreshold}
        onCollapseAll={() => dispatch({ kind: 'collapse-all' })}
        onExpandAll={() => dispatch({ kind: 'expand-all' })}
        onShowHelp={() => dispatch({ kind: 'show-help' })}
      />
      <p role="status" className="sr-only">
        {state.status}
      </p>
      {state.status && (
        <p className="mb-2 break-all text-sm text-slate-700 dark:text-slate-300" aria-hidden="true">
          {state.status}
        </p>
      )}
      {filterRaw !== null && (
        <Suspense fallback={null}>
          <FilterBar
            index={index}
            order={reader.order}
            raw={filterRaw}
            reveal={revealComment}
            openPaths={openPaths}
            onMatches={onFilterMatches}
          />
        </Suspense>
      )}
      <ThreadSearch
        search={search}
        inputRef={searchRef}
        onLeave={() => reader.leaveSearch(current ? current.comment : null)}
      />
      <div className="flex gap-1 lg:gap-3">
        <div
          ref={treeRef}
          role="tree"
          aria-label={t`Comments`}
          // While only a window of the rows is rendered: turns the browser's scroll anchoring off.
          data-virtualized={reader.virtualized || undefined}
          // In a big thread the padding stands for the rows above and below the rendered ones.
          style={{ paddingTop: rowWindow.before, paddingBottom: rowWindow.after }}
          className="mt-1 min-w-0 flex-1"
          onFocus={reader.onTreeFocus}
        >
          {reader.rows.slice(rowWindow.start, rowWindow.end).map((row) => {
            const comment = index.comments[row.index]!;
            const cue = replyCue(index, row.index, reader.rows, reader.positions);
            return (
              <CommentRow
                key={comment.id}
                comment={comment}
                row={row}
                replyCount={index.descendantCount[row.index]!}
                ancestors={ancestorLines(index, row.index)}
                cue={cue?.text ?? null}
                cueEverywhere={cue?.everywhere ?? false}
                isTabStop={comment.id === reader.tabStopId}
                highlighted={comment.id === state.highlightedId}
                dimmed={isDimmed(state.collapse, comment)}
                inFilter={inFilter?.[row.index] === 1}
                parentPostedAt={index.comments[index.parent[row.index]!]?.postedAt ?? null}
                now={now}
                search={location.search}
                query={search.foldedQuery}
                matchesIn={search.matchesIn}
                currentMatch={current?.comment === row.index ? current.occurrence : -1}
                onToggle={reader.toggle}
                onCollapseLine={reader.collapseLine}
                onCopyLink={reader.copyLink}
                language={doc.language}
              />
            );
          })}
        </div>
        <OverviewRailSlot
          index={index}
          rows={reader.rows}
          positions={reader.positions}
          focusedId={state.focusedId}
          // The search's matches while there is a search, else the filter's.
          matches={search.matchedComments ?? filterMatches}
          treeRef={treeRef}
          virtualizer={reader.virtualizer}
        />
      </div>
      {state.helpOpen && (
        <Suspense fallback={null}>
          <KeyboardHelp onClose={() => dispatch({ kind: 'close-help' })} />
        </Suspense>
      )}
    </div>
  );
}
