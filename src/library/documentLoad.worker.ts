// Loads a big bundled document off the main thread: fetches its JSON, parses it here, and posts
// it in pieces (documentTransfer.ts), so that the page never spends one long task on it.

/// <reference lib="webworker" />

import type { ParsedDocument } from '../parser/types';
import { commentBatches, documentHead, type TransferMessage } from './documentTransfer';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: TransferMessage) => scope.postMessage(message);

scope.onmessage = async (event: MessageEvent<{ url: string }>) => {
  try {
    const response = await fetch(event.data.url);
    if (!response.ok) return post({ kind: 'failed', status: response.status, message: '' });
    const doc = (await response.json()) as ParsedDocument;
    post({ kind: 'head', head: documentHead(doc) });
    for (const records of commentBatches(doc))
      post({ kind: 'comments', json: JSON.stringify(records) });
    post({ kind: 'done' });
  } catch (error) {
    post({
      kind: 'failed',
      status: 0,
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
