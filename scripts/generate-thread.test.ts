import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/parser/parse.ts';
import { flatten } from '../src/parser/testing.ts';
import { generateThread } from './generate-thread.ts';

describe('generateThread', () => {
  it('is deterministic and seed-dependent', () => {
    expect(generateThread({ comments: 300, seed: 7 }).text).toBe(
      generateThread({ comments: 300, seed: 7 }).text,
    );
    expect(generateThread({ comments: 300, seed: 8 }).text).not.toBe(
      generateThread({ comments: 300, seed: 7 }).text,
    );
  });

  it('writes a thread the parser reads back with the same count, depth and score sum', () => {
    const { text, stats } = generateThread({ comments: 3000, seed: 3 });
    const parsed = parseDocument(text, { id: 'generated' });
    const all = flatten(parsed.comments);
    expect(all).toHaveLength(3000);
    expect(Math.max(...all.map((entry) => entry.depth))).toBe(stats.maxDepth);
    expect(all.reduce((sum, entry) => sum + entry.comment.score, 0)).toBe(stats.scoreSum);
    expect(all.filter((entry) => entry.comment.quote?.commentId).length).toBe(stats.quotes);
    expect(parsed.diagnostics).toEqual([]);
  });

  it('gives a 100,000-comment thread that parses in one pass', () => {
    const { text, stats } = generateThread({ comments: 100_000, seed: 1, wordsPerComment: 8 });
    const parsed = parseDocument(text, { id: 'big' });
    expect(flatten(parsed.comments)).toHaveLength(100_000);
    expect(parsed.declaredCommentCount).toBe(stats.comments);
    expect(parsed.diagnostics).toEqual([]);
  });
});
