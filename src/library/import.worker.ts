// The import worker: reads, decodes and parses off the main thread, so a 50 MB page never
// freezes the library. It answers with a summary and the document as a JSON Blob — a Blob
// crosses postMessage by reference and goes into IndexedDB as is, where a structured clone
// of 100,000 comment objects would cost the main thread hundreds of milliseconds. It has no
// interface language: refusals and notices go back as data (importProtocol.ts), which the page
// words in its language.

/// <reference lib="webworker" />

import { DOCUMENT_FORMAT, PARSER_VERSION } from '../parser/types';
import { importBytes, tooLargeProblem } from './importJob';
import {
  PROGRESS_MIN_BYTES,
  type ImportReply,
  type ImportRequest,
  type ParsedWith,
} from './importProtocol';

// The parser bundled with this worker is the one that reads: its stamp goes with each document.
const PARSED_WITH: ParsedWith = { format: DOCUMENT_FORMAT, parserVersion: PARSER_VERSION };

const post = (reply: ImportReply) =>
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(reply);

/** Whether the page hears how far this file is: an import big enough to take a while. */
const reports = (request: ImportRequest) =>
  request.purpose === 'import' && request.source.size >= PROGRESS_MIN_BYTES;

async function readWithProgress(request: ImportRequest): Promise<Uint8Array> {
  const total = request.source.size;
  const bytes = new Uint8Array(total);
  const reader = request.source.stream().getReader();
  const report = reports(request);
  let loaded = 0;
  let reported = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes.set(value, loaded);
    loaded += value.length;
    if (report && loaded - reported > 1 << 20) {
      reported = loaded;
      post({ job: request.job, kind: 'progress', stage: 'reading', loaded, total });
    }
  }
  return loaded === total ? bytes : bytes.subarray(0, loaded);
}

/**
 * One request after another, in the order they came: a page posts several at once (it saves
 * one file while the next is parsed), and its replies come back in that order, so that of two
 * files with the same content the first one picked is the one imported.
 */
let queue = Promise.resolve();
self.onmessage = (event: MessageEvent<ImportRequest>) => {
  const request = event.data;
  // handle answers every request, refusals included; the catch keeps the queue going anyway.
  queue = queue.then(() => handle(request)).catch(() => undefined);
};

async function handle(request: ImportRequest): Promise<void> {
  const total = request.source.size;
  const tooLarge = tooLargeProblem(request.name, total);
  if (tooLarge) {
    post({ job: request.job, kind: 'refused', reason: tooLarge, encoding: null });
    return;
  }
  const report = reports(request);
  try {
    if (report) post({ job: request.job, kind: 'progress', stage: 'reading', loaded: 0, total });
    const bytes = await readWithProgress(request);
    const outcome = importBytes(bytes, request.name, request.encoding, (stage) => {
      if (report) post({ job: request.job, kind: 'progress', stage, loaded: total, total });
    });
    post(
      outcome.kind === 'parsed'
        ? { job: request.job, ...outcome, parsedWith: PARSED_WITH }
        : { job: request.job, ...outcome },
    );
  } catch (error) {
    post({
      job: request.job,
      kind: 'refused',
      reason: {
        code: 'unreadable',
        name: request.name,
        detail: error instanceof Error ? error.message : String(error),
      },
      encoding: null,
    });
  }
}
