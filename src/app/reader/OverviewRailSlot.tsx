import { lazy, Suspense, useEffect, useState } from 'react';
import type { OverviewRailProps } from './OverviewRail';
import { withMessages } from '../../locales/catalogues';

// The rail and its d3 scales load on their own, after the thread's first rows are painted: none
// of it is in the reader's initial JavaScript, and it never delays the first comment.
const OverviewRail = lazy(() =>
  withMessages(import('./OverviewRail')).then((module) => ({ default: module.OverviewRail })),
);

/**
 * The overview rail's column beside the thread. The column holds its width from the first
 * render, so that the thread does not reflow (and re-measure its rows) when the rail arrives.
 * On narrow screens it sits mostly in the page's right margin, where it covers no text.
 */
export function OverviewRailSlot(props: OverviewRailProps) {
  const [wanted, setWanted] = useState(false);
  useEffect(() => {
    let timer = 0;
    // A frame after the first commit: the rows are painted by then.
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setWanted(true));
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, []);
  return (
    <div data-testid="overview-rail" className="-mr-4 w-6 shrink-0 lg:mr-0 lg:w-5">
      {wanted && (
        <Suspense fallback={null}>
          <OverviewRail {...props} />
        </Suspense>
      )}
    </div>
  );
}
