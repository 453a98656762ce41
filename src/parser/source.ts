// Stage 1: the text indexed by line, without cutting it into line strings. Later stages read
// characters by offset and slice only what they keep, which keeps a 50 MB parse fast and
// light on the garbage collector.

const SPACE = 0x20;
const TAB = 0x09;
const TAB_WIDTH = 4;

export class SourceLines {
  readonly text: string;
  readonly count: number;
  // Typed arrays, grown by doubling: nothing for the garbage collector to trace.
  /** Offset of each line's first character. */
  readonly starts: Int32Array;
  /** Offset of each line's first character after its leading spaces and tabs. */
  readonly contentStarts: Int32Array;
  /**
   * Offset just past each line's last character that is not a trailing space or tab (NBSP is
   * text and stays). Found while the line is in the cache: later stages come back to a line
   * long after the scan, and measuring its end then costs a cache miss per line.
   */
  readonly contentEnds: Int32Array;
  /** The lines whose text starts with a digit, the only ones that can be headers or dates. */
  readonly digitLines: Int32Array;
  readonly digitLineCount: number;
  /** Whether any line is indented with a tab; without one, indentation width is a subtraction. */
  private readonly tabbed: boolean;

  constructor(raw: string) {
    let text = raw;
    if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
    this.text = text;
    // A first guess from the average line of a comment page; grown when it falls short.
    let capacity = Math.max(64, text.length >>> 5);
    let starts = new Int32Array(capacity);
    let contentStarts = new Int32Array(capacity);
    let contentEnds = new Int32Array(capacity);
    let digitLines = new Int32Array(capacity >>> 2);
    let digitLineCount = 0;
    let count = 0;
    let tabbed = false;
    let position = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    for (;;) {
      const newline = text.indexOf('\n', position);
      const end = newline === -1 ? text.length : newline;
      let content = position;
      while (content < end) {
        const code = text.charCodeAt(content);
        if (code !== SPACE) {
          if (code !== TAB) break;
          tabbed = true;
        }
        content++;
      }
      let contentEnd = end;
      while (contentEnd > content) {
        const code = text.charCodeAt(contentEnd - 1);
        if (code !== SPACE && code !== TAB) break;
        contentEnd--;
      }
      if (count === capacity) {
        capacity *= 2;
        starts = grow(starts, capacity);
        contentStarts = grow(contentStarts, capacity);
        contentEnds = grow(contentEnds, capacity);
      }
      starts[count] = position;
      contentStarts[count] = content;
      contentEnds[count] = contentEnd;
      if (content < contentEnd) {
        const first = text.charCodeAt(content);
        if (first >= 0x30 && first <= 0x39) {
          if (digitLineCount === digitLines.length)
            digitLines = grow(digitLines, digitLines.length * 2);
          digitLines[digitLineCount++] = count;
        }
      }
      count++;
      if (newline === -1) break;
      position = newline + 1;
    }
    this.count = count;
    this.starts = starts;
    this.contentStarts = contentStarts;
    this.contentEnds = contentEnds;
    this.digitLines = digitLines;
    this.digitLineCount = digitLineCount;
    this.tabbed = tabbed;
  }

  /** Nothing but white space, NBSP included (an NBSP-only line separates paragraphs). */
  isBlank(line: number): boolean {
    const start = this.contentStarts[line]!;
    const end = this.contentEnds[line]!;
    if (start === end) return true;
    const code = this.text.charCodeAt(start);
    if (code > SPACE && code < 0x7f) return false;
    return this.text.slice(start, end).trim() === '';
  }

  /** First character after the indentation, or -1 for an empty line. */
  firstCode(line: number): number {
    const start = this.contentStarts[line]!;
    return start < this.contentEnds[line]! ? this.text.charCodeAt(start) : -1;
  }

  /** End of the line without trailing spaces and tabs (NBSP is text and stays). */
  contentEnd(line: number): number {
    return this.contentEnds[line]!;
  }

  /** The line without its indentation and trailing spaces and tabs. */
  content(line: number): string {
    return this.text.slice(this.contentStarts[line]!, this.contentEnds[line]!);
  }

  /** The whole line as written. */
  raw(line: number): string {
    // Each line but the last ends at the "\n" before the next line's start.
    const end = line + 1 < this.count ? this.starts[line + 1]! - 1 : this.text.length;
    return this.text.slice(this.starts[line]!, end);
  }

  /** Indentation width; a tab advances to the next multiple of 4, so tabs and spaces compare. */
  indent(line: number): number {
    const start = this.starts[line]!;
    const content = this.contentStarts[line]!;
    if (!this.tabbed) return content - start;
    let width = 0;
    for (let i = start; i < content; i++) {
      width = this.text.charCodeAt(i) === TAB ? width + TAB_WIDTH - (width % TAB_WIDTH) : width + 1;
    }
    return width;
  }

  /** Non-blank lines in [from, to) without their indentation, joined with "\n": one paragraph. */
  joinContent(from: number, to: number): string {
    // Concatenation builds a rope over slices of the text, flattened only when it is read.
    // Measured against Array#join, split/join and a regex replace: the cheapest here. A line
    // without trailing blanks is sliced together with its "\n": one slice and one rope node
    // per line instead of one slice and two nodes, and fewer objects for the collector.
    const { text, starts, contentStarts, contentEnds } = this;
    let joined = '';
    for (let line = from; line < to - 1; line++) {
      const end = contentEnds[line]!;
      // The next line starts just after this one's "\n".
      joined +=
        end === starts[line + 1]! - 1
          ? text.slice(contentStarts[line], end + 1)
          : text.slice(contentStarts[line], end) + '\n';
    }
    return joined + this.content(to - 1);
  }
}

function grow(array: Int32Array<ArrayBuffer>, capacity: number): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(capacity);
  grown.set(array);
  return grown;
}
