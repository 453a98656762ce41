import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../../parser/types';
import { insightsInput } from '../../thread/insights';
import { threadArbitrary } from '../../thread/testTrees';
import { buildThreadIndex } from '../../thread/threadIndex';
import { buildInputInSlices, type Pause } from './slicedInput';

const noPause: Pause = () => Promise.resolve();

/** A clock that says every slice took `step` ms: slices then stay small, or keep doubling. */
function clock(step: number): () => number {
  let time = 0;
  return () => (time += step);
}

function seed000(): ParsedDocument {
  const golden = fileURLToPath(
    new URL('../../parser/golden/000_78ca0d792cd5fe59.json', import.meta.url),
  );
  return JSON.parse(readFileSync(golden, 'utf8')) as ParsedDocument;
}

describe('buildInputInSlices', () => {
  it('gives seed 000 the input of the whole thread, slice by top-level comment', async () => {
    const { comments } = seed000();
    const whole = buildThreadIndex(comments);
    // A slow clock: every slice seems over budget, so each holds one top-level comment.
    const pauses: number[] = [];
    const sliced = await buildInputInSlices(
      comments,
      () => {
        pauses.push(pauses.length);
        return Promise.resolve();
      },
      undefined,
      clock(100),
    );
    expect(pauses).toHaveLength(5);
    expect(sliced.comments).toEqual(whole.comments);
    expect(sliced.input).toEqual(insightsInput(whole));
    // The three quotes (1.1 → 1, 1.1.1.1 → 1.1.1, 2.2 → 2) keep their targets across slices.
    const id = (i: number) => sliced.comments[i]?.id;
    expect(sliced.input.quotes.map((quote) => [id(quote.from), id(quote.to)])).toEqual([
      ['1.1', '1'],
      ['1.1.1.1', '1.1.1'],
      ['2.2', '2'],
    ]);
  });

  it('doubles the slices while they are quick', async () => {
    const pauses: number[] = [];
    const built = await buildInputInSlices(
      seed000().comments,
      () => {
        pauses.push(pauses.length);
        return Promise.resolve();
      },
      undefined,
      clock(0),
    );
    // Top-level comments 1, then 2 and 3, then 4 and 5.
    expect(pauses).toHaveLength(3);
    expect(built.comments).toHaveLength(20);
  });

  it('joins any thread into the input of the whole, whatever the slices', async () => {
    await fc.assert(
      fc.asyncProperty(
        threadArbitrary(200),
        fc.integer({ min: 0, max: 40 }),
        async (tree, step) => {
          const sliced = await buildInputInSlices(tree, noPause, undefined, clock(step));
          const whole = buildThreadIndex(tree);
          expect(sliced.comments).toEqual(whole.comments);
          expect(sliced.input).toEqual(insightsInput(whole));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('stops between slices when the signal aborts', async () => {
    const controller = new AbortController();
    const tree = seed000().comments;
    const built = buildInputInSlices(
      tree,
      () => {
        controller.abort(new Error('gone'));
        return Promise.resolve();
      },
      controller.signal,
    );
    await expect(built).rejects.toThrow('gone');
  });
});
