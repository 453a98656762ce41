import { memo, useEffect } from 'react';
import { Link, useLocation } from 'react-router';
import { Button } from '../../components/Button';
import { count, displayScore, plural } from '../../components/formatting';
import { formatWallRange } from '../../components/wallTime';
import { FILTER_PARAM, type CommentFilter } from '../../thread/filter';
import type { ThreadOrder } from '../../thread/sort';
import type { ThreadIndex } from '../../thread/threadIndex';
import { useFilter } from './useFilter';

/** What the filter takes, to follow "N comments": 'scored −14 to −10', 'at depth 3', … */
export function describeFilter(filter: CommentFilter): string {
  switch (filter.kind) {
    case 'score':
      return filter.min === filter.max
        ? `scored ${displayScore(filter.min)}`
        : `scored ${displayScore(filter.min)} to ${displayScore(filter.max)}`;
    case 'depth':
      return filter.depth === 1 ? 'at the top level' : `at depth ${count(filter.depth)}`;
    case 'time':
      // The range's end is excluded: a bin of 09:00–10:00 shows 09:00 to 09:59.
      return `posted ${formatWallRange(filter.from, filter.to - 60_000)}`;
    case 'quote':
      return `by ${filter.from ?? 'unnamed authors'} quoting ${filter.to}`;
  }
}

type Props = {
  readonly index: ThreadIndex;
  readonly order: ThreadOrder;
  /** The address's `show` value. */
  readonly raw: string;
  readonly reveal: (comment: number) => void;
  readonly openPaths: (comments: Int32Array) => void;
  /** Told the filter's matches (comment indices in display order) whenever they change. */
  readonly onMatches: (raw: string, matches: Int32Array | null) => void;
};

/**
 * The filter the address names (useFilter): what it shows, how many, the current one, steps
 * through them and a way back to the whole thread. An address Fil cannot read says so, and
 * shows the thread. It loads only with an address that has a filter, the filter's logic with it.
 * Memoised: its props hold still while the thread scrolls, and it reads every match to render.
 */
export const FilterBar = memo(function FilterBar({
  index,
  order,
  raw,
  reveal,
  openPaths,
  onMatches,
}: Props) {
  const state = useFilter(index, order, raw, reveal, openPaths);
  useEffect(() => onMatches(raw, state.matches), [raw, state.matches, onMatches]);
  const location = useLocation();
  const params = new URLSearchParams(location.search);
  params.delete(FILTER_PARAM);
  const rest = params.toString();
  const total = state.matches?.length ?? 0;
  return (
    <div
      role="group"
      aria-label="Filter"
      data-filter={state.raw ?? ''}
      className="mt-3 flex flex-wrap items-center gap-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm dark:border-amber-700 dark:bg-amber-950/40"
    >
      <p className="min-w-0 flex-1" aria-live="polite">
        {state.filter === null ? (
          <>This link asks for comments Fil cannot pick out, so the whole thread is shown.</>
        ) : total === 0 ? (
          <>No comments {describeFilter(state.filter)}.</>
        ) : (
          <>
            <span className="font-semibold">
              {plural(total, 'comment', 'comments')} {describeFilter(state.filter)}
            </span>
            , marked in the thread ·{' '}
            <span className="tabular-nums">
              {count(state.current + 1)} of {count(total)}
            </span>
          </>
        )}
      </p>
      {total > 1 && (
        <>
          <Button onClick={() => state.step(-1)}>
            <span aria-hidden="true">↑</span> Previous
          </Button>
          <Button onClick={() => state.step(1)}>
            <span aria-hidden="true">↓</span> Next
          </Button>
        </>
      )}
      <Link
        to={{ search: rest ? `?${rest}` : '' }}
        className="rounded-md px-2 py-1 text-blue-700 underline underline-offset-2 dark:text-blue-300"
      >
        Show the whole thread
      </Link>
    </div>
  );
});
