// Stage 1: the text indexed by line, without cutting it into line strings, and every line
// that reads as a comment header with the date line under it (stage 2's scanners, run here).
// Later stages read characters by offset and slice only what they keep, which keeps a 50 MB
// parse fast and light on the garbage collector.
//
// Why one pass: a 50 MB text does not fit in the processor's caches, so a stage that comes back
// to a line long after the scan pays a memory round trip for it (measured on a 100,000-comment
// thread: a separate pass over the header and date lines cost more than reading them here).
// Everything that must read a line's characters — its bounds, whether it is blank, what it
// starts with, header and date — is read while the line is hot; later stages work from the
// arrays below and touch the text only to slice it.

import * as codes from './codes.ts';
import { LANGUAGE_BY_QUOTE_WORD } from './lexicon.ts';
import { keepHiddenClassAlive } from './hiddenClasses.ts';
import { HeaderSites } from './sites.ts';
import { TokenScanner } from './tokens.ts';
import { isWhitespace } from './words.ts';

// Local copies on purpose: under Node an imported binding is read through the module record
// at every use, and importing these names made a 50 MB parse about 60 % slower.
const BOM = codes.BOM;
const SPACE = codes.SPACE;
const TAB = codes.TAB;
const TAB_WIDTH = codes.TAB_WIDTH;

/** Bits of `flags`: facts about a line found during the scan. */
const BLANK = 1;
/** Starts with the first letter of a quote word ("Citation : …"). */
const QUOTE_INITIAL = 2;
/** Has no trailing blanks, and a "\n" right after its content. */
const ENDS_AT_NEWLINE = 4;

/** 1 at the code of each quote word's first letter: a table read is cheaper than a Set. */
const QUOTE_INITIALS: Uint8Array = (() => {
  const codes = [...LANGUAGE_BY_QUOTE_WORD.keys()].map((word) => word.charCodeAt(0));
  const table = new Uint8Array(Math.max(...codes) + 1);
  for (const code of codes) table[code] = 1;
  return table;
})();

export class SourceLines {
  readonly text: string;
  readonly count: number;
  // Typed arrays, grown by doubling: nothing for the garbage collector to trace.
  /** Offset of each line's first character after its leading spaces and tabs. */
  readonly contentStarts: Int32Array;
  /** Offset just past each line's last character that is not a trailing space or tab (NBSP is text and stays). */
  readonly contentEnds: Int32Array;
  private readonly flags: Uint8Array;
  /**
   * Every line that reads as "<n>. <score>", in order, with the date of the line right under
   * it (null when that line is not a date). Which of them are comments is parse.ts's decision.
   */
  readonly headerCandidates: HeaderSites;
  /** Positions in headerCandidates whose date line is in another shape than the seeds' (DateToken.usual). */
  readonly otherShapedDates: readonly number[];
  private readonly firstLineStart: number;
  /** Whether any line is indented with a tab; without one, indentation width is a subtraction. */
  private readonly tabbed: boolean;

  constructor(raw: string) {
    let text = raw;
    if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
    this.text = text;
    // A first guess from the average line of a comment page; grown when it falls short.
    let capacity = Math.max(64, text.length >>> 5);
    let contentStarts = new Int32Array(capacity);
    let contentEnds = new Int32Array(capacity);
    let flags = new Uint8Array(capacity);
    const candidates = new HeaderSites();
    const scanner = new TokenScanner();
    const otherShapedDates: number[] = [];
    // The header read on the line above, waiting to learn whether this line is its date.
    let pendingLine = -1;
    let pendingIndent = 0;
    let pendingNumber = 0;
    let pendingScore = 0;
    let count = 0;
    let tabbed = false;
    let position = text.charCodeAt(0) === BOM ? 1 : 0;
    for (;;) {
      const newline = text.indexOf('\n', position);
      const end = newline === -1 ? text.length : newline;
      // Spaces first, in the tightest loop: the indentation is most of the characters this
      // scan reads one by one. Past the end of the text charCodeAt gives NaN, which stops it.
      let content = position;
      let code = text.charCodeAt(content);
      while (code === SPACE) code = text.charCodeAt(++content);
      let lineTabbed = false;
      if (code === TAB) {
        lineTabbed = true;
        while (code === SPACE || code === TAB) code = text.charCodeAt(++content);
      }
      let contentEnd = end;
      while (contentEnd > content) {
        const last = text.charCodeAt(contentEnd - 1);
        if (last !== SPACE && last !== TAB) break;
        contentEnd--;
      }
      if (count === capacity) {
        capacity *= 2;
        contentStarts = grow(contentStarts, capacity);
        contentEnds = grow(contentEnds, capacity);
        const grownFlags = new Uint8Array(capacity);
        grownFlags.set(flags);
        flags = grownFlags;
      }
      contentStarts[count] = content;
      contentEnds[count] = contentEnd;

      let isDate = false;
      let first = -1;
      let lineFlags = contentEnd === end && newline !== -1 ? ENDS_AT_NEWLINE : 0;
      if (content === contentEnd) {
        lineFlags |= BLANK;
      } else {
        first = code; // the first character after the indentation, read above
        if (first < QUOTE_INITIALS.length && QUOTE_INITIALS[first] === 1)
          lineFlags |= QUOTE_INITIAL;
        else if (isWhitespace(first) && text.slice(content, contentEnd).trim() === '')
          lineFlags |= BLANK;
      }
      flags[count] = lineFlags;
      const startsWithDigit = first >= 0x30 && first <= 0x39;
      if (pendingLine !== -1) {
        // Most date lines start with the day; the scanner reads other shapes too (a weekday,
        // the month first), so any line under a header is tried.
        let date = first !== -1 ? scanner.scanDate(text, content, contentEnd) : null;
        // A date in another shape must sit under the header, indented deeper, as the seeds'
        // date lines do: "1. 2019" over "March 5, 2020" at the same indent is a list in prose.
        if (date !== null && !date.usual) {
          const indent = lineTabbed ? tabbedWidth(text, position, content) : content - position;
          if (indent <= pendingIndent) date = null;
          else otherShapedDates.push(candidates.count);
        }
        candidates.add(
          pendingLine,
          pendingIndent,
          pendingNumber,
          pendingScore,
          date ? date.iso : null,
          date ? date.entry : null,
        );
        isDate = date !== null;
        pendingLine = -1;
      }
      if (startsWithDigit && !isDate) {
        const header = scanner.scanHeader(text, content, contentEnd);
        if (header) {
          pendingLine = count;
          pendingIndent = lineTabbed ? tabbedWidth(text, position, content) : content - position;
          pendingNumber = header.number;
          pendingScore = header.score;
        }
      }
      tabbed ||= lineTabbed;
      count++;
      if (newline === -1) break;
      position = newline + 1;
    }
    if (pendingLine !== -1)
      candidates.add(pendingLine, pendingIndent, pendingNumber, pendingScore, null, null);
    this.count = count;
    this.firstLineStart = text.charCodeAt(0) === BOM ? 1 : 0;
    this.contentStarts = contentStarts;
    this.contentEnds = contentEnds;
    this.flags = flags;
    this.headerCandidates = candidates;
    this.otherShapedDates = otherShapedDates;
    this.tabbed = tabbed;
  }

  /** Nothing but white space, NBSP included (an NBSP-only line separates paragraphs). */
  isBlank(line: number): boolean {
    return (this.flags[line]! & BLANK) !== 0;
  }

  /** Starts with the first letter of a quote word: the only lines that can open a quote. */
  mayOpenQuote(line: number): boolean {
    return (this.flags[line]! & QUOTE_INITIAL) !== 0;
  }

  /** The line without its indentation and trailing spaces and tabs. */
  content(line: number): string {
    return this.text.slice(this.contentStarts[line]!, this.contentEnds[line]!);
  }

  /** The whole line as written. */
  raw(line: number): string {
    const end = this.text.indexOf('\n', this.contentEnds[line]);
    return this.text.slice(this.lineStart(line), end === -1 ? this.text.length : end);
  }

  /**
   * Offset of the line's first character. Not kept per line (only the article's few lines ask
   * for it): found back from the content start, across nothing but the indentation.
   */
  private lineStart(line: number): number {
    return line === 0
      ? this.firstLineStart
      : this.text.lastIndexOf('\n', this.contentStarts[line]! - 1) + 1;
  }

  /** Indentation width; a tab advances to the next multiple of 4, so tabs and spaces compare. */
  indent(line: number): number {
    const start = this.lineStart(line);
    const content = this.contentStarts[line]!;
    return this.tabbed ? tabbedWidth(this.text, start, content) : content - start;
  }

  /** Non-blank lines in [from, to) without their indentation, joined with "\n": one paragraph. */
  joinContent(from: number, to: number): string {
    // Concatenation builds a rope over slices of the text, flattened only when it is read.
    // Measured against Array#join, split/join and a regex replace: the cheapest here. A line
    // without trailing blanks is sliced together with its "\n": one slice and one rope node
    // per line instead of one slice and two nodes, and fewer objects for the collector.
    const last = to - 1;
    if (from === last) return this.content(from);
    let joined = this.lineWithBreak(from);
    for (let line = from + 1; line < last; line++) joined += this.lineWithBreak(line);
    return joined + this.content(last);
  }

  /** The line without indentation and trailing blanks, followed by "\n". */
  private lineWithBreak(line: number): string {
    const start = this.contentStarts[line]!;
    const end = this.contentEnds[line]!;
    return (this.flags[line]! & ENDS_AT_NEWLINE) !== 0
      ? this.text.slice(start, end + 1)
      : this.text.slice(start, end) + '\n';
  }
}

// The maps of SourceLines and of the HeaderSites inside it outlive every parse (see hiddenClasses.ts).
keepHiddenClassAlive(new SourceLines(''));

function tabbedWidth(text: string, start: number, content: number): number {
  let width = 0;
  for (let i = start; i < content; i++)
    width = text.charCodeAt(i) === TAB ? width + TAB_WIDTH - (width % TAB_WIDTH) : width + 1;
  return width;
}

function grow(array: Int32Array<ArrayBuffer>, capacity: number): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(capacity);
  grown.set(array);
  return grown;
}
