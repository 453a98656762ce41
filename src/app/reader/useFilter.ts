import { useEffect, useMemo, useState } from 'react';
import { filterMatches, parseFilter, type CommentFilter } from '../../thread/filter';
import { displayOrder, type ThreadOrder } from '../../thread/sort';
import type { ThreadIndex } from '../../thread/threadIndex';

export type FilterState = {
  /** The `show` parameter as written; null when the address has none. */
  readonly raw: string | null;
  /** The filter it names; null when none or when Fil cannot read it. */
  readonly filter: CommentFilter | null;
  /** Comment indices in the filter, in display order; null without a filter. */
  readonly matches: Int32Array | null;
  /** Position in `matches` of the current comment; -1 when there is none. */
  readonly current: number;
  readonly step: (direction: 1 | -1) => void;
};

/**
 * The filter in the reader's address (`?show=…`, src/thread/filter.ts): the comments it takes,
 * in the order shown, each with the way to it opened, and the current one, which is revealed (its way opened, centred, focus
 * left where it is) when the filter arrives, on every step and after a re-sort.
 */
export function useFilter(
  index: ThreadIndex,
  order: ThreadOrder,
  raw: string | null,
  reveal: (comment: number) => void,
  openPaths: (comments: Int32Array) => void,
): FilterState {
  const filter = useMemo(() => parseFilter(raw), [raw]);
  const matches = useMemo(
    () =>
      filter ? filterMatches(filter, index, displayOrder(order, index.comments.length)) : null,
    [filter, index, order],
  );
  // The comment stepped to, kept by index so that a re-sort stays on it; the filter it was for.
  const [chosen, setChosen] = useState<{
    readonly filter: CommentFilter;
    readonly comment: number;
  } | null>(null);
  const kept =
    chosen !== null && chosen.filter === filter ? (matches?.indexOf(chosen.comment) ?? -1) : -1;
  const current = matches === null || matches.length === 0 ? -1 : Math.max(0, kept);
  const currentComment = current >= 0 ? (matches?.[current] ?? -1) : -1;

  // Every comment in the filter is shown: the way to each is opened when the filter arrives.
  useEffect(() => {
    if (matches && matches.length > 0) openPaths(matches);
  }, [matches, openPaths]);
  useEffect(() => {
    if (currentComment >= 0) reveal(currentComment);
  }, [currentComment, matches, reveal]);

  return {
    raw,
    filter,
    matches,
    current,
    step(direction) {
      if (!filter || !matches || matches.length === 0) return;
      const next = (((current + direction) % matches.length) + matches.length) % matches.length;
      setChosen({ filter, comment: matches[next]! });
    },
  };
}
