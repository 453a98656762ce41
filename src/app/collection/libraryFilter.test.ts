import { describe, expect, it } from 'vitest';
import type { LibraryEntry } from '../../library/queries';
import {
  filterEntries,
  inPublishedRange,
  isInvertedRange,
  languageOf,
  publishedSpan,
  sortEntries,
  titleKey,
} from './libraryFilter';
import { DEFAULT_VIEW, type LibraryView } from './libraryView';

function entry(id: string, fields: Partial<LibraryEntry> = {}): LibraryEntry {
  return {
    id,
    origin: 'imported',
    title: id,
    language: 'fr',
    published: null,
    site: null,
    commentCount: 0,
    declaredCommentCount: null,
    wordCount: 100,
    diagnosticCount: 0,
    sessionOnly: false,
    importedAt: null,
    ...fields,
  };
}

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });
const idsOf = (entries: readonly LibraryEntry[]) => entries.map((each) => each.id);

describe('published dates and ranges', () => {
  it('reads a year, a month and a day as the days they stand for', () => {
    expect(publishedSpan('2022')).toEqual({ first: '2022-01-01', last: '2022-12-31' });
    expect(publishedSpan('2024-02')).toEqual({ first: '2024-02-01', last: '2024-02-29' });
    expect(publishedSpan('2023-02')).toEqual({ first: '2023-02-01', last: '2023-02-28' });
    expect(publishedSpan('2022-01-21')).toEqual({ first: '2022-01-21', last: '2022-01-21' });
    // A month that does not exist leaves the year; a day that does not exist, the month.
    expect(publishedSpan('2022-13')).toEqual({ first: '2022-01-01', last: '2022-12-31' });
    expect(publishedSpan('2022-04-31')).toEqual({ first: '2022-04-01', last: '2022-04-30' });
    expect(publishedSpan('21 janvier 2022')).toBeNull();
    expect(publishedSpan(null)).toBeNull();
  });

  it('keeps a date whose days meet the range, both ends included', () => {
    // A day: in the range or not.
    expect(inPublishedRange('2022-01-21', '2022-01-21', '2022-01-21')).toBe(true);
    expect(inPublishedRange('2022-01-21', '2022-01-22', null)).toBe(false);
    expect(inPublishedRange('2022-01-21', null, '2022-01-20')).toBe(false);
    // A month or a year meets a range that holds any of its days.
    expect(inPublishedRange('2022-01', '2022-01-31', null)).toBe(true);
    expect(inPublishedRange('2022-01', '2022-02-01', null)).toBe(false);
    expect(inPublishedRange('2022', null, '2022-01-01')).toBe(true);
    expect(inPublishedRange('2022', '2021-06-01', '2021-12-31')).toBe(false);
    // Without a date: kept while no bound is set, left out when one is.
    expect(inPublishedRange(null, null, null)).toBe(true);
    expect(inPublishedRange(null, '2000-01-01', null)).toBe(false);
    // A range whose ends are crossed holds nothing: not even a month or a year that spans
    // both of its ends, as the range holds none of their days.
    expect(inPublishedRange('2022-01-15', '2022-02-01', '2022-01-01')).toBe(false);
    expect(inPublishedRange('2022-01', '2022-01-20', '2022-01-10')).toBe(false);
    expect(inPublishedRange('2022', '2022-06-01', '2022-03-01')).toBe(false);
  });

  it('knows a range that starts after it ends', () => {
    expect(isInvertedRange('2022-06-01', '2022-03-01')).toBe(true);
    expect(isInvertedRange('2022-03-01', '2022-03-01')).toBe(false);
    expect(isInvertedRange('2022-03-01', '2022-06-01')).toBe(false);
    expect(isInvertedRange('2022-06-01', null)).toBe(false);
    expect(isInvertedRange(null, '2022-03-01')).toBe(false);
  });
});

describe('sorting the library', () => {
  const entries = [
    entry('d', { published: '2022-01', commentCount: 5, wordCount: 10, title: 'Élection' }),
    entry('a', { published: '2022-01-01', commentCount: 5, wordCount: 30, title: 'zèbre' }),
    entry('c', { published: null, commentCount: 0, wordCount: 20, title: '' }),
    entry('b', { published: '2021-12-31', commentCount: 9, wordCount: 20, title: 'Avril 10' }),
    entry('e', { published: '2022', commentCount: 1, wordCount: 5, title: 'Avril 9' }),
  ];

  it('by published date, the more precise first on the same first day, unknown last', () => {
    expect(idsOf(sortEntries(entries, 'published', 'asc', collator))).toEqual([
      'b',
      'a',
      'd',
      'e',
      'c',
    ]);
    expect(idsOf(sortEntries(entries, 'published', 'desc', collator))).toEqual([
      'e',
      'd',
      'a',
      'b',
      'c',
    ]);
  });

  it('by counts, ties by id', () => {
    expect(idsOf(sortEntries(entries, 'comments', 'desc', collator))).toEqual([
      'b',
      'a',
      'd',
      'e',
      'c',
    ]);
    expect(idsOf(sortEntries(entries, 'words', 'asc', collator))).toEqual([
      'e',
      'd',
      'b',
      'c',
      'a',
    ]);
  });

  it('by title in the language’s order, numbers as numbers, untitled last', () => {
    expect(idsOf(sortEntries(entries, 'title', 'asc', collator))).toEqual([
      'e',
      'b',
      'd',
      'a',
      'c',
    ]);
    expect(idsOf(sortEntries(entries, 'title', 'desc', collator))).toEqual([
      'a',
      'd',
      'b',
      'e',
      'c',
    ]);
  });

  it('compares titles without case or accents, numbers by value', () => {
    expect(titleKey('Élection à Genève')).toBe('election a geneve');
    expect(titleKey('Avril 9') < titleKey('Avril 10')).toBe(true);
    expect(titleKey('L’OTAN, 2022')).toBe('l’otan, 000000002022');
  });

  it('by import date, bundled documents last in both directions', () => {
    const mixed = [
      entry('seed-1', { origin: 'seed' }),
      entry('old', { importedAt: '2024-01-01T10:00:00.000Z' }),
      entry('sample', { origin: 'sample' }),
      entry('new', { importedAt: '2025-03-01T10:00:00.000Z' }),
    ];
    expect(idsOf(sortEntries(mixed, 'imported', 'desc', collator))).toEqual([
      'new',
      'old',
      'sample',
      'seed-1',
    ]);
    expect(idsOf(sortEntries(mixed, 'imported', 'asc', collator))).toEqual([
      'old',
      'new',
      'sample',
      'seed-1',
    ]);
  });

  it('gives the same order whatever order the entries came in', () => {
    const reversed = [...entries].reverse();
    for (const sort of ['published', 'comments', 'words', 'title', 'imported'] as const)
      expect(idsOf(sortEntries(reversed, sort, 'desc', collator))).toEqual(
        idsOf(sortEntries(entries, sort, 'desc', collator)),
      );
  });
});

describe('filtering the library', () => {
  const entries = [
    entry('fr-1', { commentCount: 3, published: '2022-01-10' }),
    entry('fr-2', { commentCount: 0 }),
    entry('it-1', { language: 'it', commentCount: 2, origin: 'seed', published: '2022' }),
    entry('it-2', { language: 'it', origin: 'sample', published: '2021-05-01' }),
    entry('xx', { language: null, commentCount: 7 }),
  ];
  const view = (fields: Partial<LibraryView>): LibraryView => ({ ...DEFAULT_VIEW, ...fields });

  it('shows everything in the given order by default, with each language’s count', () => {
    const shown = filterEntries(entries, DEFAULT_VIEW, null);
    expect(idsOf(shown.entries)).toEqual(['fr-1', 'fr-2', 'it-1', 'it-2', 'xx']);
    expect(shown.languages).toEqual([
      { language: 'fr', count: 2 },
      { language: 'it', count: 2 },
      { language: 'und', count: 1 },
    ]);
  });

  it('keeps the search’s matches only', () => {
    const shown = filterEntries(entries, DEFAULT_VIEW, new Set(['xx', 'fr-2', 'gone']));
    expect(idsOf(shown.entries)).toEqual(['fr-2', 'xx']);
    expect(filterEntries(entries, DEFAULT_VIEW, new Set()).entries).toEqual([]);
  });

  it('filters by comments, origin and date', () => {
    expect(idsOf(filterEntries(entries, view({ comments: 'with' }), null).entries)).toEqual([
      'fr-1',
      'it-1',
      'xx',
    ]);
    expect(idsOf(filterEntries(entries, view({ comments: 'without' }), null).entries)).toEqual([
      'fr-2',
      'it-2',
    ]);
    expect(idsOf(filterEntries(entries, view({ origin: 'bundled' }), null).entries)).toEqual([
      'it-1',
      'it-2',
    ]);
    expect(idsOf(filterEntries(entries, view({ origin: 'imported' }), null).entries)).toEqual([
      'fr-1',
      'fr-2',
      'xx',
    ]);
    expect(
      idsOf(filterEntries(entries, view({ publishedFrom: '2022-01-05' }), null).entries),
    ).toEqual(['fr-1', 'it-1']);
    // Crossed ends: nothing, the year 2022 (it-1) included, though it holds both days.
    const crossed = filterEntries(
      entries,
      view({ publishedFrom: '2022-06-01', publishedTo: '2022-03-01' }),
      null,
    );
    expect(crossed.entries).toEqual([]);
    expect(crossed.languages).toEqual([]);
  });

  it('filters by language and counts each language as ticking it would show', () => {
    const shown = filterEntries(
      entries,
      view({ languages: ['it', 'und'], comments: 'with' }),
      null,
    );
    expect(idsOf(shown.entries)).toEqual(['it-1', 'xx']);
    // French is not ticked but offered: one French document has comments.
    expect(shown.languages).toEqual([
      { language: 'fr', count: 1 },
      { language: 'it', count: 1 },
      { language: 'und', count: 1 },
    ]);
    // A language asked for that nothing holds stays offered, to be unticked.
    expect(filterEntries(entries, view({ languages: ['de'] }), null).languages).toContainEqual({
      language: 'de',
      count: 0,
    });
  });

  it('names a language by its canonical tag, an unreadable one as unknown', () => {
    expect(languageOf({ language: 'FR' })).toBe('fr');
    expect(languageOf({ language: 'pt-br' })).toBe('pt-BR');
    expect(languageOf({ language: 'français' })).toBe('und');
    expect(languageOf({ language: null })).toBe('und');
  });
});
