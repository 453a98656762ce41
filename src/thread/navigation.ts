// Keyboard moves over the visible rows (j/k, J/K, p, t, and the tree's arrows, Home and End).
//
// Rows are a preorder, so the visible part of any subtree is one contiguous run of rows, and
// "row r belongs to the subtree of comment a" is an O(1) index-range test (see threadIndex.ts).
// Finding where such a run starts or ends is then a binary search: O(log n) per keypress plus, at
// most, a walk up the ancestors — never a scan over the rows of a large expanded subtree.

import type { ThreadIndex } from './threadIndex';
import { isInSubtree } from './threadIndex';
import type { VisibleRow } from './visibleRows';

export type NavigationCommand =
  | 'next'
  | 'previous'
  | 'next-sibling'
  | 'previous-sibling'
  | 'parent'
  | 'top-level'
  /** The first reply of an expanded comment (the row after it); none when collapsed or a leaf. */
  | 'first-child'
  /** The first and the last visible row (Home, End). */
  | 'first'
  | 'last';

/**
 * The first position in [low, high) whose row is outside the subtree of comment `root`, or
 * `high` when there is none. Requires rows in [low, high) to be inside first, then outside.
 */
function firstRowOutside(
  rows: readonly VisibleRow[],
  index: ThreadIndex,
  root: number,
  low: number,
  high: number,
): number {
  while (low < high) {
    const middle = (low + high) >>> 1;
    const row = rows[middle];
    if (row !== undefined && isInSubtree(index, row.index, root)) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Row position of comment `target`, given that the row at `at` lies in target's subtree (it is
 * target or a descendant). Target's row is within descendantCount rows before `at`.
 */
function rowOfAncestorOrSelf(
  rows: readonly VisibleRow[],
  index: ThreadIndex,
  at: number,
  target: number,
): number | null {
  let low = Math.max(0, at - (index.descendantCount[target] ?? 0));
  let high = at;
  // Rows before target's row are outside its subtree, rows from it up to `at` inside.
  while (low < high) {
    const middle = (low + high) >>> 1;
    const row = rows[middle];
    if (row !== undefined && isInSubtree(index, row.index, target)) high = middle;
    else low = middle + 1;
  }
  return rows[low]?.index === target ? low : null;
}

function nextSibling(
  rows: readonly VisibleRow[],
  index: ThreadIndex,
  from: number,
  current: VisibleRow,
): number | null {
  const i = current.index;
  // The visible subtree of i has at most descendantCount rows after i's own row.
  const span = current.collapsed ? 0 : (index.descendantCount[i] ?? 0);
  const end = firstRowOutside(rows, index, i, from + 1, Math.min(rows.length, from + 1 + span));
  const candidate = rows[end];
  return candidate !== undefined && index.parent[candidate.index] === index.parent[i] ? end : null;
}

function previousSibling(
  rows: readonly VisibleRow[],
  index: ThreadIndex,
  from: number,
  current: VisibleRow,
): number | null {
  const before = rows[from - 1];
  if (before === undefined) return null;
  const depth = index.depth[current.index] ?? 0;
  // The row just above is the previous sibling or the last visible row of its subtree; climb to
  // the sibling's level. (Above the parent there is no previous sibling.)
  let sibling = before.index;
  while ((index.depth[sibling] ?? 0) > depth) sibling = index.parent[sibling] ?? -1;
  if (sibling < 0 || (index.depth[sibling] ?? 0) !== depth) return null;
  if (index.parent[sibling] !== index.parent[current.index]) return null;
  return rowOfAncestorOrSelf(rows, index, from - 1, sibling);
}

function topLevelAncestor(index: ThreadIndex, i: number): number {
  let top = i;
  for (let up = index.parent[top] ?? -1; up >= 0; up = index.parent[up] ?? -1) top = up;
  return top;
}

/**
 * The row position `command` moves to from row position `from`, or null when there is none.
 * With nothing focused (from === null, or a stale position past the end) 'next', 'top-level'
 * and 'first' go to the first row, 'last' to the last, and the other commands do nothing.
 */
export function navigate(
  rows: readonly VisibleRow[],
  index: ThreadIndex,
  from: number | null,
  command: NavigationCommand,
): number | null {
  if (rows.length === 0) return null;
  // Where the focus is plays no part in these two.
  if (command === 'first') return 0;
  if (command === 'last') return rows.length - 1;
  const current = from === null ? undefined : rows[from];
  if (from === null || current === undefined) {
    return command === 'next' || command === 'top-level' ? 0 : null;
  }
  switch (command) {
    case 'next':
      return from + 1 < rows.length ? from + 1 : null;
    case 'previous':
      return from > 0 ? from - 1 : null;
    case 'next-sibling':
      return nextSibling(rows, index, from, current);
    case 'previous-sibling':
      return previousSibling(rows, index, from, current);
    case 'parent': {
      const parent = index.parent[current.index] ?? -1;
      return parent < 0 ? null : rowOfAncestorOrSelf(rows, index, from, parent);
    }
    case 'top-level':
      return rowOfAncestorOrSelf(rows, index, from, topLevelAncestor(index, current.index));
    case 'first-child': {
      // Rows are a preorder: an expanded comment's first reply in the current order is the row
      // right after it; after a collapsed one or a leaf comes a row that is not its child.
      const next = rows[from + 1];
      return next !== undefined && index.parent[next.index] === current.index ? from + 1 : null;
    }
  }
}
