// The library's list as a view shows it: its documents sorted (once per sort), then those that
// pass the search and the filters, in that order, with the languages the language filter
// offers and how many documents each would show. Plain functions over the library's entries.

import { canonicalLanguageTag } from '../../library/languageTag';
import type { LibraryEntry } from '../../library/queries';
import { foldText } from '../../thread/searchText';
import { daysInMonth } from '../../thread/time';
import { UNKNOWN_LANGUAGE, type Direction, type LibraryView, type SortKey } from './libraryView';

/** The view's filters (the search is `matches`, found by librarySearch). */
export type LibraryFilters = Pick<
  LibraryView,
  'languages' | 'comments' | 'origin' | 'publishedFrom' | 'publishedTo'
>;

/** A language the filter offers (a BCP 47 tag, `und` for unknown) and its documents' count. */
export type LanguageFacet = { readonly language: string; readonly count: number };

export type ShownEntries = {
  /** The documents the view shows, in its order. */
  readonly entries: readonly LibraryEntry[];
  /**
   * Every language among the documents that pass the search and the other filters, with how
   * many of them are in it (what ticking it would show), most documents first; a language the
   * view asks for is there even with none, so that it can be unticked.
   */
  readonly languages: readonly LanguageFacet[];
};

/** The days a published date may stand for, both ends included, as YYYY-MM-DD. */
export type DaySpan = { readonly first: string; readonly last: string };

/**
 * The span of days a published date stands for: a year (`2022`) for all of its days, a month
 * (`2022-01`) for the month's, a day for itself. A month that does not exist leaves the year,
 * a day that does not exist the month (as formatPublished shows them); null for no date or
 * anything else.
 */
export function publishedSpan(published: string | null): DaySpan | null {
  if (published === null) return null;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(published);
  if (!match) return null;
  const [, year, month, day] = match;
  const yearOnly = { first: `${year}-01-01`, last: `${year}-12-31` };
  const monthNumber = Number(month);
  if (month === undefined || monthNumber < 1 || monthNumber > 12) return yearOnly;
  const last = daysInMonth(Number(year), monthNumber);
  const dayNumber = Number(day);
  if (day === undefined || dayNumber < 1 || dayNumber > last)
    return { first: `${year}-${month}-01`, last: `${year}-${month}-${last}` };
  return { first: published, last: published };
}

/**
 * Whether a range of days starts after it ends (`from` later than `to`, as YYYY-MM-DD): it holds
 * no day, so no document is in it, and the filter says so.
 */
export function isInvertedRange(from: string | null, to: string | null): boolean {
  return from !== null && to !== null && from > to;
}

/**
 * Whether a document published on `published` belongs to the range from `from` to `to` (days,
 * both included; null for an open end). A year or a month belongs when any of its days is in
 * the range: the filter does not hide a page that may have come out then (its row shows the
 * date as written). With a bound set, a document without a readable date is left out; an
 * inverted range holds no day, so not even a year that spans both of its ends belongs.
 */
export function inPublishedRange(
  published: string | null,
  from: string | null,
  to: string | null,
): boolean {
  if (from === null && to === null) return true;
  if (isInvertedRange(from, to)) return false;
  const span = publishedSpan(published);
  if (span === null) return false;
  return (from === null || span.last >= from) && (to === null || span.first <= to);
}

const canonicalTags = new Map<string, string>();

/** A document's language as the filter names it: its canonical tag, `und` when unknown. */
export function languageOf(entry: Pick<LibraryEntry, 'language'>): string {
  if (entry.language === null) return UNKNOWN_LANGUAGE;
  let tag = canonicalTags.get(entry.language);
  if (tag === undefined) {
    // Not a language tag: as good as unknown.
    tag = canonicalLanguageTag(entry.language) ?? UNKNOWN_LANGUAGE;
    canonicalTags.set(entry.language, tag);
  }
  return tag;
}

/**
 * A title as the title sort compares it: lower case and without accents (foldText), every run
 * of digits padded to 12 places so that numbers compare by value ("Avril 9" before "Avril
 * 10"); compared by code unit, ten times as fast as Intl.Collator over 10,000 titles, and the
 * same order for the languages Fil reads bar rare ties (which the collator then settles).
 */
export function titleKey(title: string): string {
  return foldText(title).replace(/\d+/g, (digits) => digits.padStart(12, '0'));
}

/** What sorting and filtering read of a document, worked out once per entry object. */
type Derived = {
  readonly span: DaySpan | null;
  readonly language: string;
  titleKey?: string;
};
const derived = new WeakMap<LibraryEntry, Derived>();

function derivedOf(entry: LibraryEntry): Derived {
  let known = derived.get(entry);
  if (known === undefined) {
    known = { span: publishedSpan(entry.published), language: languageOf(entry) };
    derived.set(entry, known);
  }
  return known;
}

/** Sort keys: a number or a string, null when the document has none (it then goes last). */
type Key = number | string | null;

function keyOf(entry: LibraryEntry, sort: SortKey): Key {
  switch (sort) {
    case 'published':
      return derivedOf(entry).span?.first ?? null;
    case 'comments':
      return entry.commentCount;
    case 'words':
      return entry.wordCount;
    case 'title': {
      if (entry.title === '') return null;
      const known = derivedOf(entry);
      known.titleKey ??= titleKey(entry.title);
      return known.titleKey;
    }
    case 'imported':
      return entry.importedAt;
  }
}

/**
 * `entries` in the order of `sort` and `direction`. Documents without the key (no date, no
 * title, bundled ones for the import date) come last in both directions. Titles compare by
 * titleKey (case, accents and punctuation aside, "Élection" files under E, numbers by value),
 * then with `collator` (the interface language's) when their keys are equal; published dates
 * by their first day, and on the same first day the more precise first ("2022-01-01",
 * "2022-01", "2022"), reversed with the direction. Ties go by id, so the order never depends on
 * the order the entries came in.
 */
export function sortEntries(
  entries: readonly LibraryEntry[],
  sort: SortKey,
  direction: Direction,
  collator: Intl.Collator,
): LibraryEntry[] {
  const keys = entries.map((entry) => keyOf(entry, sort));
  const spans =
    sort === 'published' ? entries.map((entry) => derivedOf(entry).span?.last ?? '') : [];
  const sign = direction === 'asc' ? 1 : -1;
  const compareKeys = (a: number, b: number): number => {
    const x = keys[a]!;
    const y = keys[b]!;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    if (x !== y) return (x as string) < (y as string) ? -1 : 1;
    if (sort === 'title') return collator.compare(entries[a]!.title, entries[b]!.title);
    // Same first day: the shorter span first.
    return sort === 'published' && spans[a] !== spans[b] ? (spans[a]! < spans[b]! ? -1 : 1) : 0;
  };
  const order = entries.map((_, index) => index);
  order.sort((a, b) => {
    const known = Number(keys[a] === null) - Number(keys[b] === null);
    if (known !== 0) return known; // unknown last, whatever the direction
    const compared = keys[a] === null ? 0 : sign * compareKeys(a, b);
    if (compared !== 0) return compared;
    const idA = entries[a]!.id;
    const idB = entries[b]!.id;
    return idA < idB ? -1 : idA > idB ? 1 : 0;
  });
  return order.map((index) => entries[index]!);
}

/**
 * The documents of `sorted` (in its order) that `matches` holds (null: no search, every one)
 * and that pass the view's filters, and the languages the filter offers (ShownEntries).
 */
export function filterEntries(
  sorted: readonly LibraryEntry[],
  view: LibraryFilters,
  matches: ReadonlySet<string> | null,
): ShownEntries {
  const wanted = view.languages.length === 0 ? null : new Set(view.languages);
  // inPublishedRange, on each entry's span worked out once.
  const { publishedFrom: from, publishedTo: to } = view;
  const dated = from !== null || to !== null;
  const inverted = isInvertedRange(from, to);
  const counts = new Map<string, number>(view.languages.map((language) => [language, 0]));
  const entries: LibraryEntry[] = [];
  for (const entry of sorted) {
    if (matches !== null && !matches.has(entry.id)) continue;
    if (view.comments === 'with' && entry.commentCount === 0) continue;
    if (view.comments === 'without' && entry.commentCount > 0) continue;
    if (view.origin === 'imported' && entry.origin !== 'imported') continue;
    if (view.origin === 'bundled' && entry.origin === 'imported') continue;
    const known = derivedOf(entry);
    if (dated) {
      const { span } = known;
      if (span === null || inverted) continue;
      if (from !== null && span.last < from) continue;
      if (to !== null && span.first > to) continue;
    }
    const language = known.language;
    counts.set(language, (counts.get(language) ?? 0) + 1);
    if (wanted === null || wanted.has(language)) entries.push(entry);
  }
  const languages = [...counts]
    .map(([language, count]) => ({ language, count }))
    .sort((a, b) => b.count - a.count || (a.language < b.language ? -1 : 1));
  return { entries, languages };
}
