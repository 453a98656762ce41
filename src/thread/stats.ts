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
};

export function threadStats(index: ThreadIndex): ThreadStats {
  let scoreSum = 0;
  let positive = 0;
  let negative = 0;
  let neutral = 0;
  let maxDepth = 0;

  index.comments.forEach((comment, i) => {
    const score = comment.score;
    scoreSum += score;
    if (score > 0) positive++;
    else if (score < 0) negative++;
    else neutral++;
    maxDepth = Math.max(maxDepth, index.depth[i] ?? 0);
  });

  return {
    commentCount: index.comments.length,
    scoreSum,
    positive,
    negative,
    neutral,
    maxDepth,
  };
}
