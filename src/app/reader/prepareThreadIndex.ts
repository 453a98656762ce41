// A big thread's index, built in slices before its page renders (issue 15): in one piece it held
// the main thread ~100 ms at 100,000 comments, one long task more when the page hydrates.
// Loaded only for such threads.

import { nextTask, runInSlices } from '../../components/runInSlices';
import type { Comment } from '../../parser/types';
import { rememberThreadIndex, threadIndexSteps } from '../../thread/threadIndex';

/**
 * Builds the index of `topLevel`'s thread in ~8 ms slices and keeps it for buildThreadIndex.
 * Rejects with the signal's reason when the navigation is left before it is done.
 */
export async function prepareThreadIndex(
  topLevel: readonly Comment[],
  signal?: AbortSignal,
): Promise<void> {
  rememberThreadIndex(topLevel, await runInSlices(threadIndexSteps(topLevel), nextTask, signal));
}
