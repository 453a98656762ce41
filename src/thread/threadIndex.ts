// The comment tree flattened into arrays, numbered in source preorder.
//
// Because indices are a preorder, the subtree of comment i is exactly the index range
// [i, i + descendantCount[i]]; navigation relies on that for O(1) "is j under i" tests.

import type { Comment } from '../parser/types';

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

/**
 * The index of a thread given its top-level comments (ThreadIndex above); a comment tree of any
 * depth (no recursion). Linear; ~100 ms at 100,000 comments, so a page that opens a big thread
 * builds it in slices first (threadIndexSteps, rememberThreadIndex) and this reads it back.
 */
export function buildThreadIndex(topLevel: readonly Comment[]): ThreadIndex {
  const steps = threadIndexSteps(topLevel);
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
  }
}

/** Indexes built ahead of their page (rememberThreadIndex), by the top-level comments' array. */
const built = new WeakMap<readonly Comment[], ThreadIndex>();

/** Keeps `index` for `topLevel`: buildThreadIndex(topLevel) then returns it at once. */
export function rememberThreadIndex(topLevel: readonly Comment[], index: ThreadIndex): void {
  built.set(topLevel, index);
}

/** Comments handled between two yields of threadIndexSteps: ~1 ms here, so a slice overruns its
 * budget (runInSlices) by little even on a phone four times slower. */
const STEP = 1024;

/**
 * buildThreadIndex as steps: yields after every STEP comments of each pass, returns the index
 * (at once, without a yield, when one was remembered for `topLevel`).
 * Run it with runInSlices (src/components/runInSlices.ts) to keep the page responsive.
 */
export function* threadIndexSteps(topLevel: readonly Comment[]): Generator<void, ThreadIndex> {
  const known = built.get(topLevel);
  if (known) return known;
  const comments: Comment[] = [];
  const parentOfComment: number[] = [];
  let visited = 0;
  // The walk of src/parser/walk.ts, inline so that it can yield: source preorder, an explicit
  // stack pushed in reverse so that siblings pop in source order.
  const pending: Comment[] = [];
  const pendingParent: number[] = [];
  for (let k = topLevel.length - 1; k >= 0; k--) {
    pending.push(topLevel[k]!);
    pendingParent.push(-1);
  }
  for (;;) {
    const comment = pending.pop();
    if (comment === undefined) break;
    const index = comments.length;
    comments.push(comment);
    parentOfComment.push(pendingParent.pop()!);
    for (let k = comment.children.length - 1; k >= 0; k--) {
      pending.push(comment.children[k]!);
      pendingParent.push(index);
    }
    if (++visited % STEP === 0) yield;
  }

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
    if ((i + 1) % STEP === 0) yield;
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
