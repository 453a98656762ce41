// The reader's library in one file and back: a zip (src/library/zip.ts) holding `manifest.json`
// (the format tag, when and by which Fil it was made, every entry as stored) and, per imported
// document, its source as imported, its document JSON and its searchable text. Bundled documents
// are part of Fil's build and are not in it. Restoring adds what is not in the library yet,
// leaves what is (same id) as it is, and never deletes anything of the reader's: when it fails,
// what it had added is taken out again.

import { DOCUMENT_FORMAT, PARSER_VERSION } from '../parser/types';
import { isEncoding } from './decode';
import { datedFileName } from './fileNames';
import { canonicalLanguageTag } from './languageTag';
import { sessionStore } from './sessionStore';
import {
  addStoredDocuments,
  deleteStoredDocuments,
  listStoredEntries,
  readStoredBatches,
  StorageError,
  type StorageProblem,
  type StoredDocument,
  type StoredEntry,
} from './storage';
import type { DocumentSummary } from './summary';
import {
  breather,
  readZipDirectory,
  readZipMember,
  ZipError,
  ZipWriter,
  type ZipMember,
} from './zip';

/** The format of the backup files this Fil writes; it reads `fil-backup/1`. */
export const BACKUP_FORMAT = 'fil-backup/1';
const FORMAT_PREFIX = 'fil-backup/';
const READABLE_VERSION = 1;
const MANIFEST = 'manifest.json';
/**
 * A restore's batch is stored once it holds this many bytes (or `batchSize` documents): the
 * records read from the file wait in memory until their transaction, so it bounds what is held.
 */
const BATCH_BYTES = 32 * 1024 * 1024;

/** One document in a backup: its entry as stored, and the members that hold its records. */
export type BackupItem = {
  readonly entry: StoredEntry;
  readonly files: {
    /** The bytes as imported. */
    readonly source: string;
    /** The document JSON as stored. */
    readonly document: string;
    /** The searchable text (articleTextOf); null for a document stored before Fil kept it. */
    readonly text: string | null;
  };
};

/** `manifest.json`. */
export type BackupManifest = {
  readonly format: typeof BACKUP_FORMAT;
  /** ISO 8601, UTC. */
  readonly createdAt: string;
  /** The document format (DOCUMENT_FORMAT) and parser version of the Fil that made it. */
  readonly documentFormat: string;
  readonly parserVersion: number;
  readonly documents: readonly BackupItem[];
};

/**
 * Why a backup could not be made or restored, as data (worded by backupProblemText and
 * restoreProblemText, src/library/collectionMessages.ts). BackupError says whether a failed
 * restore left anything in the library (`partial`).
 */
export type BackupProblem =
  /** Not a zip file at all. */
  | { readonly code: 'not-zip' }
  /** Starts as a zip does but its end is missing or unreadable: a backup cut short. */
  | { readonly code: 'truncated' }
  /** A zip without a Fil manifest. */
  | { readonly code: 'not-backup' }
  /** Made by a newer Fil, in a backup format this one does not read. */
  | { readonly code: 'newer'; readonly format: string }
  /** A member cannot be read whole, or the manifest does not hold what it should. */
  | { readonly code: 'damaged'; readonly member: string | null; readonly detail: string }
  /** Over the 4 GiB the zip format allows. */
  | { readonly code: 'too-large' }
  /** The browser's storage refused or failed (StorageError's problem and detail). */
  | { readonly code: 'storage'; readonly problem: StorageProblem; readonly detail: string | null }
  /**
   * Anything else the browser threw: its name ('NotReadableError' when the file changed while
   * it was read) and what it said, not translated.
   */
  | { readonly code: 'failed'; readonly name: string; readonly detail: string };

export class BackupError extends Error {
  readonly problem: BackupProblem;
  /**
   * How many documents a failed restore had added and could not take out again (storage failing
   * then too): they stay in the library. 0 when the library is as it was.
   */
  readonly partial: number;
  constructor(problem: BackupProblem, partial = 0) {
    super(`Fil backup: ${problem.code}${partial > 0 ? ` (${partial} added, kept)` : ''}`);
    this.name = 'BackupError';
    this.problem = problem;
    this.partial = partial;
  }
}

/**
 * Any failure as a BackupError (a ZipError or StorageError by its problem, anything else as
 * `failed` with the browser's name for it), with the documents a restore left added
 * (`partial`).
 */
function asBackupError(error: unknown, partial = 0): unknown {
  if (error instanceof BackupError)
    return partial > 0 ? new BackupError(error.problem, partial) : error;
  if (error instanceof ZipError) {
    const problem = error.problem;
    return new BackupError(
      problem.code === 'damaged' ? { ...problem } : { code: problem.code },
      partial,
    );
  }
  if (error instanceof StorageError)
    return new BackupError(
      { code: 'storage', problem: error.problem, detail: error.detail },
      partial,
    );
  // The browser's own failure (a file that changed while it was read: NotReadableError).
  const name = error instanceof Error ? error.name : '';
  const detail = error instanceof Error ? error.message : String(error);
  return new BackupError({ code: 'failed', name, detail }, partial);
}

/** '.txt', '.json': the extension of an imported file's name (lower case), '.txt' when none. */
function extensionOf(fileName: string): string {
  const match = /\.([a-z0-9]{1,8})$/i.exec(fileName);
  return match ? `.${match[1]!.toLowerCase()}` : '.txt';
}

/** The entry of a stored document, without its records. */
function entryOf(document: StoredDocument): StoredEntry {
  const { documentJson, source, articleText, ...entry } = document;
  // Left out on purpose: the records go into members of their own.
  void [documentJson, source, articleText];
  return entry;
}

/** A backup file, as made. */
export type BackupFile = {
  readonly blob: Blob;
  /** `fil-backup-2024-05-01.zip`, dated in the reader's time zone (datedFileName). */
  readonly fileName: string;
  /** How many documents it holds. */
  readonly documents: number;
};

/**
 * Writes every imported document — stored, and those kept for this session only — into one
 * zip, streamed: each document's records are read from storage in batches and compressed a
 * slice at a time, with turns for the browser in between. `onProgress` gets the number of
 * documents written so far.
 * @throws {BackupError} `storage` when the library cannot be read, `too-large` past 4 GiB.
 */
export async function writeBackup({
  now = new Date(),
  onProgress,
}: {
  readonly now?: Date;
  readonly onProgress?: (written: number) => void;
} = {}): Promise<BackupFile> {
  const writer = new ZipWriter(now);
  const items: BackupItem[] = [];
  const written = new Set<string>();
  const add = async (document: StoredDocument) => {
    const folder = `documents/${String(items.length + 1).padStart(5, '0')}`;
    const files = {
      source: `${folder}/source${extensionOf(document.fileName)}`,
      document: `${folder}/document.json`,
      text: document.articleText === undefined ? null : `${folder}/text.txt`,
    };
    await writer.add(files.source, document.source);
    await writer.add(files.document, document.documentJson);
    if (files.text !== null && document.articleText !== undefined)
      await writer.add(files.text, document.articleText);
    items.push({ entry: entryOf(document), files });
    written.add(document.id);
    onProgress?.(items.length);
  };
  try {
    for await (const batch of readStoredBatches())
      for (const document of batch) await add(document);
    for (const document of sessionStore.list()) if (!written.has(document.id)) await add(document);
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      createdAt: now.toISOString(),
      documentFormat: DOCUMENT_FORMAT,
      parserVersion: PARSER_VERSION,
      documents: items,
    };
    // Last, so that it lists exactly what was written; a reader finds it by the directory.
    await writer.add(MANIFEST, await manifestJson(manifest));
    return {
      blob: writer.finish(),
      fileName: datedFileName('backup', 'zip', now),
      documents: items.length,
    };
  } catch (error) {
    throw asBackupError(error);
  }
}

/** How `manifest.json` lays its documents out: one a line, between these (see manifestJson). */
const DOCUMENTS_OPEN = '"documents":[';
const DOCUMENTS_CLOSE = ']}';
/** About 200 documents' lines: each part of the manifest is made into UTF-8 in one step. */
const PART_CHARS = 128 * 1024;

/**
 * `manifest.json`'s text, one document a line: `{"format":…,"documents":[` on the first line,
 * then each document's JSON and a comma, then `]}`. JSON as any other, written a document at a
 * time with turns for the browser: one JSON.stringify of 10,000 documents (9 MB) took 80–120 ms
 * on the 2-core machine, which this layout lets readManifest parse a line at a time too.
 */
async function manifestJson(manifest: BackupManifest): Promise<Blob> {
  const pause = breather();
  const head = JSON.stringify({ ...manifest, documents: [] });
  // Gathered into strings of about PART_CHARS: a Blob of 20,000 small parts took 100–150 ms.
  const parts: string[] = [];
  let part = `${head.slice(0, -DOCUMENTS_CLOSE.length)}\n`;
  for (const [index, item] of manifest.documents.entries()) {
    part += JSON.stringify(item) + (index < manifest.documents.length - 1 ? ',\n' : '\n');
    if (part.length >= PART_CHARS) {
      parts.push(part);
      part = '';
    }
    await pause();
  }
  parts.push(part + DOCUMENTS_CLOSE);
  return new Blob(parts, { type: 'application/json' });
}

/**
 * JSON.parse of a manifest: laid out as manifestJson writes it, a line at a time with turns for
 * the browser between them (a 10,000 documents' manifest took 90–140 ms in one piece); any
 * other JSON in one piece. Throws SyntaxError when it is not JSON.
 */
async function parseManifest(json: string, pause: () => Promise<void>): Promise<unknown> {
  const lines = json.split('\n');
  const head = lines[0] ?? '';
  if (lines.length >= 2 && head.endsWith(DOCUMENTS_OPEN) && lines.at(-1) === DOCUMENTS_CLOSE) {
    try {
      const value: unknown = JSON.parse(head + DOCUMENTS_CLOSE);
      if (isRecord(value)) {
        const documents: unknown[] = [];
        const last = lines.length - 2;
        for (let at = 1; at <= last; at++) {
          const line = lines[at] ?? '';
          if (at < last && !line.endsWith(',')) throw new SyntaxError('no comma');
          documents.push(JSON.parse(at < last ? line.slice(0, -1) : line));
          await pause();
        }
        return { ...value, documents };
      }
    } catch {
      // Not quite that layout (a hand-edited file): read in one piece below.
    }
  }
  return JSON.parse(json);
}

/** What restoring added, and what it found already in the library (same id) and left alone. */
export type RestoreOutcome = { readonly restored: number; readonly alreadyThere: number };

/**
 * Adds the documents of the backup `file` to the library, `batchSize` (or 32 MB) per
 * transaction, reading
 * one member at a time from the file. Documents already stored (same id) are kept as they are
 * and counted. Everything is checked as it is read (the manifest's fields, each member's size
 * and CRC-32): when anything fails, the documents this restore added are deleted again, so the
 * library is as it was. A document this tab held for the session only is stored, and then only
 * stored (its session copy dropped once the restore is through). `onProgress` gets the
 * documents done and the total.
 * @throws {BackupError} what was wrong: not a zip, not a Fil backup, a newer format, a damaged
 *   member, storage refusing, the file failing to be read; `partial` counts the documents left
 *   added when storage refused to take them out again.
 */
export async function restoreBackup(
  file: Blob,
  {
    batchSize = 20,
    onProgress,
  }: {
    readonly batchSize?: number;
    readonly onProgress?: (done: number, total: number) => void;
  } = {},
): Promise<RestoreOutcome> {
  let members: Map<string, ZipMember>;
  let manifest: BackupManifest;
  let present: Set<string>;
  try {
    members = await readZipDirectory(file);
    const manifestMember = members.get(MANIFEST);
    if (!manifestMember) throw new BackupError({ code: 'not-backup' });
    const json = await (await readZipMember(file, manifestMember)).text();
    const reading = await readManifest(json, breather());
    if (!reading.ok) throw new BackupError(reading.problem);
    manifest = reading.manifest;
    for (const { files } of manifest.documents)
      for (const name of [files.source, files.document, files.text])
        if (name !== null && !members.has(name))
          throw new BackupError({ code: 'damaged', member: name, detail: 'missing' });
    present = new Set((await listStoredEntries()).map((entry) => entry.id));
  } catch (error) {
    throw asBackupError(error);
  }

  const total = manifest.documents.length;
  const added: string[] = [];
  let alreadyThere = 0;
  let done = 0;
  let batch: StoredDocument[] = [];
  let batchBytes = 0;
  // One budget for every member read: most are small, read in one slice each.
  const pause = breather();
  const store = async () => {
    const addition = await addStoredDocuments(batch);
    added.push(...addition.added);
    alreadyThere += addition.kept.length;
    done += batch.length;
    batch = [];
    batchBytes = 0;
    onProgress?.(done, total);
  };
  try {
    for (const item of manifest.documents) {
      if (present.has(item.entry.id)) {
        // Not read at all: what is in the library stays as it is.
        alreadyThere++;
        done++;
        onProgress?.(done, total);
        continue;
      }
      present.add(item.entry.id);
      const document = await readDocument(file, members, item, pause);
      batch.push(document);
      batchBytes += document.source.size + document.documentJson.size;
      if (batch.length >= batchSize || batchBytes >= BATCH_BYTES) await store();
    }
    if (batch.length > 0) await store();
  } catch (error) {
    let partial = 0;
    try {
      await deleteStoredDocuments(added);
    } catch {
      // Storage failing now too: what was added stays, and the reader is told so, with the
      // first cause. Their session copies (below) stay too, so nothing the tab held is lost.
      partial = added.length;
    }
    throw asBackupError(error, partial);
  }
  // A document this tab kept for the session only is stored now: its session copy goes, so that
  // one delete removes it (the library lists the stored copy; the session's would stay behind).
  for (const id of added) sessionStore.delete(id);
  return { restored: added.length, alreadyThere };
}

async function readDocument(
  file: Blob,
  members: ReadonlyMap<string, ZipMember>,
  { entry, files }: BackupItem,
  pause: () => Promise<void>,
): Promise<StoredDocument> {
  // Checked above: every member the manifest names is in the directory.
  const read = (name: string, type = '') => readZipMember(file, members.get(name)!, type, pause);
  const source = await read(files.source);
  const documentJson = await read(files.document, 'application/json');
  const document: StoredDocument = { ...entry, source, documentJson };
  await pause();
  if (files.text === null) return document;
  return { ...document, articleText: await (await read(files.text)).text() };
}

/** The manifest read and checked, or why it cannot be restored. */
export type ManifestReading =
  | { readonly ok: true; readonly manifest: BackupManifest }
  | { readonly ok: false; readonly problem: BackupProblem };

type Fields = Readonly<Record<string, unknown>>;

const isRecord = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Thrown inside readManifest only, where it becomes a `damaged` problem naming the field. */
class Invalid extends Error {}

function text(record: Fields, key: string): string {
  const value = record[key];
  if (typeof value !== 'string') throw new Invalid(key);
  return value;
}

function textOrNull(record: Fields, key: string): string | null {
  const value = record[key];
  if (value !== null && typeof value !== 'string') throw new Invalid(key);
  return value;
}

function count(record: Fields, key: string): number {
  const value = record[key];
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) throw new Invalid(key);
  return value;
}

function countOrNull(record: Fields, key: string): number | null {
  return record[key] === null ? null : count(record, key);
}

/** A language tag as documentJson.ts reads one: canonical BCP 47, or null. */
function languageTag(value: string | null): string | null {
  return value === null ? null : canonicalLanguageTag(value);
}

function readSummary(value: unknown, id: string): DocumentSummary {
  if (!isRecord(value)) throw new Invalid('summary');
  // Under its entry's id, and imported whatever the file says: a backup holds imports only.
  if (text(value, 'id') !== id) throw new Invalid('summary.id');
  return {
    id,
    origin: 'imported',
    title: text(value, 'title'),
    language: languageTag(textOrNull(value, 'language')),
    published: textOrNull(value, 'published'),
    site: textOrNull(value, 'site'),
    commentCount: count(value, 'commentCount'),
    declaredCommentCount: countOrNull(value, 'declaredCommentCount'),
    wordCount: count(value, 'wordCount'),
    diagnosticCount: count(value, 'diagnosticCount'),
  };
}

/** An entry's optional fields, each copied only when present (absent means "not recorded"). */
function readOptional(value: Fields): Partial<StoredEntry> {
  const optional: {
    format?: string;
    parserVersion?: number;
    customTitle?: string | null;
    reparseFailure?: StoredEntry['reparseFailure'];
    articleTextStored?: boolean;
  } = {};
  if ('format' in value) optional.format = text(value, 'format');
  if ('parserVersion' in value) optional.parserVersion = count(value, 'parserVersion');
  if ('customTitle' in value) optional.customTitle = textOrNull(value, 'customTitle');
  if ('reparseFailure' in value) {
    const failure = value.reparseFailure;
    if (failure === null) optional.reparseFailure = null;
    else if (isRecord(failure))
      optional.reparseFailure = {
        format: text(failure, 'format'),
        parserVersion: count(failure, 'parserVersion'),
        reason: text(failure, 'reason'),
      };
    else throw new Invalid('reparseFailure');
  }
  if ('articleTextStored' in value) {
    if (typeof value.articleTextStored !== 'boolean') throw new Invalid('articleTextStored');
    optional.articleTextStored = value.articleTextStored;
  }
  return optional;
}

function readEntry(value: unknown): StoredEntry {
  if (!isRecord(value)) throw new Invalid('entry');
  const id = text(value, 'id');
  if (id === '') throw new Invalid('id');
  const encoding = text(value, 'encoding');
  if (!isEncoding(encoding)) throw new Invalid('encoding');
  return {
    id,
    summary: readSummary(value.summary, id),
    fileName: text(value, 'fileName'),
    encoding,
    importedAt: text(value, 'importedAt'),
    ...readOptional(value),
  };
}

function readItem(value: unknown): BackupItem {
  if (!isRecord(value) || !isRecord(value.files)) throw new Invalid('files');
  const files = value.files;
  return {
    entry: readEntry(value.entry),
    files: {
      source: text(files, 'source'),
      document: text(files, 'document'),
      text: textOrNull(files, 'text'),
    },
  };
}

/**
 * Reads `manifest.json`'s text: a Fil backup of a format this Fil reads, every entry with the
 * fields the library needs, of the right kinds (only the fields Fil knows are kept; a language
 * that is not a BCP 47 tag becomes null). Never throws.
 * - not JSON, or no "format" that starts with `fil-backup/` → `not-backup`;
 * - `fil-backup/<n>` with n > 1 → `newer`;
 * - a field missing or of the wrong kind → `damaged`, naming the document's position and field.
 * `pause` is awaited between documents, to give the browser turns on a long manifest.
 */
export async function readManifest(
  json: string,
  pause: () => Promise<void> = () => Promise.resolve(),
): Promise<ManifestReading> {
  let value: unknown;
  try {
    value = await parseManifest(json, pause);
  } catch {
    return { ok: false, problem: { code: 'not-backup' } };
  }
  if (
    !isRecord(value) ||
    typeof value.format !== 'string' ||
    !value.format.startsWith(FORMAT_PREFIX)
  )
    return { ok: false, problem: { code: 'not-backup' } };
  const version = Number(value.format.slice(FORMAT_PREFIX.length));
  if (value.format !== BACKUP_FORMAT)
    return {
      ok: false,
      problem:
        Number.isInteger(version) && version > READABLE_VERSION
          ? { code: 'newer', format: value.format }
          : { code: 'not-backup' },
    };
  const damaged = (detail: string): ManifestReading => ({
    ok: false,
    problem: { code: 'damaged', member: MANIFEST, detail },
  });
  if (!Array.isArray(value.documents)) return damaged('documents');
  const documents: BackupItem[] = [];
  for (const [index, item] of value.documents.entries()) {
    try {
      documents.push(readItem(item));
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      return damaged(`document ${index + 1}: ${error.message}`);
    }
    await pause();
  }
  try {
    return {
      ok: true,
      manifest: {
        format: BACKUP_FORMAT,
        createdAt: text(value, 'createdAt'),
        documentFormat: text(value, 'documentFormat'),
        parserVersion: count(value, 'parserVersion'),
        documents,
      },
    };
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    return damaged(error.message);
  }
}
