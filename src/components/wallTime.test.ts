import { activateLanguage } from '../locales/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { formatWallClock, formatWallDay, formatWallMoment, formatWallRange } from './wallTime';

const at = (day: number, hour: number, minute = 0) => Date.UTC(2022, 0, day, hour, minute);

describe('wall-clock times', () => {
  afterEach(() => activateLanguage('en'));

  it('reads a time as the page wrote it, on a 24-hour clock', () => {
    expect(formatWallDay(at(22, 9, 32))).toBe('22 Jan 2022');
    expect(formatWallClock(at(22, 0, 5))).toBe('00:05');
    expect(formatWallMoment(at(22, 9, 32))).toBe('22 Jan 2022, 09:32');
  });

  it('words a range within a day, across midnight, and at one moment', () => {
    expect(formatWallRange(at(22, 9, 32), at(22, 10, 14))).toBe('22 Jan 2022, 09:32–10:14');
    expect(formatWallRange(at(22, 23, 50), at(23, 0, 38))).toBe(
      '22 Jan 2022, 23:50 to 23 Jan 2022, 00:38',
    );
    expect(formatWallRange(at(22, 15, 26), at(22, 15, 26))).toBe('22 Jan 2022, 15:26');
  });

  it('reads in French with French month abbreviations', () => {
    activateLanguage('fr');
    expect(formatWallDay(at(22, 9, 32))).toBe('22 janv. 2022');
    expect(formatWallDay(Date.UTC(2022, 6, 3))).toBe('3 juil. 2022');
    expect(formatWallClock(at(22, 0, 5))).toBe('00:05');
    expect(formatWallMoment(at(22, 9, 32))).toBe('22 janv. 2022, 09:32');
    expect(formatWallRange(at(22, 9, 32), at(22, 10, 14))).toBe('22 janv. 2022, 09:32–10:14');
    expect(formatWallRange(at(22, 23, 50), at(23, 0, 38))).toBe(
      '22 janv. 2022, 23:50 – 23 janv. 2022, 00:38',
    );
  });

  it('reads in Italian with Italian month abbreviations', () => {
    activateLanguage('it');
    expect(formatWallDay(at(22, 9, 32))).toBe('22 gen 2022');
    expect(formatWallDay(Date.UTC(2022, 8, 3))).toBe('3 set 2022');
    expect(formatWallMoment(at(22, 15, 26))).toBe('22 gen 2022, 15:26');
    expect(formatWallRange(at(22, 23, 50), at(23, 0, 38))).toBe(
      '22 gen 2022, 23:50 – 23 gen 2022, 00:38',
    );
  });
});
