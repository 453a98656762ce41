// Summary numbers for a thread (library cards and the thread header).

import type { ThreadIndex } from './threadIndex';

export type ThreadStats = {
  commentCount: number;
  scoreSum: number;
  positive: number;
  negative: number;
  neutral: number;
  /** 0 when there are no comments. */
  maxDepth: number;
  topScore: number | null;
  bottomScore: number | null;
  /** Words in the comments' own paragraphs; quotes repeat other comments and are not counted. */
  words: number;
};

export function threadStats(index: ThreadIndex): ThreadStats {
  let scoreSum = 0;
  let positive = 0;
  let negative = 0;
  let neutral = 0;
  let maxDepth = 0;
  let topScore: number | null = null;
  let bottomScore: number | null = null;
  let words = 0;

  index.comments.forEach((comment, i) => {
    const score = comment.score;
    scoreSum += score;
    if (score > 0) positive++;
    else if (score < 0) negative++;
    else neutral++;
    if (topScore === null || score > topScore) topScore = score;
    if (bottomScore === null || score < bottomScore) bottomScore = score;
    maxDepth = Math.max(maxDepth, index.depth[i] ?? 0);
    words += countWords(comment.paragraphs);
  });

  return {
    commentCount: index.comments.length,
    scoreSum,
    positive,
    negative,
    neutral,
    maxDepth,
    topScore,
    bottomScore,
    words,
  };
}

/** The code points JavaScript's /\s/ matches, NBSP and the other Unicode spaces included. */
function isWhitespace(code: number): boolean {
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
