import { activateLanguage } from '../locales/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { isRecent } from '../thread/time';
import { formatDelay, formatPostedAt } from './postedAt';

// Local-time wall clock, like the values themselves.
const at = (year: number, month: number, day: number, hour = 0, minute = 0) =>
  new Date(year, month - 1, day, hour, minute);

describe('formatPostedAt and isRecent', () => {
  const now = at(2022, 1, 29, 12, 0);

  it('says how long ago under a week, either way', () => {
    expect(formatPostedAt('2022-01-29T09:00', now)).toBe('3 hours ago');
    expect(formatPostedAt('2022-01-28T09:00', now)).toBe('yesterday');
    expect(formatPostedAt('2022-01-22T12:01', now)).toBe('7 days ago');
    expect(isRecent('2022-01-22T12:01', now)).toBe(true);
    expect(formatPostedAt('2022-01-30', now)).toBe('tomorrow');
  });

  it('gives the date and time as written from a week on, the day alone when no time was given', () => {
    expect(isRecent('2022-01-22T12:00', now)).toBe(false);
    expect(formatPostedAt('2022-01-22T12:00', now)).toBe('22 Jan 2022, 12:00');
    expect(formatPostedAt('2022-01-22T09:32', at(2026, 11, 30))).toBe('22 Jan 2022, 09:32');
    expect(formatPostedAt('2022-01-02', at(2026, 11, 30))).toBe('2 Jan 2022');
    expect(formatPostedAt('0099-03-01T00:05', now)).toBe('1 Mar 99, 00:05');
  });

  it('says undated for null and shows a malformed value as written', () => {
    expect(formatPostedAt(null, now)).toBe('undated');
    expect(formatPostedAt('2022-02-30', now)).toBe('2022-02-30');
    expect(isRecent(null, now)).toBe(false);
  });

  it('never shifts the time written, whatever the zone (fields read in UTC)', () => {
    // 23:59 on New Year's Eve stays on that day: a zone shift would move it to 1 January.
    expect(formatPostedAt('2021-12-31T23:59', now)).toBe('31 Dec 2021, 23:59');
  });
});

describe('formatDelay', () => {
  it('counts minutes, then hours and minutes, then whole days after the parent', () => {
    expect(formatDelay('2022-01-22T09:32', '2022-01-22T09:44')).toBe('+12 min');
    expect(formatDelay('2022-01-22T09:32', '2022-01-22T09:32')).toBe('+0 min');
    expect(formatDelay('2022-01-22T09:32', '2022-01-22T10:32')).toBe('+1 hr');
    expect(formatDelay('2022-01-22T09:32', '2022-01-22T12:04')).toBe('+2 hr 32 min');
    expect(formatDelay('2022-01-22T09:32', '2022-01-24T09:31')).toBe('+47 hr 59 min');
    expect(formatDelay('2022-01-22T09:32', '2022-01-24T09:32')).toBe('+2 days');
    // Across midnight and a month end, by the fields as written.
    expect(formatDelay('2022-01-31T23:50', '2022-02-01T00:05')).toBe('+15 min');
  });

  it('counts days between dates given without a time', () => {
    expect(formatDelay('2022-01-22', '2022-01-23T08:00')).toBe('+1 day');
    expect(formatDelay('2022-01-22T23:00', '2022-01-25')).toBe('+2 days');
    expect(formatDelay('2022-01-22', '2022-01-22')).toBeNull();
  });

  it('is null when a date is missing or malformed, or the reply predates its parent', () => {
    expect(formatDelay(null, '2022-01-22T09:44')).toBeNull();
    expect(formatDelay('2022-01-22T09:44', null)).toBeNull();
    expect(formatDelay('2022-13-01T09:44', '2022-01-22T09:44')).toBeNull();
    expect(formatDelay('2022-01-22T09:44', '2022-01-22T09:32')).toBeNull();
  });
});

describe('in French and Italian', () => {
  afterEach(() => activateLanguage('en'));
  const now = at(2022, 1, 29, 12, 0);

  it('says when in the interface language', () => {
    activateLanguage('fr');
    expect(formatPostedAt('2022-01-29T09:00', now)).toBe('il y a 3 heures');
    expect(formatPostedAt('2022-01-22T12:00', now)).toBe('22 janv. 2022, 12:00');
    expect(formatPostedAt('2022-02-02', at(2026, 11, 30))).toBe('2 févr. 2022');
    expect(formatPostedAt(null, now)).toBe('sans date');
    activateLanguage('it');
    expect(formatPostedAt('2022-01-28T09:00', now)).toBe('ieri');
    expect(formatPostedAt('2022-01-22T12:00', now)).toBe('22 gen 2022, 12:00');
    expect(formatPostedAt(null, now)).toBe('senza data');
  });

  it('gives the delay with the language’s unit names, after a plus sign', () => {
    activateLanguage('fr');
    expect(formatDelay('2022-01-22T09:32', '2022-01-22T09:44')).toBe('+12\u00a0min');
    expect(formatDelay('2022-01-22T09:32', '2022-01-22T12:04')).toBe('+2\u202fh 32\u00a0min');
    expect(formatDelay('2022-01-22T09:32', '2022-01-24T09:32')).toBe('+2\u00a0jours');
    expect(formatDelay('2022-01-22', '2022-01-23T08:00')).toBe('+1\u00a0jour');
    activateLanguage('it');
    expect(formatDelay('2022-01-22T09:32', '2022-01-22T12:04')).toBe('+2 h 32 min');
    expect(formatDelay('2022-01-22T09:32', '2022-01-24T09:32')).toBe('+2 giorni');
    expect(formatDelay('2022-01-22', '2022-01-23T08:00')).toBe('+1 giorno');
  });
});
