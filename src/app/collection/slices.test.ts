import { describe, expect, it } from 'vitest';
import { runInSlices, type Pause } from './slices';

function* steps(count: number, taken: { steps: number }): Generator<void, string, void> {
  for (let k = 0; k < count; k++) {
    taken.steps++;
    yield;
  }
  return 'done';
}

/** A clock that moves `step` ms each time it is read. */
function clock(step: number): () => number {
  let time = 0;
  return () => (time += step);
}

describe('runInSlices', () => {
  it('takes steps until 8 ms have passed, then pauses, and resolves with the result', async () => {
    const taken = { steps: 0 };
    const seen: number[] = [];
    const pause: Pause = () => {
      seen.push(taken.steps);
      return Promise.resolve();
    };
    // 3 ms a read: read at a slice's start, then after each step (3, 6, 9 ms): 3 steps a slice.
    const done = runInSlices(steps(10, taken), pause, new AbortController().signal, clock(3));
    await expect(done).resolves.toBe('done');
    expect(seen).toEqual([3, 6, 9]);
  });

  it('stops between slices once aborted, and never resumes the steps', async () => {
    const taken = { steps: 0 };
    const controller = new AbortController();
    const pause: Pause = () => {
      controller.abort(new Error('gone'));
      return Promise.resolve();
    };
    const done = runInSlices(steps(10, taken), pause, controller.signal, clock(100));
    await expect(done).rejects.toThrow('gone');
    expect(taken.steps).toBe(1);
  });
});
