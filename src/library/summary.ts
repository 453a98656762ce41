// What the library shows of a document without opening it.

import { countWords } from '../parser/words.ts';
import type { Comment, ParsedDocument } from '../parser/types';

export type DocumentOrigin = 'seed' | 'sample' | 'imported';

export type DocumentSummary = {
  readonly id: string;
  readonly origin: DocumentOrigin;
  readonly title: string;
  readonly language: string | null;
  readonly published: string | null;
  readonly site: string | null;
  readonly commentCount: number;
  readonly declaredCommentCount: number | null;
  readonly wordCount: number;
  readonly diagnosticCount: number;
};

/** Every comment, in source order, without recursion. */
export function* walkComments(comments: readonly Comment[]): Generator<Comment> {
  const stack: Comment[] = [];
  for (let i = comments.length - 1; i >= 0; i--) stack.push(comments[i]!);
  while (stack.length > 0) {
    const comment = stack.pop()!;
    yield comment;
    for (let i = comment.children.length - 1; i >= 0; i--) stack.push(comment.children[i]!);
  }
}

export function summarize(doc: ParsedDocument, origin: DocumentOrigin): DocumentSummary {
  let commentCount = 0;
  let wordCount = countWords([doc.title, ...doc.body.map((paragraph) => paragraph.text)]);
  for (const comment of walkComments(doc.comments)) {
    commentCount++;
    wordCount += countWords(comment.paragraphs);
  }
  return {
    id: doc.id,
    origin,
    title: doc.title,
    language: doc.language,
    published: doc.source.published,
    site: doc.source.site,
    commentCount,
    declaredCommentCount: doc.declaredCommentCount,
    wordCount,
    diagnosticCount: doc.diagnostics.length,
  };
}
