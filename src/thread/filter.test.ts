import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Comment } from '../parser/types';
import {
  filterMatches,
  formatFilter,
  matchesFilter,
  parseFilter,
  type CommentFilter,
} from './filter';
import { displayOrder, orderThread } from './sort';
import { makeComment, numberComments } from './testTrees';
import { buildThreadIndex } from './threadIndex';
import { postedAtTime } from './time';

const quoting = (comment: Comment, author: string | null, quoted: string): Comment => ({
  ...comment,
  author,
  quote: { author: quoted, text: 'quoted', commentId: null },
});

// 1 (-12, 09:32) ─ 1.1 (+7, 09:44, Ann quoting Bob) ─ 1.1.1 (-14, a day only)
//                └ 1.2 (+8, undated, unnamed quoting Bob)
// 2 (0, 10:04)
function tree() {
  const comments = numberComments([
    makeComment('', -12, '2022-01-22T09:32', [
      quoting(
        makeComment('', 7, '2022-01-22T09:44', [makeComment('', -14, '2022-01-22')]),
        'Ann',
        'Bob',
      ),
      quoting(makeComment('', 8, null), null, 'Bob'),
    ]),
    makeComment('', 0, '2022-01-22T10:04'),
  ]);
  return buildThreadIndex(comments);
}

const matchedIds = (filter: CommentFilter, sort: 'source' | 'top' = 'source') => {
  const index = tree();
  const display = displayOrder(orderThread(index, sort), index.comments.length);
  return [...filterMatches(filter, index, display)].map((i) => index.comments[i]!.id);
};

describe('parseFilter', () => {
  it('reads each kind', () => {
    expect(parseFilter('score:-14..-10')).toEqual({ kind: 'score', min: -14, max: -10 });
    expect(parseFilter('score:+3..3')).toEqual({ kind: 'score', min: 3, max: 3 });
    expect(parseFilter('depth:3')).toEqual({ kind: 'depth', depth: 3 });
    expect(parseFilter('time:2022-01-22T09:00..2022-01-22T10:00')).toEqual({
      kind: 'time',
      from: Date.UTC(2022, 0, 22, 9),
      to: Date.UTC(2022, 0, 22, 10),
    });
    expect(parseFilter('quote:Ann>Bob')).toEqual({ kind: 'quote', from: 'Ann', to: 'Bob' });
    expect(parseFilter('quote:>Mikha%C3%AFl%20L.')).toEqual({
      kind: 'quote',
      from: null,
      to: 'Mikhaïl L.',
    });
  });

  it('names no filter for missing, unknown, malformed or empty values', () => {
    for (const value of [
      null,
      '',
      'score',
      'score:',
      'score:1..',
      'score:5..1',
      'score:1.5..2',
      'score:1..2..3',
      'depth:0',
      'depth:-1',
      'depth:x',
      'time:2022-01-22T10:00..2022-01-22T09:00',
      'time:2022-01-22T09:00..yesterday',
      'quote:Ann',
      'quote:Ann>',
      'quote:%E0%A4%A>Bob',
      'colour:red',
    ]) {
      expect(parseFilter(value), String(value)).toBeNull();
    }
  });

  it('reads back whatever formatFilter writes', () => {
    const filter = fc.oneof(
      fc
        .tuple(fc.integer({ min: -1e6, max: 1e6 }), fc.nat(1e6))
        .map(([min, width]): CommentFilter => ({ kind: 'score', min, max: min + width })),
      fc.integer({ min: 1, max: 5000 }).map((depth): CommentFilter => ({ kind: 'depth', depth })),
      fc
        .tuple(fc.integer({ min: 0, max: 60_000_000 }), fc.integer({ min: 1, max: 100_000 }))
        .map(([from, minutes]): CommentFilter => ({
          kind: 'time',
          from: from * 60_000,
          to: (from + minutes) * 60_000,
        })),
      fc
        .tuple(fc.option(fc.string({ minLength: 1 })), fc.string({ minLength: 1 }))
        .map(([from, to]): CommentFilter => ({ kind: 'quote', from, to })),
    );
    fc.assert(
      fc.property(filter, (f) => {
        expect(parseFilter(formatFilter(f))).toEqual(f);
      }),
    );
  });
});

describe('matchesFilter and filterMatches', () => {
  it('takes scores in the inclusive range', () => {
    expect(matchedIds({ kind: 'score', min: -14, max: -12 })).toEqual(['1', '1.1.1']);
    expect(matchedIds({ kind: 'score', min: 0, max: 0 })).toEqual(['2']);
  });

  it('gives the matches in display order', () => {
    // Top first: 2 (0) before 1 (-12); under 1, 1.2 (+8) before 1.1 (+7).
    expect(matchedIds({ kind: 'score', min: -20, max: 20 }, 'top')).toEqual([
      '2',
      '1',
      '1.2',
      '1.1',
      '1.1.1',
    ]);
  });

  it('takes one level', () => {
    expect(matchedIds({ kind: 'depth', depth: 2 })).toEqual(['1.1', '1.2']);
    expect(matchedIds({ kind: 'depth', depth: 9 })).toEqual([]);
  });

  it('takes times in [from, to), a day alone at its midnight, never the undated', () => {
    const from = postedAtTime('2022-01-22T09:32');
    expect(matchedIds({ kind: 'time', from, to: postedAtTime('2022-01-22T10:04') })).toEqual([
      '1',
      '1.1',
    ]);
    expect(matchedIds({ kind: 'time', from: postedAtTime('2022-01-22'), to: from })).toEqual([
      '1.1.1',
    ]);
  });

  it('takes quotes by author pair, an unnamed author as null', () => {
    expect(matchedIds({ kind: 'quote', from: 'Ann', to: 'Bob' })).toEqual(['1.1']);
    expect(matchedIds({ kind: 'quote', from: null, to: 'Bob' })).toEqual(['1.2']);
    expect(matchedIds({ kind: 'quote', from: 'Bob', to: 'Ann' })).toEqual([]);
  });

  it('is false for an index outside the thread', () => {
    expect(matchesFilter({ kind: 'depth', depth: 1 }, tree(), 99)).toBe(false);
  });
});
