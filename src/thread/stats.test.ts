import { describe, expect, it } from 'vitest';
import { threadStats } from './stats';
import { buildThreadIndex } from './threadIndex';
import { makeChain, makeComment } from './testTrees';

describe('threadStats', () => {
  it('sums up scores, signs and depth', () => {
    const reply = makeComment('1.1', -4, null, [makeComment('1.1.1', 0, null)]);
    const index = buildThreadIndex([
      makeComment('1', 7, null, [reply]),
      makeComment('2', -12, null),
      makeComment('3', 2, null),
    ]);
    expect(threadStats(index)).toEqual({
      commentCount: 5,
      scoreSum: -7,
      positive: 2,
      negative: 2,
      neutral: 1,
      maxDepth: 3,
    });
  });

  it('gives zeros for an empty thread', () => {
    expect(threadStats(buildThreadIndex([]))).toEqual({
      commentCount: 0,
      scoreSum: 0,
      positive: 0,
      negative: 0,
      neutral: 0,
      maxDepth: 0,
    });
  });

  it('measures a 5,000-deep chain', () => {
    const stats = threadStats(buildThreadIndex(makeChain(5000)));
    expect(stats.maxDepth).toBe(5000);
    expect(stats.commentCount).toBe(5000);
  });
});
