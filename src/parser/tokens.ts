// Stage 2: what a single line can be. Each recogniser reads one line's content (indentation
// already removed) and returns null when the line is something else. The two scanners every
// comment needs (header and date) keep what they remember between lines in a TokenScanner, one
// per parse: no module-level state outlives a parse or holds its text.

import * as codes from './codes.ts';
import {
  LANGUAGE_BY_QUOTE_WORD,
  MONTH_BY_NAME,
  WEEKDAY_NAMES,
  type Language,
  type MonthEntry,
} from './lexicon.ts';

// Local copies on purpose: under Node an imported binding is read through the module record
// at every use, and importing these names made a 50 MB parse about 60 % slower.
const COLON = codes.COLON;
const COMMA = codes.COMMA;
const DOT = codes.DOT;
const PLUS = codes.PLUS;
const SPACE = codes.SPACE;
const TAB = codes.TAB;

export type HeaderToken = { readonly number: number; readonly score: number };

// Hand-written scanners for the two lines every comment has (header and date): they read the
// text by offset and allocate nothing on the way, since a big thread has 100,000 of each.

// Minus: - − – — ‐ ‑ ‒ ﹣ －; plus: + ＋. Compared directly, cheaper than a Set lookup on
// every header line.
const isMinusSign = (code: number) =>
  code === 0x2d ||
  code === 0x2212 ||
  code === 0x2013 ||
  code === 0x2014 ||
  (code >= 0x2010 && code <= 0x2012) ||
  code === 0xfe63 ||
  code === 0xff0d;
const isPlusSign = (code: number) => code === PLUS || code === 0xff0b;

const isDigit = (code: number) => code >= 0x30 && code <= 0x39;
/**
 * A space between the parts of a header or a date: space, tab, and every Unicode space
 * (no-break U+00A0, narrow no-break U+202F, thin U+2009, …), which pages put after a sign or
 * between a day and its month.
 */
const isBlankCode = (code: number) =>
  code === SPACE ||
  code === TAB ||
  (code >= 0xa0 &&
    (code === 0xa0 ||
      code === 0x202f ||
      (code >= 0x2000 && code <= 0x200a) ||
      code === 0x3000 ||
      code === 0x1680 ||
      code === 0x205f));

function skipBlanks(text: string, at: number, end: number): number {
  while (at < end && isBlankCode(text.charCodeAt(at))) at++;
  return at;
}

/**
 * A run of characters copied out of a text, to recognise the same run again. Copied rather
 * than sliced: a slice of 13 or more characters is a view that would keep the text alive.
 * Compared by hand: String#startsWith costs ~90 ns a call here, three times this loop over a
 * date's first 14 characters.
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

/**
 * The header and date scanners with what they remember between lines of one text. Make one
 * per parse: it remembers the last month word and the last day (comments come in runs of the
 * same day), never the text itself.
 */
export class TokenScanner {
  /** The value read by the last readDigits. */
  private number = 0;
  // The last month word seen and its entry: consecutive comments mostly share a month.
  private readonly lastMonthWord = new RememberedRun();
  private lastMonthEntry: MonthEntry | undefined = undefined;
  // The day part of the last date line ("1 janvier 2022"), as written, with its ISO date and
  // month: a line that starts with the same characters (not followed by another digit) has the
  // same day, without reading the day, month and year one by one.
  private readonly lastDay = new RememberedRun();
  private lastDayIso = '';
  private lastDayEntry: MonthEntry | null = null;

  /** Reads 1..maxDigits digits at `at`; sets this.number and returns the offset after them. */
  private readDigits(text: string, at: number, end: number, maxDigits: number): number {
    let value = 0;
    let i = at;
    while (i < end && i - at < maxDigits && isDigit(text.charCodeAt(i)))
      value = value * 10 + text.charCodeAt(i++) - 0x30;
    if (i === at || (i < end && isDigit(text.charCodeAt(i)))) return -1;
    this.number = value;
    return i;
  }

  /**
   * "<n>. <score>" in text[start, end): "1. - 12", "2. +7", "3. 0", "1. −12" (U+2212), dashes
   * and other minus signs, any Unicode space after the dot or the sign.
   */
  scanHeader(text: string, start: number, end: number): HeaderToken | null {
    let at = this.readDigits(text, start, end, 9);
    if (at === -1 || at >= end || text.charCodeAt(at) !== DOT) return null;
    const number = this.number;
    at = skipBlanks(text, at + 1, end);
    let negative = false;
    if (at < end) {
      const code = text.charCodeAt(at);
      if (isPlusSign(code)) at = skipBlanks(text, at + 1, end);
      else if (isMinusSign(code)) {
        negative = true;
        at = skipBlanks(text, at + 1, end);
      }
    }
    at = this.readDigits(text, at, end, 9);
    if (at === -1 || skipBlanks(text, at, end) !== end) return null;
    // `|| 0` keeps "-0" from becoming -0.
    return { number, score: (negative ? -this.number : this.number) || 0 };
  }

  private lookUpMonth(text: string, start: number, end: number): MonthEntry | undefined {
    const remembered = this.lastMonthWord;
    if (end - start === remembered.length && remembered.isAt(text, start, end))
      return this.lastMonthEntry;
    this.lastMonthEntry = MONTH_BY_NAME.get(text.slice(start, end).toLowerCase());
    remembered.remember(text, start, end);
    return this.lastMonthEntry;
  }

  /**
   * "<day> <month> <year>" at text[start, end); returns the offset after the year, or -1, and
   * remembers the day in lastDay*.
   */
  private scanDay(text: string, start: number, end: number): number {
    let at = this.readDigits(text, start, end, 2);
    if (at === -1) return -1;
    const day = this.number;
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
      if (isBlankCode(code) || isDigit(code) || code === DOT || code === COMMA || code === COLON)
        break;
      at++;
    }
    if (at === monthStart) return -1;
    const entry = this.lookUpMonth(text, monthStart, at);
    if (!entry) return -1;
    if (at < end && text.charCodeAt(at) === DOT) at++;
    if (at < end && text.charCodeAt(at) === COMMA) at++;
    const yearStart = skipBlanks(text, at, end);
    if (yearStart === at) return -1;
    at = this.readDigits(text, yearStart, end, 4);
    if (at === -1 || at - yearStart !== 4) return -1;
    const year = this.number;
    if (day < 1 || day > daysInMonth(year, entry.month)) return -1;
    this.lastDay.remember(text, start, at);
    this.lastDayIso = `${year}-${PAD2[entry.month]}-${PAD2[day]}`;
    this.lastDayEntry = entry;
    return at;
  }

  /**
   * A comment's date line in text[start, end). The usual form, read by hand:
   * "<day> <month> <year>[ г.][[,] [à|at|um|…] <hh>:<mm>]", with an optional space after the
   * colon, an optional ordinal ("1er", "1st", "1.") and any Unicode space between the parts.
   * Other orders and shapes (a weekday first, the month first, ISO or numeric dates, "9h32",
   * "9:32 PM") go to readOtherDate.
   */
  scanDate(text: string, start: number, end: number): DateToken | null {
    let at: number;
    const lastDay = this.lastDay;
    if (
      lastDay.isAt(text, start, end) &&
      !(start + lastDay.length < end && isDigit(text.charCodeAt(start + lastDay.length)))
    ) {
      at = start + lastDay.length;
    } else {
      at = this.scanDay(text, start, end);
      if (at === -1) return readOtherDate(text.slice(start, end));
    }
    const date = this.lastDayIso;
    const entry = this.lastDayEntry;
    const afterYear = skipBlanks(text, at, end);
    if (afterYear < end && text.charCodeAt(afterYear) === CYRILLIC_GE) {
      at = afterYear + 1;
      if (at < end && text.charCodeAt(at) === DOT) at++;
    }
    if (skipBlanks(text, at, end) === end) return { iso: date, entry, usual: true };

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
    at = this.readDigits(text, at, end, 2);
    if (at === -1) return readOtherDate(text.slice(start, end));
    const hour = this.number;
    at = skipBlanks(text, at, end);
    if (at >= end || text.charCodeAt(at) !== COLON) return readOtherDate(text.slice(start, end));
    const minuteStart = skipBlanks(text, at + 1, end);
    at = this.readDigits(text, minuteStart, end, 2);
    if (at === -1 || at - minuteStart !== 2 || skipBlanks(text, at, end) !== end)
      return readOtherDate(text.slice(start, end));
    const minute = this.number;
    if (hour > 23 || minute > 59) return null;
    return { iso: date + TIME_OF_DAY[hour * 60 + minute]!, entry, usual: true };
  }
}

export type DateToken = {
  /** 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:MM', as written (no zone). */
  readonly iso: string;
  /** The month word's entry, for the language vote; null for a numeric date. */
  readonly entry: MonthEntry | null;
  /**
   * Written the seeds' way ("22 janvier 2022 09:32"), read by the hand scanner. Other shapes
   * (readOtherDate) are common in prose too, so a page must show them more than once before
   * they make headers (see SourceLines.otherShapedDates).
   */
  readonly usual: boolean;
};

const PAD2 = Array.from({ length: 60 }, (_, n) => (n < 10 ? `0${n}` : String(n)));
// 'THH:MM' for every minute of the day: a big thread has 100,000 dates.
const TIME_OF_DAY = Array.from(
  { length: 24 * 60 },
  (_, n) => `T${PAD2[Math.floor(n / 60)]}:${PAD2[n % 60]}`,
);
const ORDINALS = ['er', 'st', 'nd', 'rd', 'th'] as const;
const TIME_WORDS = ['à', 'at', 'um', 'alle', 'ore', 'a las', 'в'] as const;
const CYRILLIC_GE = 0x433; // "г." after a Russian year

function startsWithWord(text: string, at: number, end: number, word: string): boolean {
  return at + word.length <= end && text.startsWith(word, at);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!;
}

// The rarer date shapes, read with regular expressions: they run only on a line under a
// header that the hand-written scanner did not read, or on the few lines above a title.
// \s with the u flag matches every Unicode space.
const WEEKDAY = new RegExp(`^(?:${WEEKDAY_NAMES.join('|')})\\.?,?\\s+`, 'iu');
// "25 de enero de 2022" in Spanish.
const DAY_FIRST =
  /^(\d{1,2})(?:er|st|nd|rd|th)?\.?\s+(?:de\s+)?(\p{L}+)\.?,?\s+(?:de\s+)?(\d{4})(?:\s*г\.)?/u;
const MONTH_FIRST = /^(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})/u;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;
/** Day first, as in every language Fil reads but English: "24.01.2022", "24/01/2022". */
const NUMERIC_DATE = /^(\d{1,2})([./])(\d{1,2})\2(\d{4})/;
const TIME =
  /^(?:\s*[,|–—-]?\s*(?:à|at|um|alle|ore|a las|в|T)?\s*)(\d{1,2})\s*(?::|h|\.)\s*(\d{2})(?::\d{2})?(?:\s*([ap])\.?\s*m\.?)?$/iu;

/**
 * A date written any other way: "lundi 24 janvier 2022", "Monday, January 24, 2022 at 9:32
 * PM", "2022-01-24 09:32", "24.01.2022 9h32", "24 janvier 2022 à 11h57". The whole text must
 * be the date (blanks around it aside). Returns null when it is not one, or names no real day.
 */
export function readOtherDate(content: string): DateToken | null {
  let rest = content.trim().replace(WEEKDAY, '');
  let year: number;
  let month: number;
  let day: number;
  let entry: MonthEntry | null = null;
  let match: RegExpExecArray | null;
  if ((match = DAY_FIRST.exec(rest))) {
    entry = MONTH_BY_NAME.get(match[2]!.toLowerCase()) ?? null;
    if (!entry) return null;
    [day, month, year] = [Number(match[1]), entry.month, Number(match[3])];
  } else if ((match = MONTH_FIRST.exec(rest))) {
    entry = MONTH_BY_NAME.get(match[1]!.toLowerCase()) ?? null;
    if (!entry) return null;
    [day, month, year] = [Number(match[2]), entry.month, Number(match[3])];
  } else if ((match = ISO_DATE.exec(rest))) {
    [day, month, year] = [Number(match[3]), Number(match[2]), Number(match[1])];
  } else if ((match = NUMERIC_DATE.exec(rest))) {
    [day, month, year] = [Number(match[1]), Number(match[3]), Number(match[4])];
  } else return null;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  const iso = `${year}-${PAD2[month]}-${PAD2[day]}`;
  rest = rest.slice(match[0].length);
  if (rest.trim() === '') return { iso, entry, usual: false };
  const time = TIME.exec(rest);
  if (!time) return null;
  let hour = Number(time[1]);
  const minute = Number(time[2]);
  const meridiem = time[3]?.toLowerCase();
  if (meridiem !== undefined) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem === 'p' ? 12 : 0);
  }
  if (hour > 23 || minute > 59) return null;
  return { iso: iso + TIME_OF_DAY[hour * 60 + minute]!, entry, usual: false };
}

/** A header line on its own, with a scanner of its own (tests, the line accounting). */
export function matchHeader(content: string): HeaderToken | null {
  return new TokenScanner().scanHeader(content, 0, content.length);
}

/** A date line on its own, with a scanner of its own. */
function matchDate(content: string): DateToken | null {
  return new TokenScanner().scanDate(content, 0, content.length);
}

/** A date line cut short at the end of a document: "22 janv", "22 janvier 20". */
const DATE_PREFIX = /^\d{1,2}(?:er|st|nd|rd|th|\.)?\s+\p{L}/u;
export function looksLikeDatePrefix(content: string): boolean {
  return DATE_PREFIX.test(content);
}

/** Anywhere in a sentence: "Mosca, 1 febbraio 2022 - …" gives the article's dateline. */
const DATE_IN_TEXT = /(?:^|[\s,(])(\d{1,2})(?:er)?\s+([\p{L}]+)\s+(\d{4})(?=$|[\s,.;)–-])/u;
export function findDateInText(text: string): string | null {
  const match = DATE_IN_TEXT.exec(text);
  if (!match) return null;
  return matchDate(`${match[1]} ${match[2]} ${match[3]}`)?.iso ?? null;
}

export type QuoteHeaderToken = { readonly author: string; readonly language: Language };

const QUOTE_HEADER = /^(Citation|Citazione|Quote|Zitat|Cita|Цитата)\s*:\s*(\S.*)$/u;

export function matchQuoteHeader(content: string): QuoteHeaderToken | null {
  const match = QUOTE_HEADER.exec(content);
  if (!match) return null;
  const author = match[2]!.trim();
  const language = LANGUAGE_BY_QUOTE_WORD.get(match[1]!);
  if (author === '' || !language) return null;
  return { author, language };
}

/**
 * The crawl's marker on a page's first line: " date 2022-01", " date 2022-01-21" (or "-" for
 * an unknown date), followed by a URL (seed 004), by text, or by nothing.
 */
const METADATA = /^date\s+(\d{4}(?:-\d{2}){0,2}|-)(?:\s+(\S.*))?$/u;
export type MetadataToken = {
  readonly published: string | null;
  readonly url: string | null;
  /** What follows the date (and the URL) on the line: text of the page, often its title. */
  readonly text: string | null;
};

export function matchMetadata(content: string): MetadataToken | null {
  const match = METADATA.exec(content);
  if (!match) return null;
  const published = match[1] === '-' ? null : match[1]!;
  const rest = match[2]?.trim() ?? '';
  const url = /^https?:\/\/\S+/i.exec(rest)?.[0] ?? null;
  const text = (url === null ? rest : rest.slice(url.length)).trim();
  return { published, url, text: text === '' ? null : text };
}

/**
 * A page's comment count on a line of its own, as sites write it: no leading zero (a line such as
 * "007" is text, which the document keeps as written; read as 7 it would lose its zeros).
 */
export const DECLARED_COUNT = /^(?:0|[1-9]\d{0,8})$/;
