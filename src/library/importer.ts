// Importing on the main thread's side: hands files to the worker, then keeps each result in
// IndexedDB — or, when the browser refuses, in memory for the session, with the reason — unless
// the same content is in the library already.
// Also reads kept sources again when a newer parser can do better (see reparse.ts).

import type { Encoding } from './decode';
import { tooLargeProblem } from './importJob';
import type {
  ImportNotice,
  ImportParsedReply,
  ImportProblem,
  ImportReply,
  ImportRequest,
  ImportStage,
} from './importProtocol';
import {
  CURRENT_STAMP,
  failedEntry,
  needsReparse,
  reparsedEntry,
  TITLE_PREFIX_BYTES,
  titleInJsonPrefix,
} from './reparse';
import { sessionStore } from './sessionStore';
import {
  listStoredEntries,
  readStoredDocument,
  rewriteStoredEntry,
  saveStoredDocuments,
  StorageError,
  type StoredDocument,
  type StoredEntry,
} from './storage';

/**
 * What the reader gives: a file's bytes and its name, or pasted text with the name '' (it has
 * none; the interface calls it 'Pasted text' when it shows it, sourceNameText). The name is data
 * kept with the document (its file name, its title when the page has none): never an interface
 * word, which would stay in the stored document in the language of the day it was imported.
 */
export type ImportSource = { readonly blob: Blob; readonly name: string };

/** What an imported file's result says of the document it gave. */
type Imported = {
  readonly id: string;
  readonly title: string;
  /** The document's language (BCP 47), which its title is written in; null when unknown. */
  readonly language: string | null;
  readonly notices: readonly ImportNotice[];
  readonly encoding: Encoding;
  readonly clean: boolean;
};

/**
 * What came of importing one file. Reasons and notices are data, worded when shown
 * (src/library/messages.ts), so that they follow the interface language.
 */
export type ImportResult =
  | ({ readonly kind: 'saved' } & Imported)
  | ({
      readonly kind: 'session-only';
      /** Why storage refused it (its `problem` and `detail` word it again). */
      readonly storageError: StorageError;
    } & Imported)
  /**
   * The same content (same id) is in the library already, or came earlier in the same batch:
   * nothing was written. `title` and `language` are those of the document already there (its
   * reader's title, if renamed); `sessionOnly` when it is kept for this session only.
   */
  | {
      readonly kind: 'duplicate';
      readonly id: string;
      readonly title: string;
      readonly language: string | null;
      readonly sessionOnly: boolean;
    }
  | { readonly kind: 'refused'; readonly reason: ImportProblem }
  /** The reader cancelled the batch before this file was stored: nothing was written. */
  | { readonly kind: 'cancelled' };

export type ImportStatus = {
  readonly stage: ImportStage;
  readonly loaded: number;
  readonly total: number;
};

let worker: Worker | null = null;
let nextJob = 1;
const pending = new Map<
  number,
  { resolve: (reply: ImportReply) => void; onProgress: (status: ImportStatus) => void }
>();

function importWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./import.worker.ts', import.meta.url), {
      type: 'module',
      name: 'fil-import',
    });
    // A worker that dies (out of memory on a huge page) answers no one: every waiting job is
    // refused, and the next one starts a fresh worker.
    worker.onerror = (event) => {
      event.preventDefault();
      const detail = event.message || null;
      worker?.terminate();
      worker = null;
      const waiting = [...pending];
      pending.clear();
      for (const [job, { resolve }] of waiting)
        resolve({
          job,
          kind: 'refused',
          reason: { code: 'worker-stopped', detail },
          encoding: null,
        });
    };
    worker.onmessage = (event: MessageEvent<ImportReply>) => {
      const reply = event.data;
      const job = pending.get(reply.job);
      if (!job) return;
      if (reply.kind === 'progress') {
        job.onProgress({ stage: reply.stage, loaded: reply.loaded, total: reply.total });
      } else {
        pending.delete(reply.job);
        job.resolve(reply);
      }
    };
  }
  return worker;
}

function runInWorker(
  purpose: ImportRequest['purpose'],
  source: ImportSource,
  encoding: Encoding | null,
  onProgress: (status: ImportStatus) => void,
) {
  return new Promise<ImportReply>((resolve) => {
    const job = nextJob++;
    pending.set(job, { resolve, onProgress });
    const request: ImportRequest = {
      job,
      purpose,
      source: source.blob,
      name: source.name,
      encoding,
    };
    importWorker().postMessage(request);
  });
}

/** The record a parsed file is stored as. */
function storedOf(parsed: ImportParsedReply, source: ImportSource): StoredDocument {
  return {
    id: parsed.summary.id,
    summary: parsed.summary,
    fileName: source.name,
    encoding: parsed.encoding,
    importedAt: new Date().toISOString(),
    format: parsed.parsedWith.format,
    parserVersion: parsed.parsedWith.parserVersion,
    customTitle: null,
    reparseFailure: null,
    documentJson: parsed.documentJson,
    source: source.blob,
    articleText: parsed.articleText,
  };
}

function importedOf(parsed: ImportParsedReply): Imported {
  return {
    id: parsed.summary.id,
    title: parsed.summary.title,
    language: parsed.summary.language,
    notices: parsed.notices,
    encoding: parsed.encoding,
    clean: parsed.clean,
  };
}

/** A storage failure as a StorageError (storage.ts throws nothing else; anything else 'failed'). */
function asStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  return new StorageError('failed', error instanceof Error ? error.message : String(error));
}

/** Why a file is refused before the worker sees it (over the limit, empty), or null. */
function refusedUnread(source: ImportSource): ImportProblem | null {
  const tooLarge = tooLargeProblem(source.name, source.blob.size);
  if (tooLarge) return tooLarge;
  return source.blob.size === 0 ? { code: 'empty', name: source.name } : null;
}

/** A document already in the library, as a duplicate's result names it. */
type Known = {
  /** Its id: a bundled document's differs from the id an import of its text gets. */
  readonly id: string;
  readonly title: string;
  readonly language: string | null;
  readonly sessionOnly: boolean;
};

/**
 * The documents already in the library by the id an import of the same text gets: the bundled
 * ones (seedContentIds), stored ones (listed once per batch) and this session's. Storage that
 * cannot be listed holds nothing this batch could duplicate.
 */
async function knownDocuments(): Promise<Map<string, Known>> {
  const known = new Map<string, Known>();
  const { seedContentIds, seedSummaries } = await import('virtual:fil-seed-library');
  for (const [key, id] of Object.entries(seedContentIds)) {
    const summary = seedSummaries.find((seed) => seed.id === id);
    if (summary) known.set(key, { id, ...titleOf({ summary }), sessionOnly: false });
  }
  for (const document of sessionStore.list())
    known.set(document.id, { id: document.id, ...titleOf(document), sessionOnly: true });
  try {
    for (const entry of await listStoredEntries())
      known.set(entry.id, { id: entry.id, ...titleOf(entry), sessionOnly: false });
  } catch {
    // Storage unavailable: saving will say so, file by file.
  }
  return known;
}

const titleOf = (entry: Pick<StoredEntry, 'summary'>) => ({
  title: entry.summary.title,
  language: entry.summary.language,
});

/** Files handed to the worker at once, and their bytes: it works on the next while one is saved. */
const PIPELINE_FILES = 4;
const PIPELINE_BYTES = 8 * 1024 * 1024;
/** Parsed documents saved in one transaction at most (one commit costs more than a put). */
const SAVE_BATCH = 50;
/** Storage problems that the next file would meet too: the rest of the batch is not tried. */
const LASTING_PROBLEMS: ReadonlySet<StorageError['problem']> = new Set([
  'unavailable',
  'blocked',
  'newer',
]);

/** What importFiles tells as it goes. */
export type ImportCallbacks = {
  /** Cancel: no file is handed to the worker after it, and nothing more is stored (below). */
  readonly signal?: AbortSignal;
  /** Each file's result, exactly once, as soon as it is known (not in the files' order). */
  readonly onResult: (index: number, result: ImportResult) => void;
  /** How far the worker is with a file of PROGRESS_MIN_BYTES or more. */
  readonly onStatus?: (index: number, status: ImportStatus) => void;
  /** The ids of the documents a transaction just stored, to refresh what lists them. */
  readonly onStored?: (ids: readonly string[]) => void;
};

/**
 * Imports files, in the worker and then into storage, and never throws: each file's outcome
 * is its ImportResult, given to `onResult`. A file whose content is already in the library
 * (its id, a hash of its text, is stored or kept for the session), or came earlier in the same
 * call, is a 'duplicate' and is not stored again. The worker is kept busy: up to
 * PIPELINE_FILES files (PIPELINE_BYTES, or one file of any size) are handed to it while the
 * parsed ones are saved, up to SAVE_BATCH to a transaction; when a transaction fails, its
 * documents are saved one by one, and each that storage refuses is kept for the session
 * ('session-only', with the reason). When `signal` aborts, files not yet handed to the worker,
 * those still in it and those parsed but not yet being saved are 'cancelled' at once, and so
 * are those of a failed transaction not yet saved on their own; a transaction already under way
 * completes (all its documents or none), so every document is either whole in storage or not
 * there. Resolves once every file has its result.
 */
export async function importFiles(
  sources: readonly ImportSource[],
  encoding: Encoding | null,
  { signal, onResult, onStatus, onStored }: ImportCallbacks,
): Promise<void> {
  const known = await knownDocuments();
  const waiting = new Set<number>(); // handed to the worker, no reply yet
  const parsed: {
    readonly index: number;
    readonly stored: StoredDocument;
    readonly reply: ImportParsedReply;
  }[] = [];
  let next = 0;
  let bytesInWorker = 0;
  let lasting: StorageError | null = null;
  let over = false;
  let wake: (() => void) | null = null;
  const nudge = () => {
    wake?.();
    wake = null;
  };
  signal?.addEventListener('abort', nudge);

  const arrived = (index: number, source: ImportSource, reply: ImportReply) => {
    waiting.delete(index);
    bytesInWorker -= source.blob.size;
    if (over) return; // cancelled: its result is given already
    if (reply.kind === 'refused') onResult(index, { kind: 'refused', reason: reply.reason });
    else if (reply.kind !== 'parsed')
      onResult(index, { kind: 'refused', reason: { code: 'no-document', name: source.name } });
    else {
      const id = reply.summary.id;
      const there = known.get(id);
      if (there) onResult(index, { kind: 'duplicate', ...there });
      else {
        known.set(id, {
          id,
          title: reply.summary.title,
          language: reply.summary.language,
          sessionOnly: false,
        });
        parsed.push({ index, stored: storedOf(reply, source), reply });
      }
    }
    pump();
    nudge();
  };

  // Hands files to the worker while the pipeline has room and the parsed ones do not pile up.
  const pump = () => {
    while (!over && !signal?.aborted && next < sources.length) {
      const source = sources[next]!;
      const busy = waiting.size > 0;
      if (
        busy &&
        (waiting.size >= PIPELINE_FILES || bytesInWorker + source.blob.size > PIPELINE_BYTES)
      )
        return;
      if (parsed.length >= 2 * SAVE_BATCH) return;
      const index = next++;
      const unread = refusedUnread(source);
      if (unread) {
        onResult(index, { kind: 'refused', reason: unread });
        continue;
      }
      waiting.add(index);
      bytesInWorker += source.blob.size;
      void runInWorker('import', source, encoding, (status) => onStatus?.(index, status)).then(
        (reply) => arrived(index, source, reply),
      );
    }
  };

  const save = async (chunk: typeof parsed) => {
    const keptForSession = (item: (typeof parsed)[number], error: StorageError) => {
      sessionStore.put(item.stored);
      known.set(item.stored.id, { id: item.stored.id, ...titleOf(item.stored), sessionOnly: true });
      onResult(item.index, {
        kind: 'session-only',
        ...importedOf(item.reply),
        storageError: error,
      });
    };
    if (lasting) {
      for (const item of chunk) keptForSession(item, lasting);
      return;
    }
    try {
      await saveStoredDocuments(chunk.map((item) => item.stored));
    } catch (error) {
      const refused = asStorageError(error);
      if (chunk.length === 1 || LASTING_PROBLEMS.has(refused.problem)) {
        if (LASTING_PROBLEMS.has(refused.problem)) lasting = refused;
        for (const item of chunk) keptForSession(item, refused);
        return;
      }
      // One of them may be what storage refused (quota): each on its own, until a cancel,
      // after which nothing more is written (the rest are cancelled, as unsaved ones are).
      for (const [at, item] of chunk.entries()) {
        if (signal?.aborted) {
          for (const rest of chunk.slice(at)) onResult(rest.index, { kind: 'cancelled' });
          return;
        }
        await save([item]);
      }
      return;
    }
    for (const item of chunk) {
      sessionStore.delete(item.stored.id);
      onResult(item.index, { kind: 'saved', ...importedOf(item.reply) });
    }
    onStored?.(chunk.map((item) => item.stored.id));
  };

  try {
    pump();
    for (;;) {
      if (signal?.aborted) break;
      if (parsed.length > 0) {
        await save(parsed.splice(0, SAVE_BATCH));
        pump();
        continue;
      }
      if (next >= sources.length && waiting.size === 0) break;
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    }
  } finally {
    over = true;
    signal?.removeEventListener('abort', nudge);
    // Cancelled: what the worker still holds, what was parsed but not saved, what was not sent.
    for (const index of waiting) onResult(index, { kind: 'cancelled' });
    for (const item of parsed.splice(0)) onResult(item.index, { kind: 'cancelled' });
    for (; next < sources.length; next++) onResult(next, { kind: 'cancelled' });
  }
}

/** What came of reading a stored document's kept source again. */
export type ReparseOutcome =
  /** The new reading is stored; `stored` is the document as it now is. */
  | { readonly kind: 'stored'; readonly stored: StoredDocument }
  /** Nothing changed: the source could not be read again, or storing failed. */
  | { readonly kind: 'failed'; readonly reason: ImportProblem }
  /** The document was deleted or imported anew meanwhile: nothing was written. */
  | { readonly kind: 'gone' };

const reparsing = new Map<string, Promise<ReparseOutcome>>();

/**
 * Reads a stored document's kept source again in the worker, with its stored encoding, and
 * stores the new document over the old one, keeping the reader's title, file name and import
 * date. A failure leaves the stored document as it was (and marks it, so the same parser does
 * not try again at the next start). Calls for a document already being read again share the
 * one reading. Never throws.
 */
export function reparseStoredDocument(stored: StoredDocument): Promise<ReparseOutcome> {
  let running = reparsing.get(stored.id);
  if (!running) {
    running = reparse(stored).finally(() => reparsing.delete(stored.id));
    reparsing.set(stored.id, running);
  }
  return running;
}

async function reparse(stored: StoredDocument): Promise<ReparseOutcome> {
  const reply = await runInWorker(
    'reparse',
    { blob: stored.source, name: stored.fileName },
    stored.encoding,
    () => {},
  );
  try {
    if (reply.kind !== 'parsed') {
      const reason: ImportProblem =
        reply.kind === 'refused' ? reply.reason : { code: 'not-read-again' };
      // The worker ships with this build, so its parser is the current one. Not being able to
      // note the failure costs only a new attempt at the next start. The reason is kept as a
      // record, as data (nothing shows it; the interface language may not be chosen yet).
      await rewriteStoredEntry(stored.id, stored.importedAt, (entry) =>
        failedEntry(entry, CURRENT_STAMP, JSON.stringify(reason)),
      ).catch(() => null);
      return { kind: 'failed', reason };
    }
    const previousTitle = await storedDocumentTitle(stored.documentJson);
    const entry = await rewriteStoredEntry(
      stored.id,
      stored.importedAt,
      (current) =>
        reparsedEntry(
          current,
          { summary: reply.summary, encoding: reply.encoding, stamp: reply.parsedWith },
          previousTitle,
        ),
      { documentJson: reply.documentJson, articleText: reply.articleText },
    );
    if (!entry) return { kind: 'gone' };
    return {
      kind: 'stored',
      stored: {
        ...entry,
        documentJson: reply.documentJson,
        source: stored.source,
        articleText: reply.articleText,
      },
    };
  } catch (error) {
    const { problem, detail } = asStorageError(error);
    return { kind: 'failed', reason: { code: 'not-stored', problem, detail } };
  }
}

/** The title in a stored document JSON, read from its start only; null when it has none. */
async function storedDocumentTitle(documentJson: Blob): Promise<string | null> {
  try {
    return titleInJsonPrefix(await documentJson.slice(0, TITLE_PREFIX_BYTES).text());
  } catch {
    return null;
  }
}

let pass: Promise<void> | null = null;
const attempted = new Set<string>();

/**
 * The background pass: reads again, one at a time, every stored document that an older format
 * or parser made, once per document in this page's life. The library keeps showing each one
 * as it was until its new reading is stored; then `onStored(id)` is called (to refresh what
 * shows it). Calls while a pass runs join it. Never throws: storage that cannot be listed
 * means there is nothing to read again.
 */
export function reparseOutdated(onStored: (id: string) => void): Promise<void> {
  pass ??= (async () => {
    try {
      // Listed once: a library of a thousand old imports is read in one pass, not a thousand.
      // What is imported meanwhile is made by this parser already.
      for (const next of await listStoredEntries()) {
        if (!needsReparse(next) || attempted.has(next.id)) continue;
        attempted.add(next.id);
        const stored = await readStoredDocument(next.id);
        // Read again meanwhile (opened by the reader) or deleted: nothing to do.
        if (!stored || !needsReparse(stored)) continue;
        const outcome = await reparseStoredDocument(stored);
        if (outcome.kind === 'stored') onStored(next.id);
      }
    } catch {
      // Storage went away mid-pass: the next start tries again.
    } finally {
      pass = null;
    }
  })();
  return pass;
}
