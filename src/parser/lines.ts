// Line strings for the checks outside the parser (accounting.ts and tests): the parser itself
// reads lines by offset in source.ts, without cutting the text into strings.

import { BOM, SPACE, TAB } from './codes.ts';

/**
 * The text without a leading byte-order mark, with CRLF and CR line ends made LF: the rule
 * every line number in Fil counts by (source.ts applies the same rule in its scan).
 */
export function normalizeLineEnds(text: string): string {
  const withoutBom = text.charCodeAt(0) === BOM ? text.slice(1) : text;
  return withoutBom.includes('\r') ? withoutBom.replace(/\r\n?/g, '\n') : withoutBom;
}

/** Splits on LF, CRLF or CR and drops a leading byte-order mark. */
export function splitLines(text: string): string[] {
  return normalizeLineEnds(text).split('\n');
}

/** Index of the first character after the leading spaces and tabs. */
function contentStart(line: string): number {
  let i = 0;
  while (i < line.length) {
    const code = line.charCodeAt(i);
    if (code !== SPACE && code !== TAB) break;
    i++;
  }
  return i;
}

/** The line without its indentation and without trailing spaces and tabs (NBSP is text). */
export function lineContent(line: string): string {
  let end = line.length;
  while (end > 0) {
    const code = line.charCodeAt(end - 1);
    if (code !== SPACE && code !== TAB) break;
    end--;
  }
  const start = contentStart(line);
  return start === 0 && end === line.length ? line : line.slice(start, end);
}

/** Blank: nothing but white space, NBSP included (an NBSP-only line separates paragraphs). */
export function isBlank(line: string): boolean {
  const start = contentStart(line);
  if (start === line.length) return true;
  const code = line.charCodeAt(start);
  // Fast path: a visible ASCII character means text.
  if (code > SPACE && code < 0x7f) return false;
  return line.trim() === '';
}
