import { activateLanguage } from '../locales/testing';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
// describeFound's messages are in the deferred catalogue (lingui.config.ts).
import type { Comment } from '../parser/types';
import { expandAll, initialCollapseState } from './collapse';
import {
  buildSearchIndex,
  describeFound,
  findMatches,
  type Found,
  matchAt,
  matchNumber,
  search as searchFor,
  searchIndexBuilder,
  step,
  stepMatch,
} from './search';
import {
  commentMatches,
  commentOccurrences,
  fieldOfOccurrence,
  firstMatchNumbers,
  foldText,
  occurrencesIn,
} from './searchText';
import { displayOrder, orderThread, SORT_MODES } from './sort';
import { makeComment, makeFlat, threadArbitrary } from './testTrees';
import { buildThreadIndex } from './threadIndex';
import { visibleRows } from './visibleRows';

const withText = (
  comment: Comment,
  paragraphs: string[],
  extra: Partial<Pick<Comment, 'author' | 'quote'>> = {},
): Comment => Object.assign(comment, { paragraphs }, extra);

// 1 ─┬─ 1.1
//    └─ 1.2
// 2
const sample = () => [
  withText(
    makeComment('1', 5, null, [
      withText(makeComment('1.1', 9, null), ['Lavrov a répondu.', 'Encore LAVROV !'], {
        author: 'Mikhaïl L.',
        quote: { author: 'Mikhaïl L.', text: 'La réponse de Lavrov', commentId: '1' },
      }),
      withText(makeComment('1.2', -3, null), ['Rien à voir.']),
    ]),
    ['La réponse\nde Lavrov arrive.'],
  ),
  withText(makeComment('2', 7, null), ['Réponse\u00a0? Aucune.']),
];

describe('foldText', () => {
  it('ignores case, accents and kinds of white space, keeping every offset', () => {
    expect(foldText('Réponse\u00a0? Non.\nOui\tbien\u202f!')).toBe('reponse ? non. oui bien !');
    expect(foldText('Ça gèle à Noël, señor Müller; Ёлка')).toBe(
      'ca gele a noel, senor muller; елка',
    );
    // Letters without a decomposition stay, and so does Russian й, a letter of its own.
    expect(foldText('Straße, Æsir, Øre, łódź, мой')).toBe('straße, æsir, øre, łodz, мой');
    for (const text of ['İstanbul', 'ΣΊΣΥΦΟΣ', 'Straße', '𐐀𐐁', 'ǅ', 'ǄŒĳ', 'Ḝḝ Ỳỹ'])
      expect(foldText(text)).toHaveLength(text.length);
    expect(foldText('İSTANBUL')).toBe('istanbul');
  });
});

describe('search', () => {
  const index = buildThreadIndex(sample());
  const search = buildSearchIndex(index.comments);
  const source = displayOrder(orderThread(index, 'source'), index.comments.length);
  const ids = (list: Int32Array) => [...list].map((i) => index.comments[i]!.id);

  it('finds text in paragraphs, quotes and authors, whatever the case', () => {
    const matches = findMatches(search, source, 'lavrov');
    // 1: its paragraph; 1.1: the quote and both paragraphs.
    expect(ids(matches.comments)).toEqual(['1', '1.1']);
    expect([...matches.before]).toEqual([0, 1, 4]);
    expect(matches.total).toBe(4);
    expect(findMatches(search, source, 'MIKHAÏL').total).toBe(2);
  });

  it('matches with or without accents, and marks the accented text where it is', () => {
    expect(ids(findMatches(search, source, 'reponse de lavrov').comments)).toEqual(['1', '1.1']);
    expect(findMatches(search, source, 'mikhail').total).toBe(2);
    expect(findMatches(search, source, 'REPONSE').total).toBe(
      findMatches(search, source, 'réponse').total,
    );
    const text = 'La réponse de Lavrov. Réponse ?';
    expect(occurrencesIn(text, foldText('reponse'))).toEqual([3, 22]);
    expect(text.slice(3, 3 + 'reponse'.length)).toBe('réponse');
  });

  it('matches across a line break or a no-break space as across a space', () => {
    expect(ids(findMatches(search, source, 'réponse de lavrov').comments)).toEqual(['1', '1.1']);
    expect(ids(findMatches(search, source, 'réponse ?').comments)).toEqual(['2']);
  });

  it('never matches across two fields or two comments', () => {
    expect(findMatches(search, source, 'l. mikhaïl').total).toBe(0);
    expect(findMatches(search, source, 'répondu. encore').total).toBe(0);
    expect(findMatches(search, source, 'arrive. rien').total).toBe(0);
  });

  it('finds nothing for an empty or blank query', () => {
    expect(findMatches(search, source, '').total).toBe(0);
    expect(findMatches(search, source, '   ').total).toBe(0);
  });

  it('lists matches in the order the thread is shown', () => {
    const top = displayOrder(orderThread(index, 'top'), index.comments.length);
    expect(ids(top)).toEqual(['2', '1', '1.1', '1.2']);
    expect(ids(findMatches(search, top, 'r').comments)).toEqual(['2', '1', '1.1', '1.2']);
  });

  it('names each match by its comment and its place in it, and back', () => {
    const matches = findMatches(search, source, 'lavrov');
    expect(matchAt(matches, 0)).toEqual({ comment: 0, occurrence: 0 });
    expect(matchAt(matches, 1)).toEqual({ comment: 1, occurrence: 0 });
    expect(matchAt(matches, 3)).toEqual({ comment: 1, occurrence: 2 });
    expect(matchAt(matches, 4)).toBeNull();
    expect(matchAt(matches, -1)).toBeNull();
    expect(matchNumber(matches, { comment: 1, occurrence: 2 })).toBe(3);
    expect(matchNumber(matches, { comment: 1, occurrence: 3 })).toBe(-1);
    expect(matchNumber(matches, { comment: 3, occurrence: 0 })).toBe(-1);
  });

  it('steps forwards and backwards with wrap-around', () => {
    expect(stepMatch(0, 4, 1)).toBe(1);
    expect(stepMatch(3, 4, 1)).toBe(0);
    expect(stepMatch(0, 4, -1)).toBe(3);
    expect(stepMatch(-1, 4, 1)).toBe(0);
    expect(stepMatch(0, 0, 1)).toBe(-1);
  });

  it('starts on the first match, steps, and keeps its match through a re-sort', () => {
    // 'réponse' is in 1, in the quote in 1.1 and in 2.
    const first = searchFor(search, source, 'réponse', null);
    expect(describeFound(first)).toBe('1 of 3');
    expect(matchAt(first.matches, first.current)).toEqual({ comment: 0, occurrence: 0 });
    const second = step(first, 1);
    expect(matchAt(second.matches, second.current)).toEqual({ comment: 1, occurrence: 0 });
    expect(describeFound(step(second, 1))).toBe('3 of 3');
    expect(describeFound(step(first, -1))).toBe('3 of 3');
    // Sorted by top, 2 comes first: the match in 1.1 is now the third.
    const top = displayOrder(orderThread(index, 'top'), index.comments.length);
    const resorted = searchFor(search, top, 'réponse', second);
    expect(matchAt(resorted.matches, resorted.current)).toEqual({ comment: 1, occurrence: 0 });
    expect(describeFound(resorted)).toBe('3 of 3');
    // Another query starts over.
    expect(searchFor(search, top, 'rien', second).current).toBe(0);
    const none = searchFor(search, top, 'nothing at all', null);
    expect(describeFound(none)).toBe('No matches');
    expect(none.current).toBe(-1);
  });

  it('gives the offsets to highlight in each field, as many as the index counts', () => {
    const comment = index.comments[1]!;
    const { query } = findMatches(search, source, 'Lavrov');
    expect(commentOccurrences(comment, query)).toEqual([[], [], [14], [0], [7]]);
    expect(firstMatchNumbers([[], [], [14], [0], [7]])).toEqual([0, 0, 0, 1, 2]);
    // Which field holds each match: a long comment shows the page of paragraphs holding it.
    expect([0, 1, 2, 3, -1].map((n) => fieldOfOccurrence([[], [], [14], [0], [7]], n))).toEqual([
      2, 3, 4, -1, -1,
    ]);
    expect(fieldOfOccurrence([[1, 5], [], [3, 9, 12]], 3)).toBe(2);
    expect(occurrencesIn('aaaa', 'aa')).toEqual([0, 2]);
    expect(occurrencesIn('abc', '')).toEqual([]);
    // All three at once, as a row asks for them: its second match is in the first paragraph.
    expect(commentMatches(comment, query, 1)).toEqual({
      found: [[], [], [14], [0], [7]],
      first: [0, 0, 0, 1, 2],
      currentField: 3,
    });
    expect(commentMatches(comment, query, 3).currentField).toBe(-1);
  });

  it('builds the same index in slices as at once', () => {
    const builder = searchIndexBuilder(index.comments, 1);
    let slices = 0;
    let step = builder.next();
    for (; !step.done; step = builder.next()) slices++;
    expect(slices).toBe(index.comments.length);
    expect(step.value).toEqual(search);
  });
});

describe('describeFound in French and Italian', () => {
  afterEach(() => activateLanguage('en'));
  // describeFound reads only the total and the current match.
  const found = (current: number, total: number): Found => ({
    text: 'x',
    matches: { query: 'x', comments: new Int32Array(0), before: new Int32Array(1), total },
    current,
  });

  it('says where the reader is, numbers grouped as the language groups them', () => {
    expect(describeFound(found(1233, 20_000))).toBe('1,234 of 20,000');
    activateLanguage('fr');
    expect(describeFound(found(1233, 20_000))).toBe('1\u202f234 sur 20\u202f000');
    expect(describeFound(found(-1, 0))).toBe('Aucun résultat');
    activateLanguage('it');
    expect(describeFound(found(1233, 20_000))).toBe('1234 di 20.000');
    expect(describeFound(found(-1, 0))).toBe('Nessun risultato');
  });
});

describe('search invariants', () => {
  const words = ['ab', 'b', 'Ba', 'a b', 'c'];
  const threadWithText = fc
    .tuple(threadArbitrary(60), fc.array(fc.array(fc.constantFrom(...words), { maxLength: 6 })))
    .map(([topLevel, texts]) => {
      const index = buildThreadIndex(topLevel);
      index.comments.forEach((comment, i) => {
        const text = texts[i % Math.max(1, texts.length)] ?? [];
        (comment as { paragraphs: string[] }).paragraphs = [text.join(''), text.join(' ')];
        if (i % 3 === 0) (comment as { author: string | null }).author = text.join('');
      });
      return index;
    });

  it('counts what a comment-by-comment search finds, in display order', () => {
    fc.assert(
      fc.property(
        threadWithText,
        fc.constantFrom(...SORT_MODES),
        fc.constantFrom('a', 'b', 'ab', 'a b', 'bab', 'C'),
        (index, mode, query) => {
          const order = orderThread(index, mode);
          const display = displayOrder(order, index.comments.length);
          // With everything expanded the visible rows are the display order.
          const rows = visibleRows(index, order, expandAll(initialCollapseState()));
          expect([...display]).toEqual(rows.map((row) => row.index));

          const matches = findMatches(buildSearchIndex(index.comments), display, query);
          const folded = foldText(query);
          const expected: [number, number][] = [];
          for (const i of display) {
            const count = commentOccurrences(index.comments[i]!, folded).flat().length;
            if (count > 0) expected.push([i, count]);
          }
          expect([...matches.comments]).toEqual(expected.map(([i]) => i));
          expect(matches.total).toBe(expected.reduce((sum, [, count]) => sum + count, 0));
          for (let k = 0; k < matches.total; k++) {
            const position = matchAt(matches, k)!;
            expect(matchNumber(matches, position)).toBe(k);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('searches 100,000 comments', () => {
    const index = buildThreadIndex(makeFlat(100_000));
    for (const comment of index.comments)
      (comment as { paragraphs: string[] }).paragraphs = [`Comment ${comment.id}`];
    const search = buildSearchIndex(index.comments);
    const order = displayOrder(orderThread(index, 'top'), index.comments.length);
    // Comment 9999 and Comment 99990 … 99999.
    const matches = findMatches(search, order, 'comment 9999');
    expect(matches.total).toBe(11);
    expect(findMatches(search, order, 'comment').total).toBe(100_000);
  });
});
