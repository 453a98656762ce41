// What the insights view says and where its bars lead: the one-sentence summaries, the labels of
// bins and rows, and the reader addresses (a filter in `?show=`, a permalink in the hash). Pure
// functions over the figures of src/thread/insights.ts, so the sentences are unit-tested.

import { count, displayScore, plural } from '../../components/formatting';
import { articlePath } from '../../components/paths';
import { formatWallClock, formatWallDay, formatWallRange } from '../../components/wallTime';
import type { Comment } from '../../parser/types';
import { FILTER_PARAM, formatFilter, type CommentFilter } from '../../thread/filter';
import {
  HOT_REPLIES,
  type ActivityFigures,
  type ActivityUnit,
  type Bin,
  type Chapter,
  type DepthCount,
  type QuoteEdge,
  type ScoreFigures,
  type Subthread,
  type ThreadInsights,
} from '../../thread/insights';
import { commentDomId } from '../../thread/permalink';
import { postedAtTime } from '../../thread/time';

const MINUTE = 60_000;

/**
 * The reader with a filter: `/articles/<id>?show=score:-14..-10`. The filter's value is encoded
 * as a query value (a `%` in a quoted author's encoded name becomes `%25`, `>` becomes `%3E`),
 * so the reader's searchParams.get returns exactly what formatFilter wrote; `:` stays readable.
 */
export function filterHref(documentId: string, filter: CommentFilter): string {
  const value = encodeURIComponent(formatFilter(filter)).replaceAll('%3A', ':');
  return `${articlePath(documentId)}?${FILTER_PARAM}=${value}`;
}

/** The reader at a comment: `/articles/<id>#comment-1.2`. */
export function commentHref(documentId: string, commentId: string): string {
  return `${articlePath(documentId)}#${encodeURIComponent(commentDomId(commentId))}`;
}

/** The scores of a histogram bin [x0, x1) of integer scores: min x0, max x1 − 1. */
export function scoreBinFilter(bin: Bin): CommentFilter {
  return { kind: 'score', min: bin.x0, max: bin.x1 - 1 };
}

/** '−3' for a one-score bin, '−14 to −10' for a wider one. */
export function scoreBinLabel(bin: Bin): string {
  const last = bin.x1 - 1;
  return last <= bin.x0 ? displayScore(bin.x0) : `${displayScore(bin.x0)} to ${displayScore(last)}`;
}

/**
 * The first and last times a `?show=time:` address can name: it writes a time as a postedAt
 * (formatWallTime), which has four-digit years. A bin can reach past them — the last one of a
 * thread dated in 9999 ends in 10000, a week of year 0 starts in year −1 — and an address
 * with '+010000-…' would be unreadable, so filters are capped to them.
 */
const FIRST_NAMEABLE = postedAtTime('0000-01-01T00:00');
const LAST_NAMEABLE = postedAtTime('9999-12-31T23:59');

/**
 * A time filter for [from, to), capped to the times an address can name: a comment posted at
 * 9999-12-31T23:59 itself, the one minute past the cap, falls outside it.
 */
function timeFilter(from: number, to: number): CommentFilter {
  return {
    kind: 'time',
    from: Math.max(from, FIRST_NAMEABLE),
    to: Math.min(to, LAST_NAMEABLE),
  };
}

/** The colour of a score bin: below zero, holding zero (with others when wider), above zero. */
export type ScoreTone = 'negative' | 'neutral' | 'positive';

/** Bins are [x0, x1) on integer edges, so only the bin that starts at 0 holds 0. */
export function scoreTone(bin: Bin): ScoreTone {
  if (bin.x1 <= 0) return 'negative';
  return bin.x0 > 0 ? 'positive' : 'neutral';
}

/**
 * The histogram's legend, for the tones its bins show, in order: 'below zero'; the bin that
 * holds 0 — 'zero' when it holds 0 alone, else its scores ('0 to +4'); 'above zero', or
 * '+5 and above' when the bin at 0 holds the first scores above zero.
 */
export function scoreLegend(
  bins: readonly Bin[],
): readonly { readonly tone: ScoreTone; readonly label: string }[] {
  const zero = bins.find((bin) => scoreTone(bin) === 'neutral');
  const legend: { tone: ScoreTone; label: string }[] = [];
  if (bins.some((bin) => scoreTone(bin) === 'negative'))
    legend.push({ tone: 'negative', label: 'below zero' });
  if (zero !== undefined)
    legend.push({ tone: 'neutral', label: zero.x1 - zero.x0 === 1 ? 'zero' : scoreBinLabel(zero) });
  if (bins.some((bin) => scoreTone(bin) === 'positive'))
    legend.push({
      tone: 'positive',
      label:
        zero === undefined || zero.x1 - zero.x0 === 1
          ? 'above zero'
          : `${displayScore(zero.x1)} and above`,
    });
  return legend;
}

/** The comments of a time bin: posted in [x0, x1) (capped as timeFilter says). */
export function timeBinFilter(bin: Bin): CommentFilter {
  return timeFilter(bin.x0, bin.x1);
}

/**
 * The comments of a chapter: from its first comment's minute up to and including its last
 * comment's (times have minute resolution, and the time filter's end is exclusive).
 */
export function chapterFilter(chapter: Chapter): CommentFilter {
  return timeFilter(chapter.start, chapter.end + MINUTE);
}

/** The comments at one level. */
export function depthFilter(depth: number): CommentFilter {
  return { kind: 'depth', depth };
}

/** The quotes of one edge of who-quotes-whom. */
export function quoteEdgeFilter(edge: QuoteEdge): CommentFilter {
  return { kind: 'quote', from: edge.from, to: edge.to };
}

// Times are postedAtTime values (the page's wall clock as UTC fields): formatted in UTC, they
// read exactly as the page wrote them (src/components/wallTime.ts).
const monthFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  month: 'long',
  year: 'numeric',
});

const shortDayFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'short',
});
const shortMonthFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', month: 'short' });

/**
 * A tick on the time axis, named by the largest unit it starts (d3's multi-scale idea, on a
 * 24-hour clock): '09:30', '15:00', '23 Jan', 'Feb', '2023'.
 */
export function timeTickLabel(time: number): string {
  const date = new Date(time);
  if (date.getUTCHours() !== 0 || date.getUTCMinutes() !== 0) return formatWallClock(time);
  if (date.getUTCDate() !== 1) return shortDayFormat.format(time);
  if (date.getUTCMonth() !== 0) return shortMonthFormat.format(time);
  return String(date.getUTCFullYear());
}

/**
 * A time bin as a reader names it: '22 Jan 2022, 10:00–11:00' (hour), '22 Jan 2022' (day),
 * 'Week of 17 Jan 2022' (weeks start on Monday), 'January 2022', '2022', or '2020–2029' for a
 * bin of several years (its last year included).
 */
export function timeBinLabel(bin: Bin, unit: ActivityUnit): string {
  switch (unit) {
    case 'hour':
      return `${formatWallDay(bin.x0)}, ${formatWallClock(bin.x0)}–${formatWallClock(bin.x1)}`;
    case 'day':
      return formatWallDay(bin.x0);
    case 'week':
      return `Week of ${formatWallDay(bin.x0)}`;
    case 'month':
      return monthFormat.format(bin.x0);
    case 'year': {
      const first = new Date(bin.x0).getUTCFullYear();
      const last = new Date(bin.x1).getUTCFullYear() - 1;
      return last > first ? `${first}–${last}` : String(first);
    }
  }
}

/** Years in each of the activity's bins: 1, or n when they are utcYear.every(n) (n > 1). */
function yearsPerBin(activity: ActivityFigures): number {
  const bin = activity.bins[0];
  if (activity.unit !== 'year' || bin === undefined) return 1;
  return new Date(bin.x1).getUTCFullYear() - new Date(bin.x0).getUTCFullYear();
}

/** What one activity bin spans, after 'per': 'hour', 'day', …, 'year', or '10 years'. */
export function activityPer(activity: ActivityFigures): string {
  const years = yearsPerBin(activity);
  return years > 1 ? `${count(years)} years` : activity.unit;
}

const UNIT_HEADINGS: Record<ActivityUnit, string> = {
  hour: 'Hour',
  day: 'Day',
  week: 'Week',
  month: 'Month',
  year: 'Year',
};

/** The heading of the activity table's first column: 'Hour', …, 'Year', or 'Years' for ranges. */
export function activityHeading(activity: ActivityFigures): string {
  return yearsPerBin(activity) > 1 ? 'Years' : UNIT_HEADINGS[activity.unit];
}

/** A chapter's span: '22 Jan 2022, 09:32–10:14', or with both days when it crosses midnight. */
export function chapterSpan(chapter: Chapter): string {
  return formatWallRange(chapter.start, chapter.end);
}

/**
 * A length of time in words, rounded to the unit that reads naturally: '45 minutes', '31 hours',
 * '12 days', '5 months', '3 years'.
 */
export function formatDuration(milliseconds: number): string {
  const minutes = Math.round(milliseconds / MINUTE);
  if (minutes < 120) return plural(minutes, 'minute', 'minutes');
  const hours = Math.round(minutes / 60);
  if (hours < 72) return plural(hours, 'hour', 'hours');
  const days = Math.round(hours / 24);
  if (days < 92) return plural(days, 'day', 'days');
  const months = Math.round(days / 30.44);
  if (months < 36) return plural(months, 'month', 'months');
  return plural(Math.round(days / 365.25), 'year', 'years');
}

/** The first words of a comment (its first paragraph, else its quote), with '…' when cut. */
export function excerpt(comment: Comment, words = 10): string {
  const text = comment.paragraphs.find((paragraph) => paragraph.trim() !== '') ?? '';
  const all = text.trim().split(/\s+/).filter(Boolean);
  if (all.length === 0) return 'no text';
  return all.length > words ? `${all.slice(0, words).join(' ')}…` : all.join(' ');
}

/** Heat as shown: two decimals. */
export function formatHeat(heat: number): string {
  return heat.toLocaleString('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** The bin with the most comments; the first of equals. Null when every bin is empty. */
export function busiest(bins: readonly Bin[]): Bin | null {
  let best: Bin | null = null;
  for (const bin of bins)
    if (bin.count > 0 && (best === null || bin.count > best.count)) best = bin;
  return best;
}

/** 'an unnamed reader' for a quoting comment whose author the page does not name. */
export function authorName(author: string | null): string {
  return author ?? 'an unnamed reader';
}

/**
 * 'Scores run from −14 to +8 with a median of 0; the most common is 0 (6 of 20 comments).'
 * A wider bin reads 'most fall between −5 and −1 (…)'.
 */
export function scoreSummary(scores: ScoreFigures, commentCount: number): string {
  const top = busiest(scores.bins);
  const range =
    scores.min === scores.max
      ? `Every score is ${displayScore(scores.min)}`
      : `Scores run from ${displayScore(scores.min)} to ${displayScore(scores.max)} with a median of ${displayScore(scores.median)}`;
  if (top === null || scores.min === scores.max) return `${range}.`;
  const share = `${count(top.count)} of ${plural(commentCount, 'comment', 'comments')}`;
  return top.x1 - 1 <= top.x0
    ? `${range}; the most common is ${displayScore(top.x0)} (${share}).`
    : `${range}; most fall between ${displayScore(top.x0)} and ${displayScore(top.x1 - 1)} (${share}).`;
}

/**
 * '20 comments over 31 hours, in 8 chapters (a gap of more than 60 minutes starts one); the
 * busiest hour was 22 Jan 2022, 10:00–11:00 with 4.' Undated comments are counted apart; no
 * 'over …' when every dated comment has the same time.
 */
export function activitySummary(activity: ActivityFigures): string {
  const undated = activity.undated > 0 ? ` (${count(activity.undated)} more carry no date)` : '';
  const first = activity.bins[0];
  const last = activity.bins[activity.bins.length - 1];
  if (activity.dated === 0 || first === undefined || last === undefined)
    return `No comment carries a date, so there is no timeline${undated}.`;
  const start = activity.chapters[0]?.start ?? first.x0;
  const end = activity.chapters[activity.chapters.length - 1]?.end ?? last.x1;
  const chapters =
    activity.chapterGapMinutes === null
      ? ''
      : `, in ${plural(activity.chapters.length, 'chapter', 'chapters')} (a gap of more than ${formatDuration(activity.chapterGapMinutes * MINUTE)} starts one)`;
  const top = busiest(activity.bins);
  const when = top === null ? '' : timeBinLabel(top, activity.unit);
  const what = yearsPerBin(activity) > 1 ? 'years were' : `${activity.unit} was`;
  const busiestPart =
    top === null
      ? ''
      : `; the busiest ${what} ${activity.unit === 'week' ? `the w${when.slice(1)}` : when} with ${count(top.count)}`;
  // Comments all at one minute span no time: 'over 0 minutes' would say nothing true.
  const span = end > start ? ` over ${formatDuration(end - start)}` : '';
  return `${plural(activity.dated, 'dated comment', 'dated comments')}${undated}${span}${chapters}${busiestPart}.`;
}

/** 'Replies go 6 levels deep; level 2 holds the most comments (6 of 20).' */
export function depthSummary(depths: readonly DepthCount[], commentCount: number): string {
  let top: DepthCount | null = null;
  for (const level of depths) if (top === null || level.count > top.count) top = level;
  if (top === null || commentCount === 0) return 'There are no comments.';
  if (depths.length === 1) return 'Every comment is at the top level: nobody replied to another.';
  return `Replies go ${depths.length} levels deep; level ${top.depth} holds the most comments (${count(top.count)} of ${count(commentCount)}).`;
}

/** 'The largest subthread is under comment 1, with 9 replies.' */
export function largestSummary(largest: readonly Subthread[], idOf: (i: number) => string): string {
  const top = largest[0];
  if (top === undefined || top.replies === 0) return 'No comment has a reply.';
  return `The largest subthread is under comment ${idOf(top.comment)}, with ${plural(top.replies, 'reply', 'replies')}.`;
}

/**
 * 'The hottest is under comment 1: 9 replies on a score of −12 (heat 0.75).' With none hot,
 * says why: no reply at all, or none with the HOT_REPLIES replies heat is ranked from
 * (`largest` tells them apart: it holds every comment with a reply).
 */
export function hottestSummary(
  hottest: readonly Subthread[],
  largest: readonly Subthread[],
  idOf: (i: number) => string,
): string {
  const top = hottest[0];
  if (top === undefined)
    return largest.length === 0
      ? 'No comment has a reply, so none is hot.'
      : `No comment has ${count(HOT_REPLIES)} or more replies, so none is hot.`;
  return `The hottest is under comment ${idOf(top.comment)}: ${plural(top.replies, 'reply', 'replies')} on a score of ${displayScore(top.score)} (heat ${formatHeat(top.heat)}).`;
}

/**
 * '3 quotes; the most quoted comments, 1, 1.1.1 and 2, are quoted once each; most quotes go
 * from an unnamed reader to Mikhaïl L. (2).' The pair is the first of the who-quotes-whom table.
 */
export function quotesSummary(insights: ThreadInsights, idOf: (i: number) => string): string {
  if (insights.quoteCount === 0) return 'No comment quotes another.';
  const top = insights.mostQuoted[0];
  let commentPart = '; none of them could be traced to the comment it quotes';
  if (top !== undefined) {
    const tied = insights.mostQuoted.filter((entry) => entry.quotedBy === top.quotedBy);
    const ids = tied.map((entry) => idOf(entry.comment));
    commentPart =
      ids.length === 1
        ? `; the most quoted comment is ${ids[0]} (${timesQuoted(top.quotedBy)})`
        : `; the most quoted comments, ${listOf(ids)}, are ${timesQuoted(top.quotedBy)} each`;
  }
  const pair = insights.quoteEdges[0];
  const pairPart =
    pair === undefined
      ? ''
      : `; most quotes go from ${authorName(pair.from)} to ${pair.to} (${count(pair.count)})`;
  return `${plural(insights.quoteCount, 'quote', 'quotes')}${commentPart}${pairPart}.`;
}

/** 'a', 'a and b', 'a, b and c', 'a, b, c and 4 more' (of a longer list). */
function listOf(items: readonly string[]): string {
  const shown = items.length > 4 ? [...items.slice(0, 3), `${items.length - 3} more`] : items;
  return shown.length === 1
    ? shown[0]!
    : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]!}`;
}

/** 'quoted once', 'quoted twice', 'quoted 5 times'. */
export function timesQuoted(times: number): string {
  if (times === 1) return 'quoted once';
  if (times === 2) return 'quoted twice';
  return `quoted ${count(times)} times`;
}
