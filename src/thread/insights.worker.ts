// The insights worker: computes a thread's figures off the main thread, so that opening the
// insights of a 100,000-comment thread never freezes the page. One worker per request (see
// insightsClient.ts); a failure comes back as a message, never as an uncaught error.

/// <reference lib="webworker" />

import { computeInsights, type InsightsInput, type ThreadInsights } from './insights';

/** What the worker posts back: the figures, or why they could not be computed. */
export type InsightsReply =
  | { readonly kind: 'computed'; readonly insights: ThreadInsights }
  | { readonly kind: 'failed'; readonly reason: string };

const post = (reply: InsightsReply) =>
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(reply);

self.onmessage = (event: MessageEvent<InsightsInput>) => {
  try {
    post({ kind: 'computed', insights: computeInsights(event.data) });
  } catch (error) {
    post({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
  }
};
