// Long main-thread work cut into slices: a stepwise builder (a generator that yields between
// steps: the insights' insightsInputBuilder, the library search's index builder) run a few
// milliseconds at a time, with a pause between slices in which the browser runs other tasks
// (input, rendering). Issues 12 and 14 allow no main-thread task over 50 ms.

/** A pause that lets the browser run other tasks before the next slice. */
export type Pause = () => Promise<void>;

/** Milliseconds a slice aims at: well under the 50 ms of a long task, on a slow machine too. */
const SLICE_MS = 8;

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
 * Runs `steps` to its end and resolves with what it returns. A slice takes steps until SLICE_MS
 * have passed by `now` (at least one step, so a slice overruns by at most one step), then
 * awaits `pause`; the first slice starts at once unless the signal has already aborted. Rejects
 * with the signal's reason when it aborts before a slice (the rest of the steps are never taken:
 * the generator is dropped, never resumed), or with whatever a step throws.
 */
export async function runInSlices<T>(
  steps: Iterator<void, T, void>,
  pause: Pause,
  signal?: AbortSignal,
  now: () => number = () => performance.now(),
): Promise<T> {
  for (;;) {
    signal?.throwIfAborted();
    const started = now();
    let step = steps.next();
    while (step.done !== true && now() - started < SLICE_MS) step = steps.next();
    if (step.done === true) return step.value;
    await pause();
  }
}
