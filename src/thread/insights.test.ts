import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Comment, ParsedDocument } from '../parser/types';
import {
  computeInsights,
  insightsInputBuilder,
  packQuoteLinks,
  readQuoteLinks,
  type BuiltInsightsInput,
  type InsightsInput,
  type QuoteLink,
  type ThreadInsights,
} from './insights';
import { makeChain, makeComment, numberComments, runToEnd, threadArbitrary } from './testTrees';
import { buildThreadIndex, type ThreadIndex } from './threadIndex';
import { postedAtTime } from './time';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** 2022-01-22T00:00 as InsightsInput.time reads it. */
const JAN_22 = Date.UTC(2022, 0, 22);

type Spec = {
  score?: readonly number[];
  depth?: readonly number[];
  parent?: readonly number[];
  descendants?: readonly number[];
  /** NaN for undated. */
  time?: readonly number[];
  /** Defaults to 1 for every dated comment. */
  hasTime?: readonly number[];
  quotes?: readonly QuoteLink[];
};

/** An input of `count` comments: top level, score 0, no replies, undated, unless `spec` says. */
function inputOf(count: number, spec: Spec = {}): InsightsInput {
  const time = Float64Array.from(spec.time ?? new Array<number>(count).fill(Number.NaN));
  return {
    score: Int32Array.from(spec.score ?? new Array<number>(count).fill(0)),
    depth: Int32Array.from(spec.depth ?? new Array<number>(count).fill(1)),
    parent: Int32Array.from(spec.parent ?? new Array<number>(count).fill(-1)),
    descendants: Int32Array.from(spec.descendants ?? new Array<number>(count).fill(0)),
    time,
    hasTime: Uint8Array.from(spec.hasTime ?? Array.from(time, (t) => (Number.isNaN(t) ? 0 : 1))),
    quotes: packQuoteLinks(spec.quotes ?? []),
  };
}

/** Comments at these minutes after 2022-01-22T00:00, in index order. */
function atMinutes(minutes: readonly number[]): InsightsInput {
  return inputOf(minutes.length, { time: minutes.map((m) => JAN_22 + m * MINUTE) });
}

function scoresOf(scores: readonly number[]) {
  return computeInsights(inputOf(scores.length, { score: scores })).scores;
}

/** Every number anywhere in a value, with its path. */
function numbersIn(value: unknown, path = ''): [string, number][] {
  if (typeof value === 'number') return [[path, value]];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => numbersIn(inner, `${path}.${key}`));
}

/** The builder run to its end. */
function built(topLevel: readonly Comment[]): BuiltInsightsInput {
  return runToEnd(insightsInputBuilder(topLevel));
}

/** The input of a thread. */
function insightsInput(topLevel: readonly Comment[]): InsightsInput {
  return built(topLevel).input;
}

/**
 * The input as the obvious single pass over a ThreadIndex reads it: what the stepwise builder
 * must equal.
 */
function referenceInput(index: ThreadIndex): InsightsInput {
  const { comments } = index;
  const quotes: QuoteLink[] = [];
  comments.forEach((comment, i) => {
    const quote = comment.quote;
    if (quote === null) return;
    const to = quote.commentId === null ? -1 : (index.indexById.get(quote.commentId) ?? -1);
    quotes.push({ from: i, to, fromAuthor: comment.author, toAuthor: quote.author });
  });
  const times = comments.map((comment) => postedAtTime(comment.postedAt));
  return {
    score: Int32Array.from(comments, (comment) =>
      Math.min(2 ** 31 - 1, Math.max(-(2 ** 31), comment.score)),
    ),
    depth: index.depth,
    parent: index.parent,
    descendants: index.descendantCount,
    time: Float64Array.from(times),
    hasTime: Uint8Array.from(comments, (comment, i) =>
      comment.postedAt?.length === 16 && !Number.isNaN(times[i]) ? 1 : 0,
    ),
    quotes: packQuoteLinks(quotes),
  };
}

describe('insightsInputBuilder', () => {
  it('reads scores, tree shape, dates and quotes in preorder', () => {
    const quoter = makeComment('', 3, '2022-01-22', []);
    quoter.author = 'Ann';
    quoter.quote = { author: 'Bob', text: 'x', commentId: '1' };
    const lost = makeComment('', -2, null);
    lost.quote = { author: 'Cy', text: 'y', commentId: null };
    const stray = makeComment('', 0, '2022-02-30T10:00');
    stray.quote = { author: 'Dee', text: 'z', commentId: '9.9' };
    const topLevel = numberComments([
      makeComment('', 5, '2022-01-22T09:32', [quoter, lost]),
      stray,
    ]);
    const { input, comments } = built(topLevel);

    expect(comments.map((comment) => comment.id)).toEqual(['1', '1.1', '1.2', '2']);
    expect([...input.score]).toEqual([5, 3, -2, 0]);
    expect([...input.depth]).toEqual([1, 2, 2, 1]);
    expect([...input.parent]).toEqual([-1, 0, 0, -1]);
    expect([...input.descendants]).toEqual([2, 0, 0, 0]);
    expect([...input.time]).toEqual([
      Date.UTC(2022, 0, 22, 9, 32),
      Date.UTC(2022, 0, 22),
      Number.NaN,
      Number.NaN, // 30 February
    ]);
    expect([...input.hasTime]).toEqual([1, 0, 0, 0]);
    expect(readQuoteLinks(input.quotes)).toEqual([
      { from: 1, to: 0, fromAuthor: 'Ann', toAuthor: 'Bob' },
      { from: 2, to: -1, fromAuthor: null, toAuthor: 'Cy' },
      { from: 3, to: -1, fromAuthor: null, toAuthor: 'Dee' },
    ]);
  });

  it('resolves a quote to the first of equal ids, and to a comment further on', () => {
    const early = makeComment('', 0, null);
    early.quote = { author: 'Eve', text: 'x', commentId: '2' };
    const topLevel = numberComments([early, makeComment('', 0, null), makeComment('', 0, null)]);
    // Two comments named '2' (a malformed document): the first keeps the id, as in the reader.
    topLevel[2]!.id = '2';
    expect(readQuoteLinks(insightsInput(topLevel).quotes)).toEqual([
      { from: 0, to: 1, fromAuthor: null, toAuthor: 'Eve' },
    ]);
  });

  it('gives every date the time postedAtTime gives it, years 0–99 included', () => {
    const dates = [
      '2022-01-22T09:32',
      '2024-02-29T23:59',
      '1999-12-31',
      '0099-03-01T10:00',
      '0000-01-01',
      '0100-06-15T00:01',
      '2023-02-29',
      'junk',
      null,
    ];
    const input = insightsInput(numberComments(dates.map((date) => makeComment('', 0, date))));
    expect([...input.time]).toEqual(dates.map(postedAtTime));
    // Date.UTC alone would put it in 1999.
    expect(new Date(input.time[3]!).toISOString()).toBe('0099-03-01T10:00:00.000Z');
    expect([...input.hasTime]).toEqual([1, 1, 0, 1, 0, 1, 0, 0, 0]);
  });

  it('clamps scores to the int32 range', () => {
    const input = insightsInput(
      numberComments([makeComment('', 3e9, null), makeComment('', -3e9, null)]),
    );
    expect([...input.score]).toEqual([2_147_483_647, -2_147_483_648]);
  });

  it('gives arrays of exactly one entry per comment, past its first capacity', () => {
    const input = insightsInput(makeChain(1500));
    expect(input.depth).toHaveLength(1500);
    expect(input.time.buffer.byteLength).toBe(1500 * 8);
    expect(input.depth[1499]).toBe(1500);
    expect(input.descendants[0]).toBe(1499);
  });

  it('pauses inside a single subtree: a 5,000-deep chain is read in many steps', () => {
    const steps = insightsInputBuilder(makeChain(5000));
    let pauses = 0;
    for (let step = steps.next(); step.done !== true; step = steps.next()) pauses++;
    // A step reads 512 comments: 9 pauses in each walk (the count, the fill), 9 more counting
    // descendants. A builder that cut only between top-level subtrees would not pause at all.
    expect(pauses).toBe(27);
  });

  it('equals a single pass over buildThreadIndex for any thread, quotes included', () => {
    fc.assert(
      fc.property(threadArbitrary(200, { quotes: true }), (topLevel) => {
        const index = buildThreadIndex(topLevel);
        const { input, comments } = built(topLevel);
        expect(comments).toEqual(index.comments);
        expect(input).toEqual(referenceInput(index));
      }),
    );
  });

  it('has quotes to resolve in the threads the property above draws', () => {
    // Guards the property against an arbitrary that stopped drawing quotes.
    const samples = fc.sample(threadArbitrary(200, { quotes: true }), { numRuns: 100, seed: 12 });
    const quotes = samples.flatMap((topLevel) => readQuoteLinks(insightsInput(topLevel).quotes));
    expect(quotes.some((quote) => quote.to > 0 && quote.to !== quote.from)).toBe(true);
    expect(quotes.some((quote) => quote.to === -1)).toBe(true);
  });
});

describe('computeInsights: scores', () => {
  it('gives one bin per score when the scores span at most 30 values', () => {
    const scores = scoresOf([-10, 19, 0, 0, 19]);
    expect(scores.bins).toHaveLength(30);
    expect(scores.bins[0]).toEqual({ x0: -10, x1: -9, count: 1 });
    expect(scores.bins[10]).toEqual({ x0: 0, x1: 1, count: 2 });
    expect(scores.bins[29]).toEqual({ x0: 19, x1: 20, count: 2 });
    expect(scores.bins.filter((b) => b.count === 0)).toHaveLength(27);
    expect([scores.min, scores.max, scores.median]).toEqual([-10, 19, 0]);
  });

  it('uses a nice integer width for wider spans', () => {
    // 201 values: tickIncrement(-100, 101, 25) = 10.
    const wide = scoresOf([-100, 0, 5, 100]);
    expect(wide.bins).toHaveLength(21);
    expect(wide.bins[0]).toEqual({ x0: -100, x1: -90, count: 1 });
    expect(wide.bins[10]).toEqual({ x0: 0, x1: 10, count: 2 });
    expect(wide.bins[20]).toEqual({ x0: 100, x1: 110, count: 1 });
    expect(wide.median).toBe(2.5);

    // 53 values: width 2, edges on even numbers, so -7 falls in [-8, -6) and 45 in [44, 46).
    const odd = scoresOf([-7, 45]);
    expect(odd.bins).toHaveLength(27);
    expect(odd.bins[0]).toEqual({ x0: -8, x1: -6, count: 1 });
    expect(odd.bins[26]).toEqual({ x0: 44, x1: 46, count: 1 });
    expect(odd.median).toBe(19);
  });

  it('bins huge scores in a few dozen bins', () => {
    // 2,000,001 values: tickIncrement(-1e6, 1e6 + 1, 25) = 100,000.
    const huge = scoresOf([-1_000_000, 0, 1_000_000]);
    expect(huge.bins).toHaveLength(21);
    expect(huge.bins[0]).toEqual({ x0: -1_000_000, x1: -900_000, count: 1 });
    expect(huge.bins[10]).toEqual({ x0: 0, x1: 100_000, count: 1 });
    expect(huge.bins[20]).toEqual({ x0: 1_000_000, x1: 1_100_000, count: 1 });
    expect([huge.min, huge.max, huge.median]).toEqual([-1_000_000, 1_000_000, 0]);

    // The most bins: a span of 758,400 gives a raw width of 31,600 (just under √10 × 10^4),
    // taken down to 20,000; edges on multiples of it add a 39th bin.
    const most = scoresOf([-580_001, 178_398]);
    expect(most.bins).toHaveLength(39);
    expect(most.bins[0]).toEqual({ x0: -600_000, x1: -580_000, count: 1 });
    expect(most.bins.at(-1)).toEqual({ x0: 160_000, x1: 180_000, count: 1 });

    const extreme = scoresOf([-2_147_483_648, 2_147_483_647]);
    expect(extreme.bins.length).toBeLessThanOrEqual(39);
    expect(extreme.bins.reduce((sum, b) => sum + b.count, 0)).toBe(2);
  });

  it('takes the mean of the two middle scores for an even count', () => {
    expect(scoresOf([10, 1, 4, 2]).median).toBe(3);
    expect(scoresOf([7]).median).toBe(7);
  });
});

describe('computeInsights: activity', () => {
  it('bins by the hour, empty hours included, when every comment has a time within 72 hours', () => {
    const activity = computeInsights(atMinutes([9 * 60 + 32, 9 * 60 + 59, 12 * 60])).activity;
    expect(activity.unit).toBe('hour');
    expect(activity.bins).toEqual([
      { x0: JAN_22 + 9 * HOUR, x1: JAN_22 + 10 * HOUR, count: 2 },
      { x0: JAN_22 + 10 * HOUR, x1: JAN_22 + 11 * HOUR, count: 0 },
      { x0: JAN_22 + 11 * HOUR, x1: JAN_22 + 12 * HOUR, count: 0 },
      { x0: JAN_22 + 12 * HOUR, x1: JAN_22 + 13 * HOUR, count: 1 },
    ]);
  });

  it('keeps hours for a span of exactly 72 hours and takes days beyond', () => {
    const exactly = computeInsights(atMinutes([30, 30 + 72 * 60])).activity;
    expect(exactly.unit).toBe('hour');
    expect(exactly.bins).toHaveLength(73);
    const longer = computeInsights(atMinutes([30, 31 + 72 * 60])).activity;
    expect(longer.unit).toBe('day');
    expect(longer.bins).toEqual([
      { x0: JAN_22, x1: JAN_22 + DAY, count: 1 },
      { x0: JAN_22 + DAY, x1: JAN_22 + 2 * DAY, count: 0 },
      { x0: JAN_22 + 2 * DAY, x1: JAN_22 + 3 * DAY, count: 0 },
      { x0: JAN_22 + 3 * DAY, x1: JAN_22 + 4 * DAY, count: 1 },
    ]);
  });

  it('takes days when a comment has a day only, and counts it at midnight', () => {
    const input = inputOf(3, {
      time: [JAN_22 + 23 * HOUR, JAN_22 + DAY, JAN_22 + DAY + 5 * HOUR],
      hasTime: [1, 0, 1],
    });
    const activity = computeInsights(input).activity;
    expect(activity.unit).toBe('day');
    expect(activity.bins).toEqual([
      { x0: JAN_22, x1: JAN_22 + DAY, count: 1 },
      { x0: JAN_22 + DAY, x1: JAN_22 + 2 * DAY, count: 2 },
    ]);
    // Gaps of 60 and 300 minutes, median 180: a 540-minute chapter gap holds all three.
    expect(activity.medianGapMinutes).toBe(180);
    expect(activity.chapterGapMinutes).toBe(540);
    expect(activity.chapters).toEqual([
      { start: JAN_22 + 23 * HOUR, end: JAN_22 + DAY + 5 * HOUR, count: 3, first: 0 },
    ]);
  });

  it('takes weeks (from Monday) past 1,000 days, months past 1,000 weeks', () => {
    const weeks = computeInsights(
      inputOf(2, { time: [Date.UTC(2020, 0, 1), Date.UTC(2023, 0, 1)], hasTime: [0, 0] }),
    ).activity;
    // 1,097 days; Monday 2019-12-30 to Monday 2022-12-26 is 156 weeks.
    expect(weeks.unit).toBe('week');
    expect(weeks.bins).toHaveLength(157);
    expect(weeks.bins[0]).toEqual({
      x0: Date.UTC(2019, 11, 30),
      x1: Date.UTC(2020, 0, 6),
      count: 1,
    });
    expect(weeks.bins.at(-1)).toEqual({
      x0: Date.UTC(2022, 11, 26),
      x1: Date.UTC(2023, 0, 2),
      count: 1,
    });

    const months = computeInsights(
      inputOf(2, { time: [Date.UTC(2000, 0, 15), Date.UTC(2050, 5, 1)] }),
    ).activity;
    // January 2000 to June 2050: 50 × 12 + 5 months after the first.
    expect(months.unit).toBe('month');
    expect(months.bins).toHaveLength(606);
    expect(months.bins[0]).toEqual({
      x0: Date.UTC(2000, 0, 1),
      x1: Date.UTC(2000, 1, 1),
      count: 1,
    });
  });

  it('bins a span of millennia (a mistyped year) in groups of years, at most 1,000 bins', () => {
    const activity = computeInsights(
      inputOf(2, { time: [postedAtTime('0001-01-01'), postedAtTime('9999-12-31')] }),
    ).activity;
    // 9,999 years: tickIncrement(0, 9999, 500) = 20, so bins of 20 years from year 0 to 10,000.
    expect(activity.unit).toBe('year');
    expect(activity.bins).toHaveLength(500);
    expect(activity.bins[0]).toEqual({
      x0: postedAtTime('0000-01-01'),
      x1: postedAtTime('0020-01-01'),
      count: 1,
    });
    expect(activity.bins.at(-1)?.x0).toBe(postedAtTime('9980-01-01'));
    expect(activity.bins.at(-1)?.count).toBe(1);
  });

  it('starts a chapter only after a gap longer than 60 minutes when the median gap is small', () => {
    // Gaps 1, 1, 1, 60, 61: median 1, so the 60-minute floor applies. Exactly 60 holds, 61 splits.
    const activity = computeInsights(atMinutes([0, 1, 2, 3, 63, 124])).activity;
    expect(activity.medianGapMinutes).toBe(1);
    expect(activity.chapterGapMinutes).toBe(60);
    expect(activity.chapters).toEqual([
      { start: JAN_22, end: JAN_22 + 63 * MINUTE, count: 5, first: 0 },
      { start: JAN_22 + 124 * MINUTE, end: JAN_22 + 124 * MINUTE, count: 1, first: 5 },
    ]);
  });

  it('uses three median gaps when that is longer than an hour', () => {
    // Gaps 30, 30, 30, 90, 91: median 30, chapter gap 90. Exactly 90 holds, 91 splits.
    const activity = computeInsights(atMinutes([0, 30, 60, 90, 180, 271])).activity;
    expect(activity.medianGapMinutes).toBe(30);
    expect(activity.chapterGapMinutes).toBe(90);
    expect(activity.chapters.map((c) => [c.count, c.first])).toEqual([
      [5, 0],
      [1, 5],
    ]);
  });

  it('names each chapter by its earliest comment, the lowest index among equal times', () => {
    // Index order is not time order: 3 and 1 both open the first chapter, at minute 0.
    const activity = computeInsights(atMinutes([200, 500, 10, 0, 0, 210])).activity;
    // Sorted 0, 0, 10, 200, 210, 500: gaps 0, 10, 190, 10, 290, median 10, chapter gap 60.
    expect(activity.medianGapMinutes).toBe(10);
    expect(activity.chapters).toEqual([
      { start: JAN_22, end: JAN_22 + 10 * MINUTE, count: 3, first: 3 },
      { start: JAN_22 + 200 * MINUTE, end: JAN_22 + 210 * MINUTE, count: 2, first: 0 },
      { start: JAN_22 + 500 * MINUTE, end: JAN_22 + 500 * MINUTE, count: 1, first: 1 },
    ]);
  });

  it('leaves undated comments out of bins and chapters, and counts them', () => {
    const input = inputOf(4, { time: [Number.NaN, JAN_22 + 5 * MINUTE, Number.NaN, JAN_22] });
    const activity = computeInsights(input).activity;
    expect(activity.dated).toBe(2);
    expect(activity.undated).toBe(2);
    expect(activity.bins).toEqual([{ x0: JAN_22, x1: JAN_22 + HOUR, count: 2 }]);
    expect(activity.chapters).toEqual([
      { start: JAN_22, end: JAN_22 + 5 * MINUTE, count: 2, first: 3 },
    ]);
  });

  it('has no gaps and one chapter for a single dated comment, nothing when none is dated', () => {
    const one = computeInsights(atMinutes([75])).activity;
    expect(one).toEqual({
      unit: 'hour',
      bins: [{ x0: JAN_22 + HOUR, x1: JAN_22 + 2 * HOUR, count: 1 }],
      chapters: [{ start: JAN_22 + 75 * MINUTE, end: JAN_22 + 75 * MINUTE, count: 1, first: 0 }],
      medianGapMinutes: null,
      chapterGapMinutes: null,
      dated: 1,
      undated: 0,
    });
    const none = computeInsights(inputOf(3)).activity;
    expect(none.bins).toEqual([]);
    expect(none.chapters).toEqual([]);
    expect([none.medianGapMinutes, none.chapterGapMinutes]).toEqual([null, null]);
    expect([none.dated, none.undated]).toEqual([0, 3]);
  });
});

describe('computeInsights: depths and subthreads', () => {
  it('counts every level from 1 to the deepest, empty ones included', () => {
    expect(computeInsights(inputOf(4, { depth: [1, 3, 3, 1] })).depths).toEqual([
      { depth: 1, count: 2 },
      { depth: 2, count: 0 },
      { depth: 3, count: 2 },
    ]);
  });

  it('ranks the largest subthreads by replies, ties to the earlier comment', () => {
    const insights = computeInsights(
      inputOf(8, { descendants: [3, 0, 5, 3, 1, 2, 2, 6], score: [0, 9, -10, 1, 4, -1, 2, -2] }),
    );
    expect(insights.largest.map((s) => [s.comment, s.replies])).toEqual([
      [7, 6],
      [2, 5],
      [0, 3],
      [3, 3],
      [5, 2],
      [6, 2],
      [4, 1],
    ]);
    expect(insights.largest[1]).toEqual({ comment: 2, replies: 5, score: -10, heat: 0.5 });
  });

  it('ranks the hottest by replies per point of |score|, among comments with 2 replies or more', () => {
    const insights = computeInsights(
      inputOf(8, { descendants: [3, 0, 5, 3, 1, 2, 2, 6], score: [0, 9, -10, 1, 4, -1, 2, -2] }),
    );
    // Heat: 7 → 6/2 = 3, 0 → 3/1 = 3, 3 → 3/1 = 3, 5 → 2, 6 → 1, 2 → 0.5; 4 has one reply.
    // Among the heat-3 ones, 7 has more replies; 0 and 3 tie and go by index.
    expect(insights.hottest.map((s) => [s.comment, s.heat])).toEqual([
      [7, 3],
      [0, 3],
      [3, 3],
      [5, 2],
      [6, 1],
      [2, 0.5],
    ]);
  });

  it('keeps the ten best of each list', () => {
    const descendants = Array.from({ length: 15 }, (_, i) => i + 2);
    const insights = computeInsights(inputOf(15, { descendants }));
    expect(insights.largest.map((s) => s.comment)).toEqual([14, 13, 12, 11, 10, 9, 8, 7, 6, 5]);
    expect(insights.hottest.map((s) => s.comment)).toEqual([14, 13, 12, 11, 10, 9, 8, 7, 6, 5]);
  });
});

describe('computeInsights: quotes', () => {
  it('counts quoted comments and who quotes whom', () => {
    const quotes: QuoteLink[] = [
      { from: 3, to: 0, fromAuthor: null, toAuthor: 'A' },
      { from: 4, to: 0, fromAuthor: 'B', toAuthor: 'A' },
      { from: 5, to: 2, fromAuthor: 'B', toAuthor: 'C' },
      { from: 6, to: -1, fromAuthor: 'B', toAuthor: 'A' },
      { from: 7, to: 2, fromAuthor: null, toAuthor: 'C' },
      { from: 8, to: 1, fromAuthor: 'A', toAuthor: 'B' },
    ];
    const insights = computeInsights(inputOf(9, { quotes }));
    expect(insights.mostQuoted).toEqual([
      { comment: 0, quotedBy: 2 },
      { comment: 2, quotedBy: 2 },
      { comment: 1, quotedBy: 1 },
    ]);
    expect(insights.quoteEdges).toEqual([
      { from: 'B', to: 'A', count: 2 },
      { from: 'A', to: 'B', count: 1 },
      { from: 'B', to: 'C', count: 1 },
      { from: null, to: 'A', count: 1 },
      { from: null, to: 'C', count: 1 },
    ]);
    expect(insights.quoteCount).toBe(6);
  });
});

describe('quote links', () => {
  const name = fc.string({ maxLength: 3 });
  const links = fc.array(
    fc.record({
      from: fc.nat(50),
      to: fc.integer({ min: -1, max: 50 }),
      fromAuthor: fc.option(name, { nil: null }),
      toAuthor: name,
    }),
    { maxLength: 40 },
  );

  it('give back the quotes they were packed from, each name held once', () => {
    fc.assert(
      fc.property(links, (quotes) => {
        const packed = packQuoteLinks(quotes);
        expect(readQuoteLinks(packed)).toEqual(quotes);
        expect(new Set(packed.authors).size).toBe(packed.authors.length);
        // Once posted (a structured clone, as to the worker), they read the same.
        expect(readQuoteLinks(structuredClone(packed))).toEqual(quotes);
      }),
    );
  });

  it('count who quotes whom as a count by the two names would', () => {
    fc.assert(
      fc.property(links, (quotes) => {
        const byNames = new Map<string, { from: string | null; to: string; count: number }>();
        for (const { fromAuthor, toAuthor } of quotes) {
          const key = JSON.stringify([fromAuthor, toAuthor]);
          const edge = byNames.get(key) ?? { from: fromAuthor, to: toAuthor, count: 0 };
          byNames.set(key, { ...edge, count: edge.count + 1 });
        }
        const { quoteEdges, quoteCount } = computeInsights(inputOf(51, { quotes }));
        expect(quoteCount).toBe(quotes.length);
        expect(new Set(quoteEdges.map((edge) => JSON.stringify(edge)))).toEqual(
          new Set([...byNames.values()].map((edge) => JSON.stringify(edge))),
        );
      }),
    );
  });
});

describe('computeInsights: whole threads', () => {
  it('gives empty figures, and no NaN, for a thread with no comments', () => {
    const empty: ThreadInsights = {
      commentCount: 0,
      scores: { bins: [], min: 0, max: 0, median: 0 },
      activity: {
        unit: 'hour',
        bins: [],
        chapters: [],
        medianGapMinutes: null,
        chapterGapMinutes: null,
        dated: 0,
        undated: 0,
      },
      depths: [],
      largest: [],
      hottest: [],
      mostQuoted: [],
      quoteEdges: [],
      quoteCount: 0,
    };
    expect(computeInsights(insightsInput([]))).toEqual(empty);
  });

  it('reads seed 000 as worked out by hand from its golden document', () => {
    const golden = fileURLToPath(
      new URL('../parser/golden/000_78ca0d792cd5fe59.json', import.meta.url),
    );
    const doc = JSON.parse(readFileSync(golden, 'utf8')) as ParsedDocument;
    const insights = computeInsights(insightsInput(doc.comments));
    const at = (day: number, hour: number, minute = 0) => Date.UTC(2022, 0, day, hour, minute);

    expect(insights.commentCount).toBe(20);

    // Sorted: -14 -12 -11 -10 -7 -5 -4, six 0s, 1 3 4 5 6 7 8.
    expect([insights.scores.min, insights.scores.max, insights.scores.median]).toEqual([-14, 8, 0]);
    expect(insights.scores.bins).toHaveLength(23);
    expect(insights.scores.bins.map((b) => b.x0)).toEqual(
      Array.from({ length: 23 }, (_, k) => k - 14),
    );
    expect(insights.scores.bins.every((b) => b.x1 === b.x0 + 1)).toBe(true);
    // prettier-ignore
    expect(insights.scores.bins.map((b) => b.count)).toEqual([
    // -14 -13 -12 -11 -10 -9 -8 -7 -6 -5 -4 -3 -2 -1  0  1  2  3  4  5  6  7  8
        1,  0,  1,  1,  1, 0, 0, 1, 0, 1, 1, 0, 0, 0, 6, 1, 0, 1, 1, 1, 1, 1, 1,
    ]);

    // 22 January 09:32 to 23 January 16:08: 30 h 36 min, so hours, 09:00 on the 22nd to 16:00
    // on the 23rd.
    const activity = insights.activity;
    expect(activity.unit).toBe('hour');
    expect([activity.dated, activity.undated]).toEqual([20, 0]);
    expect(activity.bins).toHaveLength(32);
    expect(activity.bins[0]?.x0).toBe(at(22, 9));
    expect(activity.bins.at(-1)?.x1).toBe(at(23, 17));
    const busy = activity.bins.filter((b) => b.count > 0).map((b) => [b.x0, b.count]);
    expect(busy).toEqual([
      [at(22, 9), 3],
      [at(22, 10), 4],
      [at(22, 12), 4],
      [at(22, 13), 2],
      [at(22, 15), 1],
      [at(23, 0), 1],
      [at(23, 3), 1],
      [at(23, 11), 2],
      [at(23, 13), 1],
      [at(23, 16), 1],
    ]);
    // Gaps, sorted: 0 2 2 3 3 4 8 11 12 17 27 33 107 129 143 151 155 477 552; the median is 17,
    // 3 × 17 = 51 < 60, so gaps over an hour cut: after 10:14, 13:17, 15:26, 00:38, 03:09,
    // 11:10 and 13:45.
    expect(activity.medianGapMinutes).toBe(17);
    expect(activity.chapterGapMinutes).toBe(60);
    expect(activity.chapters).toEqual([
      { start: at(22, 9, 32), end: at(22, 10, 14), count: 7, first: 0 },
      { start: at(22, 12, 1), end: at(22, 13, 17), count: 6, first: 8 },
      { start: at(22, 15, 26), end: at(22, 15, 26), count: 1, first: 9 },
      { start: at(23, 0, 38), end: at(23, 0, 38), count: 1, first: 16 },
      { start: at(23, 3, 9), end: at(23, 3, 9), count: 1, first: 18 },
      { start: at(23, 11, 6), end: at(23, 11, 10), count: 2, first: 6 },
      { start: at(23, 13, 45), end: at(23, 13, 45), count: 1, first: 19 },
      { start: at(23, 16, 8), end: at(23, 16, 8), count: 1, first: 5 },
    ]);

    expect(insights.depths).toEqual([
      { depth: 1, count: 5 },
      { depth: 2, count: 6 },
      { depth: 3, count: 4 },
      { depth: 4, count: 2 },
      { depth: 5, count: 2 },
      { depth: 6, count: 1 },
    ]);

    // Comment 1 (index 0) holds 1.1 … 1.2.1.1: 9 replies.
    expect(insights.largest[0]).toEqual({ comment: 0, replies: 9, score: -12, heat: 0.75 });
    expect(insights.largest.map((s) => [s.comment, s.replies])).toEqual([
      [0, 9], // 1
      [1, 5], // 1.1
      [2, 4], // 1.1.1
      [10, 4], // 2
      [3, 3], // 1.1.1.1
      [7, 2], // 1.2
      [15, 2], // 3
      [4, 1], // 1.1.1.1.1
      [8, 1], // 1.2.1
      [11, 1], // 2.1 (2.2, also with one reply, is the eleventh)
    ]);
    // 9/12, 5/7, 4/7, 3/6, 2/5, 4/14, 2/8.
    expect(insights.hottest.map((s) => [s.comment, s.heat])).toEqual([
      [0, 0.75],
      [1, 5 / 7],
      [10, 4 / 7],
      [3, 0.5],
      [15, 0.4],
      [2, 4 / 14],
      [7, 0.25],
    ]);

    // 1.1 quotes Mikhaïl L. (1), 1.1.1.1 quotes Mikhaïl L. (1.1.1), 2.2 quotes viktortarianik (2);
    // no quoting comment has an author of its own.
    expect(insights.quoteCount).toBe(3);
    expect(insights.mostQuoted).toEqual([
      { comment: 0, quotedBy: 1 },
      { comment: 2, quotedBy: 1 },
      { comment: 10, quotedBy: 1 },
    ]);
    expect(insights.quoteEdges).toEqual([
      { from: null, to: 'Mikhaïl L.', count: 2 },
      { from: null, to: 'viktortarianik', count: 1 },
    ]);
  });
});

describe('computeInsights: properties', () => {
  it('accounts for every comment in scores, depths and activity, with no NaN', () => {
    fc.assert(
      fc.property(threadArbitrary(200), (topLevel: Comment[]) => {
        const input = insightsInput(topLevel);
        const count = input.score.length;
        const insights = computeInsights(input);
        const sum = (values: readonly { count: number }[]) =>
          values.reduce((total, v) => total + v.count, 0);
        expect(sum(insights.scores.bins)).toBe(count);
        expect(sum(insights.depths)).toBe(count);
        expect(sum(insights.activity.bins)).toBe(insights.activity.dated);
        expect(sum(insights.activity.chapters)).toBe(insights.activity.dated);
        expect(insights.activity.dated + insights.activity.undated).toBe(count);
        for (const [path, value] of numbersIn(insights)) expect(value, path).not.toBeNaN();
      }),
    );
  });

  it('bins any scores on integer edges, min in the first bin and max in the last', () => {
    const scores = fc.array(
      fc.oneof(
        fc.integer({ min: -40, max: 40 }),
        fc.integer({ min: -1e6, max: 1e6 }),
        fc.integer(),
      ),
      { minLength: 1, maxLength: 60 },
    );
    fc.assert(
      fc.property(scores, (values) => {
        const { bins, min, max } = scoresOf(values);
        expect(bins.length).toBeLessThanOrEqual(39);
        const width = bins[0]!.x1 - bins[0]!.x0;
        for (const [k, b] of bins.entries()) {
          expect(Number.isInteger(b.x0) && b.x1 - b.x0 === width).toBe(true);
          if (k > 0) expect(b.x0).toBe(bins[k - 1]!.x1);
        }
        expect(bins[0]!.x0 <= min && min < bins[0]!.x1).toBe(true);
        expect(bins.at(-1)!.x0 <= max && max < bins.at(-1)!.x1).toBe(true);
        for (const b of bins)
          expect(b.count).toBe(values.filter((v) => b.x0 <= v && v < b.x1).length);
      }),
    );
  });

  it('cuts chapters exactly at the gaps longer than the chapter gap', () => {
    const minutes = fc.array(fc.integer({ min: 0, max: 20_000 }), { minLength: 2, maxLength: 80 });
    fc.assert(
      fc.property(minutes, (values) => {
        const { chapters, chapterGapMinutes } = computeInsights(atMinutes(values)).activity;
        const gap = chapterGapMinutes! * MINUTE;
        const sorted = values.map((m) => JAN_22 + m * MINUTE).sort((a, b) => a - b);
        let k = 0;
        for (const [c, chapter] of chapters.entries()) {
          if (c > 0) expect(chapter.start - chapters[c - 1]!.end).toBeGreaterThan(gap);
          expect(chapter.start).toBe(sorted[k]);
          for (let j = k + 1; j < k + chapter.count; j++)
            expect(sorted[j]! - sorted[j - 1]!).toBeLessThanOrEqual(gap);
          k += chapter.count;
          expect(chapter.end).toBe(sorted[k - 1]);
          expect(values.indexOf((chapter.start - JAN_22) / MINUTE)).toBe(chapter.first);
        }
        expect(k).toBe(values.length);
      }),
    );
  });
});
