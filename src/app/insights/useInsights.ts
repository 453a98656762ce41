import { startTransition, useCallback, useEffect, useState } from 'react';
import type { Comment } from '../../parser/types';
import { insightsInputBuilder, type ThreadInsights } from '../../thread/insights';
import { computeInsightsOffThread } from '../../thread/insightsClient';
import { nextTask, runInSlices } from '../../components/runInSlices';

export type InsightsState =
  | { readonly status: 'working' }
  | {
      readonly status: 'ready';
      /** The thread's comments in preorder: the figures' comment indices index them. */
      readonly comments: readonly Comment[];
      readonly insights: ThreadInsights;
    }
  | { readonly status: 'failed'; readonly error: Error };

type Outcome = {
  readonly topLevel: readonly Comment[];
  readonly attempt: number;
  readonly state: InsightsState;
};

const WORKING: InsightsState = { status: 'working' };

/**
 * The insights of a thread (its top-level comments). The worker's input is built on the main
 * thread in slices of ~8 ms (insightsInputBuilder run by runInSlices, cut anywhere in the tree)
 * after the page has painted its status, and the figures are worked out in a worker
 * (src/thread/insightsClient.ts), so no task holds the page for long.
 * The work is abandoned (the worker ended) when the page goes or the thread changes; `retry`
 * starts it again after a failure, and `attempt` names the current try (a key for the error
 * boundary around the charts, so that a retry renders them afresh).
 */
export function useInsights(topLevel: readonly Comment[]): {
  readonly state: InsightsState;
  readonly attempt: number;
  readonly retry: () => void;
} {
  const [attempt, setAttempt] = useState(0);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    const { signal } = controller;
    // A transition: React renders the charts in slices of a few milliseconds, yielding to the
    // browser between them, instead of in one task as long as the whole view.
    const settle = (state: InsightsState) => {
      if (!signal.aborted) startTransition(() => setOutcome({ topLevel, attempt, state }));
    };
    const work = async () => {
      await nextTask();
      signal.throwIfAborted();
      const { comments, input } = await runInSlices(
        insightsInputBuilder(topLevel),
        nextTask,
        signal,
      );
      // Posting the input (its quotes are copied) in a task of its own, apart from the build.
      await nextTask();
      signal.throwIfAborted();
      const insights = await computeInsightsOffThread(input, signal);
      settle({ status: 'ready', comments, insights });
    };
    work().catch((error: unknown) =>
      settle({
        status: 'failed',
        error: error instanceof Error ? error : new Error(String(error)),
      }),
    );
    return () => controller.abort();
  }, [topLevel, attempt]);

  const retry = useCallback(() => setAttempt((previous) => previous + 1), []);
  const current = outcome?.topLevel === topLevel && outcome.attempt === attempt;
  return { state: current ? outcome.state : WORKING, attempt, retry };
}
