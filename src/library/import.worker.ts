// The import worker: reads, decodes and parses off the main thread, so a 50 MB page never
// freezes the library. It answers with a summary and the document as a JSON Blob — a Blob
// crosses postMessage by reference and goes into IndexedDB as is, where a structured clone
// of 100,000 comment objects would cost the main thread hundreds of milliseconds. It has no
// interface language: refusals and notices go back as data (importProtocol.ts), which the page
// words in its language.

/// <reference lib="webworker" />

import { DOCUMENT_FORMAT, PARSER_VERSION } from '../parser/types';
import { importBytes, tooLargeProblem } from './importJob';
import type { ImportReply, ImportRequest, ParsedWith } from './importProtocol';

// The parser bundled with this worker is the one that reads: its stamp goes with each document.
const PARSED_WITH: ParsedWith = { format: DOCUMENT_FORMAT, parserVersion: PARSER_VERSION };

const post = (reply: ImportReply) =>
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(reply);

async function readWithProgress(request: ImportRequest): Promise<Uint8Array> {
  const total = request.source.size;
  const bytes = new Uint8Array(total);
  const reader = request.source.stream().getReader();
  const report = request.purpose === 'import';
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

self.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const request = event.data;
  const total = request.source.size;
  const tooLarge = tooLargeProblem(request.name, total);
  if (tooLarge) {
    post({ job: request.job, kind: 'refused', reason: tooLarge, encoding: null });
    return;
  }
  const report = request.purpose === 'import';
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
};
