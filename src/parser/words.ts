// Word counts for library cards and thread summaries: pure text, shared by every layer.

/**
 * The code points JavaScript's /\s/ matches (the same that String#trim removes), NBSP and the
 * other Unicode spaces included.
 */
export function isWhitespace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * Whitespace-separated words over all texts (a word never spans two texts). Counted with a
 * character scan instead of split() so a 50 MB thread allocates nothing.
 */
export function countWords(texts: Iterable<string>): number {
  let words = 0;
  for (const text of texts) {
    let inWord = false;
    for (let k = 0; k < text.length; k++) {
      const space = isWhitespace(text.charCodeAt(k));
      if (!space && !inWord) words++;
      inWord = !space;
    }
  }
  return words;
}
