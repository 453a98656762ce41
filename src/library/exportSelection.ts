// A selection of the library as one file: a zip of the original texts (each as imported, or a
// bundled document's text), or JSON Lines of the parsed documents (one document JSON a line,
// https://jsonlines.org). Both are built from Blobs the browser already holds — stored records,
// fetched assets — so that a document's bytes are copied into the file without passing through
// a JavaScript string where that can be helped.

import { DOCUMENT_FORMAT } from '../parser/types';
import { writeJsonTo } from '../parser/json';
import { datedFileName } from './fileNames';
import type { LibraryEntry } from './queries';
import { sessionStore } from './sessionStore';
import {
  documentOf,
  readStoredDocuments,
  StorageError,
  type StorageProblem,
  type StoredDocument,
} from './storage';
import { breather, ZipError, ZipWriter } from './zip';

/** The document an export problem is about, as the library names it. */
export type ExportedDocument = { readonly title: string; readonly language: string | null };

/** Why an export could not be made, as data (worded by exportProblemText, collectionMessages.ts). */
export type ExportProblem =
  /** Deleted meanwhile (in another tab). */
  | { readonly code: 'gone'; readonly document: ExportedDocument }
  /** A stored document JSON that cannot be read (JSON Lines only). */
  | { readonly code: 'unreadable'; readonly document: ExportedDocument }
  /** A bundled document's file could not be fetched; status null when there was no answer. */
  | {
      readonly code: 'unfetched';
      readonly document: ExportedDocument;
      readonly status: number | null;
    }
  | { readonly code: 'storage'; readonly problem: StorageProblem; readonly detail: string | null }
  /** Over the 4 GiB a zip can hold. */
  | { readonly code: 'too-large' };

export class ExportError extends Error {
  readonly problem: ExportProblem;
  constructor(problem: ExportProblem) {
    super(`Fil export: ${problem.code}`);
    this.name = 'ExportError';
    this.problem = problem;
  }
}

/** Characters Windows and macOS refuse in a file name, control characters, and slashes. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f<>:"/\\|?*]/g;

/**
 * A file name safe to unpack on Windows, macOS and Linux: forbidden characters (and slashes,
 * which would make folders) become '_', trailing dots and spaces go (Windows drops them); `${id}.txt`
 * when nothing is left.
 */
export function safeFileName(fileName: string, id: string): string {
  const cleaned = fileName
    .replace(UNSAFE, '_')
    .replace(/[. ]+$/, '')
    .trim();
  return cleaned === '' || /^_*$/.test(cleaned) ? `${id}.txt` : cleaned;
}

/**
 * `names` made unique, in order: the second 'page.txt' becomes 'page (2).txt', the third
 * 'page (3).txt' — a number before the extension, as file managers do — skipping a numbered
 * name already taken. Names differing only in case collide (Windows and macOS ignore case).
 */
export function uniqueNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  const result: string[] = [];
  for (const name of names) {
    let candidate = name;
    const dot = name.lastIndexOf('.');
    const [stem, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
    for (let n = 2; taken.has(candidate.toLowerCase()); n++)
      candidate = `${stem} (${n})${extension}`;
    taken.add(candidate.toLowerCase());
    result.push(candidate);
  }
  return result;
}

/** The start of a stored document JSON: format, id and title, in the order writeJson keeps. */
const HEAD = /^\{"format":"comment-thread\/2","id":"(?:[^"\\]|\\.)*","title":"(?:[^"\\]|\\.)*"/;

/** Bytes of a stored JSON read to find its head: titles are short, but nothing forbids long ones. */
const HEAD_BYTES = 64 * 1024;

/**
 * A document JSON's first line-worth, with the id and title the library shows in place of the
 * stored ones: `head` replaces the stored JSON's first `replaced` bytes. Null when `start` (its
 * first bytes, decoded) does not begin with a `comment-thread/2` document's format, id and
 * title written compactly, as writeJson does.
 */
export function retitledHead(
  start: string,
  id: string,
  title: string,
): { readonly head: string; readonly replaced: number } | null {
  const match = HEAD.exec(start);
  if (!match) return null;
  const head = `{"format":${JSON.stringify(DOCUMENT_FORMAT)},"id":${JSON.stringify(id)},"title":${JSON.stringify(title)}`;
  return { head, replaced: new TextEncoder().encode(match[0]).length };
}

/**
 * An imported document's line of JSON Lines, as Blob parts: the document the reader opens (its
 * id, the title the library shows), compact. The stored JSON is written compactly by writeJson
 * (importJob.ts), so it holds no line break (JSON escapes them in strings) and goes in as it is,
 * its head swapped for the library's id and title: a 50 MB document is never parsed or written
 * again. One in another format (an older Fil's) is read, upgraded and written again.
 */
async function jsonLineOf(stored: StoredDocument): Promise<BlobPart[] | null> {
  const json = stored.documentJson;
  const start = await json.slice(0, HEAD_BYTES).text();
  const retitled = retitledHead(start, stored.id, stored.summary.title);
  if (retitled) return [retitled.head, json.slice(retitled.replaced)];
  const reading = await documentOf(stored);
  if (!reading.ok) return null;
  const parts: string[] = [];
  writeJsonTo(reading.doc, (chunk) => parts.push(chunk));
  return parts;
}

/** Where an export gets the documents of a selection; swapped for fakes in unit tests. */
export type ExportSources = {
  /** Imported documents by id, from the session or storage; null for one that is gone. */
  readonly imported: (ids: readonly string[]) => Promise<(StoredDocument | null)[]>;
  /**
   * A bundled document's text or parsed JSON, fetched.
   * @throws {ExportError} `unfetched` when there is no such file or it does not come.
   */
  readonly bundled: (entry: LibraryEntry, file: 'text' | 'json') => Promise<Blob>;
};

async function importedDocuments(ids: readonly string[]): Promise<(StoredDocument | null)[]> {
  const stored = ids.filter((id) => !sessionStore.get(id));
  const fromStorage = new Map<string, StoredDocument | null>();
  if (stored.length > 0) {
    const read = await readStoredDocuments(stored);
    stored.forEach((id, i) => fromStorage.set(id, read[i] ?? null));
  }
  return ids.map((id) => sessionStore.get(id) ?? fromStorage.get(id) ?? null);
}

const named = (entry: LibraryEntry): ExportedDocument => ({
  title: entry.title,
  language: entry.language,
});

async function bundledFile(entry: LibraryEntry, file: 'text' | 'json'): Promise<Blob> {
  const url =
    file === 'text'
      ? (await import('virtual:fil-seed-library')).seedSourceUrls[entry.id]
      : (await import('virtual:fil-seeds')).seedUrls[entry.id];
  const unfetched = (status: number | null) =>
    new ExportError({ code: 'unfetched', document: named(entry), status });
  if (!url) throw unfetched(null);
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    // Offline: no answer at all.
    throw unfetched(null);
  }
  if (!response.ok) throw unfetched(response.status);
  return response.blob();
}

/** Where the app's exports get their documents: this session, IndexedDB, the built site. */
export const librarySources: ExportSources = { imported: importedDocuments, bundled: bundledFile };

/** An export, ready to be downloaded. */
export type ExportFile = { readonly blob: Blob; readonly fileName: string };

type Options = {
  readonly sources?: ExportSources;
  readonly now?: Date;
  /** Documents done so far, of the selection's. */
  readonly onProgress?: (done: number, total: number) => void;
};

/** The selection's imported documents, read at once, each with its library entry. */
async function readImported(entries: readonly LibraryEntry[], sources: ExportSources) {
  const imported = entries.filter((entry) => entry.origin === 'imported');
  let documents: (StoredDocument | null)[];
  try {
    documents = await sources.imported(imported.map((entry) => entry.id));
  } catch (error) {
    if (error instanceof StorageError)
      throw new ExportError({ code: 'storage', problem: error.problem, detail: error.detail });
    throw error;
  }
  const byId = new Map<string, StoredDocument>();
  imported.forEach((entry, i) => {
    const document = documents[i];
    if (!document) throw new ExportError({ code: 'gone', document: named(entry) });
    byId.set(entry.id, document);
  });
  return byId;
}

/**
 * The original texts of `entries` (in their order) in one zip: an import's bytes as imported
 * under its file name, a bundled document's text as `<id>.txt`; names made safe and unique
 * (`page (2).txt`). Nothing else is in it.
 * @throws {ExportError} naming the document that could not be read or fetched.
 */
export async function exportOriginals(
  entries: readonly LibraryEntry[],
  { sources = librarySources, now = new Date(), onProgress }: Options = {},
): Promise<ExportFile> {
  const imported = await readImported(entries, sources);
  const names = uniqueNames(
    entries.map((entry) => {
      const fileName = imported.get(entry.id)?.fileName ?? '';
      return safeFileName(fileName, entry.id);
    }),
  );
  const writer = new ZipWriter(now);
  try {
    for (const [i, entry] of entries.entries()) {
      const source = imported.get(entry.id)?.source ?? (await sources.bundled(entry, 'text'));
      await writer.add(names[i]!, source);
      onProgress?.(i + 1, entries.length);
    }
    return { blob: writer.finish(), fileName: datedFileName('texts', 'zip', now) };
  } catch (error) {
    if (error instanceof ZipError && error.problem.code === 'too-large')
      throw new ExportError({ code: 'too-large' });
    throw error;
  }
}

/**
 * The parsed documents of `entries` (in their order) as JSON Lines: one compact document JSON a
 * line, each as the reader opens it (readDocumentJson reads every line; the id and title are
 * the library's), ending with a line break.
 * @throws {ExportError} naming the document that could not be read or fetched.
 */
export async function exportJsonLines(
  entries: readonly LibraryEntry[],
  { sources = librarySources, now = new Date(), onProgress }: Options = {},
): Promise<ExportFile> {
  const imported = await readImported(entries, sources);
  const parts: BlobPart[] = [];
  const pause = breather();
  for (const [i, entry] of entries.entries()) {
    const stored = imported.get(entry.id);
    // A bundled document's JSON is compact too (writeJson at build time), with its own id and title.
    const line = stored ? await jsonLineOf(stored) : [await sources.bundled(entry, 'json')];
    if (!line) throw new ExportError({ code: 'unreadable', document: named(entry) });
    parts.push(...line, '\n');
    onProgress?.(i + 1, entries.length);
    await pause();
  }
  return {
    blob: new Blob(parts, { type: 'application/jsonl' }),
    fileName: datedFileName('documents', 'jsonl', now),
  };
}
