// Computing a thread's insights off the main thread: one module worker per request, ended as
// soon as it answers or the request is abandoned. The worker computes figures only; what goes
// wrong is worded here, on the main thread, in the interface language.

import { t } from '@lingui/core/macro';
import { computeInsights, type InsightsInput, type ThreadInsights } from './insights';
import type { InsightsReply } from './insights.worker';

/**
 * The error a failed request rejects with, shown under the view's own 'could not be worked
 * out': `reason` is the worker's (a JavaScript engine's message) or one of ours.
 */
function failure(reason: string): Error {
  return new Error(t`The thread insights could not be computed: ${reason}`);
}

function abortError(): DOMException {
  return new DOMException('The thread insights are no longer wanted.', 'AbortError');
}

/** The typed arrays' buffers, each once (transferring one buffer twice throws). */
function buffersOf(input: InsightsInput): ArrayBuffer[] {
  const arrays = [
    input.score,
    input.depth,
    input.parent,
    input.descendants,
    input.time,
    input.hasTime,
    input.quotes.from,
    input.quotes.to,
    input.quotes.fromAuthor,
    input.quotes.toAuthor,
  ];
  const buffers = new Set<ArrayBuffer>();
  for (const array of arrays) if (array.buffer instanceof ArrayBuffer) buffers.add(array.buffer);
  return [...buffers];
}

/**
 * The insights of `input` (see computeInsights), computed in a module worker. The input is
 * consumed: its typed arrays are transferred to the worker, so they are detached (length 0)
 * here once this is called — build a fresh one (insightsInputBuilder) for another request.
 *
 * Rejects with an AbortError DOMException when `signal` aborts first (the worker is ended at
 * once), and with an Error saying why when the worker fails or its reply cannot be read. Where there are no workers (unit
 * tests in Node) or one cannot be started, it computes on the main thread, in a task of its own.
 */
export function computeInsightsOffThread(
  input: InsightsInput,
  signal?: AbortSignal,
): Promise<ThreadInsights> {
  if (signal?.aborted) return Promise.reject(abortError());
  let worker: Worker | null = null;
  if (typeof Worker !== 'undefined') {
    try {
      worker = new Worker(new URL('./insights.worker.ts', import.meta.url), {
        type: 'module',
        name: 'fil-insights',
      });
    } catch {
      worker = null; // e.g. a policy forbids it: the figures are still worth having
    }
  }
  return worker === null ? onMainThread(input, signal) : inWorker(worker, input, signal);
}

function inWorker(
  worker: Worker,
  input: InsightsInput,
  signal: AbortSignal | undefined,
): Promise<ThreadInsights> {
  return new Promise((resolve, reject) => {
    const end = () => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      end();
      reject(abortError());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.onmessage = (event: MessageEvent<InsightsReply>) => {
      end();
      const reply = event.data;
      if (reply.kind === 'computed') resolve(reply.insights);
      else reject(failure(reply.reason));
    };
    // A reply that cannot be deserialised fires messageerror, not message: without this the
    // request would wait for ever.
    worker.onmessageerror = () => {
      end();
      reject(failure(t`their reply could not be read`));
    };
    // A worker that dies (it could not load, or ran out of memory) answers no one.
    worker.onerror = (event) => {
      event.preventDefault();
      end();
      reject(failure(event.message || t`the insights worker stopped`));
    };
    worker.postMessage(input, buffersOf(input));
  });
}

function onMainThread(
  input: InsightsInput,
  signal: AbortSignal | undefined,
): Promise<ThreadInsights> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      try {
        resolve(computeInsights(input));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    }, 0);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
