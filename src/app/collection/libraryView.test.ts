import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  calendarDay,
  DEFAULT_VIEW,
  isFiltered,
  libraryViewParams,
  parseLibraryView,
  SORT_KEYS,
  withoutFilters,
  type LibraryView,
} from './libraryView';

const parse = (search: string) => parseLibraryView(new URLSearchParams(search));
const address = (view: LibraryView) => libraryViewParams(view).toString();

const day = fc
  .date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z') })
  .filter((date) => !Number.isNaN(date.getTime()))
  .map((date) => date.toISOString().slice(0, 10));

/** Any view the controls can make: canonical tags, sorted, each once; real days. */
const view: fc.Arbitrary<LibraryView> = fc.record({
  query: fc.string({ maxLength: 40 }),
  languages: fc
    .uniqueArray(fc.constantFrom('fr', 'it', 'en', 'de', 'pt-BR', 'und', 'zh-Hant'), {
      maxLength: 4,
    })
    .map((tags) => [...tags].sort()),
  comments: fc.constantFrom('any', 'with', 'without'),
  origin: fc.constantFrom('any', 'imported', 'bundled'),
  publishedFrom: fc.option(day, { nil: null }),
  publishedTo: fc.option(day, { nil: null }),
  sort: fc.constantFrom(...SORT_KEYS),
  direction: fc.constantFrom('asc', 'desc'),
});

describe('the library view in the address', () => {
  it('gives the default view a bare address, and reads a bare address as the default', () => {
    expect(address(DEFAULT_VIEW)).toBe('');
    expect(parse('')).toEqual(DEFAULT_VIEW);
  });

  it('reads every parameter', () => {
    expect(
      parse(
        'q=Lavrov+réunion&lang=it&lang=fr&comments=with&origin=imported&from=2022-01-01&to=2022-01-31&sort=comments&dir=asc',
      ),
    ).toEqual({
      query: 'Lavrov réunion',
      languages: ['fr', 'it'],
      comments: 'with',
      origin: 'imported',
      publishedFrom: '2022-01-01',
      publishedTo: '2022-01-31',
      sort: 'comments',
      direction: 'asc',
    });
  });

  it('writes short parameters, leaving out the defaults and a sort’s own direction', () => {
    expect(address({ ...DEFAULT_VIEW, query: 'otan', languages: ['fr', 'it'] })).toBe(
      'q=otan&lang=fr&lang=it',
    );
    // Titles go A to Z by themselves; newest first is the published sort's own direction.
    expect(address({ ...DEFAULT_VIEW, sort: 'title', direction: 'asc' })).toBe('sort=title');
    expect(address({ ...DEFAULT_VIEW, sort: 'title', direction: 'desc' })).toBe(
      'sort=title&dir=desc',
    );
    expect(address({ ...DEFAULT_VIEW, sort: 'published', direction: 'desc' })).toBe(
      'sort=published',
    );
    expect(parse('sort=title').direction).toBe('asc');
    expect(parse('sort=words').direction).toBe('desc');
  });

  it('falls back to the default for each value it cannot read', () => {
    expect(
      parse('comments=some&origin=web&sort=random&dir=up&from=2022-02-30&to=2022-13-01&lang=%20'),
    ).toEqual(DEFAULT_VIEW);
    expect(parse('from=22-01-01&to=2022-1-1')).toEqual(DEFAULT_VIEW);
    // One unreadable tag is dropped, the others kept, canonical and sorted, each once.
    expect(parse('lang=IT&lang=x_y&lang=fr&lang=it').languages).toEqual(['fr', 'it']);
    expect(parse('lang=pt-br').languages).toEqual(['pt-BR']);
  });

  it('knows the days of the calendar', () => {
    expect(calendarDay('2024-02-29')).toBe('2024-02-29');
    expect(calendarDay('2023-02-29')).toBeNull();
    expect(calendarDay('2000-02-29')).toBe('2000-02-29');
    expect(calendarDay('1900-02-29')).toBeNull();
    expect(calendarDay('2022-04-31')).toBeNull();
    expect(calendarDay('2022-12-31')).toBe('2022-12-31');
    expect(calendarDay('2022-00-10')).toBeNull();
    expect(calendarDay('2022-01-00')).toBeNull();
    expect(calendarDay(null)).toBeNull();
  });

  it('round-trips any view the controls can make', () => {
    fc.assert(
      fc.property(view, (shown) => {
        expect(parse(address(shown))).toEqual(shown);
      }),
    );
  });

  it('never throws on any address, and what it reads writes back to itself', () => {
    const key = fc.constantFrom(
      'q',
      'lang',
      'comments',
      'origin',
      'from',
      'to',
      'sort',
      'dir',
      'x',
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(key, fc.string({ maxLength: 12 })), { maxLength: 8 }),
        (pairs) => {
          const read = parseLibraryView(new URLSearchParams(pairs));
          expect(parse(address(read))).toEqual(read);
        },
      ),
    );
  });

  it('says whether anything is filtered out, and clears the filters but keeps the sort', () => {
    expect(isFiltered(DEFAULT_VIEW)).toBe(false);
    expect(isFiltered({ ...DEFAULT_VIEW, sort: 'title', direction: 'asc' })).toBe(false);
    expect(isFiltered({ ...DEFAULT_VIEW, query: '   ' })).toBe(false);
    expect(isFiltered({ ...DEFAULT_VIEW, query: 'a' })).toBe(true);
    expect(isFiltered({ ...DEFAULT_VIEW, publishedTo: '2022-01-01' })).toBe(true);
    const filtered = parse('q=a&lang=fr&origin=bundled&sort=words&dir=asc');
    expect(withoutFilters(filtered)).toEqual({ ...DEFAULT_VIEW, sort: 'words', direction: 'asc' });
  });
});
