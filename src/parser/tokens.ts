// Stage 2: what a single line can be. Each recogniser is a pure function of one line's
// content (indentation already removed), and returns null when the line is something else.

import {
  LANGUAGE_BY_QUOTE_WORD,
  MONTH_BY_NAME,
  type Language,
  type MonthEntry,
} from './lexicon.ts';

export type HeaderToken = { readonly number: number; readonly score: number };

// Hand-written scanners for the two lines every comment has (header and date): they read the
// text by offset and allocate nothing on the way, since a big thread has 100,000 of each.

const SPACE = 0x20;
const TAB = 0x09;
const DOT = 0x2e;
const COMMA = 0x2c;
const COLON = 0x3a;
const PLUS = 0x2b;
// - − – —: compared directly, cheaper than a Set lookup on every header line.
const isMinusSign = (code: number) =>
  code === 0x2d || code === 0x2212 || code === 0x2013 || code === 0x2014;

const isDigit = (code: number) => code >= 0x30 && code <= 0x39;
const isBlankCode = (code: number) => code === SPACE || code === TAB;

/** Where a scan stopped; -1 when it failed. Module-level scratch, reset by each scan. */
let scanNumber = 0;

/** Reads 1..maxDigits digits at `at`; sets scanNumber and returns the offset after them. */
function readDigits(text: string, at: number, end: number, maxDigits: number): number {
  let value = 0;
  let i = at;
  while (i < end && i - at < maxDigits && isDigit(text.charCodeAt(i)))
    value = value * 10 + text.charCodeAt(i++) - 0x30;
  if (i === at || (i < end && isDigit(text.charCodeAt(i)))) return -1;
  scanNumber = value;
  return i;
}

function skipBlanks(text: string, at: number, end: number): number {
  while (at < end && isBlankCode(text.charCodeAt(at))) at++;
  return at;
}

/**
 * "<n>. <score>" in text[start, end): "1. - 12", "2. +7", "3. 0", "1. −12" (U+2212), en and em
 * dashes as minus. `end` excludes trailing blanks.
 */
export function scanHeader(text: string, start: number, end: number): HeaderToken | null {
  let at = readDigits(text, start, end, 9);
  if (at === -1 || at >= end || text.charCodeAt(at) !== DOT) return null;
  const number = scanNumber;
  at = skipBlanks(text, at + 1, end);
  let negative = false;
  if (at < end) {
    const code = text.charCodeAt(at);
    if (code === PLUS) at = skipBlanks(text, at + 1, end);
    else if (isMinusSign(code)) {
      negative = true;
      at = skipBlanks(text, at + 1, end);
    }
  }
  at = readDigits(text, at, end, 9);
  if (at !== end) return null;
  // `|| 0` keeps "-0" from becoming -0.
  return { number, score: (negative ? -scanNumber : scanNumber) || 0 };
}

export function matchHeader(content: string): HeaderToken | null {
  return scanHeader(content, 0, content.length);
}

export type DateToken = { readonly iso: string; readonly entry: MonthEntry };

const PAD2 = Array.from({ length: 60 }, (_, n) => (n < 10 ? `0${n}` : String(n)));
// 'THH:MM' for every minute of the day: a big thread has 100,000 dates.
const TIME_OF_DAY = Array.from(
  { length: 24 * 60 },
  (_, n) => `T${PAD2[Math.floor(n / 60)]}:${PAD2[n % 60]}`,
);
const ORDINALS = ['er', 'st', 'nd', 'rd', 'th'] as const;
const TIME_WORDS = ['à', 'at', 'um', 'alle', 'ore', 'a las', 'в'] as const;
const CYRILLIC_GE = 0x433; // "г." after a Russian year

/**
 * A run of characters copied out of a text, to recognise the same run again. Copied rather
 * than sliced: a slice of 13 or more characters is a view that would keep a 50 MB text alive
 * in these module-level caches. Compared by hand: String#startsWith costs ~90 ns a call here,
 * three times this loop over a date's first 14 characters.
 */
class RememberedRun {
  private readonly codes = new Uint16Array(64);
  length = -1;

  /** Whether text[at, at + length) is the remembered run (and fits before `end`). */
  isAt(text: string, at: number, end: number): boolean {
    const length = this.length;
    if (length < 0 || at + length > end) return false;
    for (let i = 0; i < length; i++) if (text.charCodeAt(at + i) !== this.codes[i]) return false;
    return true;
  }

  remember(text: string, start: number, end: number): void {
    const length = end - start;
    if (length > this.codes.length) {
      this.length = -1;
      return;
    }
    for (let i = 0; i < length; i++) this.codes[i] = text.charCodeAt(start + i);
    this.length = length;
  }
}

// The last month word seen and its entry: consecutive comments mostly share a month.
const lastMonthWord = new RememberedRun();
let lastMonthEntry: MonthEntry | undefined;

function lookUpMonth(text: string, start: number, end: number): MonthEntry | undefined {
  if (end - start === lastMonthWord.length && lastMonthWord.isAt(text, start, end))
    return lastMonthEntry;
  lastMonthEntry = MONTH_BY_NAME.get(text.slice(start, end).toLowerCase());
  lastMonthWord.remember(text, start, end);
  return lastMonthEntry;
}

// The day part of the last date line ("1 janvier 2022"), as written, with its ISO date and
// month: comments come in runs of the same day, and a line that starts with the same
// characters (not followed by another digit) has the same day, without reading the day,
// month and year one by one.
const lastDay = new RememberedRun();
let lastDayIso = '';
let lastDayEntry: MonthEntry | null = null;

function startsWithWord(text: string, at: number, end: number, word: string): boolean {
  return at + word.length <= end && text.startsWith(word, at);
}

/**
 * "<day> <month> <year>" at text[start, end); returns the offset after the year, or -1, and
 * remembers the day in lastDay*.
 */
function scanDay(text: string, start: number, end: number): number {
  let at = readDigits(text, start, end, 2);
  if (at === -1) return -1;
  const day = scanNumber;
  // Ordinals ("1er", "2nd") only ever follow the digits directly, so a blank means none.
  if (at < end && !isBlankCode(text.charCodeAt(at))) {
    for (const ordinal of ORDINALS) {
      if (startsWithWord(text, at, end, ordinal)) {
        at += ordinal.length;
        break;
      }
    }
  }
  if (at < end && text.charCodeAt(at) === DOT) at++;
  const monthStart = skipBlanks(text, at, end);
  if (monthStart === at) return -1;
  at = monthStart;
  while (at < end) {
    const code = text.charCodeAt(at);
    if (
      isBlankCode(code) ||
      isDigit(code) ||
      code === DOT ||
      code === COMMA ||
      code === COLON ||
      code === 0xa0
    )
      break;
    at++;
  }
  if (at === monthStart) return -1;
  const entry = lookUpMonth(text, monthStart, at);
  if (!entry) return -1;
  if (at < end && text.charCodeAt(at) === DOT) at++;
  if (at < end && text.charCodeAt(at) === COMMA) at++;
  const yearStart = skipBlanks(text, at, end);
  if (yearStart === at) return -1;
  at = readDigits(text, yearStart, end, 4);
  if (at === -1 || at - yearStart !== 4) return -1;
  const year = scanNumber;
  if (day < 1 || day > daysInMonth(year, entry.month)) return -1;
  lastDay.remember(text, start, at);
  lastDayIso = `${year}-${PAD2[entry.month]}-${PAD2[day]}`;
  lastDayEntry = entry;
  return at;
}

/**
 * "<day> <month> <year>[ г.][[,] [à|at|um|…] <hh>:<mm>]" in text[start, end), with an optional
 * space after the colon and an optional ordinal ("1er", "1st", "1.").
 */
export function scanDate(text: string, start: number, end: number): DateToken | null {
  let at: number;
  let date: string;
  let entry: MonthEntry;
  if (
    lastDay.isAt(text, start, end) &&
    !(start + lastDay.length < end && isDigit(text.charCodeAt(start + lastDay.length)))
  ) {
    at = start + lastDay.length;
    date = lastDayIso;
    entry = lastDayEntry!;
  } else {
    at = scanDay(text, start, end);
    if (at === -1) return null;
    date = lastDayIso;
    entry = lastDayEntry!;
  }
  const afterYear = skipBlanks(text, at, end);
  if (afterYear < end && text.charCodeAt(afterYear) === CYRILLIC_GE) {
    at = afterYear + 1;
    if (at < end && text.charCodeAt(at) === DOT) at++;
  }
  if (at === end) return { iso: date, entry };

  // The time: [,] blanks [word blanks] hh blanks ":" blanks mm
  if (text.charCodeAt(at) === COMMA) at++;
  const timeStart = skipBlanks(text, at, end);
  if (timeStart === at) return null;
  at = timeStart;
  // An optional word before the time ("à", "at", "um"), never when the hour comes first.
  if (!isDigit(text.charCodeAt(at))) {
    for (const word of TIME_WORDS) {
      if (
        startsWithWord(text, at, end, word) &&
        at + word.length < end &&
        isBlankCode(text.charCodeAt(at + word.length))
      ) {
        at = skipBlanks(text, at + word.length, end);
        break;
      }
    }
  }
  at = readDigits(text, at, end, 2);
  if (at === -1) return null;
  const hour = scanNumber;
  at = skipBlanks(text, at, end);
  if (at >= end || text.charCodeAt(at) !== COLON) return null;
  const minuteStart = skipBlanks(text, at + 1, end);
  at = readDigits(text, minuteStart, end, 2);
  if (at !== end || at - minuteStart !== 2) return null;
  const minute = scanNumber;
  if (hour > 23 || minute > 59) return null;
  return { iso: date + TIME_OF_DAY[hour * 60 + minute]!, entry };
}

export function matchDate(content: string): DateToken | null {
  return scanDate(content, 0, content.length);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!;
}

/** A date line cut short at the end of a document: "22 janv", "22 janvier 20". */
const DATE_PREFIX = /^\d{1,2}(?:er|st|nd|rd|th|\.)?[ \t]+\p{L}/u;
export function looksLikeDatePrefix(content: string): boolean {
  return DATE_PREFIX.test(content);
}

/** Anywhere in a sentence: "Mosca, 1 febbraio 2022 - …" gives the article's dateline. */
const DATE_IN_TEXT = /(?:^|[\s,(])(\d{1,2})(?:er)?[ \t]+([\p{L}]+)[ \t]+(\d{4})(?=$|[\s,.;)–-])/u;
export function findDateInText(text: string): string | null {
  const match = DATE_IN_TEXT.exec(text);
  if (!match) return null;
  return matchDate(`${match[1]} ${match[2]} ${match[3]}`)?.iso ?? null;
}

export type QuoteHeaderToken = { readonly author: string; readonly language: Language };

const QUOTE_HEADER =
  /^(Citation|Citazione|Quote|Zitat|Cita|Цитата)[ \t\u00a0]*:[ \t\u00a0]*(\S.*)$/u;

export function matchQuoteHeader(content: string): QuoteHeaderToken | null {
  const match = QUOTE_HEADER.exec(content);
  if (!match) return null;
  const author = match[2]!.trim();
  const language = LANGUAGE_BY_QUOTE_WORD.get(match[1]!);
  if (author === '' || !language) return null;
  return { author, language };
}

/** " date 2022-01 https://…" before the title (seed 004). "-" stands for an unknown date. */
const METADATA = /^date[ \t]+(\d{4}(?:-\d{2}){0,2}|-)(?:[ \t]+(\S+))?$/;
export type MetadataToken = { readonly published: string | null; readonly url: string | null };

export function matchMetadata(content: string): MetadataToken | null {
  const match = METADATA.exec(content);
  if (!match) return null;
  const url = match[2] ?? null;
  if (url !== null && !/^https?:\/\//i.test(url)) return null;
  return { published: match[1] === '-' ? null : match[1]!, url };
}

export const DECLARED_COUNT = /^\d{1,9}$/;
