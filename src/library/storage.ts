// Imported documents, kept in IndexedDB (through `idb`): the parsed document (JSON, as a Blob),
// the original bytes (so a better parser can read them again), the library summary and the
// text the library searches (title and article), each in its own store so that listing the
// library never loads a document, and searching it never loads more than its text. Every change is one
// transaction over the stores it touches: a failure rolls it back and leaves what was stored
// intact.

import {
  openDB,
  type DBSchema,
  type IDBPDatabase,
  type IDBPTransaction,
  type StoreNames,
} from 'idb';
import type { Encoding } from './decode';
import { readDocumentJson, type JsonProblem } from './documentJson';
import type { DocumentSummary } from './summary';
import type { ParsedDocument } from '../parser/types';

/**
 * Why storage refused: what the reader can do about it is in its message (storageProblemText,
 * src/library/messages.ts).
 */
export type StorageProblem = 'unavailable' | 'quota' | 'blocked' | 'newer' | 'failed';

/**
 * Why a storage call failed: `problem` and `detail` are what the reader is told, worded when
 * shown (storageProblemText, src/library/messages.ts) — storage can fail while a route loads,
 * before the interface language is chosen. `message` is for developers, in English.
 */
export class StorageError extends Error {
  readonly problem: StorageProblem;
  /** What the browser said, not translated; null when it said nothing worth showing. */
  readonly detail: string | null;
  constructor(problem: StorageProblem, detail?: string) {
    const said = detail || null;
    super(said ? `Fil storage: ${problem} (${said})` : `Fil storage: ${problem}`);
    this.name = 'StorageError';
    this.problem = problem;
    this.detail = said;
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
    /** Why, as a record: the ImportProblem as JSON (English words in entries stored earlier). */
    readonly reason: string;
  } | null;
  /**
   * True once the document's searchable text (`articleText`) is stored beside it; absent in
   * entries stored before Fil kept it, which the background pass reads again (reparse.ts).
   */
  readonly articleTextStored?: boolean;
};

export type StoredDocument = StoredEntry & {
  /** The ParsedDocument as JSON. */
  readonly documentJson: Blob;
  /** The bytes as imported. */
  readonly source: Blob;
  /** What the library searches: articleTextOf (summary.ts); absent in older entries. */
  readonly articleText?: string;
};

/**
 * How the stores are laid out. Version 2 added `texts`; the three stores of version 1 are
 * unchanged, so existing data opens as it is.
 */
interface FilSchema extends DBSchema {
  entries: { key: string; value: StoredEntry };
  documents: { key: string; value: { readonly id: string; readonly documentJson: Blob } };
  sources: { key: string; value: { readonly id: string; readonly source: Blob } };
  texts: { key: string; value: { readonly id: string; readonly text: string } };
}

type StoreName = StoreNames<FilSchema>;

const DB_NAME = 'fil';
// Fields added to entries (format, parserVersion, customTitle, reparseFailure,
// articleTextStored) need no upgrade: stores hold any object, and reparse.ts reads an entry
// without them as a legacy one. Version 2 adds the `texts` store (an older Fil still open in
// another tab is asked to step aside: `blocking` below).
const DB_VERSION = 2;
const STORES = ['entries', 'documents', 'sources', 'texts'] as const satisfies readonly StoreName[];

function classify(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  const detail = error instanceof Error ? error.message : String(error);
  if (name === 'QuotaExceededError') return new StorageError('quota');
  // The database's version is higher than this Fil's: a newer Fil opened it in another tab.
  if (name === 'VersionError') return new StorageError('newer');
  if (name === 'SecurityError' || name === 'InvalidStateError')
    return new StorageError('unavailable', detail);
  return new StorageError('failed', detail || name);
}

let opening: Promise<IDBPDatabase<FilSchema>> | null = null;

function openDatabase(): Promise<IDBPDatabase<FilSchema>> {
  opening ??= connect().catch((error: unknown) => {
    opening = null; // try again next time: the reader may have closed the blocking tab
    throw classify(error);
  });
  return opening;
}

function connect(): Promise<IDBPDatabase<FilSchema>> {
  let factory: IDBFactory | undefined;
  try {
    // Absent in some private modes; reading it throws where storage is turned off.
    factory = globalThis.indexedDB;
  } catch (error) {
    return Promise.reject(classify(error));
  }
  if (!factory) return Promise.reject(new StorageError('unavailable'));
  return new Promise((resolve, reject) => {
    let connection: IDBPDatabase<FilSchema> | null = null;
    let blocked = false;
    openDB<FilSchema>(DB_NAME, DB_VERSION, {
      upgrade(db) {
        for (const store of STORES)
          if (!db.objectStoreNames.contains(store)) db.createObjectStore(store, { keyPath: 'id' });
      },
      // idb's promise waits for the other tabs; the reader is told at once instead.
      blocked() {
        blocked = true;
        reject(new StorageError('blocked'));
      },
      // A newer Fil in another tab wants to upgrade: step aside rather than block it.
      blocking() {
        connection?.close();
        opening = null;
      },
      // The browser closed the connection (storage cleared): open anew next time.
      terminated() {
        opening = null;
      },
    }).then((db) => {
      // Opened after all, once the other tabs let go: nothing waits for it any more.
      if (blocked) {
        db.close();
        return;
      }
      connection = db;
      resolve(db);
    }, reject);
  });
}

/**
 * Runs `work` in one transaction over `stores` and resolves with its result once the
 * transaction has committed (`tx.done`). When `work` fails, the transaction is aborted, so
 * that nothing it wrote is kept.
 */
async function transact<
  const Stores extends readonly StoreName[],
  Mode extends IDBTransactionMode,
  T,
>(
  stores: Stores,
  mode: Mode,
  work: (tx: IDBPTransaction<FilSchema, Stores, Mode>) => Promise<T>,
): Promise<T> {
  const db = await openDatabase();
  let tx: IDBPTransaction<FilSchema, Stores, Mode>;
  try {
    tx = db.transaction(stores, mode);
  } catch (error) {
    throw classify(error);
  }
  // Read after `work` settles; handled now so that an abort meanwhile is not reported unhandled.
  const done = tx.done;
  done.catch(() => undefined);
  try {
    const result = await work(tx);
    await done;
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already aborted (a request failed) or committed: nothing left to undo.
    }
    throw classify(error);
  }
}

/**
 * Every stored entry, newest import first, without loading a document or a source.
 * @throws {StorageError} when IndexedDB is unavailable, blocked or fails.
 */
export async function listStoredEntries(): Promise<StoredEntry[]> {
  const entries = await transact(['entries'], 'readonly', (tx) =>
    tx.objectStore('entries').getAll(),
  );
  return entries.sort((a, b) => b.importedAt.localeCompare(a.importedAt));
}

/**
 * Stores (or replaces) a document's entry, JSON and source in one transaction.
 * @throws {StorageError} when the browser refuses (quota, unavailable, blocked); nothing is
 *   changed then.
 */
export async function saveStoredDocument(document: StoredDocument): Promise<void> {
  await saveStoredDocuments([document]);
}

/**
 * Stores (or replaces) several documents in one transaction: all of them or, when the browser
 * refuses one, none (an undo of a bulk delete, a restore).
 * @throws {StorageError} when the browser refuses (quota, unavailable, blocked).
 */
export async function saveStoredDocuments(documents: readonly StoredDocument[]): Promise<void> {
  await transact(STORES, 'readwrite', (tx) =>
    inGroups(documents, async (document) => {
      const { documentJson, source, articleText, ...entry } = document;
      await Promise.all([
        request(() =>
          tx.objectStore('entries').put({ ...entry, articleTextStored: articleText !== undefined }),
        ),
        request(() => tx.objectStore('documents').put({ id: entry.id, documentJson })),
        request(() => tx.objectStore('sources').put({ id: entry.id, source })),
        request<unknown>(() =>
          articleText === undefined
            ? tx.objectStore('texts').delete(entry.id)
            : tx.objectStore('texts').put({ id: entry.id, text: articleText }),
        ),
      ]);
    }),
  );
}

/**
 * A request made by `make`, as a promise even when making it throws (a closed store, a value
 * that cannot be cloned): put together in one Promise.all, requests then all have a handler,
 * so that none is left unawaited (an unhandled rejection) when the transaction aborts.
 */
function request<T>(make: () => Promise<T>): Promise<T> {
  try {
    return make();
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

/**
 * How many documents' requests are made before their answers are awaited. A transaction runs
 * its requests in the order they were made, so a delete made after a read of the same record
 * still finds what the read saw; awaiting each answer in turn (8 round trips a document)
 * made deleting 10,000 documents 80,000 round trips one after another.
 */
const GROUP = 100;

/**
 * `work` for every item, `GROUP` items at a time (their requests made together, then awaited
 * together); gives each item's result, in order. The first failure fails it, once every
 * request of its group has been handled.
 */
async function inGroups<Item, Result>(
  items: readonly Item[],
  work: (item: Item) => Promise<Result>,
): Promise<Result[]> {
  const results: Result[] = [];
  for (let start = 0; start < items.length; start += GROUP)
    results.push(...(await Promise.all(items.slice(start, start + GROUP).map(work))));
  return results;
}

/** The three records of `id` as one document, or null when any of them is missing. */
async function readIn(
  tx: IDBPTransaction<FilSchema, typeof STORES, IDBTransactionMode>,
  id: string,
): Promise<StoredDocument | null> {
  const [entry, doc, source, text] = await Promise.all([
    request(() => tx.objectStore('entries').get(id)),
    request(() => tx.objectStore('documents').get(id)),
    request(() => tx.objectStore('sources').get(id)),
    request(() => tx.objectStore('texts').get(id)),
  ]);
  if (!entry || !doc || !source) return null;
  const stored = { ...entry, documentJson: doc.documentJson, source: source.source };
  return text ? { ...stored, articleText: text.text } : stored;
}

/**
 * A stored document with its entry, JSON and source (Blobs, read only when asked), or null
 * when any of the three is missing.
 * @throws {StorageError} when IndexedDB is unavailable, blocked or fails.
 */
export function readStoredDocument(id: string): Promise<StoredDocument | null> {
  return transact(STORES, 'readonly', (tx) => readIn(tx, id));
}

/**
 * Removes a document and gives back everything that was stored, for undo; null when there
 * was nothing whole under `id`. A part left alone by an older Fil's failed save (an entry
 * without its document, say) is removed too, so that the library no longer lists what cannot
 * be opened; there is nothing to undo then.
 * @throws {StorageError} when IndexedDB is unavailable, blocked or fails; nothing is removed then.
 */
export async function deleteStoredDocument(id: string): Promise<StoredDocument | null> {
  return (await deleteStoredDocuments([id]))[0] ?? null;
}

/**
 * deleteStoredDocument for several ids in one transaction: every one removed, or none when the
 * browser fails. Gives back what was stored whole, in the order of `ids`, for undo.
 * @throws {StorageError} when IndexedDB is unavailable, blocked or fails; nothing is removed then.
 */
export function deleteStoredDocuments(ids: readonly string[]): Promise<StoredDocument[]> {
  // Read and removed in one transaction: what undo gets back is exactly what was removed.
  return transact(STORES, 'readwrite', async (tx) => {
    const removed = await inGroups(ids, async (id) => {
      // Made before the deletes, so read before them: the transaction keeps the order.
      const [stored] = await Promise.all([
        readIn(tx, id),
        ...STORES.map((store) => request(() => tx.objectStore(store).delete(id))),
      ]);
      return stored;
    });
    return removed.filter((stored): stored is StoredDocument => stored !== null);
  });
}

/**
 * Several stored documents by id, read in one transaction (an export of a selection): each
 * whole, as readStoredDocument gives it, or null when any of its records is missing; in the
 * order of `ids`. The Blobs are read only when asked.
 * @throws {StorageError} when IndexedDB is unavailable, blocked or fails.
 */
export function readStoredDocuments(ids: readonly string[]): Promise<(StoredDocument | null)[]> {
  return transact(STORES, 'readonly', (tx) => inGroups(ids, (id) => readIn(tx, id)));
}

/**
 * Every whole stored document, in the order of their ids, `batchSize` at a time: each batch is
 * read in one transaction of its own (so that a backup of hundreds of documents never holds
 * one open while it compresses), and a document is whole within its batch. Parts left alone by
 * an older Fil's failed save (an entry without its document) are skipped.
 * @throws {StorageError} when IndexedDB is unavailable, blocked or fails.
 */
export async function* readStoredBatches(batchSize = 20): AsyncGenerator<StoredDocument[]> {
  let after: string | null = null;
  for (;;) {
    const from: string | null = after;
    const { documents, last } = await transact(STORES, 'readonly', async (tx) => {
      const ids = await tx
        .objectStore('entries')
        .getAllKeys(from === null ? null : IDBKeyRange.lowerBound(from, true), batchSize);
      const read = await inGroups(ids, (id) => readIn(tx, id));
      const whole = read.filter((stored): stored is StoredDocument => stored !== null);
      return { documents: whole, last: ids.length < batchSize ? null : (ids.at(-1) ?? null) };
    });
    if (documents.length > 0) yield documents;
    if (last === null) return;
    after = last;
  }
}

/** Which documents an addition stored, and which it left as they were (same id already there). */
export type Addition = { readonly added: readonly string[]; readonly kept: readonly string[] };

/**
 * Adds documents that are not stored yet, in one transaction: a document whose id is already
 * stored is left exactly as it is (a restore never replaces what the reader has). All of them
 * are added, or none when the browser refuses one.
 * @throws {StorageError} when the browser refuses (quota, unavailable, blocked); nothing is
 *   added then.
 */
export function addStoredDocuments(documents: readonly StoredDocument[]): Promise<Addition> {
  return transact(STORES, 'readwrite', async (tx) => {
    const added: string[] = [];
    const kept: string[] = [];
    // One document after another (a restore's batch is 20): a second copy of an id in the same
    // batch must find the first one's entry, to be counted as already there.
    for (const document of documents) {
      if ((await tx.objectStore('entries').getKey(document.id)) !== undefined) {
        kept.push(document.id);
        continue;
      }
      const { documentJson, source, articleText, ...entry } = document;
      const puts: Promise<unknown>[] = [
        request(() =>
          tx.objectStore('entries').put({ ...entry, articleTextStored: articleText !== undefined }),
        ),
        request(() => tx.objectStore('documents').put({ id: entry.id, documentJson })),
        request(() => tx.objectStore('sources').put({ id: entry.id, source })),
      ];
      if (articleText !== undefined)
        puts.push(request(() => tx.objectStore('texts').put({ id: entry.id, text: articleText })));
      await Promise.all(puts);
      added.push(document.id);
    }
    return { added, kept };
  });
}

/**
 * Every stored document's searchable text (articleTextOf), by id: read in batches of
 * `batchSize` records, each its own transaction, so that no single read holds the main thread
 * long. Documents stored before Fil kept this text have none here.
 * @throws {StorageError} when IndexedDB is unavailable, blocked or fails.
 */
export async function readArticleTexts(batchSize = 500): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  let after: string | null = null;
  for (;;) {
    const from: string | null = after;
    const batch: { readonly id: string; readonly text: string }[] = await transact(
      ['texts'],
      'readonly',
      (tx) =>
        tx
          .objectStore('texts')
          .getAll(from === null ? null : IDBKeyRange.lowerBound(from, true), batchSize),
    );
    for (const record of batch) texts.set(record.id, record.text);
    const last = batch.at(-1);
    if (batch.length < batchSize || !last) return texts;
    after = last.id;
  }
}

/**
 * Gives a stored document the reader's title: shown in the library and the reader, and kept
 * when its source is read again (`customTitle`). Does nothing when `id` is not stored.
 * @throws {StorageError} when IndexedDB is unavailable, blocked or fails.
 */
export async function renameStoredDocument(id: string, title: string): Promise<void> {
  await transact(['entries'], 'readwrite', async (tx) => {
    const entries = tx.objectStore('entries');
    const entry = await entries.get(id);
    if (entry)
      await entries.put({ ...entry, summary: { ...entry.summary, title }, customTitle: title });
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
export function rewriteStoredEntry(
  id: string,
  importedAt: string,
  change: (entry: StoredEntry) => StoredEntry,
  reading?: { readonly documentJson: Blob; readonly articleText: string },
): Promise<StoredEntry | null> {
  return transact(['entries', 'documents', 'texts'], 'readwrite', async (tx) => {
    const entries = tx.objectStore('entries');
    const entry = await entries.get(id);
    if (!entry || entry.importedAt !== importedAt) return null;
    const changed = { ...change(entry), id };
    const next = reading ? { ...changed, articleTextStored: true } : changed;
    await entries.put(next);
    if (reading) {
      await tx.objectStore('documents').put({ id, documentJson: reading.documentJson });
      await tx.objectStore('texts').put({ id, text: reading.articleText });
    }
    return next;
  });
}

/**
 * Why a stored document's JSON cannot be shown: it cannot be loaded (`detail`: what the browser
 * said), or it is not a document that can be read (a JsonProblem).
 */
export type ReadingProblem =
  JsonProblem | { readonly code: 'copy-unloadable'; readonly detail: string };

/** A stored document's parsed document, or why it cannot be read. */
export type DocumentReading =
  | { readonly ok: true; readonly doc: ParsedDocument }
  | { readonly ok: false; readonly problem: ReadingProblem };

/**
 * The parsed document of a stored (or session) record, under its id and with the title the
 * library shows (the reader's, when renamed). An older format is upgraded; a JSON that cannot
 * be read gives the problem rather than an exception.
 */
export async function documentOf(stored: StoredDocument): Promise<DocumentReading> {
  let text: string;
  try {
    text = await stored.documentJson.text();
  } catch (error) {
    return {
      ok: false,
      problem: {
        code: 'copy-unloadable',
        detail: error instanceof Error ? error.message : String(error),
      },
    };
  }
  const reading = readDocumentJson(text);
  if (!reading.ok) return { ok: false, problem: reading.problem };
  return { ok: true, doc: { ...reading.doc, id: stored.id, title: stored.summary.title } };
}
