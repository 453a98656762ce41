// The library's view as data: what the reader searched, filtered and sorted by, read from and
// written to the address (`/?q=lavrov&lang=fr&sort=comments`), so that reload, back and forward
// and a shared link show the same list. Parsing never throws: a value Fil cannot read falls back
// to the default, and the default view's address is the bare `/`.

import { canonicalLanguageTag } from '../../library/languageTag';
import { daysInMonth } from '../../thread/time';

/** Documents with comments, without any, or both. */
export type CommentsFilter = 'any' | 'with' | 'without';

/** The reader's imports, the documents bundled with Fil (seeds and the sample), or both. */
export type OriginFilter = 'any' | 'imported' | 'bundled';

/** What the list is ordered by. */
export type SortKey = 'published' | 'comments' | 'words' | 'title' | 'imported';

export type Direction = 'asc' | 'desc';

export type LibraryView = {
  /** What the reader typed in the search box, as typed. */
  readonly query: string;
  /**
   * BCP 47 tags (canonical, sorted, no repeats) of the languages shown; empty shows every
   * language. `und` (BCP 47's "undetermined") stands for documents of unknown language.
   */
  readonly languages: readonly string[];
  readonly comments: CommentsFilter;
  readonly origin: OriginFilter;
  /** First day of the published range, YYYY-MM-DD (inclusive); null for no lower bound. */
  readonly publishedFrom: string | null;
  /** Last day of the published range, YYYY-MM-DD (inclusive); null for no upper bound. */
  readonly publishedTo: string | null;
  readonly sort: SortKey;
  readonly direction: Direction;
};

/** The language tag that stands for documents whose language is unknown. */
export const UNKNOWN_LANGUAGE = 'und';

export const SORT_KEYS: readonly SortKey[] = [
  'imported',
  'published',
  'comments',
  'words',
  'title',
];
const COMMENTS: readonly CommentsFilter[] = ['any', 'with', 'without'];
const ORIGINS: readonly OriginFilter[] = ['any', 'imported', 'bundled'];

/**
 * Each sort's own direction, the one it takes when chosen: newest, most commented, longest
 * first; titles from A to Z.
 */
export const NATURAL_DIRECTION: Readonly<Record<SortKey, Direction>> = {
  imported: 'desc',
  published: 'desc',
  comments: 'desc',
  words: 'desc',
  title: 'asc',
};

/** The view of a bare `/`: everything, latest imports first (bundled documents after them). */
export const DEFAULT_VIEW: LibraryView = {
  query: '',
  languages: [],
  comments: 'any',
  origin: 'any',
  publishedFrom: null,
  publishedTo: null,
  sort: 'imported',
  direction: NATURAL_DIRECTION.imported,
};

/** The address's parameter names: short, since they show in the address bar. */
const PARAM = {
  query: 'q',
  language: 'lang',
  comments: 'comments',
  origin: 'origin',
  from: 'from',
  to: 'to',
  sort: 'sort',
  direction: 'dir',
} as const;

/** A query longer than this is cut: nobody types it, and every keystroke folds it. */
const MAX_QUERY = 500;

const oneOf = <T extends string>(values: readonly T[], value: string | null, fallback: T): T =>
  values.find((known) => known === value) ?? fallback;

/**
 * A calendar day as YYYY-MM-DD when `value` is one (a real date: no 2022-02-30), else null.
 * Years 0000–9999, as the date input writes them.
 */
export function calendarDay(value: string | null): string | null {
  if (value === null) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  if (month < 1 || month > 12 || day < 1) return null;
  return day <= daysInMonth(year, month) ? value : null;
}

/** Canonical tags, sorted, each once: one view has one address. */
export function normalizeLanguages(values: Iterable<string>): string[] {
  const tags = new Set<string>();
  for (const value of values) {
    const tag = canonicalLanguageTag(value);
    if (tag !== null) tags.add(tag);
  }
  return [...tags].sort();
}

/**
 * The view an address names. Missing or unreadable values take the default's (an unknown
 * sort, a date that does not exist, a language tag that is not one); nothing throws. `dir`
 * defaults to the sort's own direction (NATURAL_DIRECTION).
 */
export function parseLibraryView(params: URLSearchParams): LibraryView {
  const sort = oneOf(SORT_KEYS, params.get(PARAM.sort), DEFAULT_VIEW.sort);
  return {
    query: (params.get(PARAM.query) ?? '').slice(0, MAX_QUERY),
    languages: normalizeLanguages(params.getAll(PARAM.language)),
    comments: oneOf(COMMENTS, params.get(PARAM.comments), DEFAULT_VIEW.comments),
    origin: oneOf(ORIGINS, params.get(PARAM.origin), DEFAULT_VIEW.origin),
    publishedFrom: calendarDay(params.get(PARAM.from)),
    publishedTo: calendarDay(params.get(PARAM.to)),
    sort,
    direction: oneOf(['asc', 'desc'], params.get(PARAM.direction), NATURAL_DIRECTION[sort]),
  };
}

/**
 * The address parameters of a view, each default left out (the default view gives none), in
 * a fixed order; several languages repeat `lang` (`lang=fr&lang=it`).
 */
export function libraryViewParams(view: LibraryView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.query !== '') params.set(PARAM.query, view.query);
  for (const language of view.languages) params.append(PARAM.language, language);
  if (view.comments !== DEFAULT_VIEW.comments) params.set(PARAM.comments, view.comments);
  if (view.origin !== DEFAULT_VIEW.origin) params.set(PARAM.origin, view.origin);
  if (view.publishedFrom !== null) params.set(PARAM.from, view.publishedFrom);
  if (view.publishedTo !== null) params.set(PARAM.to, view.publishedTo);
  if (view.sort !== DEFAULT_VIEW.sort) params.set(PARAM.sort, view.sort);
  if (view.direction !== NATURAL_DIRECTION[view.sort]) params.set(PARAM.direction, view.direction);
  return params;
}

/** True when the view filters anything out: a search or a filter (the sort is not a filter). */
export function isFiltered(view: LibraryView): boolean {
  return (
    view.query.trim() !== '' ||
    view.languages.length > 0 ||
    view.comments !== DEFAULT_VIEW.comments ||
    view.origin !== DEFAULT_VIEW.origin ||
    view.publishedFrom !== null ||
    view.publishedTo !== null
  );
}

/** The view without its search and filters, keeping its sort ("Clear filters"). */
export function withoutFilters(view: LibraryView): LibraryView {
  return { ...DEFAULT_VIEW, sort: view.sort, direction: view.direction };
}
