// Reading kept sources again: which stored documents a newer parser should read again, and
// which title each keeps afterwards. Plain functions over stored entries (unit-tested in Node);
// importer.ts runs them against the worker and IndexedDB.

import { DOCUMENT_FORMAT, PARSER_VERSION } from '../parser/types';
import type { StoredEntry } from './storage';
import type { DocumentSummary } from './summary';

/** The document format and parser version a stored document was made with. */
export type ParserStamp = { readonly format: string; readonly parserVersion: number };

/** What the running Fil writes. */
export const CURRENT_STAMP: ParserStamp = {
  format: DOCUMENT_FORMAT,
  parserVersion: PARSER_VERSION,
};

/** What an entry stored before Fil kept a stamp was made with. */
export const LEGACY_STAMP: ParserStamp = { format: 'comment-thread/1', parserVersion: 1 };

/** The stamp of a stored entry; LEGACY_STAMP when it has none. */
export function stampOf(entry: Pick<StoredEntry, 'format' | 'parserVersion'>): ParserStamp {
  return {
    format: entry.format ?? LEGACY_STAMP.format,
    parserVersion: entry.parserVersion ?? LEGACY_STAMP.parserVersion,
  };
}

const sameStamp = (a: ParserStamp, b: ParserStamp) =>
  a.format === b.format && a.parserVersion === b.parserVersion;

/**
 * True when the entry was made by another format or parser than `current`, or stored before
 * Fil kept the text the library searches (`articleTextStored`), and reading its kept source
 * again has not already failed with `current` (a source the parser refuses once, it refuses
 * every time: trying again at each start would only cost time).
 */
export function needsReparse(
  entry: Pick<StoredEntry, 'format' | 'parserVersion' | 'reparseFailure' | 'articleTextStored'>,
  current: ParserStamp = CURRENT_STAMP,
): boolean {
  if (sameStamp(stampOf(entry), current) && entry.articleTextStored === true) return false;
  return !(entry.reparseFailure && sameStamp(entry.reparseFailure, current));
}

/** True when the stored document JSON is in `current`'s format, so it can be shown as it is. */
export function hasCurrentFormat(
  entry: Pick<StoredEntry, 'format'>,
  current: ParserStamp = CURRENT_STAMP,
): boolean {
  return stampOf({ format: entry.format }).format === current.format;
}

/**
 * The title the reader gave a stored document, or null when it carries the parsed one.
 * Entries from before Fil recorded `customTitle` only have `summary.title`, which renaming
 * overwrote: it is the reader's when it differs from the title in the stored document JSON
 * (`storedDocumentTitle`), or — when that JSON cannot be read (null) — from the title the
 * parser gives now (`parsedTitle`).
 */
export function readerTitleOf(
  entry: Pick<StoredEntry, 'summary' | 'customTitle'>,
  storedDocumentTitle: string | null,
  parsedTitle: string,
): string | null {
  if (entry.customTitle !== undefined) return entry.customTitle;
  const original = storedDocumentTitle ?? parsedTitle;
  return entry.summary.title === original ? null : entry.summary.title;
}

/** What a new reading of a kept source gives (the worker's answer). */
export type Reparsed = {
  readonly summary: DocumentSummary;
  readonly encoding: StoredEntry['encoding'];
  readonly stamp: ParserStamp;
};

/**
 * The entry to store after reading `entry`'s source again: the new summary under the same id
 * (a changed hash must not move the document), the reader's title kept over the parsed one,
 * the new stamp, and no failure left from an earlier attempt. File name and import date stay.
 */
export function reparsedEntry(
  entry: StoredEntry,
  reparsed: Reparsed,
  storedDocumentTitle: string | null,
): StoredEntry {
  const customTitle = readerTitleOf(entry, storedDocumentTitle, reparsed.summary.title);
  return {
    ...entry,
    summary: { ...reparsed.summary, id: entry.id, title: customTitle ?? reparsed.summary.title },
    encoding: reparsed.encoding,
    format: reparsed.stamp.format,
    parserVersion: reparsed.stamp.parserVersion,
    customTitle,
    reparseFailure: null,
  };
}

/** The entry as it was, marked so that `stamp`'s parser does not try its source again. */
export function failedEntry(entry: StoredEntry, stamp: ParserStamp, reason: string): StoredEntry {
  return { ...entry, reparseFailure: { ...stamp, reason } };
}

/** How much of a stored document JSON to read for its title: format, id, then title come first. */
export const TITLE_PREFIX_BYTES = 64 * 1024;

const TITLE_KEY = /"title"\s*:\s*("(?:[^"\\]|\\.)*")/;

/**
 * The `title` of a document from the start of its JSON text (the writers put `format`, `id`
 * and `title` first), without parsing what may be megabytes of comments; null when the text
 * is not a JSON object or no complete title string is in it.
 */
export function titleInJsonPrefix(prefix: string): string | null {
  if (!/^\s*\{/.test(prefix)) return null;
  const match = TITLE_KEY.exec(prefix);
  if (!match?.[1]) return null;
  try {
    const title: unknown = JSON.parse(match[1]);
    return typeof title === 'string' ? title : null;
  } catch {
    return null;
  }
}
