// Thread insights: the figures behind the insights view (design.md §5, "Thread insights").
// Comments are named by their index in source preorder (insightsInputBuilder's `comments`, the
// order of ThreadIndex.comments too); the view maps indices to ids and text.
//
// Times: a postedAt is wall-clock time with no zone, so it is carried as the milliseconds of
// Date.UTC(its fields) (see postedAtTime in time.ts) and binned with d3-time's UTC intervals:
// the bins then read exactly as the page wrote them, whatever the reader's time zone.

import { bisectLeft, range, tickIncrement } from 'd3-array';
import {
  utcDay,
  utcHour,
  utcMonday,
  utcMonth,
  utcYear,
  type CountableTimeInterval,
  type TimeInterval,
} from 'd3-time';
import type { Comment } from '../parser/types';
import { postedAtTime } from './time';

/** What the figures are computed from: plain arrays, cheap to post to a worker. */
export type InsightsInput = {
  /** Net score per comment. */
  readonly score: Int32Array;
  /** 1 for top level. */
  readonly depth: Int32Array;
  /** Parent index, -1 for top level. */
  readonly parent: Int32Array;
  /** All descendants, not just children. */
  readonly descendants: Int32Array;
  /** postedAtTime per comment: ms of Date.UTC(fields as written); NaN when undated. */
  readonly time: Float64Array;
  /** 1 when the comment's date has a time of day, 0 for a day only (or undated). */
  readonly hasTime: Uint8Array;
  /** Every quote in the thread, in source order. */
  readonly quotes: QuoteLinks;
};

/** One quote, as QuoteLinks holds it at one position (see readQuoteLinks). */
export type QuoteLink = {
  /** The quoting comment. */
  readonly from: number;
  /** The quoted comment; -1 when the parser could not resolve it. */
  readonly to: number;
  /** The quoting comment's inferred author; null when unknown. */
  readonly fromAuthor: string | null;
  /** The author the quote names. */
  readonly toAuthor: string;
};

/**
 * A thread's quotes as parallel arrays, one position per quote, and the names they use each
 * once: posting them to the worker copies four arrays' memory and a few thousand names, where
 * 13,286 objects (the 100,000-comment sample's quotes) took ~20 ms to structured-clone in Node.
 */
export type QuoteLinks = {
  readonly from: Int32Array;
  readonly to: Int32Array;
  /** Positions in `authors`; -1 when the quoting comment's author is unknown. */
  readonly fromAuthor: Int32Array;
  /** Positions in `authors`. */
  readonly toAuthor: Int32Array;
  /** Every name the quotes use, once each, in the order first used. */
  readonly authors: readonly string[];
};

/** Fills QuoteLinks of a known number of quotes, one quote at a time. */
class QuoteLinksWriter {
  private readonly links: QuoteLinks;
  private readonly authors: string[] = [];
  private readonly authorIndex = new Map<string, number>();
  private filled = 0;

  constructor(count: number) {
    this.links = {
      from: new Int32Array(count),
      to: new Int32Array(count),
      fromAuthor: new Int32Array(count),
      toAuthor: new Int32Array(count),
      authors: this.authors,
    };
  }

  add(from: number, to: number, fromAuthor: string | null, toAuthor: string): void {
    const at = this.filled++;
    this.links.from[at] = from;
    this.links.to[at] = to;
    this.links.fromAuthor[at] = fromAuthor === null ? -1 : this.author(fromAuthor);
    this.links.toAuthor[at] = this.author(toAuthor);
  }

  /** The links; throws when fewer quotes were added than the count given. */
  finish(): QuoteLinks {
    if (this.filled !== this.links.from.length)
      throw new Error(`${this.filled} quotes added of ${this.links.from.length}`);
    return this.links;
  }

  private author(name: string): number {
    let at = this.authorIndex.get(name);
    if (at === undefined) {
      at = this.authors.push(name) - 1;
      this.authorIndex.set(name, at);
    }
    return at;
  }
}

/** QuoteLinks of `quotes`, in their order. */
export function packQuoteLinks(quotes: readonly QuoteLink[]): QuoteLinks {
  const writer = new QuoteLinksWriter(quotes.length);
  for (const { from, to, fromAuthor, toAuthor } of quotes)
    writer.add(from, to, fromAuthor, toAuthor);
  return writer.finish();
}

/** The quotes `links` holds, one object each, in order (for reading, not for big threads). */
export function readQuoteLinks(links: QuoteLinks): QuoteLink[] {
  return Array.from(links.from, (from, at) => {
    const fromAuthor = links.fromAuthor[at]!;
    return {
      from,
      to: links.to[at]!,
      fromAuthor: fromAuthor === -1 ? null : links.authors[fromAuthor]!,
      toAuthor: links.authors[links.toAuthor[at]!]!,
    };
  });
}

/** A histogram bin: how many values fall in [x0, x1). */
export type Bin = { readonly x0: number; readonly x1: number; readonly count: number };

export type ScoreFigures = {
  /**
   * Integer edges: one bin per score when the scores span at most 30 values, else bins of a
   * nice integer width (1, 2 or 5 × 10^k) — at most 39 of them. Empty for no comments.
   */
  readonly bins: readonly Bin[];
  /** Lowest, highest and median net score; 0 for a thread with no comments. */
  readonly min: number;
  readonly max: number;
  /** The mean of the two middle scores for an even count, so it may end in .5. */
  readonly median: number;
};

/**
 * The width of an activity bin: hours for a thread of at most 72 hours with times, else the
 * first of days, weeks (from Monday), months and years that needs at most 1,000 bins
 * (see computeInsights).
 */
export type ActivityUnit = 'hour' | 'day' | 'week' | 'month' | 'year';

/** A run of comments with no gap longer than the chapter gap between them. */
export type Chapter = {
  /** Time of its first and last comment (ms, as InsightsInput.time). */
  readonly start: number;
  readonly end: number;
  readonly count: number;
  /** The chapter's first comment (index). */
  readonly first: number;
};

export type ActivityFigures = {
  readonly unit: ActivityUnit;
  /**
   * Consecutive bins of one unit (UTC intervals of d3-time over postedAtTime), from the one that
   * holds the first dated comment to the one that holds the last, empty ones included; empty when
   * none is dated. A comment with a day only counts at midnight of its day.
   */
  readonly bins: readonly Bin[];
  /**
   * The dated comments in time order, cut where a gap is longer than the chapter gap; a comment
   * with a day only enters at midnight (the unit is then never 'hour'). Counts sum to `dated`.
   */
  readonly chapters: readonly Chapter[];
  /** Median gap between consecutive dated comments, minutes; null with fewer than 2. */
  readonly medianGapMinutes: number | null;
  /** max(60, 3 × median gap): a longer gap starts a chapter; null with fewer than 2. */
  readonly chapterGapMinutes: number | null;
  readonly dated: number;
  readonly undated: number;
};

export type DepthCount = { readonly depth: number; readonly count: number };

/** A comment and everything under it. */
export type Subthread = {
  readonly comment: number;
  /** All replies under it (descendants). */
  readonly replies: number;
  readonly score: number;
  /** replies ÷ max(1, |score|): much talk under a comment the votes left near even. */
  readonly heat: number;
};

export type QuotedComment = { readonly comment: number; readonly quotedBy: number };

/** Quotes from one inferred author of another; `from` null for quoting comments of unknown author. */
export type QuoteEdge = {
  readonly from: string | null;
  readonly to: string;
  readonly count: number;
};

export type ThreadInsights = {
  readonly commentCount: number;
  readonly scores: ScoreFigures;
  readonly activity: ActivityFigures;
  /** One entry per level from 1 to the deepest, zeros included. */
  readonly depths: readonly DepthCount[];
  /** Largest subthreads first (at most 10). */
  readonly largest: readonly Subthread[];
  /** Hottest subthreads first (at most 10), among comments with at least 2 replies. */
  readonly hottest: readonly Subthread[];
  /** Most quoted comments first (at most 10). */
  readonly mostQuoted: readonly QuotedComment[];
  /** Who quotes whom, most quotes first; ties by quoting name, unnamed last, then quoted name. */
  readonly quoteEdges: readonly QuoteEdge[];
  readonly quoteCount: number;
};

// ---------------------------------------------------------------------------------------------

/** How many entries each ranked list keeps. */
const TOP = 10;
/** Scores spanning at most this many values get one bin per score. */
const UNIT_SCORE_BINS = 30;
/**
 * Asked of d3's tickIncrement for wider spans. Its nice width fits 24 ÷ √2 to 24 × 1.58 times
 * in the span (the most when a raw width just under √10 × 10^k is taken down to 2 × 10^k), so
 * with one more bin for edges on multiples of the width: 16 to 39 bins.
 */
const SCORE_TICKS = 24;
/** A thread with times spanning at most this long is binned by the hour. */
const HOURLY_SPAN = 72 * 3_600_000;
/** Day, week and month bins are used only while they number at most this many. */
const MAX_ACTIVITY_BINS = 1000;
/** Chapter gap floor and multiple of the median gap (issue 12). */
const MIN_CHAPTER_GAP = 60 * 60_000;
const CHAPTER_GAP_MEDIANS = 3;
/** A hot subthread has at least this many replies: one reply is an answer, not a discussion. */
export const HOT_REPLIES = 2;

const INT32_MIN = -2_147_483_648;
const INT32_MAX = 2_147_483_647;

/** What insightsInputBuilder returns: the input, and the comments its indices name. */
export type BuiltInsightsInput = {
  readonly input: InsightsInput;
  /** Every comment in source preorder: InsightsInput's and the figures' indices index it. */
  readonly comments: readonly Comment[];
};

/**
 * Comments the builder reads between two of its pauses. At 100,000 comments the whole build
 * took ~25 ms on a quiet machine and up to 250 ms on a busy one (2.5 µs a comment), so a step
 * is at most ~1.3 ms and its driver can stop close to any budget of a few milliseconds.
 */
const INPUT_STEP = 512;

/**
 * The insights' input for a thread (its top-level comments) and its comments in preorder, built
 * on the main thread in steps that can stop after any comment: the generator yields (nothing)
 * after every INPUT_STEP comments read in each of its passes, and returns the result when done;
 * its driver decides when to pause (src/app/insights). A thread under one top-level comment is
 * cut like any other: each walk is a preorder with an explicit stack, not a subtree at a time.
 *
 * A first walk counts the comments and gathers the ids that quotes name, so that each typed array
 * is allocated once at its size and the id → index map holds only those ids. Grown by doubling
 * instead, the arrays were copied all at once (and the map rehashed) in one step: the copies
 * alone, slowed by the first touch of that much new memory, took 15–57 ms of one task on the
 * 100,000-comment sample (Chromium traces, 3 of 6 runs). The second walk fills score (clamped to
 * the int32 range), depth, parent, time (postedAtTime) and hasTime, the map (the first of equal
 * ids wins, as in buildThreadIndex) and the list of quoting comments; then a backward pass over
 * `parent` counts descendants, and each quote's commentId is resolved through the map (-1 when
 * null or unknown) into QuoteLinks. The result equals what buildThreadIndex and a pass over its
 * comments give (tested), without the index's other arrays. Its typed arrays are its own, meant
 * to be transferred to a worker.
 */
export function* insightsInputBuilder(
  topLevel: readonly Comment[],
): Generator<void, BuiltInsightsInput, void> {
  const { count, quotedIds } = yield* countComments(topLevel);
  const score = new Int32Array(count);
  const depth = new Int32Array(count);
  const parent = new Int32Array(count);
  const time = new Float64Array(count);
  const hasTime = new Uint8Array(count);
  const comments: Comment[] = [];
  const indexById = new Map<string, number>();
  const quoting: number[] = [];

  // Parallel stacks, pushed in reverse so that siblings pop in source order (as walkComments).
  const pending: Comment[] = [];
  const pendingDepth: number[] = [];
  const pendingParent: number[] = [];
  for (let k = topLevel.length - 1; k >= 0; k--) {
    pending.push(topLevel[k]!);
    pendingDepth.push(1);
    pendingParent.push(-1);
  }
  for (let i = 0; ; i++) {
    const comment = pending.pop();
    if (comment === undefined) break;
    const level = pendingDepth.pop()!;
    comments.push(comment);
    score[i] = Math.min(INT32_MAX, Math.max(INT32_MIN, comment.score));
    depth[i] = level;
    parent[i] = pendingParent.pop()!;
    const t = postedAtTime(comment.postedAt);
    time[i] = t;
    // Only 'YYYY-MM-DDTHH:MM' is 16 characters long, and postedAtTime read it: NaN otherwise.
    hasTime[i] = comment.postedAt?.length === 16 && !Number.isNaN(t) ? 1 : 0;
    if (quotedIds.has(comment.id) && !indexById.has(comment.id)) indexById.set(comment.id, i);
    if (comment.quote !== null) quoting.push(i);
    const replies = comment.children;
    for (let k = replies.length - 1; k >= 0; k--) {
      pending.push(replies[k]!);
      pendingDepth.push(level + 1);
      pendingParent.push(i);
    }
    if ((i + 1) % INPUT_STEP === 0) yield;
  }

  // Children come after their parent in preorder: a backward pass adds each finished subtree.
  const descendants = new Int32Array(count);
  for (let i = count - 1; i >= 0; i--) {
    const p = parent[i]!;
    if (p >= 0) descendants[p]! += descendants[i]! + 1;
    if (i % INPUT_STEP === 0 && i > 0) yield;
  }
  const writer = new QuoteLinksWriter(quoting.length);
  for (let k = 0; k < quoting.length; k++) {
    const from = quoting[k]!;
    const { author, quote } = comments[from]!;
    const target = quote!.commentId;
    writer.add(from, target === null ? -1 : (indexById.get(target) ?? -1), author, quote!.author);
    if ((k + 1) % INPUT_STEP === 0) yield;
  }
  const quotes = writer.finish();
  return { input: { score, depth, parent, descendants, time, hasTime, quotes }, comments };
}

/**
 * How many comments the thread holds, and the comment ids its quotes name (their commentId when
 * not null), read in steps of INPUT_STEP comments (insightsInputBuilder's first walk).
 */
function* countComments(
  topLevel: readonly Comment[],
): Generator<void, { count: number; quotedIds: Set<string> }, void> {
  const pending = [...topLevel];
  const quotedIds = new Set<string>();
  let count = 0;
  for (let comment = pending.pop(); comment !== undefined; comment = pending.pop()) {
    count++;
    const target = comment.quote?.commentId ?? null;
    if (target !== null) quotedIds.add(target);
    for (const reply of comment.children) pending.push(reply);
    if (count % INPUT_STEP === 0) yield;
  }
  return { count, quotedIds };
}

/**
 * Every figure of the insights view, from an InsightsInput; pure, no NaN anywhere in the result.
 *
 * - Scores: histogram over integer edges (see ScoreFigures.bins; widths from d3's
 *   tickIncrement), min, max and median.
 * - Activity: the unit is 'hour' when every dated comment has a time and they span at most
 *   72 hours (so at most 73 bins); else 'day', 'week' (d3's utcMonday) or 'month', the first
 *   that needs at most 1,000 bins; else 'year', in bins of a nice number of years (d3's
 *   utcYear.every) when there would be over 1,000 — only a mistyped year spans that long;
 *   'hour' with no bins when no comment is dated.
 *   Chapters: the gaps between consecutive dated comments in time order; a gap longer than
 *   max(60 min, 3 × their median) starts a chapter (issue 12).
 * - Depths: a count per level 1..deepest. Largest: most replies (all descendants), ties to the
 *   earlier comment; only comments with a reply. Hottest: replies ÷ max(1, |score|) among
 *   comments with at least 2 replies; ties to more replies, then the earlier comment.
 * - Quotes: mostQuoted counts resolved quotes only, ties to the earlier comment; quoteEdges
 *   count every quote per (quoting author, quoted author), names compared by code unit.
 *
 * Linear in the comments but for native numeric sorts of typed copies (scores, dated times and
 * their gaps), which at 100,000 comments beat d3's quickselect median on these many-tied values.
 */
export function computeInsights(input: InsightsInput): ThreadInsights {
  const count = input.score.length;
  return {
    commentCount: count,
    scores: scoreFigures(input.score),
    activity: activityFigures(input.time, input.hasTime),
    depths: depthCounts(input.depth),
    ...subthreads(input.score, input.descendants),
    ...quoteFigures(count, input.quotes),
    quoteCount: input.quotes.from.length,
  };
}

/**
 * The bins between consecutive `edges` (ascending), counted in `sorted` by one binary search
 * per edge rather than one per value: d3's `bin` over 100,000 values allocates an
 * array per bin and a slot per value, ~15 ms, where the values are sorted here anyway.
 */
function countBins(sorted: ArrayLike<number>, edges: readonly number[]): Bin[] {
  const bins: Bin[] = [];
  let below = bisectLeft(sorted, edges[0]!);
  for (let k = 1; k < edges.length; k++) {
    const upTo = bisectLeft(sorted, edges[k]!, below);
    bins.push({ x0: edges[k - 1]!, x1: edges[k]!, count: upTo - below });
    below = upTo;
  }
  return bins;
}

/** The middle of sorted values (the mean of the two middle ones for an even count); 0 for none. */
function sortedMedian(sorted: ArrayLike<number>): number {
  const n = sorted.length;
  if (n === 0) return 0;
  const middle = n >> 1;
  return n % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function scoreFigures(score: Int32Array): ScoreFigures {
  if (score.length === 0) return { bins: [], min: 0, max: 0, median: 0 };
  // A typed array sorts numerically, natively: at 100,000 scores the sorted copy that gives
  // extent, median and bins costs ~3 ms, where d3's median alone (a quickselect on a copy, slow
  // on so many ties) takes ~17 ms and d3's bin ~13 ms.
  const sorted = score.slice().sort();
  const min = sorted[0]!;
  const max = sorted[sorted.length - 1]!;
  // Half-open bins, so the last one must reach past max.
  const step = max - min + 1 <= UNIT_SCORE_BINS ? 1 : tickIncrement(min, max + 1, SCORE_TICKS);
  const x0 = Math.floor(min / step) * step;
  const x1 = (Math.floor(max / step) + 1) * step;
  const edges = range(x0, x1 + step / 2, step);
  return { bins: countBins(sorted, edges), min, max, median: sortedMedian(sorted) };
}

type Scale = { readonly unit: ActivityUnit; readonly interval: TimeInterval };

/** The activity unit for dated comments from `first` to `last` (ms); see computeInsights. */
function activityScale(first: number, last: number, allTimed: boolean): Scale {
  if (allTimed && last - first <= HOURLY_SPAN) return { unit: 'hour', interval: utcHour };
  const from = new Date(first);
  const to = new Date(last);
  const countable: readonly (readonly [ActivityUnit, CountableTimeInterval])[] = [
    ['day', utcDay],
    ['week', utcMonday],
    ['month', utcMonth],
  ];
  for (const [unit, interval] of countable) {
    if (interval.count(interval.floor(from), interval.floor(to)) + 1 <= MAX_ACTIVITY_BINS)
      return { unit, interval };
  }
  const years = utcYear.count(utcYear.floor(from), utcYear.floor(to)) + 1;
  // A nice step of about years / 500: at most 791 bins (see SCORE_TICKS for the bound).
  const every = years <= MAX_ACTIVITY_BINS ? 1 : tickIncrement(0, years, MAX_ACTIVITY_BINS / 2);
  return { unit: 'year', interval: utcYear.every(every) ?? utcYear };
}

function activityFigures(time: Float64Array, hasTime: Uint8Array): ActivityFigures {
  let dated = 0;
  let allTimed = true;
  for (let i = 0; i < time.length; i++) {
    if (Number.isNaN(time[i]!)) continue;
    dated++;
    if (hasTime[i] === 0) allTimed = false;
  }
  const undated = time.length - dated;
  if (dated === 0) {
    const unit = 'hour';
    const none = { bins: [], chapters: [], medianGapMinutes: null, chapterGapMinutes: null };
    return { unit, ...none, dated, undated };
  }

  const sorted = new Float64Array(dated);
  for (let i = 0, k = 0; i < time.length; i++) if (!Number.isNaN(time[i]!)) sorted[k++] = time[i]!;
  sorted.sort(); // a typed array sorts numerically
  const first = sorted[0]!;
  const last = sorted[dated - 1]!;

  const { unit, interval } = activityScale(first, last, allTimed);
  const lo = interval.floor(new Date(first));
  const hi = interval.offset(interval.floor(new Date(last)), 1);
  const edges = interval.range(lo, hi).map(Number);
  edges.push(+hi);

  let medianGap: number | null = null;
  let chapterGap = Number.POSITIVE_INFINITY;
  if (dated >= 2) {
    const gaps = new Float64Array(dated - 1);
    for (let k = 1; k < dated; k++) gaps[k - 1] = sorted[k]! - sorted[k - 1]!;
    medianGap = sortedMedian(gaps.sort());
    chapterGap = Math.max(MIN_CHAPTER_GAP, CHAPTER_GAP_MEDIANS * medianGap);
  }
  const chapters = chaptersOf(sorted, chapterGap, time);

  return {
    unit,
    bins: countBins(sorted, edges),
    chapters,
    medianGapMinutes: medianGap === null ? null : medianGap / 60_000,
    chapterGapMinutes: medianGap === null ? null : chapterGap / 60_000,
    dated,
    undated,
  };
}

/** Chapters of the sorted dated times; `first` found by one pass in index order over `time`. */
function chaptersOf(sorted: Float64Array, chapterGap: number, time: Float64Array): Chapter[] {
  const starts: number[] = [];
  const ends: number[] = [];
  const counts: number[] = [];
  for (let k = 0; k < sorted.length; k++) {
    const t = sorted[k]!;
    if (k === 0 || t - sorted[k - 1]! > chapterGap) {
      starts.push(t);
      ends.push(t);
      counts.push(1);
    } else {
      ends[ends.length - 1] = t;
      counts[counts.length - 1]!++;
    }
  }
  // Chapter starts are distinct times; the lowest index at a start is its chapter's first.
  const chapterAt = new Map<number, number>();
  for (let c = 0; c < starts.length; c++) chapterAt.set(starts[c]!, c);
  const firsts = new Int32Array(starts.length).fill(-1);
  let unfound = starts.length;
  for (let i = 0; i < time.length && unfound > 0; i++) {
    const c = chapterAt.get(time[i]!);
    if (c !== undefined && firsts[c] === -1) {
      firsts[c] = i;
      unfound--;
    }
  }
  return starts.map((start, c) => ({
    start,
    end: ends[c]!,
    count: counts[c]!,
    first: firsts[c]!,
  }));
}

function depthCounts(depth: Int32Array): DepthCount[] {
  let deepest = 0;
  for (let i = 0; i < depth.length; i++) deepest = Math.max(deepest, depth[i]!);
  const counts = new Int32Array(deepest + 1);
  for (let i = 0; i < depth.length; i++) if (depth[i]! >= 1) counts[depth[i]!]!++;
  const result: DepthCount[] = [];
  for (let level = 1; level <= deepest; level++)
    result.push({ depth: level, count: counts[level]! });
  return result;
}

/**
 * The best `limit` of the indices 0..count-1 that pass `keep`, best first, where `better(a, b)`
 * is a strict order. A short sorted list takes each candidate by insertion: O(count × limit)
 * at worst, O(count) when most fall short of the last kept.
 */
function topIndices(
  count: number,
  limit: number,
  keep: (i: number) => boolean,
  better: (a: number, b: number) => boolean,
): number[] {
  const top: number[] = [];
  for (let i = 0; i < count; i++) {
    if (!keep(i)) continue;
    if (top.length === limit && !better(i, top[limit - 1]!)) continue;
    let at = Math.min(top.length, limit - 1);
    if (top.length < limit) top.push(i);
    while (at > 0 && better(i, top[at - 1]!)) {
      top[at] = top[at - 1]!;
      at--;
    }
    top[at] = i;
  }
  return top;
}

function subthreads(
  score: Int32Array,
  descendants: Int32Array,
): Pick<ThreadInsights, 'largest' | 'hottest'> {
  const count = score.length;
  const heat = (i: number) => descendants[i]! / Math.max(1, Math.abs(score[i]!));
  const subthread = (i: number): Subthread => ({
    comment: i,
    replies: descendants[i]!,
    score: score[i]!,
    heat: heat(i),
  });
  const largest = topIndices(
    count,
    TOP,
    (i) => descendants[i]! >= 1,
    (a, b) => descendants[a]! > descendants[b]! || (descendants[a] === descendants[b] && a < b),
  );
  const hottest = topIndices(
    count,
    TOP,
    (i) => descendants[i]! >= HOT_REPLIES,
    (a, b) => {
      const ha = heat(a);
      const hb = heat(b);
      if (ha !== hb) return ha > hb;
      if (descendants[a] !== descendants[b]) return descendants[a]! > descendants[b]!;
      return a < b;
    },
  );
  return { largest: largest.map(subthread), hottest: hottest.map(subthread) };
}

/** Names compared by code unit, so the order is the same in every locale; null sorts last. */
function compareNames(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

function quoteFigures(
  count: number,
  quotes: QuoteLinks,
): Pick<ThreadInsights, 'mostQuoted' | 'quoteEdges'> {
  const quotedBy = new Int32Array(count);
  // Per (quoting author, quoted author) as positions in `authors`: (from + 1) × names + to.
  const names = quotes.authors.length;
  const edges = new Map<number, number>();
  for (let at = 0; at < quotes.from.length; at++) {
    const to = quotes.to[at]!;
    if (to >= 0 && to < count) quotedBy[to]!++;
    const edge = (quotes.fromAuthor[at]! + 1) * names + quotes.toAuthor[at]!;
    edges.set(edge, (edges.get(edge) ?? 0) + 1);
  }
  const mostQuoted = topIndices(
    count,
    TOP,
    (i) => quotedBy[i]! >= 1,
    (a, b) => quotedBy[a]! > quotedBy[b]! || (quotedBy[a] === quotedBy[b] && a < b),
  ).map((comment) => ({ comment, quotedBy: quotedBy[comment]! }));
  const quoteEdges: QuoteEdge[] = [];
  for (const [edge, n] of edges) {
    const from = Math.floor(edge / names) - 1;
    quoteEdges.push({
      from: from === -1 ? null : quotes.authors[from]!,
      to: quotes.authors[edge % names]!,
      count: n,
    });
  }
  quoteEdges.sort(
    (a, b) => b.count - a.count || compareNames(a.from, b.from) || compareNames(a.to, b.to),
  );
  return { mostQuoted, quoteEdges };
}
