// Sibling order at every level of the tree. Ties always fall back to source order, which is
// index order because ThreadIndex numbers comments in source preorder.

import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import type { ThreadIndex } from './threadIndex';
import { postedAtSortKey } from './time';

export const SORT_MODES = ['top', 'controversial', 'new', 'old', 'source'] as const;

export type SortMode = (typeof SORT_MODES)[number];

export const DEFAULT_SORT: SortMode = 'source';

/** Each sort's name, read in the interface language with `i18n._`. */
export const SORT_LABELS: Readonly<Record<SortMode, MessageDescriptor>> = {
  top: msg({ message: 'Top', comment: 'sort order: highest score first' }),
  controversial: msg({ message: 'Controversial', comment: 'sort order: lowest score first' }),
  new: msg({ message: 'Newest', comment: 'sort order: most recent first' }),
  old: msg({ message: 'Oldest', comment: 'sort order: earliest first' }),
  source: msg({ message: 'Source order', comment: 'sort order: as the page listed the comments' }),
};

function isSortMode(value: unknown): value is SortMode {
  return typeof value === 'string' && (SORT_MODES as readonly string[]).includes(value);
}

/** The sort named in a URL parameter; anything unknown (or missing) gives DEFAULT_SORT. */
export function parseSortMode(value: string | null | undefined): SortMode {
  return isSortMode(value) ? value : DEFAULT_SORT;
}

export type ThreadOrder = {
  readonly roots: readonly number[];
  readonly children: readonly (readonly number[])[];
};

type Compare = (a: number, b: number) => number;

function scoreComparator(index: ThreadIndex, direction: 1 | -1): Compare {
  const scores = new Float64Array(index.comments.length);
  index.comments.forEach((comment, i) => (scores[i] = comment.score));
  return (a, b) => direction * ((scores[a] ?? 0) - (scores[b] ?? 0)) || a - b;
}

function dateComparator(index: ThreadIndex, direction: 1 | -1): Compare {
  // Parse every date once, not once per comparison. Null and malformed dates are NaN.
  const keys = new Float64Array(index.comments.length);
  index.comments.forEach((comment, i) => (keys[i] = postedAtSortKey(comment.postedAt)));
  return (a, b) => {
    const keyA = keys[a] ?? Number.NaN;
    const keyB = keys[b] ?? Number.NaN;
    const undatedA = Number.isNaN(keyA);
    const undatedB = Number.isNaN(keyB);
    // Undated comments go last whichever way the dates run.
    if (undatedA || undatedB) return undatedA === undatedB ? a - b : undatedA ? 1 : -1;
    return direction * (keyA - keyB) || a - b;
  };
}

function comparatorFor(index: ThreadIndex, mode: Exclude<SortMode, 'source'>): Compare {
  switch (mode) {
    case 'top':
      return scoreComparator(index, -1);
    case 'controversial':
      return scoreComparator(index, 1);
    case 'new':
      return dateComparator(index, -1);
    case 'old':
      return dateComparator(index, 1);
  }
}

/**
 * Sibling lists in the order of `mode`. 'source' returns the index's own arrays; otherwise lists
 * of fewer than two entries are shared with the index too (nothing to sort, no allocation).
 */
export function orderThread(index: ThreadIndex, mode: SortMode): ThreadOrder {
  if (mode === 'source') return { roots: index.roots, children: index.children };
  const compare = comparatorFor(index, mode);
  const sortSiblings = (siblings: readonly number[]): readonly number[] =>
    siblings.length < 2 ? siblings : siblings.slice().sort(compare);
  return { roots: sortSiblings(index.roots), children: index.children.map(sortSiblings) };
}

/** Every comment index in the order the thread shows them, collapsed or not: the preorder of `order`. */
export function displayOrder(order: ThreadOrder, commentCount: number): Int32Array {
  const result = new Int32Array(commentCount);
  let filled = 0;
  const pending: number[] = [];
  for (let k = order.roots.length - 1; k >= 0; k--) pending.push(order.roots[k]!);
  for (let i = pending.pop(); i !== undefined; i = pending.pop()) {
    result[filled++] = i;
    const replies = order.children[i] ?? [];
    for (let k = replies.length - 1; k >= 0; k--) pending.push(replies[k]!);
  }
  return result;
}
