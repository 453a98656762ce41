import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  computeInsights,
  insightsInputBuilder,
  readQuoteLinks,
  type InsightsInput,
  type ThreadInsights,
} from './insights';
import type { InsightsReply } from './insights.worker';
import { computeInsightsOffThread } from './insightsClient';
import { makeComment, numberComments, runToEnd } from './testTrees';

/** A fresh input of a small thread (each request consumes its own). */
function sampleInput(): InsightsInput {
  const reply = makeComment('', -3, '2022-01-22T10:05', [makeComment('', 1, '2022-01-22T11:30')]);
  reply.quote = { author: 'Ann', text: 'x', commentId: '1' };
  return runToEnd(
    insightsInputBuilder(
      numberComments([makeComment('', 4, '2022-01-22T09:32', [reply]), makeComment('', 0, null)]),
    ),
  ).input;
}

type FakeErrorEvent = { message: string; preventDefault: () => void };

/** Stands in for a module worker: records what it is given, answers when the test says. */
class FakeWorker {
  static created: FakeWorker[] = [];
  onmessage: ((event: { data: InsightsReply }) => void) | null = null;
  onerror: ((event: FakeErrorEvent) => void) | null = null;
  onmessageerror: ((event: unknown) => void) | null = null;
  posted: InsightsInput | null = null;
  transferred: readonly unknown[] = [];
  terminated = false;

  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    FakeWorker.created.push(this);
  }

  postMessage(data: InsightsInput, transfer: Transferable[]) {
    this.transferred = transfer;
    // Cloned with its transfer list, as a browser would: the caller's arrays are detached.
    this.posted = structuredClone(data, { transfer });
  }

  terminate() {
    this.terminated = true;
  }

  reply(data: InsightsReply) {
    this.onmessage?.({ data });
  }
}

function stubWorker(): void {
  FakeWorker.created = [];
  vi.stubGlobal('Worker', FakeWorker);
}

/** The one fake worker the request started, once the request has posted to it. */
function onlyWorker(): FakeWorker {
  expect(FakeWorker.created).toHaveLength(1);
  return FakeWorker.created[0]!;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('computeInsightsOffThread without workers (Node, as in unit tests)', () => {
  it('computes on the main thread, in a later task', async () => {
    expect(typeof Worker).toBe('undefined');
    const expected = computeInsights(sampleInput());
    let settled = false;
    const pending = computeInsightsOffThread(sampleInput()).then((insights) => {
      settled = true;
      return insights;
    });
    await Promise.resolve();
    expect(settled).toBe(false);
    await expect(pending).resolves.toEqual(expected);
    expect(expected.commentCount).toBe(4);
  });

  it('rejects with an AbortError when aborted before its task runs', async () => {
    const controller = new AbortController();
    const pending = computeInsightsOffThread(sampleInput(), controller.signal);
    controller.abort();
    const error: unknown = await pending.catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(DOMException);
    expect(error).toMatchObject({ name: 'AbortError' });
  });

  it('rejects at once when the signal has already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(computeInsightsOffThread(sampleInput(), controller.signal)).rejects.toMatchObject({
      name: 'AbortError',
    });
  });
});

describe('computeInsightsOffThread with a worker', () => {
  it('starts a module worker, transfers the typed arrays and ends it once it answers', async () => {
    stubWorker();
    const input = sampleInput();
    const expected = computeInsights(sampleInput());
    const pending = computeInsightsOffThread(input);
    const worker = onlyWorker();
    expect(worker.url.pathname.endsWith('/insights.worker.ts')).toBe(true);
    expect(worker.options.type).toBe('module');
    expect(worker.transferred).toHaveLength(10);
    // The input is consumed: its arrays now belong to the worker.
    expect(input.score.length).toBe(0);
    expect(input.time.length).toBe(0);
    expect(worker.posted?.score).toEqual(Int32Array.from([4, -3, 1, 0]));
    expect(input.quotes.from.length).toBe(0);
    expect(readQuoteLinks(worker.posted!.quotes)).toEqual([
      { from: 1, to: 0, fromAuthor: null, toAuthor: 'Ann' },
    ]);

    worker.reply({ kind: 'computed', insights: expected });
    await expect(pending).resolves.toBe(expected);
    expect(worker.terminated).toBe(true);
  });

  it('rejects with the reason the worker gives, and ends it', async () => {
    stubWorker();
    const pending = computeInsightsOffThread(sampleInput());
    const worker = onlyWorker();
    worker.reply({ kind: 'failed', reason: 'out of figures' });
    await expect(pending).rejects.toThrow(
      'The thread insights could not be computed: out of figures',
    );
    expect(worker.terminated).toBe(true);
  });

  it('rejects when the worker dies, and keeps the error from the page', async () => {
    stubWorker();
    const pending = computeInsightsOffThread(sampleInput());
    const worker = onlyWorker();
    const preventDefault = vi.fn();
    worker.onerror?.({ message: 'script failed to load', preventDefault });
    await expect(pending).rejects.toThrow('script failed to load');
    expect(preventDefault).toHaveBeenCalledOnce();
    expect(worker.terminated).toBe(true);
  });

  it('rejects when the reply cannot be read (messageerror), and ends the worker', async () => {
    stubWorker();
    const pending = computeInsightsOffThread(sampleInput());
    const worker = onlyWorker();
    worker.onmessageerror?.({ data: null });
    await expect(pending).rejects.toThrow(
      'The thread insights could not be computed: their reply could not be read',
    );
    expect(worker.terminated).toBe(true);
  });

  it('ends the worker and rejects with an AbortError when aborted; a late answer is ignored', async () => {
    stubWorker();
    const controller = new AbortController();
    const pending = computeInsightsOffThread(sampleInput(), controller.signal);
    const worker = onlyWorker();
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(worker.terminated).toBe(true);
    expect(() =>
      worker.reply({ kind: 'computed', insights: computeInsights(sampleInput()) }),
    ).not.toThrow();
  });

  it('computes on the main thread when no worker can be started', async () => {
    vi.stubGlobal('Worker', function BlockedWorker() {
      throw new DOMException('blocked by policy', 'SecurityError');
    });
    const expected = computeInsights(sampleInput());
    await expect(computeInsightsOffThread(sampleInput())).resolves.toEqual(expected);
  });
});

describe('insights.worker', () => {
  /** Loads the worker module against a stand-in `self`; returns what it posts. */
  async function loadWorker() {
    const posted: InsightsReply[] = [];
    const scope: { onmessage?: (event: { data: unknown }) => void } & {
      postMessage: (reply: InsightsReply) => void;
    } = { postMessage: (reply) => posted.push(reply) };
    vi.stubGlobal('self', scope);
    await import('./insights.worker');
    return { posted, receive: (data: unknown) => scope.onmessage?.({ data }) };
  }

  it('answers an input with its insights', async () => {
    const { posted, receive } = await loadWorker();
    receive(sampleInput());
    const insights: ThreadInsights = computeInsights(sampleInput());
    expect(posted).toEqual([{ kind: 'computed', insights }]);
  });

  it('answers a failure as a message instead of throwing', async () => {
    const { posted, receive } = await loadWorker();
    expect(() => receive({ ...sampleInput(), quotes: null })).not.toThrow();
    expect(posted).toHaveLength(1);
    expect(posted[0]?.kind).toBe('failed');
  });
});
