import { describe, expect, it } from 'vitest';
import { writeJson } from '../parser/json';
import { DOCUMENT_FORMAT, PARSER_VERSION } from '../parser/types';
import {
  CURRENT_STAMP,
  failedEntry,
  hasCurrentFormat,
  LEGACY_STAMP,
  needsReparse,
  readerTitleOf,
  reparsedEntry,
  stampOf,
  titleInJsonPrefix,
  type Reparsed,
} from './reparse';
import type { StoredEntry } from './storage';
import type { DocumentSummary } from './summary';
import { summaryOf } from './testing';

const summary = (title: string, commentCount = 0): DocumentSummary =>
  summaryOf('abc', { title, commentCount });

/** An entry as Fil stored it before it kept a stamp or a reader's title. */
const legacy = (title: string): StoredEntry => ({
  id: 'abc',
  summary: summary(title),
  fileName: 'page.txt',
  encoding: 'windows-1252',
  importedAt: '2024-01-02T03:04:05.000Z',
});

const current = (title: string, customTitle: string | null): StoredEntry => ({
  ...legacy(title),
  format: DOCUMENT_FORMAT,
  parserVersion: PARSER_VERSION,
  customTitle,
  reparseFailure: null,
  articleTextStored: true,
});

const reparsed = (title: string, commentCount = 20): Reparsed => ({
  summary: { ...summary(title, commentCount), id: 'new-hash' },
  encoding: 'windows-1252',
  stamp: CURRENT_STAMP,
});

describe('stampOf and needsReparse', () => {
  it('reads an entry without a stamp as format 1, parser 1', () => {
    expect(stampOf(legacy('T'))).toEqual(LEGACY_STAMP);
    expect(LEGACY_STAMP).toEqual({ format: 'comment-thread/1', parserVersion: 1 });
  });

  it('the running Fil writes the parser types’ format and version', () => {
    expect(CURRENT_STAMP).toEqual({ format: DOCUMENT_FORMAT, parserVersion: PARSER_VERSION });
    expect(CURRENT_STAMP.format).not.toBe(LEGACY_STAMP.format);
  });

  it('reads again an entry without a stamp, not one made by the running parser', () => {
    expect(needsReparse(legacy('T'))).toBe(true);
    expect(needsReparse(current('T', null))).toBe(false);
  });

  it('reads again an entry of the running parser stored before Fil kept its searchable text', () => {
    expect(needsReparse({ ...current('T', null), articleTextStored: undefined })).toBe(true);
    expect(needsReparse({ ...current('T', null), articleTextStored: false })).toBe(true);
  });

  it('reads again when only the parser version differs, or the format alone does', () => {
    const stamp = { format: 'comment-thread/9', parserVersion: 7 };
    const stored = { articleTextStored: true };
    expect(needsReparse({ ...stored, format: 'comment-thread/9', parserVersion: 6 }, stamp)).toBe(
      true,
    );
    expect(needsReparse({ ...stored, format: 'comment-thread/8', parserVersion: 7 }, stamp)).toBe(
      true,
    );
    expect(needsReparse({ ...stored, format: 'comment-thread/9', parserVersion: 7 }, stamp)).toBe(
      false,
    );
  });

  it('does not try again a source the same parser already failed to read', () => {
    const failed = failedEntry(legacy('T'), CURRENT_STAMP, 'page.txt is empty');
    expect(needsReparse(failed)).toBe(false);
    // A newer parser gets its own try.
    expect(needsReparse(failed, { ...CURRENT_STAMP, parserVersion: PARSER_VERSION + 1 })).toBe(
      true,
    );
  });

  it('marks the failure without touching the rest of the entry', () => {
    const entry = legacy('T');
    const failed = failedEntry(entry, CURRENT_STAMP, 'no text');
    expect(failed).toEqual({ ...entry, reparseFailure: { ...CURRENT_STAMP, reason: 'no text' } });
    expect(stampOf(failed)).toEqual(LEGACY_STAMP);
  });
});

describe('hasCurrentFormat', () => {
  it('is true only for a stored JSON in the running format', () => {
    expect(hasCurrentFormat(current('T', null))).toBe(true);
    expect(hasCurrentFormat(legacy('T'))).toBe(false);
    expect(hasCurrentFormat({ format: 'comment-thread/1' })).toBe(false);
  });
});

describe('readerTitleOf', () => {
  it('keeps a recorded reader title, and a recorded absence of one', () => {
    expect(readerTitleOf(current('Mine', 'Mine'), 'Parsed', 'New')).toBe('Mine');
    expect(readerTitleOf(current('Parsed', null), 'Parsed', 'New')).toBeNull();
    // Recorded null wins even if the title differs: the reader never renamed it.
    expect(readerTitleOf(current('Older parse', null), null, 'New')).toBeNull();
  });

  it('infers a rename of a legacy entry from the title in its stored document', () => {
    expect(readerTitleOf(legacy('Mine'), 'Parsed', 'New')).toBe('Mine');
    expect(readerTitleOf(legacy('Parsed'), 'Parsed', 'New')).toBeNull();
  });

  it('compares with the new parse when the stored document cannot be read', () => {
    expect(readerTitleOf(legacy('Mine'), null, 'New')).toBe('Mine');
    expect(readerTitleOf(legacy('New'), null, 'New')).toBeNull();
  });
});

describe('reparsedEntry', () => {
  it('takes the new summary, stamp and title when the reader gave none', () => {
    const entry = legacy('Old parse');
    const next = reparsedEntry(entry, reparsed('New parse'), 'Old parse');
    expect(next).toEqual({
      ...entry,
      summary: { ...summary('New parse', 20), id: 'abc' },
      format: DOCUMENT_FORMAT,
      parserVersion: PARSER_VERSION,
      customTitle: null,
      reparseFailure: null,
    });
  });

  it('keeps the reader’s title over the new one, and records it as theirs', () => {
    const next = reparsedEntry(legacy('Mon fil à moi'), reparsed('New parse'), 'Old parse');
    expect(next.summary.title).toBe('Mon fil à moi');
    expect(next.customTitle).toBe('Mon fil à moi');
    expect(next.summary.commentCount).toBe(20);
  });

  it('keeps id, file name and import date; clears an earlier failure', () => {
    const entry = failedEntry(current('T', 'Mine'), LEGACY_STAMP, 'boom');
    const next = reparsedEntry(entry, reparsed('New'), 'T');
    expect(next.id).toBe('abc');
    expect(next.summary.id).toBe('abc');
    expect(next.fileName).toBe('page.txt');
    expect(next.importedAt).toBe(entry.importedAt);
    expect(next.reparseFailure).toBeNull();
    expect(next.summary.title).toBe('Mine');
  });
});

describe('titleInJsonPrefix', () => {
  const json = (value: unknown) => writeJson(value)!;

  it('reads the title from the start of a written document', () => {
    const text = json({
      format: 'comment-thread/1',
      id: 'x',
      title: 'Un « titre » \\ "cité"\n',
      body: ['a'],
      comments: [],
    });
    expect(titleInJsonPrefix(text)).toBe('Un « titre » \\ "cité"\n');
    expect(titleInJsonPrefix(JSON.stringify({ id: 'x', title: 'T' }, null, 2))).toBe('T');
  });

  it('is null for a cut title, garbage, or a title that is not text', () => {
    const text = json({ format: 'comment-thread/1', id: 'x', title: 'A long title' });
    expect(titleInJsonPrefix(text.slice(0, text.indexOf('long')))).toBeNull();
    expect(titleInJsonPrefix('not json at all "title":"T"')).toBeNull();
    expect(titleInJsonPrefix('')).toBeNull();
    expect(titleInJsonPrefix(json({ format: 'x', title: 3 }))).toBeNull();
  });

  it('does not take a "title" inside an escaped id for the title key', () => {
    expect(titleInJsonPrefix(json({ id: 'a"title":"fake', title: 'real' }))).toBe('real');
  });
});
