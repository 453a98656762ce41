// "Nothing is lost" (design.md §2), checked exactly: every non-blank input line is in exactly
// one place of the parsed document, and the text each place holds is the text of its lines.
// Used by the property tests and the golden tests; linear in the size of the input.

import { isBlank, lineContent, splitLines } from './lines.ts';
import { matchHeader, matchQuoteHeader } from './tokens.ts';
import type { ParsedDocument } from './types.ts';
import { walkComments } from './walk.ts';

/** Between paragraphs when comparing lists of them: no text contains it. */
const SEPARATOR = '\u0000';

/** One line the document does not account for exactly once, or accounts for wrongly. */
export type LineProblem = {
  /** 1-based input line. */
  readonly line: number;
  readonly problem: 'missing' | 'claimed twice' | 'text differs' | 'out of range';
  readonly place: string;
};

/**
 * Checks the line ranges of a parsed document against its input text.
 * Places: the title line, each removed line, the declared count's line, each article
 * paragraph's `line`..`endLine`, and each comment's `line`..`endLine` (header, date line,
 * quote block, paragraphs). Each non-blank line must be claimed by exactly one place, and each
 * place's text must equal what its lines hold (contents joined with "\n", blank lines between
 * paragraphs). Returns the problems in line order; [] when every line is accounted for.
 */
export function lineProblems(text: string, doc: ParsedDocument): LineProblem[] {
  const lines = splitLines(text);
  const claims = new Uint8Array(lines.length + 2);
  const problems: LineProblem[] = [];
  const contentOf = (line: number) => lineContent(lines[line - 1] ?? '');
  const claim = (line: number, place: string): boolean => {
    if (line < 1 || line > lines.length) {
      problems.push({ line, problem: 'out of range', place });
      return false;
    }
    if (claims[line]! > 0) problems.push({ line, problem: 'claimed twice', place });
    claims[line]! += 1;
    return true;
  };
  const expectText = (line: number, actual: string, expected: string, place: string) => {
    if (actual !== expected) problems.push({ line, problem: 'text differs', place });
  };
  /** Claims [from, to] and returns the paragraphs its non-blank lines form. */
  const claimParagraphs = (from: number, to: number, place: string): string[] => {
    const paragraphs: string[] = [];
    let current: string[] = [];
    for (let line = from; line <= to; line++) {
      if (!claim(line, place)) return paragraphs;
      if (isBlank(lines[line - 1]!)) {
        if (current.length > 0) paragraphs.push(current.join('\n'));
        current = [];
      } else current.push(contentOf(line));
    }
    if (current.length > 0) paragraphs.push(current.join('\n'));
    return paragraphs;
  };

  if (doc.titleLine !== null && claim(doc.titleLine, 'title')) {
    const content = contentOf(doc.titleLine);
    if (!content.includes(doc.title)) expectText(doc.titleLine, content, doc.title, 'title');
  }
  if (doc.declaredCountLine !== null && claim(doc.declaredCountLine, 'declared count'))
    expectText(
      doc.declaredCountLine,
      contentOf(doc.declaredCountLine),
      String(doc.declaredCommentCount),
      'declared count',
    );
  for (const entry of doc.removed) {
    const place = `removed (${entry.reason})`;
    if (claim(entry.line, place))
      expectText(entry.line, contentOf(entry.line), lineContent(entry.text), place);
  }
  for (const paragraph of doc.body) {
    const found = claimParagraphs(paragraph.line, paragraph.endLine, 'article paragraph');
    expectText(paragraph.line, found.join(SEPARATOR), paragraph.text, 'article paragraph');
  }

  walkComments(doc.comments, (comment) => {
    const place = `comment ${comment.id}`;
    if (!claim(comment.line, place)) return;
    const header = contentOf(comment.line);
    if (matchHeader(header)?.score !== comment.score)
      problems.push({ line: comment.line, problem: 'text differs', place });
    let cursor = comment.line + 1;
    if (comment.postedAt !== null) claim(cursor++, place);
    while (cursor <= comment.endLine && isBlank(lines[cursor - 1] ?? '')) claim(cursor++, place);
    if (comment.quote) {
      const quoteHeader = matchQuoteHeader(contentOf(cursor));
      if (quoteHeader?.author !== comment.quote.author)
        problems.push({ line: cursor, problem: 'text differs', place });
      claim(cursor++, place);
      const quoted: string[] = [];
      while (cursor <= comment.endLine && !isBlank(lines[cursor - 1] ?? '')) {
        quoted.push(contentOf(cursor));
        claim(cursor++, place);
      }
      expectText(cursor, quoted.join('\n'), comment.quote.text, `${place} quote`);
    }
    const paragraphs =
      cursor <= comment.endLine ? claimParagraphs(cursor, comment.endLine, place) : [];
    expectText(cursor, paragraphs.join(SEPARATOR), comment.paragraphs.join(SEPARATOR), place);
  });

  lines.forEach((raw, index) => {
    if (claims[index + 1] === 0 && !isBlank(raw))
      problems.push({ line: index + 1, problem: 'missing', place: 'nowhere' });
  });
  return problems.sort((a, b) => a.line - b.line);
}

/** 1-based numbers of the lines with a problem (see lineProblems); [] when none. */
export function unaccountedLines(text: string, doc: ParsedDocument): number[] {
  return [...new Set(lineProblems(text, doc).map((entry) => entry.line))];
}
