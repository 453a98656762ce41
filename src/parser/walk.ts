// The one walk of a comment tree: source preorder with an explicit stack, because threads can
// be thousands deep and nothing in Fil recurses on depth.

import type { Comment } from './types.ts';

/**
 * Called once per comment, in source preorder. `depth` is 1 at the top level. The n-th call
 * (from 0) is comment n of the preorder, and `parent` is the number of its parent's call
 * (-1 at the top level).
 */
export type CommentVisitor = (comment: Comment, depth: number, parent: number) => void;

/**
 * Visits every comment in source preorder. A callback rather than a generator: buildThreadIndex
 * on a 100,000-comment thread, where this walk was the hot loop, took a median 121 ms with this
 * and with its own inline stack, 144 ms with a generator yielding an object per comment (it now
 * walks inline, yielding only every few thousand comments, so that it can run in slices).
 */
export function walkComments(comments: readonly Comment[], visit: CommentVisitor): void {
  // Parallel stacks, pushed in reverse so that siblings pop in source order.
  const pending: Comment[] = [];
  const pendingDepth: number[] = [];
  const pendingParent: number[] = [];
  for (let k = comments.length - 1; k >= 0; k--) {
    const comment = comments[k];
    if (comment === undefined) continue;
    pending.push(comment);
    pendingDepth.push(1);
    pendingParent.push(-1);
  }
  for (let index = 0; ; index++) {
    const comment = pending.pop();
    if (comment === undefined) return;
    const depth = pendingDepth.pop()!;
    visit(comment, depth, pendingParent.pop()!);
    const replies = comment.children;
    for (let k = replies.length - 1; k >= 0; k--) {
      const reply = replies[k];
      if (reply === undefined) continue;
      pending.push(reply);
      pendingDepth.push(depth + 1);
      pendingParent.push(index);
    }
  }
}
