// Stage 4: comment headers → reply tree, by indentation alone, with an explicit stack of open
// headers (no recursion: a 5,000-deep chain is just a deep stack array).
// Stage 5: the lines of each comment → date, optional quote block, paragraphs.

import { matchQuoteHeader, type HeaderToken } from './tokens.ts';
import type { Language } from './lexicon.ts';
import type { SourceLines } from './source.ts';
import type { Comment, Diagnostic } from './types.ts';

/**
 * The confirmed comment headers in source order, as parallel arrays: a big thread has 100,000
 * of them, and a struct of arrays keeps them out of the garbage collector's way.
 */
export class HeaderSites {
  count = 0;
  /** 0-based index of the header line. */
  lineIndex = new Int32Array(1024);
  indent = new Int32Array(1024);
  number = new Int32Array(1024);
  score = new Int32Array(1024);
  /** ISO date from the line under the header; null for a header cut off at the end. */
  readonly postedAt: (string | null)[] = [];

  add(lineIndex: number, indent: number, header: HeaderToken, postedAt: string | null): void {
    if (this.count === this.lineIndex.length) this.grow();
    const at = this.count++;
    this.lineIndex[at] = lineIndex;
    this.indent[at] = indent;
    this.number[at] = header.number;
    this.score[at] = header.score;
    this.postedAt.push(postedAt);
  }

  private grow(): void {
    const grown = (array: Int32Array) => {
      const bigger = new Int32Array(array.length * 2);
      bigger.set(array);
      return bigger;
    };
    this.lineIndex = grown(this.lineIndex);
    this.indent = grown(this.indent);
    this.number = grown(this.number);
    this.score = grown(this.score);
  }
}

export type CommentTree = {
  readonly comments: Comment[];
  /** Every comment in source (pre)order, for the stages that follow. */
  readonly inSourceOrder: Comment[];
  /** Parent of each comment in inSourceOrder, by position; -1 at the top level. */
  readonly parentPosition: Int32Array;
  readonly quoteLanguages: Language[];
};

export function buildCommentTree(
  lines: SourceLines,
  sites: HeaderSites,
  diagnostics: Diagnostic[],
): CommentTree {
  const topLevel: Comment[] = [];
  const inSourceOrder: Comment[] = [];
  const parentPosition = new Int32Array(sites.count);
  const quoteLanguages: Language[] = [];
  // The stack of open headers, as parallel arrays: indentation, comment, position.
  const openIndent: number[] = [];
  const openComment: Comment[] = [];
  const openPosition: number[] = [];
  let openDepth = 0;
  // Indent steps seen from parent to child; the most common one is "one level".
  const steps = new Map<number, number>();
  const stepOf = new Int32Array(sites.count);

  for (let position = 0; position < sites.count; position++) {
    const indent = sites.indent[position]!;
    const lineIndex = sites.lineIndex[position]!;
    const postedAt = sites.postedAt[position]!;
    const number = sites.number[position]!;
    // Close the headers indented as far or further; the stacks keep their old slots beyond
    // openDepth (cheaper than truncating arrays 100,000 times).
    while (openDepth > 0 && openIndent[openDepth - 1]! >= indent) openDepth--;
    const parent = openDepth > 0 ? openComment[openDepth - 1]! : null;
    const parentIndent = openDepth > 0 ? openIndent[openDepth - 1]! : 0;
    const siblings = parent ? parent.children : topLevel;
    const ordinal = siblings.length + 1;
    const comment: Comment = {
      id: parent ? parent.id + ordinalSuffix(ordinal) : String(ordinal),
      line: lineIndex + 1,
      score: sites.score[position]!,
      postedAt,
      author: null,
      quote: null,
      paragraphs: [],
      children: [],
    };
    siblings.push(comment);
    inSourceOrder.push(comment);
    parentPosition[position] = parent ? openPosition[openDepth - 1]! : -1;
    openIndent[openDepth] = indent;
    openComment[openDepth] = comment;
    openPosition[openDepth] = position;
    openDepth++;

    if (number !== ordinal) {
      diagnostics.push({
        code: 'numbering',
        severity: 'info',
        line: comment.line,
        message: `Comment ${comment.id} is numbered ${number}. but is reply ${ordinal} at its level; the tree follows indentation.`,
      });
    }
    if (parent) {
      const step = indent - parentIndent;
      stepOf[position] = step;
      steps.set(step, (steps.get(step) ?? 0) + 1);
    }

    const end = position + 1 < sites.count ? sites.lineIndex[position + 1]! : lines.count;
    const firstBodyLine = postedAt === null ? lineIndex + 1 : lineIndex + 2;
    const quoteLanguage = fillComment(comment, lines, firstBodyLine, end);
    if (quoteLanguage) quoteLanguages.push(quoteLanguage);
  }

  reportIndentJumps(inSourceOrder, parentPosition, stepOf, steps, diagnostics);
  return { comments: topLevel, inSourceOrder, parentPosition, quoteLanguages };
}

/** Reads quote block and paragraphs of one comment from lines [start, end). */
function fillComment(
  comment: Comment,
  lines: SourceLines,
  start: number,
  end: number,
): Language | null {
  let cursor = start;
  while (cursor < end && lines.isBlank(cursor)) cursor++;
  let quoteLanguage: Language | null = null;
  // Only a line starting with a quote word's capital can open a quote block.
  if (cursor < end && QUOTE_INITIALS.has(lines.firstCode(cursor))) {
    const quoteHeader = matchQuoteHeader(lines.content(cursor));
    if (quoteHeader) {
      quoteLanguage = quoteHeader.language;
      cursor++;
      // The quoted lines run to the first blank line, or to the end of the comment.
      const quoteStart = cursor;
      while (cursor < end && !lines.isBlank(cursor)) cursor++;
      const text = cursor > quoteStart ? lines.joinContent(quoteStart, cursor) : '';
      comment.quote = { author: quoteHeader.author, text, commentId: null };
    }
  }
  // Collected in a scratch array and copied once, so each comment's array is exactly its size.
  const paragraphs = paragraphScratch;
  let count = 0;
  let paragraphStart = -1;
  for (; cursor < end; cursor++) {
    if (lines.isBlank(cursor)) {
      if (paragraphStart !== -1) paragraphs[count++] = lines.joinContent(paragraphStart, cursor);
      paragraphStart = -1;
    } else if (paragraphStart === -1) {
      paragraphStart = cursor;
    }
  }
  if (paragraphStart !== -1) paragraphs[count++] = lines.joinContent(paragraphStart, end);
  if (count > 0) comment.paragraphs = paragraphs.slice(0, count);
  return quoteLanguage;
}

const paragraphScratch: string[] = [];

// ".1", ".2", …: one string per ordinal, so an id is one concatenation.
const ORDINAL_SUFFIXES: string[] = [];
function ordinalSuffix(ordinal: number): string {
  return (ORDINAL_SUFFIXES[ordinal] ??= `.${ordinal}`);
}

const QUOTE_INITIALS: ReadonlySet<number> = new Set(
  ['C', 'Q', 'Z', 'Ц'].map((letter) => letter.charCodeAt(0)),
);

function reportIndentJumps(
  inSourceOrder: readonly Comment[],
  parentPosition: Int32Array,
  stepOf: Int32Array,
  steps: ReadonlyMap<number, number>,
  diagnostics: Diagnostic[],
): void {
  let usualStep = 0;
  let usualCount = 0;
  for (const [step, count] of steps) {
    if (count > usualCount || (count === usualCount && step < usualStep)) {
      usualStep = step;
      usualCount = count;
    }
  }
  if (usualStep === 0) return;
  for (let position = 0; position < inSourceOrder.length; position++) {
    if (parentPosition[position] === -1 || stepOf[position]! <= usualStep) continue;
    const comment = inSourceOrder[position]!;
    diagnostics.push({
      code: 'indent-jump',
      severity: 'warning',
      line: comment.line,
      message: `Comment ${comment.id} is indented ${stepOf[position]} columns under its parent where replies usually step ${usualStep}; it is read as a direct reply.`,
    });
  }
}
