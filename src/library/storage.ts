// Imported documents, kept in IndexedDB: the parsed document (JSON, as a Blob), the original
// bytes (so a better parser can read them again) and the library summary, each in its own
// store so that listing the library never loads a document. Every change is one transaction
// over the stores it touches: a failure rolls it back and leaves what was stored intact.

import type { Encoding } from './decode';
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

export class StorageError extends Error {
  readonly problem: StorageProblem;
  constructor(problem: StorageProblem, detail?: string) {
    super(detail ? `${MESSAGES[problem]} (${detail})` : MESSAGES[problem]);
    this.name = 'StorageError';
    this.problem = problem;
  }
}

/** What the library needs of an imported document, without the document itself. */
export type StoredEntry = {
  readonly id: string;
  readonly summary: DocumentSummary;
  readonly fileName: string;
  readonly encoding: Encoding;
  readonly importedAt: string;
};

export type StoredDocument = StoredEntry & {
  /** The ParsedDocument as JSON. */
  readonly documentJson: Blob;
  /** The bytes as imported. */
  readonly source: Blob;
};

const DB_NAME = 'fil';
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

export async function listStoredEntries(): Promise<StoredEntry[]> {
  let request!: IDBRequest<StoredEntry[]>;
  await transact('readonly', (tx) => {
    request = tx.objectStore(ENTRIES).getAll() as IDBRequest<StoredEntry[]>;
  });
  // The transaction has committed, so the request's result is there to read.
  return [...request.result].sort((a, b) => b.importedAt.localeCompare(a.importedAt));
}

export async function saveStoredDocument(document: StoredDocument): Promise<void> {
  const { documentJson, source, ...entry } = document;
  await transact('readwrite', (tx) => {
    tx.objectStore(ENTRIES).put(entry);
    tx.objectStore(DOCUMENTS).put({ id: entry.id, documentJson });
    tx.objectStore(SOURCES).put({ id: entry.id, source });
  });
}

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

/** Removes a document and gives back everything that was stored, for undo. */
export async function deleteStoredDocument(id: string): Promise<StoredDocument | null> {
  const stored = await readStoredDocument(id);
  if (!stored) return null;
  await transact('readwrite', (tx) => {
    for (const store of STORES) tx.objectStore(store).delete(id);
  });
  return stored;
}

export async function renameStoredDocument(id: string, title: string): Promise<void> {
  await transact('readwrite', (tx) => {
    const store = tx.objectStore(ENTRIES);
    const request = store.get(id) as IDBRequest<StoredEntry | undefined>;
    request.onsuccess = () => {
      const entry = request.result;
      if (entry) store.put({ ...entry, summary: { ...entry.summary, title } });
    };
  });
}

/** The parsed document of a stored (or session) record, with the reader's title. */
export async function documentOf(stored: StoredDocument): Promise<ParsedDocument> {
  const doc = JSON.parse(await stored.documentJson.text()) as ParsedDocument;
  return { ...doc, title: stored.summary.title };
}
