import { startTransition, useEffect, useState } from 'react';

/**
 * Runs `run` once the frame after the current commit has been painted (a frame, then a task):
 * for parts of the reader that load after its first rows are on screen, so that neither their
 * JavaScript nor their work delays the first comment. Returns a function that cancels it.
 */
export function afterFirstPaint(run: () => void): () => void {
  let timer = 0;
  const frame = requestAnimationFrame(() => {
    timer = window.setTimeout(run);
  });
  return () => {
    cancelAnimationFrame(frame);
    window.clearTimeout(timer);
  };
}

/**
 * False in the first render, true from the render after the first paint (afterFirstPaint). That
 * render is a transition: what it adds is not urgent, and React renders it in slices of a few
 * milliseconds instead of one task (a timer's update would render at once, whole).
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => afterFirstPaint(() => startTransition(() => setPainted(true))), []);
  return painted;
}
