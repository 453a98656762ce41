import { activateLanguage } from '../locales/testing';
import { afterEach, describe, expect, it } from 'vitest';
import type { Comment } from '../parser/types';
import { expandAll, initialCollapseState } from './collapse';
import {
  ancestorLines,
  authorLabel,
  continuesChain,
  indentOf,
  NARROW_LEVELS,
  replyCue,
  WIDE_LEVELS,
} from './labels';
import { orderThread } from './sort';
import { makeChain, makeComment, numberComments } from './testTrees';
import { buildThreadIndex, type ThreadIndex } from './threadIndex';
import { rowPositions, visibleRows } from './visibleRows';

const authored = (author: string | null, id: string, children: Comment[] = []): Comment => ({
  ...makeComment(id, 0, null, children),
  author,
});

// The shape of seed 000's first thread: 1 has two replies; 1.1 starts a chain whose third link
// branches again.
//   1 ada             indent 0
//     1.1             indent 1   (1 branches)
//     1.1.1 cy        indent 1   (chain: 1.1 has one reply)
//     1.1.1.1         indent 1   (chain)
//       1.1.1.1.1     indent 2   (1.1.1.1 branches)
//       1.1.1.1.2     indent 2
//     1.2             indent 1
const seedLike = () =>
  buildThreadIndex([
    authored('ada', '1', [
      authored(null, '1.1', [
        authored('cy', '1.1.1', [
          authored(null, '1.1.1.1', [authored(null, '1.1.1.1.1'), authored(null, '1.1.1.1.2')]),
        ]),
      ]),
      authored(null, '1.2'),
    ]),
  ]);

/** Rows and positions with everything open, in source order. */
function shown(index: ThreadIndex) {
  const rows = visibleRows(index, orderThread(index, 'source'), expandAll(initialCollapseState()));
  return { rows, positions: rowPositions(rows, index.comments.length) };
}

/**
 * A comb `depth` levels deep: each comment has two replies, a leaf and the next comment down,
 * so every level branches. Comment k of the spine (k from 0) is at depth k + 1.
 */
function comb(depth: number): ThreadIndex {
  const root = makeComment('', 0, null);
  let tip = root;
  for (let level = 1; level < depth; level++) {
    const next = makeComment('', 0, null);
    tip.children.push(makeComment('', 0, null), next);
    tip = next;
  }
  return buildThreadIndex(numberComments([root]));
}

const byId = (index: ThreadIndex, id: string) => index.indexById.get(id)!;

describe('authorLabel', () => {
  it('names the author, or says anonymous', () => {
    expect(authorLabel(authored('ada', '1'))).toBe('ada');
    expect(authorLabel(authored(null, '1'))).toBe('anonymous');
  });
});

describe('indentOf and continuesChain', () => {
  it('indent only where the parent has two or more replies', () => {
    const index = seedLike();
    const indents = index.comments.map((comment, i) => [comment.id, indentOf(index, i)]);
    expect(indents).toEqual([
      ['1', 0],
      ['1.1', 1],
      ['1.1.1', 1],
      ['1.1.1.1', 1],
      ['1.1.1.1.1', 2],
      ['1.1.1.1.2', 2],
      ['1.2', 1],
    ]);
    const links = index.comments.filter((_, i) => continuesChain(index, i)).map((c) => c.id);
    expect(links).toEqual(['1.1.1', '1.1.1.1']);
  });

  it('keeps a 5,000-deep chain at the indent of its top-level comment', () => {
    const index = buildThreadIndex(makeChain(5000));
    expect(indentOf(index, 4999)).toBe(0);
    expect(continuesChain(index, 4999)).toBe(true);
    expect(continuesChain(index, 0)).toBe(false);
  });

  it('grows by one a level where every level branches', () => {
    const index = comb(30);
    const spine = index.comments.findIndex((comment) => comment.id.split('.').length === 30);
    expect(indentOf(index, spine)).toBe(29);
  });

  it('is 0 and false for an index outside the thread', () => {
    const index = seedLike();
    expect(indentOf(index, 99)).toBe(0);
    expect(continuesChain(index, 99)).toBe(false);
  });
});

describe('replyCue', () => {
  it('marks each link of a chain, naming the parent or "the comment above"', () => {
    const index = seedLike();
    const { rows, positions } = shown(index);
    const cue = (id: string) => replyCue(index, byId(index, id), rows, positions);
    expect(cue('1')).toBeNull();
    // 1.1 is indented under 1, which has two replies: its place says whom it replies to.
    expect(cue('1.1')).toBeNull();
    expect(cue('1.1.1')).toEqual({ text: 'replying to the comment above', everywhere: true });
    expect(cue('1.1.1.1')).toEqual({ text: 'replying to cy', everywhere: true });
    expect(cue('1.1.1.1.2')).toBeNull();
  });

  it('stays short 5,000 levels down a chain', () => {
    const index = buildThreadIndex(makeChain(5000));
    const { rows, positions } = shown(index);
    expect(replyCue(index, 4999, rows, positions)).toEqual({
      text: 'replying to the comment above',
      everywhere: true,
    });
  });

  it('names the parent by its place among its siblings past the lines drawn', () => {
    const index = comb(WIDE_LEVELS + 3);
    const { rows, positions } = shown(index);
    // The spine's comment at depth d (1-based) is '1' followed by d - 1 times '.2'; its
    // replies are '….1' (a leaf) and '….2'. The leaf under the spine comment at depth d sits at
    // indent d; its parent is the second of two replies (or the top-level comment 1 of 1).
    const spine = (depth: number) => ['1', ...Array<string>(depth - 1).fill('2')].join('.');
    const leafUnder = (depth: number) => byId(index, `${spine(depth)}.1`);
    expect(indentOf(index, leafUnder(NARROW_LEVELS))).toBe(NARROW_LEVELS);
    expect(replyCue(index, leafUnder(NARROW_LEVELS), rows, positions)).toBeNull();
    expect(replyCue(index, leafUnder(NARROW_LEVELS + 1), rows, positions)).toEqual({
      text: 'replying to reply 2 of 2',
      everywhere: false,
    });
    expect(replyCue(index, leafUnder(WIDE_LEVELS), rows, positions)?.everywhere).toBe(false);
    expect(replyCue(index, leafUnder(WIDE_LEVELS + 1), rows, positions)).toEqual({
      text: 'replying to reply 2 of 2',
      everywhere: true,
    });
  });

  it('counts the place in the shown order', () => {
    //   1              indent 0, replies 1.1 and 1.2
    //     1.2          indent 1, replies 1.2.1 (score −5) and 1.2.2 (score 0)
    //       1.2.2      indent 2, replies 1.2.2.1 and 1.2.2.2
    //         1.2.2.2  indent 3: past NARROW_LEVELS, named by its parent's place
    const leaf = (score: number, children: Comment[] = []) =>
      makeComment('', score, null, children);
    const index = buildThreadIndex(
      numberComments([leaf(0, [leaf(0), leaf(0, [leaf(-5), leaf(0, [leaf(0), leaf(0)])])])]),
    );
    const cueIn = (sort: 'source' | 'top') => {
      const rows = visibleRows(index, orderThread(index, sort), expandAll(initialCollapseState()));
      const positions = rowPositions(rows, index.comments.length);
      return replyCue(index, byId(index, '1.2.2.2'), rows, positions);
    };
    expect(indentOf(index, byId(index, '1.2.2.2'))).toBe(NARROW_LEVELS + 1);
    expect(cueIn('source')).toEqual({ text: 'replying to reply 2 of 2', everywhere: false });
    // Sorted by score, 1.2.2 (0) comes before 1.2.1 (−5).
    expect(cueIn('top')).toEqual({ text: 'replying to reply 1 of 2', everywhere: false });
  });

  it('is null for an index outside the thread', () => {
    const index = seedLike();
    const { rows, positions } = shown(index);
    expect(replyCue(index, 99, rows, positions)).toBeNull();
  });
});

describe('labels in French and Italian', () => {
  afterEach(() => activateLanguage('en'));

  it('names an anonymous author and words the cues in the interface language', () => {
    const index = seedLike();
    const { rows, positions } = shown(index);
    const cue = (id: string) => replyCue(index, byId(index, id), rows, positions)?.text;
    activateLanguage('fr');
    expect(authorLabel(authored(null, '1'))).toBe('anonyme');
    expect(authorLabel(authored('ada', '1'))).toBe('ada');
    expect(cue('1.1.1')).toBe('en réponse au commentaire ci-dessus');
    expect(cue('1.1.1.1')).toBe('en réponse à cy');
    activateLanguage('it');
    expect(authorLabel(authored(null, '1'))).toBe('anonimo');
    expect(cue('1.1.1')).toBe('in risposta al commento qui sopra');
    expect(cue('1.1.1.1')).toBe('in risposta a cy');
  });

  it('names a parent past the lines by its place, numbers grouped as the language groups them', () => {
    // 1 has two replies; the second, 1.2, has 10,001; the last of them, 1.2.10001, has two. Its
    // first reply sits at indent 3 (1, 1.2 and 1.2.10001 branch), past NARROW_LEVELS.
    const leaf = () => makeComment('', 0, null);
    const fan = [
      ...Array.from({ length: 10_000 }, leaf),
      makeComment('', 0, null, [leaf(), leaf()]),
    ];
    const index = buildThreadIndex(
      numberComments([makeComment('', 0, null, [leaf(), makeComment('', 0, null, fan)])]),
    );
    const { rows, positions } = shown(index);
    const cue = () => replyCue(index, byId(index, '1.2.10001.1'), rows, positions)?.text;
    expect(indentOf(index, byId(index, '1.2.10001.1'))).toBe(NARROW_LEVELS + 1);
    expect(cue()).toBe('replying to reply 10,001 of 10,001');
    activateLanguage('fr');
    expect(cue()).toBe('en réponse à la réponse 10\u202f001 sur 10\u202f001');
    activateLanguage('it');
    expect(cue()).toBe('in risposta alla risposta 10.001 di 10.001');
  });
});

describe('ancestorLines', () => {
  it('lists the branching ancestors outermost first, with their authors', () => {
    const index = seedLike();
    expect(ancestorLines(index, 0)).toEqual([]);
    expect(ancestorLines(index, byId(index, '1.1.1.1'))).toEqual([{ id: '1', author: 'ada' }]);
    expect(ancestorLines(index, byId(index, '1.1.1.1.2'))).toEqual([
      { id: '1', author: 'ada' },
      { id: '1.1.1.1', author: null },
    ]);
  });

  it('draws no line down a chain however deep', () => {
    const index = buildThreadIndex(makeChain(5000));
    expect(ancestorLines(index, 4999)).toEqual([]);
  });

  it('stops at the nearest WIDE_LEVELS where every level branches', () => {
    const index = comb(WIDE_LEVELS + 5);
    const deepest = index.comments.findIndex((c) => c.id.split('.').length === WIDE_LEVELS + 5);
    const lines = ancestorLines(index, deepest);
    expect(lines).toHaveLength(WIDE_LEVELS);
    expect(lines.at(-1)?.id).toBe(index.comments[index.parent[deepest]!]!.id);
    expect(lines[0]?.id.split('.')).toHaveLength(5);
  });

  it('gives the same array again, so a memoised row need not re-render', () => {
    const index = comb(20);
    expect(ancestorLines(index, 12)).toBe(ancestorLines(index, 12));
  });
});
