import { activateLanguage } from '../locales/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { pageCount, pageHolding, pageOf } from './paging';
import { describePage, describeRange } from './pagingText';

describe('pageCount', () => {
  it('rounds up, and an empty list still has one page', () => {
    expect(pageCount(0, 50)).toBe(1);
    expect(pageCount(1, 50)).toBe(1);
    expect(pageCount(50, 50)).toBe(1);
    expect(pageCount(51, 50)).toBe(2);
    expect(pageCount(1005, 50)).toBe(21);
  });

  it('refuses a page size under 1', () => {
    expect(() => pageCount(10, 0)).toThrow(RangeError);
  });
});

describe('pageOf', () => {
  it('gives the bounds of a page in the middle and of the short last page', () => {
    expect(pageOf(1005, 50, 1)).toEqual({ page: 1, pages: 21, start: 50, end: 100, total: 1005 });
    expect(pageOf(1005, 50, 20)).toEqual({
      page: 20,
      pages: 21,
      start: 1000,
      end: 1005,
      total: 1005,
    });
  });

  it('clamps a page past the end to the last page and a negative one to the first', () => {
    expect(pageOf(120, 50, 9).page).toBe(2);
    expect(pageOf(120, 50, 9).start).toBe(100);
    expect(pageOf(120, 50, -3).page).toBe(0);
    expect(pageOf(120, 50, Number.NaN).page).toBe(0);
    expect(pageOf(120, 50, 1.7).page).toBe(1);
  });

  it('never holds more than a page of items', () => {
    for (const total of [0, 1, 19, 20, 21, 11_325]) {
      for (const page of [0, 1, 5, 1000]) {
        const { start, end } = pageOf(total, 20, page);
        expect(end - start).toBeLessThanOrEqual(20);
        expect(end).toBeLessThanOrEqual(total);
        expect(start).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('gives an empty page for an empty list', () => {
    expect(pageOf(0, 20, 3)).toEqual({ page: 0, pages: 1, start: 0, end: 0, total: 0 });
  });
});

describe('pageHolding', () => {
  it('finds the page of an item', () => {
    expect(pageHolding(0, 20)).toBe(0);
    expect(pageHolding(19, 20)).toBe(0);
    expect(pageHolding(20, 20)).toBe(1);
    expect(pageHolding(11_324, 20)).toBe(566);
  });
});

describe('describeRange and describePage', () => {
  it('read as a person would say them', () => {
    expect(describeRange(pageOf(1005, 50, 1))).toBe('51–100 of 1,005');
    expect(describeRange(pageOf(7, 50, 0))).toBe('1–7 of 7');
    expect(describeRange(pageOf(51, 50, 1))).toBe('51 of 51');
    expect(describeRange(pageOf(0, 50, 0))).toBe('0 of 0');
    expect(describePage(pageOf(11_325, 20, 2))).toBe('page 3 of 567');
  });

  describe('in French and Italian', () => {
    afterEach(() => activateLanguage('en'));

    it('words them and groups the numbers as each language does', () => {
      activateLanguage('fr');
      // French groups thousands with a narrow no-break space (U+202F).
      expect(describeRange(pageOf(100_000, 50, 1999))).toBe(
        '99\u202f951–100\u202f000 sur 100\u202f000',
      );
      expect(describeRange(pageOf(51, 50, 1))).toBe('51 sur 51');
      expect(describePage(pageOf(11_325, 20, 2))).toBe('page 3 sur 567');
      activateLanguage('it');
      // Italian groups with a dot, and leaves four digits alone.
      expect(describeRange(pageOf(100_000, 50, 1999))).toBe('99.951–100.000 di 100.000');
      expect(describeRange(pageOf(1005, 50, 1))).toBe('51–100 di 1005');
      expect(describeRange(pageOf(0, 50, 0))).toBe('0 di 0');
      expect(describePage(pageOf(11_325, 20, 2))).toBe('pagina 3 di 567');
    });
  });
});
