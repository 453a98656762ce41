// "Nothing is lost" (design.md §2): every non-blank input line must end up somewhere in the
// parsed document. This check is used by the property tests and is cheap enough for debugging.

import { isBlank, lineContent, splitLines } from './lines.ts';
import { DECLARED_COUNT, matchQuoteHeader } from './tokens.ts';
import type { Comment, ParsedDocument } from './types.ts';

/** 1-based numbers of the non-blank input lines that the document does not account for. */
export function unaccountedLines(text: string, doc: ParsedDocument): number[] {
  const structural = new Set<number>();
  const strings: string[] = [doc.title, ...doc.body.map((paragraph) => paragraph.text)];
  const { url, published, site } = doc.source;
  for (const value of [url, published, site]) if (value !== null) strings.push(value);
  if (doc.declaredCommentCount !== null) strings.push(String(doc.declaredCommentCount));
  for (const entry of doc.removed) strings.push(entry.text);
  for (const diagnostic of doc.diagnostics) strings.push(diagnostic.message);

  const stack: Comment[] = [...doc.comments];
  while (stack.length > 0) {
    const comment = stack.pop()!;
    structural.add(comment.line);
    if (comment.postedAt !== null) structural.add(comment.line + 1);
    strings.push(...comment.paragraphs);
    if (comment.quote) strings.push(comment.quote.author, comment.quote.text);
    stack.push(...comment.children);
  }

  const haystack = strings.join('\u0000');
  const missing: number[] = [];
  splitLines(text).forEach((line, index) => {
    const lineNumber = index + 1;
    if (isBlank(line) || structural.has(lineNumber)) return;
    const content = lineContent(line);
    if (haystack.includes(content)) return;
    if (DECLARED_COUNT.test(content) && Number(content) === doc.declaredCommentCount) return;
    const quoteHeader = matchQuoteHeader(content);
    if (quoteHeader && haystack.includes(quoteHeader.author)) return;
    // The title line carries the site suffix that was split off it.
    if (site !== null && content.startsWith(doc.title) && content.endsWith(site)) return;
    missing.push(lineNumber);
  });
  return missing;
}
