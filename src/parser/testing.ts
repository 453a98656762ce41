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

/**
 * The tree without line numbers (`line`, `endLine`): what must stay equal when only the layout
 * changes. Copied with an explicit stack, so it works at any depth.
 */
export function shape(comments: readonly Comment[]): unknown[] {
  const strip = (comment: Comment): Record<string, unknown> => {
    const copy: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(comment))
      if (key !== 'line' && key !== 'endLine' && key !== 'children') copy[key] = value;
    copy.children = [];
    return copy;
  };
  const roots = comments.map(strip);
  const stack = comments.map((comment, i) => ({ comment, copy: roots[i]! }));
  while (stack.length > 0) {
    const { comment, copy } = stack.pop()!;
    const children = copy.children as Record<string, unknown>[];
    for (const child of comment.children) {
      const childCopy = strip(child);
      children.push(childCopy);
      stack.push({ comment: child, copy: childCopy });
    }
  }
  return roots;
}
