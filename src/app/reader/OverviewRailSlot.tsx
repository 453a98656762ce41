import { lazy } from 'react';
import { AfterPaint } from './AfterPaint';
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
  return (
    <div data-testid="overview-rail" className="-mr-4 w-6 shrink-0 lg:mr-0 lg:w-5">
      <AfterPaint>
        <OverviewRail {...props} />
      </AfterPaint>
    </div>
  );
}
