import { activateLanguage } from '../locales/testing';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  formatAbsolute,
  formatDay,
  formatWallTime,
  formatRelative,
  parsePostedAt,
  postedAtParts,
  postedAtSortKey,
  postedAtTime,
} from './time';

// Local-time wall clock, like the values themselves.
const at = (year: number, month: number, day: number, hour = 0, minute = 0, second = 0) =>
  new Date(year, month - 1, day, hour, minute, second);

describe('parsePostedAt', () => {
  it('reads a date and time as local time', () => {
    const date = parsePostedAt('2022-01-22T09:32');
    expect(date.getFullYear()).toBe(2022);
    expect(date.getMonth()).toBe(0);
    expect(date.getDate()).toBe(22);
    expect(date.getHours()).toBe(9);
    expect(date.getMinutes()).toBe(32);
    expect(date.getTime()).toBe(at(2022, 1, 22, 9, 32).getTime());
  });

  it('reads a date alone as local midnight', () => {
    expect(parsePostedAt('2022-01-22').getTime()).toBe(at(2022, 1, 22).getTime());
  });

  it('keeps two-digit-looking years as written', () => {
    expect(parsePostedAt('0099-03-01').getFullYear()).toBe(99);
  });

  it('gives an Invalid Date for malformed or impossible values', () => {
    for (const value of [
      '',
      'yesterday',
      '2022-1-22',
      '2022-02-30',
      '2022-13-01',
      '2022-01-22T24:00',
      '2022-01-22T09:60',
      '2022-01-22 09:32',
    ]) {
      expect(Number.isNaN(parsePostedAt(value).getTime()), value).toBe(true);
    }
    expect(Number.isNaN(parsePostedAt('2024-02-29').getTime())).toBe(false);
    expect(Number.isNaN(parsePostedAt('2023-02-29').getTime())).toBe(true);
  });
});

describe('postedAtParts / postedAtSortKey', () => {
  it('splits the fields and notes whether there was a time', () => {
    expect(postedAtParts('2022-01-22T09:32')).toEqual({
      year: 2022,
      month: 1,
      day: 22,
      hour: 9,
      minute: 32,
      hasTime: true,
    });
    expect(postedAtParts('2022-01-22')?.hasTime).toBe(false);
    expect(postedAtParts('nope')).toBeNull();
  });

  it('orders by wall-clock time, with null and malformed values as NaN', () => {
    const keys = ['2021-12-31T23:59', '2022-01-01', '2022-01-01T00:01', '2022-02-01T00:00'].map(
      postedAtSortKey,
    );
    for (let k = 1; k < keys.length; k++) expect(keys[k]).toBeGreaterThan(keys[k - 1] ?? Infinity);
    expect(postedAtSortKey('2022-01-01')).toBe(postedAtSortKey('2022-01-01T00:00'));
    expect(postedAtSortKey(null)).toBeNaN();
    expect(postedAtSortKey('garbage')).toBeNaN();
  });
});

describe('formatRelative', () => {
  const now = at(2022, 6, 15, 12, 0);

  it('says how long ago, in the largest sensible unit', () => {
    expect(formatRelative('2022-06-15T12:00', now)).toBe('just now');
    expect(formatRelative('2022-06-15T11:59', at(2022, 6, 15, 11, 59, 59))).toBe('just now');
    expect(formatRelative('2022-06-15T11:55', now)).toBe('5 minutes ago');
    expect(formatRelative('2022-06-15T11:01', now)).toBe('59 minutes ago');
    expect(formatRelative('2022-06-15T09:00', now)).toBe('3 hours ago');
    expect(formatRelative('2022-06-14T12:30', now)).toBe('23 hours ago');
    expect(formatRelative('2022-06-14T09:00', now)).toBe('yesterday');
    expect(formatRelative('2022-06-11T09:00', now)).toBe('4 days ago');
    expect(formatRelative('2022-05-20T09:00', now)).toBe('26 days ago');
    expect(formatRelative('2022-03-10T09:00', now)).toBe('3 months ago');
    expect(formatRelative('2018-01-22T09:32', now)).toBe('4 years ago');
  });

  it('counts calendar days once a day has passed', () => {
    // 25 hours, but two calendar days back.
    expect(formatRelative('2022-06-13T23:00', at(2022, 6, 15, 0, 0))).toBe('2 days ago');
  });

  it('uses calendar months and years', () => {
    expect(formatRelative('2022-05-15T12:00', now)).toBe('last month');
    expect(formatRelative('2021-06-16T12:00', now)).toBe('11 months ago');
    expect(formatRelative('2021-06-15T12:00', now)).toBe('last year');
  });

  it('describes future dates', () => {
    expect(formatRelative('2022-06-17T12:00', now)).toBe('in 2 days');
    expect(formatRelative('2022-06-15T12:10', now)).toBe('in 10 minutes');
    expect(formatRelative('2022-06-16T13:00', now)).toBe('tomorrow');
    expect(formatRelative('2025-06-16T13:00', now)).toBe('in 3 years');
  });

  it('never invents hours for a date without a time', () => {
    expect(formatRelative('2022-06-15', now)).toBe('today');
    expect(formatRelative('2022-06-14', now)).toBe('yesterday');
    expect(formatRelative('2022-06-10', now)).toBe('5 days ago');
  });

  it('says undated for null or unreadable values', () => {
    expect(formatRelative(null, now)).toBe('undated');
    expect(formatRelative('22 janvier', now)).toBe('undated');
    expect(formatRelative('2022-06-15', new Date(Number.NaN))).toBe('undated');
  });
});

describe('formatAbsolute', () => {
  it('writes day, month name, year and time', () => {
    expect(formatAbsolute('2022-01-22T09:32')).toBe('22 January 2022, 09:32');
    expect(formatAbsolute('2022-12-05T00:05')).toBe('5 December 2022, 00:05');
  });

  it('leaves out the time when the source had none', () => {
    expect(formatAbsolute('2022-01-22')).toBe('22 January 2022');
  });

  it('handles missing and malformed values', () => {
    expect(formatAbsolute(null)).toBe('no date given');
    expect(formatAbsolute('22 janvier 2022')).toBe('22 janvier 2022');
  });
});

describe('postedAtParts against a regular expression', () => {
  it('accepts exactly the well-formed values', () => {
    const shape = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/;
    // A real calendar day is one that Date does not roll over into the next month.
    const isRealDay = (year: number, month: number, day: number) => {
      const date = new Date(0);
      date.setUTCFullYear(year, month - 1, day);
      return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
    };
    const text = fc.oneof(
      fc.string({ unit: fc.constantFrom('0', '1', '2', '3', '9', '-', 'T', ':', ' ') }),
      fc
        .tuple(fc.date({ noInvalidDate: true }), fc.boolean())
        .map(([date, withTime]) => date.toISOString().slice(0, withTime ? 16 : 10)),
    );
    fc.assert(
      fc.property(text, (value) => {
        const match = shape.exec(value);
        const parts = postedAtParts(value);
        if (match === null) return parts === null;
        const [year = 0, month = 0, day = 0, hour = 0, minute = 0] = match
          .slice(1)
          .map((field) => Number(field ?? 0));
        const valid = isRealDay(year, month, day) && hour <= 23 && minute <= 59;
        if (!valid) return parts === null;
        return (
          parts !== null &&
          parts.year === year &&
          parts.month === month &&
          parts.day === day &&
          parts.hour === hour &&
          parts.minute === minute &&
          parts.hasTime === (match[4] !== undefined)
        );
      }),
      { numRuns: 2000 },
    );
  });
});

describe('postedAtTime and formatWallTime', () => {
  it('reads the fields as written, whatever the time zone, and back', () => {
    expect(postedAtTime('2022-01-22T09:32')).toBe(Date.UTC(2022, 0, 22, 9, 32));
    expect(postedAtTime('2022-01-22')).toBe(Date.UTC(2022, 0, 22));
    expect(postedAtTime('0099-03-01')).toBe(new Date('0099-03-01T00:00Z').getTime());
    expect(formatWallTime(Date.UTC(2022, 0, 22, 9, 32))).toBe('2022-01-22T09:32');
  });

  it('is NaN for null or malformed, and NaN formats as empty', () => {
    expect(postedAtTime(null)).toBeNaN();
    expect(postedAtTime('2022-02-30')).toBeNaN();
    expect(formatWallTime(Number.NaN)).toBe('');
  });
});

describe('in French and Italian', () => {
  afterEach(() => activateLanguage('en'));
  const now = at(2022, 6, 15, 12, 0);

  it('says how long ago through Intl, in the interface language', () => {
    activateLanguage('fr');
    expect(formatRelative('2022-06-15T09:00', now)).toBe('il y a 3 heures');
    expect(formatRelative('2022-06-14T09:00', now)).toBe('hier');
    expect(formatRelative('2022-03-10T09:00', now)).toBe('il y a 3 mois');
    expect(formatRelative('2021-06-15T12:00', now)).toBe('l’année dernière');
    expect(formatRelative('2022-06-15T12:00', now)).toBe('à l’instant');
    expect(formatRelative(null, now)).toBe('sans date');
    activateLanguage('it');
    expect(formatRelative('2022-06-15T09:00', now)).toBe('3 ore fa');
    expect(formatRelative('2022-06-14', now)).toBe('ieri');
    expect(formatRelative('2022-06-17T12:00', now)).toBe('dopodomani');
    expect(formatRelative('2018-01-22T09:32', now)).toBe('4 anni fa');
    expect(formatRelative('2022-06-15T12:00', now)).toBe('proprio ora');
  });

  it('writes the day with the month’s name and the time as written', () => {
    activateLanguage('fr');
    expect(formatAbsolute('2022-01-22T09:32')).toBe('22 janvier 2022, 09:32');
    expect(formatAbsolute('2022-12-05')).toBe('5 décembre 2022');
    expect(formatAbsolute(null)).toBe('aucune date indiquée');
    activateLanguage('it');
    expect(formatAbsolute('2022-01-22T09:32')).toBe('22 gennaio 2022, 09:32');
    expect(formatAbsolute('2022-12-05T00:05')).toBe('5 dicembre 2022, 00:05');
    expect(formatAbsolute(null)).toBe('nessuna data indicata');
  });
});

describe('formatDay', () => {
  it('gives a day in three lengths, the year as written, even year 0', () => {
    const day = Date.UTC(2022, 1, 1);
    expect(formatDay(day, 'long')).toBe('1 February 2022');
    expect(formatDay(day, 'short')).toBe('1 Feb 2022');
    expect(formatDay(day, 'month')).toBe('February 2022');
    // Intl's Gregorian calendar calls year 0 '1 BC', and would print '1'.
    expect(formatDay(postedAtTime('0000-03-05'), 'long')).toBe('5 March 0');
    expect(formatDay(postedAtTime('0099-03-05'), 'short')).toBe('5 Mar 99');
  });
});
