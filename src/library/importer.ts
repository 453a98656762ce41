// Importing on the main thread's side: hands each file to the worker, then keeps the result
// in IndexedDB — or, when the browser refuses, in memory for the session, with the reason.

import type { Encoding } from './decode';
import { tooLargeReason } from './importJob';
import type { ImportParsed, ImportReply, ImportRequest, ImportStage } from './importProtocol';
import { sessionStore } from './sessionStore';
import { saveStoredDocument, StorageError, type StoredDocument } from './storage';

export type ImportSource = { readonly blob: Blob; readonly name: string };

export type ImportResult =
  | {
      readonly kind: 'saved';
      readonly id: string;
      readonly title: string;
      readonly notices: readonly string[];
      readonly encoding: Encoding;
      readonly clean: boolean;
    }
  | {
      readonly kind: 'session-only';
      readonly id: string;
      readonly title: string;
      readonly notices: readonly string[];
      readonly encoding: Encoding;
      readonly clean: boolean;
      readonly storageMessage: string;
    }
  | { readonly kind: 'refused'; readonly reason: string };

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
  source: ImportSource,
  encoding: Encoding | null,
  onProgress: (status: ImportStatus) => void,
) {
  return new Promise<ImportReply>((resolve) => {
    const job = nextJob++;
    pending.set(job, { resolve, onProgress });
    const request: ImportRequest = { job, source: source.blob, name: source.name, encoding };
    importWorker().postMessage(request);
  });
}

async function keep(parsed: ImportParsed, source: ImportSource): Promise<ImportResult> {
  const stored: StoredDocument = {
    id: parsed.summary.id,
    summary: parsed.summary,
    fileName: source.name,
    encoding: parsed.encoding,
    importedAt: new Date().toISOString(),
    documentJson: parsed.documentJson,
    source: source.blob,
  };
  const common = {
    id: stored.id,
    title: stored.summary.title,
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
    const message =
      error instanceof StorageError ? error.message : 'The browser could not store the document.';
    return { kind: 'session-only', ...common, storageMessage: message };
  }
}

export async function importSource(
  source: ImportSource,
  encoding: Encoding | null,
  onProgress: (status: ImportStatus) => void,
): Promise<ImportResult> {
  const tooLarge = tooLargeReason(source.name, source.blob.size);
  if (tooLarge) return { kind: 'refused', reason: tooLarge };
  if (source.blob.size === 0)
    return { kind: 'refused', reason: `${source.name} is empty: there is nothing to read.` };
  const reply = await runInWorker(source, encoding, onProgress);
  if (reply.kind === 'refused') return { kind: 'refused', reason: reply.reason };
  if (reply.kind !== 'parsed')
    return { kind: 'refused', reason: `${source.name} could not be imported.` };
  return keep(reply, source);
}
