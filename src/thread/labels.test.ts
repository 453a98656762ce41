import { describe, expect, it } from 'vitest';
import type { Comment } from '../parser/types';
import { ancestorLines, authorLabel, parentLabel, WIDE_LEVELS } from './labels';
import { makeChain, makeComment } from './testTrees';
import { buildThreadIndex } from './threadIndex';

const authored = (author: string | null, id: string, children: Comment[] = []): Comment => ({
  ...makeComment(id, 0, null, children),
  author,
});

describe('authorLabel', () => {
  it('names the author, or says anonymous', () => {
    expect(authorLabel(authored('ada', '1'))).toBe('ada');
    expect(authorLabel(authored(null, '1'))).toBe('anonymous');
  });
});

describe('parentLabel', () => {
  const index = buildThreadIndex([
    authored('ada', '1', [authored(null, '1.1', [authored('cy', '1.1.1')])]),
  ]);

  it('is null at the top level', () => {
    expect(parentLabel(index, 0)).toBeNull();
  });

  it("names the parent's author, or the parent comment's id when it has none", () => {
    expect(parentLabel(index, 1)).toBe('ada');
    expect(parentLabel(index, 2)).toBe('comment 1.1');
  });

  it('is null for an index outside the thread', () => {
    expect(parentLabel(index, 99)).toBeNull();
  });
});

describe('ancestorLines', () => {
  it('lists the ancestors outermost first, labelled by author', () => {
    const index = buildThreadIndex([
      authored('ada', '1', [authored(null, '1.1', [authored('cy', '1.1.1')])]),
    ]);
    expect(ancestorLines(index, 0)).toEqual([]);
    expect(ancestorLines(index, 2)).toEqual([
      { id: '1', label: 'ada' },
      { id: '1.1', label: 'anonymous' },
    ]);
  });

  it('stops at the nearest WIDE_LEVELS ancestors of a deep comment', () => {
    const index = buildThreadIndex(makeChain(5000));
    const lines = ancestorLines(index, 4999);
    expect(lines).toHaveLength(WIDE_LEVELS);
    expect(lines.at(-1)?.id).toBe(index.comments[4998]!.id);
    expect(lines[0]?.id).toBe(index.comments[4999 - WIDE_LEVELS]!.id);
  });

  it('gives the same array again, so a memoised row need not re-render', () => {
    const index = buildThreadIndex(makeChain(20));
    expect(ancestorLines(index, 12)).toBe(ancestorLines(index, 12));
  });
});
