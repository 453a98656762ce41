// The insights' input built on the main thread in slices, so that no task holds the page for
// long: buildThreadIndex and insightsInput (src/thread) run on a few top-level subtrees at a
// time, with a pause between slices, and the slices are joined. At 100,000 comments the two in
// one go took 250 ms on a busy machine (issue 12 allows no main-thread task over 50 ms).

import type { Comment } from '../../parser/types';
import { insightsInput, type InsightsInput, type QuoteLink } from '../../thread/insights';
import { buildThreadIndex } from '../../thread/threadIndex';

/** A pause that lets the browser run other tasks (input, rendering) before the next slice. */
export type Pause = () => Promise<void>;

export type SlicedInput = {
  /** Every comment in preorder: InsightsInput's indices and the figures' `comment`s index it. */
  readonly comments: readonly Comment[];
  readonly input: InsightsInput;
};

/** Milliseconds a slice aims at: well under the 50 ms of a long task, on a slow machine too. */
const SLICE_MS = 8;
/**
 * Comments a slice may hold at most, however quick the last one was: a slice that allocates
 * more can meet a garbage collection that takes longer than the slice itself.
 */
const SLICE_COMMENTS = 2_000;

/**
 * The pause between slices: a task of its own through a MessageChannel (setTimeout would be
 * clamped to 4 ms after a few nested calls).
 */
export const nextTask: Pause = () =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });

/**
 * insightsInput(buildThreadIndex(topLevel)) and its comments in preorder, built a few
 * top-level subtrees at a time with `pause` between them. Each slice is a preorder range of
 * the whole, so the slices join by offsetting parent indices and quote targets; a quote always
 * names an ancestor (src/parser/quotes.ts), which is in its own subtree, so its target resolves
 * within its slice. The number of subtrees per slice doubles or halves to keep a slice near
 * SLICE_MS and SLICE_COMMENTS; one subtree is never cut, so a thread under a single top-level
 * comment is one slice.
 * Rejects with the signal's reason when it aborts between slices.
 */
export async function buildInputInSlices(
  topLevel: readonly Comment[],
  pause: Pause,
  signal?: AbortSignal,
  now: () => number = () => performance.now(),
): Promise<SlicedInput> {
  const slices: { comments: readonly Comment[]; input: InsightsInput }[] = [];
  // From one subtree, doubling while slices are quick: a few more pauses than needed at first.
  let batch = 1;
  for (let next = 0; next < topLevel.length;) {
    const started = now();
    const index = buildThreadIndex(topLevel.slice(next, next + batch));
    slices.push({ comments: index.comments, input: insightsInput(index) });
    next += batch;
    const spent = now() - started;
    if (spent > SLICE_MS || index.comments.length > SLICE_COMMENTS)
      batch = Math.max(1, Math.floor(batch / 2));
    else if (spent < SLICE_MS / 2 && index.comments.length <= SLICE_COMMENTS / 2) batch *= 2;
    await pause();
    signal?.throwIfAborted();
  }
  return join(slices);
}

/** The slices as one input: typed arrays copied end to end, parents and quote targets offset. */
function join(
  slices: readonly { comments: readonly Comment[]; input: InsightsInput }[],
): SlicedInput {
  let total = 0;
  for (const slice of slices) total += slice.comments.length;
  const comments: Comment[] = [];
  const score = new Int32Array(total);
  const depth = new Int32Array(total);
  const parent = new Int32Array(total);
  const descendants = new Int32Array(total);
  const time = new Float64Array(total);
  const hasTime = new Uint8Array(total);
  const quotes: QuoteLink[] = [];
  let offset = 0;
  for (const { comments: part, input } of slices) {
    for (const comment of part) comments.push(comment);
    score.set(input.score, offset);
    depth.set(input.depth, offset);
    descendants.set(input.descendants, offset);
    time.set(input.time, offset);
    hasTime.set(input.hasTime, offset);
    for (let i = 0; i < part.length; i++) {
      const p = input.parent[i]!;
      parent[offset + i] = p < 0 ? p : p + offset;
    }
    for (const quote of input.quotes)
      quotes.push({
        ...quote,
        from: quote.from + offset,
        to: quote.to < 0 ? quote.to : quote.to + offset,
      });
    offset += part.length;
  }
  return { comments, input: { score, depth, parent, descendants, time, hasTime, quotes } };
}
