// The comment tree flattened into arrays, numbered in source preorder.
//
// Because indices are a preorder, the subtree of comment i is exactly the index range
// [i, i + descendantCount[i]]; navigation relies on that for O(1) "is j under i" tests.

import type { Comment } from '../parser/types';
import { walkComments } from '../parser/walk';

export type ThreadIndex = {
  /** Every comment, in preorder (source order). */
  readonly comments: readonly Comment[];
  /** Parent index, -1 for top level. */
  readonly parent: Int32Array;
  /** 1 for top level. */
  readonly depth: Int32Array;
  /** Child indices in source order. */
  readonly children: readonly (readonly number[])[];
  /** Top-level indices in source order. */
  readonly roots: readonly number[];
  /** All descendants, not just children. */
  readonly descendantCount: Int32Array;
  readonly indexById: ReadonlyMap<string, number>;
};

export function buildThreadIndex(topLevel: readonly Comment[]): ThreadIndex {
  const comments: Comment[] = [];
  const parentOfComment: number[] = [];

  walkComments(topLevel, (comment, _depth, parentIndex) => {
    comments.push(comment);
    parentOfComment.push(parentIndex);
  });

  const count = comments.length;
  const parent = Int32Array.from(parentOfComment);
  const depth = new Int32Array(count);
  const descendantCount = new Int32Array(count);
  const children: number[][] = new Array<number[]>(count);
  const roots: number[] = [];
  const indexById = new Map<string, number>();

  // Parents come before their children in preorder, so one forward pass fills depth and children.
  for (let i = 0; i < count; i++) {
    children[i] = [];
    const p = parent[i] ?? -1;
    if (p < 0) {
      depth[i] = 1;
      roots.push(i);
    } else {
      depth[i] = (depth[p] ?? 0) + 1;
      children[p]?.push(i);
    }
    const id = comments[i]?.id;
    // Ids are unique in a well-formed document; if not, the first one keeps the permalink.
    if (id !== undefined && !indexById.has(id)) indexById.set(id, i);
  }
  // ...and one backward pass adds each finished subtree to its parent.
  for (let i = count - 1; i >= 0; i--) {
    const p = parent[i] ?? -1;
    if (p >= 0) descendantCount[p] = (descendantCount[p] ?? 0) + (descendantCount[i] ?? 0) + 1;
  }

  return { comments, parent, depth, children, roots, descendantCount, indexById };
}

/** Indices of the ancestors of comment i, nearest first; [] for a top-level or unknown index. */
export function ancestorsOf(index: ThreadIndex, i: number): number[] {
  const ancestors: number[] = [];
  let current = index.parent[i] ?? -1;
  while (current >= 0) {
    ancestors.push(current);
    current = index.parent[current] ?? -1;
  }
  return ancestors;
}

/** Whether comment j is i itself or one of its descendants. */
export function isInSubtree(index: ThreadIndex, j: number, i: number): boolean {
  return j >= i && j <= i + (index.descendantCount[i] ?? 0);
}
