// What the library shows of a document without opening it.

import { countWords } from '../parser/words.ts';
import type { ParsedDocument } from '../parser/types';
import { walkComments } from '../parser/walk.ts';

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

/**
 * What the library's search reads of a document besides its title: the article's paragraphs,
 * one per line, as written (the search folds case and accents itself); '' for a page without
 * an article. The title is left out: the search reads it from the library's entry, which a
 * rename changes, so that a renamed document is no longer found by the title it was parsed
 * with. Comments are left out too: the library finds pages, the thread's own search finds
 * comments.
 */
export function articleTextOf(doc: Pick<ParsedDocument, 'body'>): string {
  return doc.body.map((paragraph) => paragraph.text).join('\n');
}

export function summarize(doc: ParsedDocument, origin: DocumentOrigin): DocumentSummary {
  let commentCount = 0;
  let wordCount = countWords([doc.title, ...doc.body.map((paragraph) => paragraph.text)]);
  walkComments(doc.comments, (comment) => {
    commentCount++;
    wordCount += countWords(comment.paragraphs);
  });
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
