import { describe, expect, it } from 'vitest';
import { runInSlices, type Pause } from './runInSlices';

/** `count` steps, then 'done'; records how many steps were taken. */
function counter(count: number) {
  const taken = { steps: 0 };
  function* steps(): Generator<void, string, void> {
    for (let k = 0; k < count; k++) {
      taken.steps++;
      yield;
    }
    return 'done';
  }
  return { taken, steps: steps() };
}

/** A clock that moves `step` ms each time it is read. */
function clock(step: number): () => number {
  let time = 0;
  return () => (time += step);
}

describe('runInSlices', () => {
  it('takes steps until 8 ms have passed, then pauses, and resolves with the result', async () => {
    const { taken, steps } = counter(10);
    const seen: number[] = [];
    const pause: Pause = () => {
      seen.push(taken.steps);
      return Promise.resolve();
    };
    // The clock moves 3 ms a read: a slice reads it at its start and after each step, 3, 6
    // and 9 ms on, so it takes 3 steps. Steps 1–3, 4–6, 7–9, then a slice with step 10 and
    // the call that returns.
    await expect(runInSlices(steps, pause, undefined, clock(3))).resolves.toBe('done');
    expect(seen).toEqual([3, 6, 9]);
  });

  it('takes at least one step a slice, however slow the clock', async () => {
    const { steps } = counter(4);
    let pauses = 0;
    const pause: Pause = () => {
      pauses++;
      return Promise.resolve();
    };
    await runInSlices(steps, pause, undefined, clock(100));
    // Four yields, one a slice, and a fifth slice that ends the generator.
    expect(pauses).toBe(4);
  });

  it('runs to the end without pausing when the steps are quick', async () => {
    const { steps } = counter(1000);
    let pauses = 0;
    await runInSlices(
      steps,
      () => {
        pauses++;
        return Promise.resolve();
      },
      undefined,
      clock(0),
    );
    expect(pauses).toBe(0);
  });

  it('stops between slices when the signal aborts, taking no further step', async () => {
    const { taken, steps } = counter(10);
    const controller = new AbortController();
    const run = runInSlices(
      steps,
      () => {
        controller.abort(new Error('gone'));
        return Promise.resolve();
      },
      controller.signal,
      clock(100),
    );
    await expect(run).rejects.toThrow('gone');
    expect(taken.steps).toBe(1);
  });

  it('takes no step when the signal aborted before the first slice', async () => {
    const { taken, steps } = counter(10);
    const controller = new AbortController();
    controller.abort(new Error('gone before'));
    const run = runInSlices(steps, () => Promise.resolve(), controller.signal, clock(0));
    await expect(run).rejects.toThrow('gone before');
    expect(taken.steps).toBe(0);
  });
});
