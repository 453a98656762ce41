// Helpers shared by the parser's tests: walking a parsed tree without recursion.

import type { Comment } from './types.ts';

export type Flattened = { comment: Comment; depth: number; parentId: string | null };

export function flatten(comments: readonly Comment[]): Flattened[] {
  const out: Flattened[] = [];
  const stack: Flattened[] = [];
  for (let i = comments.length - 1; i >= 0; i--)
    stack.push({ comment: comments[i]!, depth: 1, parentId: null });
  while (stack.length > 0) {
    const entry = stack.pop()!;
    out.push(entry);
    const { children, id } = entry.comment;
    for (let i = children.length - 1; i >= 0; i--)
      stack.push({ comment: children[i]!, depth: entry.depth + 1, parentId: id });
  }
  return out;
}

/** The tree without line numbers: what must stay equal when only the layout changes. */
export function shape(comments: readonly Comment[]): unknown {
  return JSON.parse(
    JSON.stringify(comments, (key, value: unknown) => (key === 'line' ? undefined : value)),
  );
}
