// Comment dates: 'YYYY-MM-DDTHH:MM' or 'YYYY-MM-DD', wall-clock time with no zone (the source
// gives none), so they are read as local time. Shown in the interface language through Intl.

import { i18n } from '@lingui/core';
import { t } from '@lingui/core/macro';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

// English dates keep the British order and 24-hour clock Fil has always shown ('22 Jan 2022,
// 09:32'); French and Italian read as in France and Italy.
const DATE_LOCALES: Readonly<Record<string, string>> = { en: 'en-GB', fr: 'fr-FR', it: 'it-IT' };

/**
 * The BCP 47 tag dates are formatted with for the active interface language (Lingui's
 * `i18n.locale`, read at each call): 'en' → 'en-GB', 'fr' → 'fr-FR', 'it' → 'it-IT'; another
 * tag as it is; 'en-GB' before any language is active.
 */
export function dateLocale(): string {
  const locale = i18n.locale;
  return DATE_LOCALES[locale] ?? (locale || 'en-GB');
}

/**
 * `make(locale)` for the active date locale, made once per locale and kept: Intl formatters
 * cost tens of microseconds to build, and a thread formats a date per visible comment.
 */
export function byDateLocale<T>(make: (locale: string) => T): () => T {
  const made = new Map<string, T>();
  return () => {
    const locale = dateLocale();
    let value = made.get(locale);
    if (value === undefined) {
      value = make(locale);
      made.set(locale, value);
    }
    return value;
  };
}

// Pure: a bundle that uses no formatter (the insights worker) drops them and Lingui with them.
const relativeFormat = /* @__PURE__ */ byDateLocale(
  (locale) => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }),
);

export type PostedAtParts = {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  /** False for 'YYYY-MM-DD': the source gave a day only. */
  readonly hasTime: boolean;
};

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in `month` (1–12) of `year` (proleptic Gregorian calendar, as ISO 8601 writes dates). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The number written by the ASCII digits at [start, end), or NaN if any is not a digit. */
function digitsAt(text: string, start: number, end: number): number {
  let value = 0;
  for (let k = start; k < end; k++) {
    const digit = text.charCodeAt(k) - 48;
    if (digit < 0 || digit > 9) return Number.NaN;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * The fields of a postedAt string, or null when it is not a real calendar date and time.
 * Read by character positions rather than a regular expression: a re-sort by date reads 100,000.
 */
export function postedAtParts(postedAt: string): PostedAtParts | null {
  const hasTime = postedAt.length === 16;
  if (!hasTime && postedAt.length !== 10) return null;
  if (postedAt[4] !== '-' || postedAt[7] !== '-') return null;
  if (hasTime && (postedAt[10] !== 'T' || postedAt[13] !== ':')) return null;
  const year = digitsAt(postedAt, 0, 4);
  const month = digitsAt(postedAt, 5, 7);
  const day = digitsAt(postedAt, 8, 10);
  const hour = hasTime ? digitsAt(postedAt, 11, 13) : 0;
  const minute = hasTime ? digitsAt(postedAt, 14, 16) : 0;
  // NaN fails every comparison, so the Number.isNaN checks are folded into the range tests.
  if (!(year >= 0 && hour >= 0 && minute >= 0)) return null;
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month))) return null;
  if (hour > 23 || minute > 59) return null;
  return { year, month, day, hour, minute, hasTime };
}

function localDate(parts: PostedAtParts): Date {
  const date = new Date(2000, 0, 1);
  // setFullYear, unlike the constructor, does not map years 0–99 to 1900–1999.
  date.setFullYear(parts.year, parts.month - 1, parts.day);
  date.setHours(parts.hour, parts.minute, 0, 0);
  return date;
}

/** Local-time Date for a postedAt string; an Invalid Date when the string is malformed. */
export function parsePostedAt(postedAt: string): Date {
  const parts = postedAtParts(postedAt);
  return parts === null ? new Date(Number.NaN) : localDate(parts);
}

/**
 * A number that orders postedAt values by wall-clock time (NaN for null or malformed).
 * No Date and no time zone involved, so sorting 100,000 comments stays cheap and DST cannot reorder.
 */
export function postedAtSortKey(postedAt: string | null): number {
  if (postedAt === null) return Number.NaN;
  const parts = postedAtParts(postedAt);
  if (parts === null) return Number.NaN;
  const { year, month, day, hour, minute } = parts;
  return (((year * 12 + month - 1) * 31 + day - 1) * 24 + hour) * 60 + minute;
}

/**
 * The postedAt as a number of milliseconds: Date.UTC of its fields as written (midnight for a
 * day only), NaN for null or malformed. Not a real instant (the source gives no zone): a time
 * line of the thread's own wall clock, which d3-time's UTC intervals bin and
 * `formatWallTime` reads back exactly as the page wrote it, whatever the reader's time zone.
 */
export function postedAtTime(postedAt: string | null): number {
  const parts = postedAt === null ? null : postedAtParts(postedAt);
  if (parts === null) return Number.NaN;
  const { year, month, day, hour, minute } = parts;
  // Date.UTC makes no Date: a filter or the insights read 100,000 of these (~20 ms, against ~50
  // with a Date and two setters). It maps years 0–99 to 1900–1999, so those take the slow way.
  if (year >= 100) return Date.UTC(year, month - 1, day, hour, minute);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, 0, 0);
  return date.getTime();
}

/** A postedAtTime back as 'YYYY-MM-DDTHH:MM' (the postedAt format); '' for NaN. */
export function formatWallTime(time: number): string {
  if (Number.isNaN(time)) return '';
  return new Date(time).toISOString().slice(0, 16);
}

/** Whole calendar days from b to a (negative when a is earlier), immune to DST-length days. */
function calendarDayDifference(a: Date, b: Date): number {
  const utcA = new Date(0);
  utcA.setUTCFullYear(a.getFullYear(), a.getMonth(), a.getDate());
  const utcB = new Date(0);
  utcB.setUTCFullYear(b.getFullYear(), b.getMonth(), b.getDate());
  return Math.round((utcA.getTime() - utcB.getTime()) / DAY);
}

/** Whole calendar months from earlier to later (later >= earlier). */
function wholeMonthsBetween(earlier: Date, later: Date): number {
  const months =
    (later.getFullYear() - earlier.getFullYear()) * 12 + (later.getMonth() - earlier.getMonth());
  return later.getDate() < earlier.getDate() ? months - 1 : months;
}

/** 'undated', in the interface language: what a comment without a readable date shows. */
export function undatedLabel(): string {
  return t({ message: 'undated', comment: 'a comment whose date is missing or unreadable' });
}

/**
 * 'just now', '5 minutes ago', '3 hours ago', 'yesterday', '4 days ago', '3 months ago',
 * '4 years ago'; future dates read 'in 2 days'. Days and beyond count calendar days, so a
 * comment from 23:00 seen at 01:00 the day after is still '2 hours ago' but one from the day
 * before yesterday is never 'yesterday'. A date without a time is never given hours: it is
 * 'today', 'yesterday', … In the interface language, through Intl.RelativeTimeFormat ('il y a
 * 3 heures', 'ieri').
 */
export function formatRelative(postedAt: string | null, now: Date): string {
  if (postedAt === null) return undatedLabel();
  const parts = postedAtParts(postedAt);
  if (parts === null || Number.isNaN(now.getTime())) return undatedLabel();
  const date = localDate(parts);
  const difference = date.getTime() - now.getTime();
  const sign = difference < 0 ? -1 : 1;
  const elapsed = Math.abs(difference);
  const relative = relativeFormat();

  if (parts.hasTime) {
    if (elapsed < MINUTE)
      return t({ message: 'just now', comment: 'a comment posted less than a minute ago' });
    if (elapsed < HOUR) return relative.format(sign * Math.floor(elapsed / MINUTE), 'minute');
    if (elapsed < DAY) return relative.format(sign * Math.floor(elapsed / HOUR), 'hour');
  }

  let days = calendarDayDifference(date, now);
  // A 25-hour DST day can leave a full day of elapsed time on one calendar day.
  if (parts.hasTime && days === 0) days = sign;
  if (Math.abs(days) < 30) return relative.format(days, 'day');

  const [earlier, later] = difference < 0 ? [date, now] : [now, date];
  const months = Math.max(1, wholeMonthsBetween(earlier, later));
  if (months < 12) return relative.format(sign * months, 'month');
  return relative.format(sign * Math.floor(months / 12), 'year');
}

const dayFormats = /* @__PURE__ */ byDateLocale((locale) => ({
  long: new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }),
  short: new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }),
  monthOfYear: new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    month: 'long',
    year: 'numeric',
  }),
}));

/**
 * A day in the active date locale, from a postedAtTime (Date.UTC of the fields as written, read
 * back in UTC): `'long'` '22 January 2022' / '22 janvier 2022' / '22 gennaio 2022'; `'short'`
 * '22 Jan 2022' / '22 janv. 2022' / '22 gen 2022'; `'month'` 'January 2022' / 'janvier 2022'.
 * The year is the one written, also year 0, which Intl's Gregorian calendar would call 1 BC.
 */
export function formatDay(time: number, style: 'long' | 'short' | 'month'): string {
  const formats = dayFormats();
  const format = style === 'month' ? formats.monthOfYear : formats[style];
  const year = new Date(time).getUTCFullYear();
  if (year >= 1) return format.format(time);
  let text = '';
  for (const part of format.formatToParts(time))
    text += part.type === 'year' ? String(year) : part.type === 'era' ? '' : part.value;
  return text.trim();
}

function twoDigits(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

/**
 * '22 January 2022, 09:32' in English (no time when the source had none), '22 janvier 2022,
 * 09:32' in French, '22 gennaio 2022, 09:32' in Italian: the day from the string's own fields
 * read in UTC, so no time zone or DST gap can shift it, and the clock as written (24 hours, as
 * all three languages write it). A malformed value is shown as written rather than hidden.
 */
export function formatAbsolute(postedAt: string | null): string {
  if (postedAt === null)
    return t({ message: 'no date given', comment: 'a comment the page gives no date for' });
  const parts = postedAtParts(postedAt);
  if (parts === null) return postedAt;
  const day = formatDay(postedAtTime(postedAt), 'long');
  return parts.hasTime ? `${day}, ${twoDigits(parts.hour)}:${twoDigits(parts.minute)}` : day;
}

/** Comments younger than this show how long ago they were posted; older ones, the date. */
const RECENT = 7 * DAY;

/** Whether the comment was posted less than a week from `now` (either way): shown relative. */
export function isRecent(postedAt: string | null, now: Date): boolean {
  const parts = postedAt === null ? null : postedAtParts(postedAt);
  if (parts === null || Number.isNaN(now.getTime())) return false;
  return Math.abs(localDate(parts).getTime() - now.getTime()) < RECENT;
}
