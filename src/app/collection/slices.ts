// Long main-thread work cut into slices: a generator that yields between short steps (the
// search index's builder) run a few milliseconds at a time, with a task's pause between slices
// in which the browser handles input and paints. The same runner as the insights view's
// (src/app/insights/runInSlices.ts), which a feature cannot import from another.

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
 * have passed by `now` (at least one step), then awaits `pause`. Rejects with the signal's
 * reason when it aborts between slices (the generator is dropped, never resumed).
 */
export async function runInSlices<T>(
  steps: Iterator<void, T, void>,
  pause: Pause,
  signal: AbortSignal,
  now: () => number = () => performance.now(),
): Promise<T> {
  for (;;) {
    signal.throwIfAborted();
    const started = now();
    let step = steps.next();
    while (step.done !== true && now() - started < SLICE_MS) step = steps.next();
    if (step.done === true) return step.value;
    await pause();
  }
}
