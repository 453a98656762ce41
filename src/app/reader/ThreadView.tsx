import { useCallback, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import type { ParsedDocument } from '../../parser/types';
import { isDimmed } from '../../thread/collapse';
import { FILTER_PARAM } from '../../thread/filter';
import { ancestorLines, parentLabel } from '../../thread/labels';
import type { SortMode } from '../../thread/sort';
import type { ThreadIndex } from '../../thread/threadIndex';
import { CommentRow } from './CommentRow';
import { FilterBar } from './FilterBar';
import { KeyboardHelp } from './KeyboardHelp';
import { OverviewRailSlot } from './OverviewRailSlot';
import { ThreadSearch } from './ThreadSearch';
import { ThreadToolbar } from './ThreadToolbar';
import { useFilter } from './useFilter';
import { useReaderController } from './useReaderController';
import { useThreadSearch } from './useThreadSearch';

type Props = { readonly doc: ParsedDocument; readonly index: ThreadIndex; readonly sort: SortMode };

/**
 * The comment tree, rendered as the flat list of visible rows that src/thread derives; its state
 * and commands are src/thread/readerState.ts, carried out by useReaderController.
 */
export function ThreadView({ index, sort }: Props) {
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
  const filter = useFilter(
    index,
    reader.order,
    new URLSearchParams(location.search).get(FILTER_PARAM),
    revealComment,
    openPaths,
  );
  // Relative times are counted from when the thread opened, so rows need not re-render.
  const [now] = useState(() => new Date());
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
      {filter.raw !== null && <FilterBar state={filter} />}
      <ThreadSearch
        search={search}
        inputRef={searchRef}
        onLeave={() => reader.leaveSearch(current ? current.comment : null)}
      />
      <div className="flex gap-1 lg:gap-3">
        <div
          ref={treeRef}
          role="tree"
          aria-label="Comments"
          // In a big thread the padding stands for the rows above and below the rendered ones.
          style={{ paddingTop: rowWindow.before, paddingBottom: rowWindow.after }}
          className="mt-1 min-w-0 flex-1"
          onFocus={reader.onTreeFocus}
        >
          {reader.rows.slice(rowWindow.start, rowWindow.end).map((row) => {
            const comment = index.comments[row.index]!;
            return (
              <CommentRow
                key={comment.id}
                comment={comment}
                row={row}
                replyCount={index.descendantCount[row.index]!}
                ancestors={ancestorLines(index, row.index)}
                parentLabel={parentLabel(index, row.index)}
                isTabStop={comment.id === reader.tabStopId}
                highlighted={comment.id === state.highlightedId}
                dimmed={isDimmed(state.collapse, comment)}
                inFilter={filter.inFilter?.[row.index] === 1}
                now={now}
                search={location.search}
                query={search.foldedQuery}
                currentMatch={current?.comment === row.index ? current.occurrence : -1}
                onToggle={reader.toggle}
                onCollapseLine={reader.collapseLine}
                onCopyLink={reader.copyLink}
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
          matches={search.matchedComments ?? filter.matches}
          treeRef={treeRef}
          virtualizer={reader.virtualizer}
        />
      </div>
      <KeyboardHelp open={state.helpOpen} onClose={() => dispatch({ kind: 'close-help' })} />
    </div>
  );
}
