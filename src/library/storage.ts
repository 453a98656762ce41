// Imported documents, kept in IndexedDB: the parsed document (JSON, as a Blob), the original
// bytes (so a better parser can read them again) and the library summary, each in its own
// store so that listing the library never loads a document. Every change is one transaction
// over the stores it touches: a failure rolls it back and leaves what was stored intact.

import type { Encoding } from './decode';
import { readDocumentJson } from './documentJson';
import type { DocumentSummary } from './summary';
import type { ParsedDocument } from '../parser/types';

export type StorageProblem = 'unavailable' | 'quota' | 'blocked' | 'failed';

const MESSAGES: Record<StorageProblem, string> = {
  unavailable:
    'This browser does not let Fil store documents (private browsing, or storage turned off). Your imports stay open until you close this tab.',
  quota:
    'The browser’s storage for Fil is full. Delete some imported documents, or keep this one open for this session only.',
  blocked:
    'Another Fil tab is holding an older version of its storage open. Close the other Fil tabs and reload.',
  failed: 'The browser could not store the document.',
};

/** Why a storage call failed; its message says what the reader can do about it. */
export class StorageError extends Error {
  readonly problem: StorageProblem;
  constructor(problem: StorageProblem, detail?: string) {
    super(detail ? `${MESSAGES[problem]} (${detail})` : MESSAGES[problem]);
    this.name = 'StorageError';
    this.problem = problem;
  }
}

/**
 * What the library needs of an imported document, without the document itself. The optional
 * fields are absent from entries stored before Fil recorded them (see reparse.ts for how such
 * entries are read).
 */
export type StoredEntry = {
  readonly id: string;
  /** `summary.title` is the title the library and the reader show: the reader's, if given. */
  readonly summary: DocumentSummary;
  readonly fileName: string;
  /** The encoding the source was decoded with; a new reading uses it again. */
  readonly encoding: Encoding;
  readonly importedAt: string;
  /** DOCUMENT_FORMAT of the stored document JSON; absent means 'comment-thread/1'. */
  readonly format?: string;
  /** PARSER_VERSION that read the source; absent means 1. */
  readonly parserVersion?: number;
  /** The title the reader gave by renaming, null when none; absent means not recorded. */
  readonly customTitle?: string | null;
  /** The last attempt to read the source again that failed, so the same parser does not retry. */
  readonly reparseFailure?: {
    readonly format: string;
    readonly parserVersion: number;
    readonly reason: string;
  } | null;
};

export type StoredDocument = StoredEntry & {
  /** The ParsedDocument as JSON. */
  readonly documentJson: Blob;
  /** The bytes as imported. */
  readonly source: Blob;
};

const DB_NAME = 'fil';
// Fields added to entries (format, parserVersion, customTitle, reparseFailure) need no upgrade:
// stores hold any object, and reparse.ts reads an entry without them as a legacy one.
const DB_VERSION = 1;
const ENTRIES = 'entries';
const DOCUMENTS = 'documents';
const SOURCES = 'sources';
const STORES = [ENTRIES, DOCUMENTS, SOURCES];

function classify(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  const detail = error instanceof Error ? error.message : String(error);
  if (name === 'QuotaExceededError') return new StorageError('quota');
  if (name === 'SecurityError' || name === 'InvalidStateError')
    return new StorageError('unavailable', detail);
  return new StorageError('failed', detail || name);
}

let opening: Promise<IDBDatabase> | null = null;

function openDatabase(): Promise<IDBDatabase> {
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    let factory: IDBFactory | undefined;
    try {
      factory = globalThis.indexedDB;
    } catch (error) {
      reject(classify(error));
      return;
    }
    if (!factory) {
      reject(new StorageError('unavailable'));
      return;
    }
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(DB_NAME, DB_VERSION);
    } catch (error) {
      reject(classify(error));
      return;
    }
    request.onupgradeneeded = () => {
      const db = request.result;
      for (const store of STORES)
        if (!db.objectStoreNames.contains(store)) db.createObjectStore(store, { keyPath: 'id' });
    };
    request.onblocked = () => reject(new StorageError('blocked'));
    request.onerror = () => reject(classify(request.error));
    request.onsuccess = () => {
      const db = request.result;
      // A newer Fil in another tab wants to upgrade: step aside rather than block it.
      db.onversionchange = () => {
        db.close();
        opening = null;
      };
      resolve(db);
    };
  }).catch((error: unknown) => {
    opening = null; // try again next time: the reader may have closed the blocking tab
    throw classify(error);
  });
  return opening;
}

/** Runs `work` in one transaction and resolves when it has committed. */
async function transact<T>(mode: IDBTransactionMode, work: (tx: IDBTransaction) => T): Promise<T> {
  const db = await openDatabase();
  return new Promise<T>((resolve, reject) => {
    let result: T;
    let tx: IDBTransaction;
    try {
      tx = db.transaction(STORES, mode);
      result = work(tx);
    } catch (error) {
      reject(classify(error));
      return;
    }
    tx.oncomplete = () => resolve(result);
    tx.onerror = () => reject(classify(tx.error));
    tx.onabort = () => reject(classify(tx.error ?? new DOMException('aborted', 'AbortError')));
  });
}

/**
 * Every stored entry, newest import first, without loading a document or a source.
 * @throws {StorageError} when IndexedDB is unavailable, blocked or fails.
 */
export async function listStoredEntries(): Promise<StoredEntry[]> {
  let request!: IDBRequest<StoredEntry[]>;
  await transact('readonly', (tx) => {
    request = tx.objectStore(ENTRIES).getAll() as IDBRequest<StoredEntry[]>;
  });
  // The transaction has committed, so the request's result is there to read.
  return [...request.result].sort((a, b) => b.importedAt.localeCompare(a.importedAt));
}

/**
 * Stores (or replaces) a document's entry, JSON and source in one transaction.
 * @throws {StorageError} when the browser refuses (quota, unavailable, blocked); nothing is
 *   changed then.
 */
export async function saveStoredDocument(document: StoredDocument): Promise<void> {
  const { documentJson, source, ...entry } = document;
  await transact('readwrite', (tx) => {
    tx.objectStore(ENTRIES).put(entry);
    tx.objectStore(DOCUMENTS).put({ id: entry.id, documentJson });
    tx.objectStore(SOURCES).put({ id: entry.id, source });
  });
}

/**
 * A stored document with its entry, JSON and source (Blobs, read only when asked), or null
 * when any of the three is missing.
 * @throws {StorageError} when IndexedDB is unavailable, blocked or fails.
 */
export async function readStoredDocument(id: string): Promise<StoredDocument | null> {
  let entry!: IDBRequest<StoredEntry | undefined>;
  let doc!: IDBRequest<{ documentJson: Blob } | undefined>;
  let source!: IDBRequest<{ source: Blob } | undefined>;
  await transact('readonly', (tx) => {
    entry = tx.objectStore(ENTRIES).get(id) as IDBRequest<StoredEntry | undefined>;
    doc = tx.objectStore(DOCUMENTS).get(id) as IDBRequest<{ documentJson: Blob } | undefined>;
    source = tx.objectStore(SOURCES).get(id) as IDBRequest<{ source: Blob } | undefined>;
  });
  const [e, d, s] = [entry.result, doc.result, source.result];
  if (!e || !d || !s) return null;
  return { ...e, documentJson: d.documentJson, source: s.source };
}

/**
 * Removes a document and gives back everything that was stored, for undo; null when there
 * was nothing under `id`.
 * @throws {StorageError} when IndexedDB is unavailable, blocked or fails.
 */
export async function deleteStoredDocument(id: string): Promise<StoredDocument | null> {
  const stored = await readStoredDocument(id);
  if (!stored) return null;
  await transact('readwrite', (tx) => {
    for (const store of STORES) tx.objectStore(store).delete(id);
  });
  return stored;
}

/**
 * Gives a stored document the reader's title: shown in the library and the reader, and kept
 * when its source is read again (`customTitle`). Does nothing when `id` is not stored.
 * @throws {StorageError} when IndexedDB is unavailable, blocked or fails.
 */
export async function renameStoredDocument(id: string, title: string): Promise<void> {
  await transact('readwrite', (tx) => {
    const store = tx.objectStore(ENTRIES);
    const request = store.get(id) as IDBRequest<StoredEntry | undefined>;
    request.onsuccess = () => {
      const entry = request.result;
      if (entry) store.put({ ...entry, summary: { ...entry.summary, title }, customTitle: title });
    };
  });
}

/**
 * Rewrites a stored entry — and its document JSON, when `documentJson` is given — in one
 * transaction, if the entry is still the one that was read: same `importedAt`. `change` gets
 * the entry as it is inside the transaction, so a rename made meanwhile is seen, and a
 * document deleted (or imported anew) meanwhile is left alone. The source is never touched.
 * @returns the entry as stored, or null when it was deleted or replaced meanwhile.
 * @throws {StorageError} when IndexedDB refuses; nothing is changed then.
 */
export async function rewriteStoredEntry(
  id: string,
  importedAt: string,
  change: (entry: StoredEntry) => StoredEntry,
  documentJson?: Blob,
): Promise<StoredEntry | null> {
  const written: { entry: StoredEntry | null } = { entry: null };
  await transact('readwrite', (tx) => {
    const entries = tx.objectStore(ENTRIES);
    const request = entries.get(id) as IDBRequest<StoredEntry | undefined>;
    request.onsuccess = () => {
      const entry = request.result;
      if (!entry || entry.importedAt !== importedAt) return;
      const next = { ...change(entry), id };
      entries.put(next);
      if (documentJson) tx.objectStore(DOCUMENTS).put({ id, documentJson });
      written.entry = next;
    };
  });
  return written.entry;
}

/** A stored document's parsed document, or why it cannot be read. */
export type DocumentReading =
  | { readonly ok: true; readonly doc: ParsedDocument }
  | { readonly ok: false; readonly reason: string };

/**
 * The parsed document of a stored (or session) record, under its id and with the title the
 * library shows (the reader's, when renamed). An older format is upgraded; a JSON that cannot
 * be read gives the reason rather than an exception.
 */
export async function documentOf(stored: StoredDocument): Promise<DocumentReading> {
  let text: string;
  try {
    text = await stored.documentJson.text();
  } catch (error) {
    return {
      ok: false,
      reason: `its stored copy could not be read (${error instanceof Error ? error.message : String(error)})`,
    };
  }
  const reading = readDocumentJson(text);
  if (!reading.ok) return { ok: false, reason: reading.reason };
  return { ok: true, doc: { ...reading.doc, id: stored.id, title: stored.summary.title } };
}
