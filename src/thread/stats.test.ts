import { describe, expect, it } from 'vitest';
import { threadStats } from './stats';
import { buildThreadIndex } from './threadIndex';
import { makeChain, makeComment } from './testTrees';

describe('threadStats', () => {
  it('sums up scores, signs, depth and words', () => {
    const reply = makeComment('1.1', -4, null, [makeComment('1.1.1', 0, null)]);
    reply.paragraphs = ['Deux mots', 'et trois\u00a0autres ?'];
    reply.quote = { author: 'Mikhaïl L.', text: 'not counted at all', commentId: '1' };
    const index = buildThreadIndex([
      makeComment('1', 7, null, [reply]),
      makeComment('2', -12, null),
      makeComment('3', 2, null),
    ]);
    // makeComment gives each comment one paragraph, 'Comment <id>': two words.
    expect(threadStats(index)).toEqual({
      commentCount: 5,
      scoreSum: -7,
      positive: 2,
      negative: 2,
      neutral: 1,
      maxDepth: 3,
      topScore: 7,
      bottomScore: -12,
      words: 4 * 2 + 6,
    });
  });

  it('has no top or bottom score for an empty thread', () => {
    expect(threadStats(buildThreadIndex([]))).toEqual({
      commentCount: 0,
      scoreSum: 0,
      positive: 0,
      negative: 0,
      neutral: 0,
      maxDepth: 0,
      topScore: null,
      bottomScore: null,
      words: 0,
    });
  });

  it('measures a 5,000-deep chain', () => {
    const stats = threadStats(buildThreadIndex(makeChain(5000)));
    expect(stats.maxDepth).toBe(5000);
    expect(stats.commentCount).toBe(5000);
  });
});
