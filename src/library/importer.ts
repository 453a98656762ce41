// Importing on the main thread's side: hands each file to the worker, then keeps the result
// in IndexedDB — or, when the browser refuses, in memory for the session, with the reason.
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
  saveStoredDocument,
  StorageError,
  type StoredDocument,
} from './storage';

/**
 * What the reader gives: a file's bytes and its name, or pasted text with the name '' (it has
 * none; the interface calls it 'Pasted text' when it shows it, sourceNameText). The name is data
 * kept with the document (its file name, its title when the page has none): never an interface
 * word, which would stay in the stored document in the language of the day it was imported.
 */
export type ImportSource = { readonly blob: Blob; readonly name: string };

/**
 * What came of importing one file. Reasons and notices are data, worded when shown
 * (src/library/messages.ts), so that they follow the interface language.
 */
export type ImportResult =
  | {
      readonly kind: 'saved';
      readonly id: string;
      readonly title: string;
      /** The document's language (BCP 47), which its title is written in; null when unknown. */
      readonly language: string | null;
      readonly notices: readonly ImportNotice[];
      readonly encoding: Encoding;
      readonly clean: boolean;
    }
  | {
      readonly kind: 'session-only';
      readonly id: string;
      readonly title: string;
      readonly language: string | null;
      readonly notices: readonly ImportNotice[];
      readonly encoding: Encoding;
      readonly clean: boolean;
      /** Why storage refused it (its `problem` and `detail` word it again). */
      readonly storageError: StorageError;
    }
  | { readonly kind: 'refused'; readonly reason: ImportProblem };

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

async function keep(parsed: ImportParsedReply, source: ImportSource): Promise<ImportResult> {
  const stored: StoredDocument = {
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
  const common = {
    id: stored.id,
    title: stored.summary.title,
    language: stored.summary.language,
    notices: parsed.notices,
    encoding: parsed.encoding,
    clean: parsed.clean,
  };
  try {
    await saveStoredDocument(stored);
    sessionStore.delete(stored.id);
    return { kind: 'saved', ...common };
  } catch (error) {
    sessionStore.put(stored);
    return { kind: 'session-only', ...common, storageError: asStorageError(error) };
  }
}

/** A storage failure as a StorageError (storage.ts throws nothing else; anything else 'failed'). */
function asStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  return new StorageError('failed', error instanceof Error ? error.message : String(error));
}

/**
 * Imports one file: the worker decodes (with `encoding`, or by detection when null) and
 * parses it, then it is stored — or kept for the session when storage refuses. Never throws:
 * a file that cannot be imported gives `{ kind: 'refused', reason }`.
 */
export async function importSource(
  source: ImportSource,
  encoding: Encoding | null,
  onProgress: (status: ImportStatus) => void,
): Promise<ImportResult> {
  const tooLarge = tooLargeProblem(source.name, source.blob.size);
  if (tooLarge) return { kind: 'refused', reason: tooLarge };
  if (source.blob.size === 0)
    return { kind: 'refused', reason: { code: 'empty', name: source.name } };
  const reply = await runInWorker('import', source, encoding, onProgress);
  if (reply.kind === 'refused') return { kind: 'refused', reason: reply.reason };
  if (reply.kind !== 'parsed')
    return { kind: 'refused', reason: { code: 'no-document', name: source.name } };
  return keep(reply, source);
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
