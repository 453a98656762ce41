// Helpers shared by the tests: walking a parsed tree without recursion, a document around comments.

import { DOCUMENT_FORMAT, type Comment, type ParsedDocument } from './types.ts';
import { walkComments } from './walk.ts';

export type Flattened = { comment: Comment; depth: number; parentId: string | null };

export function flatten(comments: readonly Comment[]): Flattened[] {
  const out: Flattened[] = [];
  walkComments(comments, (comment, depth, parent) => {
    out.push({ comment, depth, parentId: parent < 0 ? null : out[parent]!.comment.id });
  });
  return out;
}

/**
 * The tree without line numbers (`line`, `endLine`): what must stay equal when only the layout
 * changes. Copied with an explicit stack, so it works at any depth.
 */
export function treeWithoutLines(comments: readonly Comment[]): unknown[] {
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

/**
 * A well-formed document holding `comments`: a one-line title and a one-paragraph article, no
 * notes; `fields` replace any of its parts.
 */
export function documentOf(
  comments: Comment[],
  fields: Partial<ParsedDocument> = {},
): ParsedDocument {
  return {
    format: DOCUMENT_FORMAT,
    id: 'doc',
    title: 'A thread',
    titleLine: 1,
    language: 'en',
    source: { url: null, published: null, site: null },
    body: [{ text: 'Article.', line: 2, endLine: 2 }],
    removed: [],
    declaredCommentCount: null,
    declaredCountLine: null,
    comments,
    diagnostics: [],
    ...fields,
  };
}
