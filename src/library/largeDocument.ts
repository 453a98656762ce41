// A big bundled document, loaded in a worker (documentLoad.worker.ts) and put together here in
// short tasks, one per batch of comments; loaded only for such documents, after the first paint.

import type { ParsedDocument } from '../parser/types';
import { createAssembler, type CommentRecord, type TransferMessage } from './documentTransfer';

/**
 * The ParsedDocument at `url` (a bundled document's JSON). Rejects with `failure(status)` when
 * the answer is not 200 (status 0: the network or the JSON failed), as loadSeed does. Where no
 * worker can start (no Worker, as in unit tests), it fetches and parses on this thread.
 */
export function loadInWorker(
  url: string,
  failure: (status: number) => Error,
): Promise<ParsedDocument> {
  if (typeof Worker === 'undefined') return loadHere(url, failure);
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./documentLoad.worker.ts', import.meta.url), {
      type: 'module',
      name: 'fil-document',
    });
    let assembler: ReturnType<typeof createAssembler> | null = null;
    const end = (settle: () => void) => {
      worker.terminate();
      settle();
    };
    worker.onmessage = (event: MessageEvent<TransferMessage>) => {
      const message = event.data;
      try {
        if (message.kind === 'head') assembler = createAssembler(message.head);
        else if (message.kind === 'comments')
          assembler?.add(JSON.parse(message.json) as CommentRecord[]);
        else if (message.kind === 'done' && assembler) {
          const doc = assembler.finish();
          end(() => resolve(doc));
        } else end(() => reject(failure(message.kind === 'failed' ? message.status : 0)));
      } catch (error) {
        end(() => reject(error));
      }
    };
    // A message that cannot be read here would leave the document half-made: load it here.
    worker.onmessageerror = () => end(() => loadHere(url, failure).then(resolve, reject));
    // A worker that cannot start or dies: the document is loaded here instead.
    worker.onerror = (event) => {
      event.preventDefault();
      end(() => loadHere(url, failure).then(resolve, reject));
    };
    worker.postMessage({ url });
  });
}

async function loadHere(url: string, failure: (status: number) => Error): Promise<ParsedDocument> {
  const response = await fetch(url);
  if (!response.ok) throw failure(response.status);
  return (await response.json()) as ParsedDocument;
}
