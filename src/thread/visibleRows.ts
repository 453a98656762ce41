// The thread as the flat list of rows the UI renders (and virtualizes): a preorder walk over the
// chosen order that does not enter collapsed comments.

import type { CollapseState } from './collapse';
import { collapsedFlags } from './collapse';
import type { ThreadOrder } from './sort';
import type { ThreadIndex } from './threadIndex';

export type VisibleRow = {
  /** Into ThreadIndex.comments. */
  readonly index: number;
  /** 1 for top level. */
  readonly depth: number;
  readonly collapsed: boolean;
  /** descendantCount when collapsed, else 0. */
  readonly hiddenCount: number;
  /** 1-based position among its siblings in the current order. */
  readonly posInSet: number;
  readonly setSize: number;
};

const NO_CHILDREN: readonly number[] = [];

export function visibleRows(
  index: ThreadIndex,
  order: ThreadOrder,
  collapseState: CollapseState,
): VisibleRow[] {
  const rows: VisibleRow[] = [];
  const collapsedAt = collapsedFlags(index, collapseState);
  // One frame per open level: the sibling list being walked and the next position in it.
  // Only expanded comments push a frame, so the work is O(visible rows), whatever the depth.
  const siblingStack: (readonly number[])[] = [order.roots];
  const positionStack: number[] = [0];

  for (;;) {
    const top = siblingStack.length - 1;
    const siblings = siblingStack[top];
    if (siblings === undefined) break;
    const position = positionStack[top] ?? 0;
    const i = siblings[position];
    if (i === undefined) {
      siblingStack.pop();
      positionStack.pop();
      continue;
    }
    positionStack[top] = position + 1;

    if (i >= index.comments.length) continue;
    const collapsed = collapsedAt[i] === 1;
    rows.push({
      index: i,
      depth: index.depth[i] ?? top + 1,
      collapsed,
      hiddenCount: collapsed ? (index.descendantCount[i] ?? 0) : 0,
      posInSet: position + 1,
      setSize: siblings.length,
    });
    if (!collapsed) {
      const replies = order.children[i] ?? NO_CHILDREN;
      if (replies.length > 0) {
        siblingStack.push(replies);
        positionStack.push(0);
      }
    }
  }
  return rows;
}

/** Row position of every comment index in `rows`, -1 for comments that are hidden. */
export function rowPositions(rows: readonly VisibleRow[], commentCount: number): Int32Array {
  const positions = new Int32Array(commentCount).fill(-1);
  rows.forEach((row, position) => (positions[row.index] = position));
  return positions;
}
