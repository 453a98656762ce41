import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ancestorsOf,
  buildThreadIndex,
  isInSubtree,
  rememberThreadIndex,
  threadIndexSteps,
} from './threadIndex';
import type { Comment } from '../parser/types';
import { walkComments } from '../parser/walk';
import { makeChain, makeComment, makeFlat, threadArbitrary } from './testTrees';

// 1 ─┬─ 1.1 ─── 1.1.1
//    └─ 1.2
// 2
// 3 ─── 3.1
const sample = () => [
  makeComment('1', 5, null, [
    makeComment('1.1', 1, null, [makeComment('1.1.1', -3, null)]),
    makeComment('1.2', 0, null),
  ]),
  makeComment('2', 2, null),
  makeComment('3', 7, null, [makeComment('3.1', -1, null)]),
];

const ids = (index: ReturnType<typeof buildThreadIndex>, list: readonly number[]) =>
  list.map((i) => index.comments[i]?.id);

describe('buildThreadIndex', () => {
  it('numbers comments in source preorder', () => {
    const index = buildThreadIndex(sample());
    expect(index.comments.map((c) => c.id)).toEqual(['1', '1.1', '1.1.1', '1.2', '2', '3', '3.1']);
  });

  it('records parents, depths, children and roots', () => {
    const index = buildThreadIndex(sample());
    expect([...index.parent]).toEqual([-1, 0, 1, 0, -1, -1, 5]);
    expect([...index.depth]).toEqual([1, 2, 3, 2, 1, 1, 2]);
    expect(ids(index, index.roots)).toEqual(['1', '2', '3']);
    expect(ids(index, index.children[0] ?? [])).toEqual(['1.1', '1.2']);
    expect(ids(index, index.children[1] ?? [])).toEqual(['1.1.1']);
    expect(index.children[2]).toEqual([]);
    expect(ids(index, index.children[5] ?? [])).toEqual(['3.1']);
  });

  it('counts all descendants, not just children', () => {
    const index = buildThreadIndex(sample());
    expect([...index.descendantCount]).toEqual([3, 1, 0, 0, 0, 1, 0]);
  });

  it('maps ids to indices', () => {
    const index = buildThreadIndex(sample());
    expect(index.indexById.get('1.1.1')).toBe(2);
    expect(index.indexById.get('3.1')).toBe(6);
    expect(index.indexById.get('4')).toBeUndefined();
    expect(index.indexById.size).toBe(7);
  });

  it('keeps the first comment when an id repeats', () => {
    const index = buildThreadIndex([makeComment('1', 0, null), makeComment('1', 0, null)]);
    expect(index.indexById.get('1')).toBe(0);
    expect(index.comments).toHaveLength(2);
  });

  it('handles an empty thread', () => {
    const index = buildThreadIndex([]);
    expect(index.comments).toEqual([]);
    expect(index.roots).toEqual([]);
    expect(index.parent).toHaveLength(0);
  });

  it('keeps the comment objects themselves', () => {
    const topLevel = sample();
    const index = buildThreadIndex(topLevel);
    expect(index.comments[0]).toBe(topLevel[0]);
  });

  it('subtrees are index ranges', () => {
    fc.assert(
      fc.property(threadArbitrary(), (topLevel) => {
        const index = buildThreadIndex(topLevel);
        const count = index.comments.length;
        for (let i = 0; i < count; i++) {
          // Every comment's index range holds exactly the comments that have it as an ancestor.
          for (let j = 0; j < count; j++) {
            const below = j === i || ancestorsOf(index, j).includes(i);
            if (below !== isInSubtree(index, j, i)) return false;
          }
          const depth = index.depth[i] ?? 0;
          if (ancestorsOf(index, i).length !== depth - 1) return false;
        }
        return true;
      }),
      { numRuns: 30 },
    );
  });

  it('survives a 5,000-deep chain and 100,000 flat comments', () => {
    const chain = buildThreadIndex(makeChain(5000));
    expect(chain.comments).toHaveLength(5000);
    expect(chain.depth[4999]).toBe(5000);
    expect(chain.descendantCount[0]).toBe(4999);
    expect(ancestorsOf(chain, 4999)).toHaveLength(4999);

    const flat = buildThreadIndex(makeFlat(100_000));
    expect(flat.roots).toHaveLength(100_000);
    expect(flat.indexById.get('100000')).toBe(99_999);
  });
});

describe('ancestorsOf', () => {
  it('lists ancestors nearest first', () => {
    const index = buildThreadIndex(sample());
    expect(ids(index, ancestorsOf(index, 2))).toEqual(['1.1', '1']);
    expect(ids(index, ancestorsOf(index, 6))).toEqual(['3']);
  });

  it('is empty for a top-level comment or an unknown index', () => {
    const index = buildThreadIndex(sample());
    expect(ancestorsOf(index, 4)).toEqual([]);
    expect(ancestorsOf(index, 99)).toEqual([]);
  });
});

describe('threadIndexSteps', () => {
  it('yields between passes on a big thread and returns what buildThreadIndex builds', () => {
    const topLevel = [...makeFlat(6000), ...makeChain(5000)];
    const steps = threadIndexSteps(topLevel);
    let yields = 0;
    let step = steps.next();
    while (step.done !== true) {
      yields++;
      step = steps.next();
    }
    // 11,000 comments: 10 yields in the walk, 10 in the forward pass (one every 1,024).
    expect(yields).toBe(20);
    const index = step.value;
    // A reference built another way: the parser's walk, and each comment counted once under
    // every one of its ancestors.
    const comments: Comment[] = [];
    const parent: number[] = [];
    const depth: number[] = [];
    walkComments(topLevel, (comment, level, parentIndex) => {
      comments.push(comment);
      parent.push(parentIndex);
      depth.push(level);
    });
    const descendants = new Array<number>(comments.length).fill(0);
    for (let i = 0; i < comments.length; i++)
      for (let p = parent[i]!; p >= 0; p = parent[p]!) descendants[p]!++;
    expect(index.comments).toEqual(comments);
    expect([...index.parent]).toEqual(parent);
    expect([...index.depth]).toEqual(depth);
    expect([...index.descendantCount]).toEqual(descendants);
    expect(index.roots).toEqual(parent.flatMap((p, i) => (p < 0 ? [i] : [])));
    expect(index.indexById.get(comments[10_999]!.id)).toBe(10_999);
    expect(index.depth[10_999]).toBe(5000);
  });

  it('an index built ahead is the one buildThreadIndex returns', () => {
    const topLevel = sample();
    const index = buildThreadIndex(topLevel);
    expect(buildThreadIndex(topLevel)).not.toBe(index);
    rememberThreadIndex(topLevel, index);
    expect(buildThreadIndex(topLevel)).toBe(index);
    expect(buildThreadIndex(sample())).not.toBe(index);
  });
});
