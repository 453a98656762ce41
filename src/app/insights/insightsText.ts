// What the insights view says and where its bars lead: the one-sentence summaries, the labels of
// bins and rows, and the reader addresses (a filter in `?show=`, a permalink in the hash). Pure
// functions over the figures of src/thread/insights.ts, so the sentences are unit-tested. The
// words are messages in the interface language (Lingui's catalogue, active on the main thread:
// the figures' worker produces no text), numbers and dates through Intl in that language.

import { i18n, type MessageDescriptor } from '@lingui/core';
import { msg, plural, t } from '@lingui/core/macro';
import { count, displayScore } from '../../components/formatting';
import { articlePath } from '../../components/paths';
import {
  formatWallClock,
  formatWallDay,
  formatWallMoment,
  formatWallRange,
} from '../../components/wallTime';
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
import { byDateLocale, formatDay, postedAtTime } from '../../thread/time';

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

/**
 * Two scores as a range, both included: '−14 to +8' (in the interface language). The scores
 * are displayScore's: sign, real minus, thousands grouped as the language groups them.
 */
export function scoreRange(min: number, max: number): string {
  const from = displayScore(min);
  const to = displayScore(max);
  return t({ message: `${from} to ${to}`, comment: 'a range of scores, both ends included' });
}

/** '−3' for a one-score bin, '−14 to −10' for a wider one. */
export function scoreBinLabel(bin: Bin): string {
  const last = bin.x1 - 1;
  return last <= bin.x0 ? displayScore(bin.x0) : scoreRange(bin.x0, last);
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
    legend.push({
      tone: 'negative',
      label: t({ message: 'below zero', comment: 'score histogram legend: the scores under 0' }),
    });
  if (zero !== undefined)
    legend.push({
      tone: 'neutral',
      label:
        zero.x1 - zero.x0 === 1
          ? t({ message: 'zero', comment: 'score histogram legend: the score 0' })
          : scoreBinLabel(zero),
    });
  if (bins.some((bin) => scoreTone(bin) === 'positive')) {
    const first = displayScore(zero?.x1 ?? 1);
    legend.push({
      tone: 'positive',
      label:
        zero === undefined || zero.x1 - zero.x0 === 1
          ? t({ message: 'above zero', comment: 'score histogram legend: the scores over 0' })
          : t({
              message: `${first} and above`,
              comment: 'score histogram legend: the scores from this one up',
            }),
    });
  }
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

// The axis's short forms, in the interface language's date locale (English day first).
const tickFormats = byDateLocale((locale) => ({
  /** '23 Jan', '23 janv.', '23 gen'. */
  day: new Intl.DateTimeFormat(locale, { timeZone: 'UTC', day: 'numeric', month: 'short' }),
  /** 'Feb', 'févr.', 'feb'. */
  month: new Intl.DateTimeFormat(locale, { timeZone: 'UTC', month: 'short' }),
}));

/**
 * A tick on the time axis, named by the largest unit it starts (d3's multi-scale idea, on a
 * 24-hour clock), in the interface language: '09:30', '15:00', '23 Jan', 'Feb', '2023'
 * ('23 janv.', 'févr.' in French). Years are never grouped ('2023', not '2 023').
 */
export function timeTickLabel(time: number): string {
  const date = new Date(time);
  if (date.getUTCHours() !== 0 || date.getUTCMinutes() !== 0) return formatWallClock(time);
  if (date.getUTCDate() !== 1) return tickFormats().day.format(time);
  if (date.getUTCMonth() !== 0) return tickFormats().month.format(time);
  return String(date.getUTCFullYear());
}

/** The first and last year of a year bin (its end is the first day of the next one). */
function yearSpan(bin: Bin): string {
  const first = new Date(bin.x0).getUTCFullYear();
  const last = new Date(bin.x1).getUTCFullYear() - 1;
  return last > first ? `${first}–${last}` : String(first);
}

/**
 * A time bin as a reader names it: '22 Jan 2022, 10:00–11:00' (hour), '22 Jan 2022' (day),
 * 'Week of 17 Jan 2022' (weeks start on Monday), 'January 2022', '2022', or '2020–2029' for a
 * bin of several years (its last year included); in the interface language.
 */
export function timeBinLabel(bin: Bin, unit: ActivityUnit): string {
  switch (unit) {
    case 'hour':
      // The shape of formatWallRange within one day, even when the hour ends at midnight.
      return `${formatWallMoment(bin.x0)}–${formatWallClock(bin.x1)}`;
    case 'day':
      return formatWallDay(bin.x0);
    case 'week': {
      const day = formatWallDay(bin.x0);
      return t({
        message: `Week of ${day}`,
        comment: 'a week of the activity chart, by its Monday',
      });
    }
    case 'month':
      return formatDay(bin.x0, 'month');
    case 'year':
      return yearSpan(bin);
  }
}

/** Years in each of the activity's bins: 1, or n when they are utcYear.every(n) (n > 1). */
function yearsPerBin(activity: ActivityFigures): number {
  const bin = activity.bins[0];
  if (activity.unit !== 'year' || bin === undefined) return 1;
  return new Date(bin.x1).getUTCFullYear() - new Date(bin.x0).getUTCFullYear();
}

const ACTIVITY_TITLES: Record<ActivityUnit, MessageDescriptor> = {
  hour: msg`Activity per hour`,
  day: msg`Activity per day`,
  week: msg`Activity per week`,
  month: msg`Activity per month`,
  year: msg`Activity per year`,
};

/** The activity chart's heading: 'Activity per hour', …, 'Activity per 10 years'. */
export function activityTitle(activity: ActivityFigures): string {
  const years = yearsPerBin(activity);
  return years > 1
    ? plural({ years }, { other: 'Activity per # years' })
    : i18n._(ACTIVITY_TITLES[activity.unit]);
}

const ACTIVITY_CAPTIONS: Record<ActivityUnit, MessageDescriptor> = {
  hour: msg`Comments per hour`,
  day: msg`Comments per day`,
  week: msg`Comments per week`,
  month: msg`Comments per month`,
  year: msg`Comments per year`,
};

/** The activity table's caption and its chart's name: 'Comments per hour', …, 'per 10 years'. */
export function activityCaption(activity: ActivityFigures): string {
  const years = yearsPerBin(activity);
  return years > 1
    ? plural({ years }, { other: 'Comments per # years' })
    : i18n._(ACTIVITY_CAPTIONS[activity.unit]);
}

const UNIT_HEADINGS: Record<ActivityUnit, MessageDescriptor> = {
  hour: msg({ message: 'Hour', comment: 'column heading of the activity table' }),
  day: msg({ message: 'Day', comment: 'column heading of the activity table' }),
  week: msg({ message: 'Week', comment: 'column heading of the activity table' }),
  month: msg({ message: 'Month', comment: 'column heading of the activity table' }),
  year: msg({ message: 'Year', comment: 'column heading of the activity table' }),
};

/** The heading of the activity table's first column: 'Hour', …, 'Year', or 'Years' for ranges. */
export function activityHeading(activity: ActivityFigures): string {
  return yearsPerBin(activity) > 1
    ? t({ message: 'Years', comment: 'column heading of the activity table: bins of 10 years' })
    : i18n._(UNIT_HEADINGS[activity.unit]);
}

const UNIT_ITEMS: Record<ActivityUnit, MessageDescriptor> = {
  hour: msg({ message: 'hours', comment: 'what the activity table pages through' }),
  day: msg({ message: 'days', comment: 'what the activity table pages through' }),
  week: msg({ message: 'weeks', comment: 'what the activity table pages through' }),
  month: msg({ message: 'months', comment: 'what the activity table pages through' }),
  year: msg({ message: 'years', comment: 'what the activity table pages through' }),
};

/** What the activity table's rows are, for its pager's names: 'hours', …, 'years'. */
export function activityItems(activity: ActivityFigures): string {
  return i18n._(UNIT_ITEMS[activity.unit]);
}

/** A chapter's span: '22 Jan 2022, 09:32–10:14', or with both days when it crosses midnight. */
export function chapterSpan(chapter: Chapter): string {
  return formatWallRange(chapter.start, chapter.end);
}

/**
 * A length of time in words, rounded to the unit that reads naturally: '45 minutes', '31 hours',
 * '12 days', '5 months', '3 years' (in the interface language, numbers grouped as it groups them).
 */
export function formatDuration(milliseconds: number): string {
  const minutes = Math.round(milliseconds / MINUTE);
  if (minutes < 120) return plural({ minutes }, { one: '# minute', other: '# minutes' });
  const hours = Math.round(minutes / 60);
  if (hours < 72) return plural({ hours }, { one: '# hour', other: '# hours' });
  const days = Math.round(hours / 24);
  if (days < 92) return plural({ days }, { one: '# day', other: '# days' });
  const months = Math.round(days / 30.44);
  if (months < 36) return plural({ months }, { one: '# month', other: '# months' });
  const years = Math.round(days / 365.25);
  return plural({ years }, { one: '# year', other: '# years' });
}

/**
 * The chapter rule as the activity section states it: 'A silence longer than 60 minutes (the
 * larger of an hour and three times the median gap between comments) starts a chapter; the
 * dashed lines in the chart mark them.' With fewer than two dated comments, 'an hour'.
 */
export function chapterRule(activity: ActivityFigures): string {
  const gap =
    activity.chapterGapMinutes === null
      ? t({ message: 'an hour', comment: 'the chapter rule: a silence longer than an hour' })
      : formatDuration(activity.chapterGapMinutes * MINUTE);
  return t`A silence longer than ${gap} (the larger of an hour and three times the median gap between comments) starts a chapter; the dashed lines in the chart mark them.`;
}

/**
 * The heat rule as the hottest table states it: 'Heat = replies ÷ max(1, |score|), among
 * comments with at least 2 replies (…)'; the formula is HOT_REPLIES' and subthreads' in
 * src/thread/insights.ts.
 */
export function heatRule(): string {
  return plural(
    { replies: HOT_REPLIES },
    {
      other:
        'Heat = replies ÷ max(1, |score|), among comments with at least # replies (one reply is an answer, not a discussion): much talk under a comment the votes left near even. The page gives net scores only, not the up and down votes behind them.',
    },
  );
}

/**
 * The first words of a comment (of its first paragraph that has any), with '…' when cut: the
 * document's own text. Null for a comment without text, which the view says in the interface
 * language.
 */
export function excerpt(comment: Comment, words = 10): string | null {
  const text = comment.paragraphs.find((paragraph) => paragraph.trim() !== '') ?? '';
  const all = text.trim().split(/\s+/).filter(Boolean);
  if (all.length === 0) return null;
  return all.length > words ? `${all.slice(0, words).join(' ')}…` : all.join(' ');
}

/** Heat as shown: two decimals, in the interface language ('0.75', '0,75'). */
export function formatHeat(heat: number): string {
  return i18n.number(heat, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
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
  return (
    author ??
    t({
      message: 'an unnamed reader',
      comment: 'the author of a quoting comment, when no reply names them',
    })
  );
}

/**
 * 'Scores run from −14 to +8 with a median of 0; the most common is 0 (6 of 20 comments).'
 * A wider bin reads 'most fall between −5 and −1 (…)'.
 */
export function scoreSummary(scores: ScoreFigures, commentCount: number): string {
  const min = displayScore(scores.min);
  const max = displayScore(scores.max);
  const median = displayScore(scores.median);
  const top = busiest(scores.bins);
  if (scores.min === scores.max) return t`Every score is ${min}.`;
  if (top === null) return t`Scores run from ${min} to ${max} with a median of ${median}.`;
  const most = count(top.count);
  const comments = commentCount;
  if (top.x1 - 1 <= top.x0) {
    const score = displayScore(top.x0);
    return plural(
      { comments },
      {
        one: `Scores run from ${min} to ${max} with a median of ${median}; the most common is ${score} (${most} of # comment).`,
        other: `Scores run from ${min} to ${max} with a median of ${median}; the most common is ${score} (${most} of # comments).`,
      },
    );
  }
  const from = displayScore(top.x0);
  const to = displayScore(top.x1 - 1);
  return plural(
    { comments },
    {
      one: `Scores run from ${min} to ${max} with a median of ${median}; most fall between ${from} and ${to} (${most} of # comment).`,
      other: `Scores run from ${min} to ${max} with a median of ${median}; most fall between ${from} and ${to} (${most} of # comments).`,
    },
  );
}

/**
 * '20 dated comments over 31 hours, in 8 chapters (a gap of more than 60 minutes starts one); the
 * busiest hour was 22 Jan 2022, 10:00–11:00 with 4.' Undated comments are counted apart; no
 * 'over …' when every dated comment has the same time. Built clause by clause, each clause a
 * message that carries the sentence so far as `{sentence}`, so a language can word each one.
 */
export function activitySummary(activity: ActivityFigures): string {
  const { dated, undated } = activity;
  const first = activity.bins[0];
  const last = activity.bins[activity.bins.length - 1];
  if (dated === 0 || first === undefined || last === undefined)
    return undated === 0
      ? t`No comment carries a date, so there is no timeline.`
      : plural(
          { undated },
          {
            one: 'No comment carries a date, so there is no timeline (# more carries no date).',
            other: 'No comment carries a date, so there is no timeline (# more carry no date).',
          },
        );
  let sentence = plural({ dated }, { one: '# dated comment', other: '# dated comments' });
  if (undated > 0)
    sentence = plural(
      { undated },
      { one: `${sentence} (# more carries no date)`, other: `${sentence} (# more carry no date)` },
    );
  const start = activity.chapters[0]?.start ?? first.x0;
  const end = activity.chapters[activity.chapters.length - 1]?.end ?? last.x1;
  // Comments all at one minute span no time: 'over 0 minutes' would say nothing true.
  if (end > start) {
    const duration = formatDuration(end - start);
    sentence = t({
      message: `${sentence} over ${duration}`,
      comment: 'activity summary: the dated comments, and how long the thread ran',
    });
  }
  if (activity.chapterGapMinutes !== null) {
    const gap = formatDuration(activity.chapterGapMinutes * MINUTE);
    sentence = plural(
      { chapters: activity.chapters.length },
      {
        one: `${sentence}, in # chapter (a gap of more than ${gap} starts one)`,
        other: `${sentence}, in # chapters (a gap of more than ${gap} starts one)`,
      },
    );
  }
  const top = busiest(activity.bins);
  if (top === null) return t({ message: `${sentence}.`, comment: 'ends the activity summary' });
  return busiestSentence(activity, sentence, top);
}

/** The activity summary's last clause: the busiest bin, named in its unit, and its count. */
function busiestSentence(activity: ActivityFigures, sentence: string, top: Bin): string {
  const comments = top.count;
  if (yearsPerBin(activity) > 1) {
    const years = yearSpan(top);
    return plural(
      { comments },
      {
        one: `${sentence}; the busiest years were ${years} with #.`,
        other: `${sentence}; the busiest years were ${years} with #.`,
      },
    );
  }
  const when = timeBinLabel(top, activity.unit);
  switch (activity.unit) {
    case 'hour':
      return plural(
        { comments },
        {
          one: `${sentence}; the busiest hour was ${when} with #.`,
          other: `${sentence}; the busiest hour was ${when} with #.`,
        },
      );
    case 'day':
      return plural(
        { comments },
        {
          one: `${sentence}; the busiest day was ${when} with #.`,
          other: `${sentence}; the busiest day was ${when} with #.`,
        },
      );
    case 'week': {
      const monday = formatWallDay(top.x0);
      return plural(
        { comments },
        {
          one: `${sentence}; the busiest week was the week of ${monday} with #.`,
          other: `${sentence}; the busiest week was the week of ${monday} with #.`,
        },
      );
    }
    case 'month':
      return plural(
        { comments },
        {
          one: `${sentence}; the busiest month was ${when} with #.`,
          other: `${sentence}; the busiest month was ${when} with #.`,
        },
      );
    case 'year':
      return plural(
        { comments },
        {
          one: `${sentence}; the busiest year was ${when} with #.`,
          other: `${sentence}; the busiest year was ${when} with #.`,
        },
      );
  }
}

/** 'Replies go 6 levels deep; level 2 holds the most comments (6 of 20).' */
export function depthSummary(depths: readonly DepthCount[], commentCount: number): string {
  let top: DepthCount | null = null;
  for (const level of depths) if (top === null || level.count > top.count) top = level;
  if (top === null || commentCount === 0) return t`There are no comments.`;
  if (depths.length === 1) return t`Every comment is at the top level: nobody replied to another.`;
  const level = count(top.depth);
  const most = count(top.count);
  const total = count(commentCount);
  return plural(
    { levels: depths.length },
    {
      other: `Replies go # levels deep; level ${level} holds the most comments (${most} of ${total}).`,
    },
  );
}

/** 'The largest subthread is under comment 1, with 9 replies.' */
export function largestSummary(largest: readonly Subthread[], idOf: (i: number) => string): string {
  const top = largest[0];
  if (top === undefined || top.replies === 0) return t`No comment has a reply.`;
  const id = idOf(top.comment);
  return plural(
    { replies: top.replies },
    {
      one: `The largest subthread is under comment ${id}, with # reply.`,
      other: `The largest subthread is under comment ${id}, with # replies.`,
    },
  );
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
      ? t`No comment has a reply, so none is hot.`
      : plural(
          { replies: HOT_REPLIES },
          { other: 'No comment has # or more replies, so none is hot.' },
        );
  const id = idOf(top.comment);
  const score = displayScore(top.score);
  const heat = formatHeat(top.heat);
  return plural(
    { replies: top.replies },
    {
      one: `The hottest is under comment ${id}: # reply on a score of ${score} (heat ${heat}).`,
      other: `The hottest is under comment ${id}: # replies on a score of ${score} (heat ${heat}).`,
    },
  );
}

/**
 * '3 quotes; the most quoted comments, 1, 1.1.1 and 2, are quoted once each; most quotes go
 * from an unnamed reader to Mikhaïl L. (2).' The pair is the first of the who-quotes-whom table.
 * Built clause by clause, as activitySummary.
 */
export function quotesSummary(insights: ThreadInsights, idOf: (i: number) => string): string {
  if (insights.quoteCount === 0) return t`No comment quotes another.`;
  let sentence = plural({ quotes: insights.quoteCount }, { one: '# quote', other: '# quotes' });
  const top = insights.mostQuoted[0];
  if (top === undefined) {
    sentence = t`${sentence}; none of them could be traced to the comment it quotes`;
  } else {
    const times = top.quotedBy;
    const tied = insights.mostQuoted.filter((entry) => entry.quotedBy === times);
    if (tied.length === 1) {
      const id = idOf(top.comment);
      sentence = plural(
        { times },
        {
          1: `${sentence}; the most quoted comment is ${id} (quoted once)`,
          2: `${sentence}; the most quoted comment is ${id} (quoted twice)`,
          other: `${sentence}; the most quoted comment is ${id} (quoted # times)`,
        },
      );
    } else {
      const ids = listOf(tied.map((entry) => idOf(entry.comment)));
      sentence = plural(
        { times },
        {
          1: `${sentence}; the most quoted comments, ${ids}, are quoted once each`,
          2: `${sentence}; the most quoted comments, ${ids}, are quoted twice each`,
          other: `${sentence}; the most quoted comments, ${ids}, are quoted # times each`,
        },
      );
    }
  }
  const pair = insights.quoteEdges[0];
  if (pair === undefined) return t({ message: `${sentence}.`, comment: 'ends the quotes summary' });
  const { from, to } = pair;
  const quotes = count(pair.count);
  return from === null
    ? t`${sentence}; most quotes go from an unnamed reader to ${to} (${quotes}).`
    : t`${sentence}; most quotes go from ${from} to ${to} (${quotes}).`;
}

/**
 * A list in the interface language: 'a', 'a and b', 'a, b and c', 'a, b, c and 4 more' (of a
 * longer list).
 */
function listOf(items: readonly string[]): string {
  const more = items.length - 3;
  const shown =
    items.length > 4
      ? [
          ...items.slice(0, 3),
          t({
            message: plural({ more }, { other: '# more' }),
            comment: 'ends a list of comment ids: how many more are not named',
          }),
        ]
      : items;
  return listFormat().format(shown);
}

// English lists the British way, as its dates: 'a, b and c', no comma before 'and'.
const listFormat = byDateLocale((locale) => new Intl.ListFormat(locale, { type: 'conjunction' }));
