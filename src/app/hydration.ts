// When the browser may hydrate the page the build prerendered (src/app/prerender.tsx) and when
// it must render afresh: hydrating asks that its first render draw exactly what the server drew.

import { DEFAULT_THRESHOLD_SCORE } from '../library/defaults';
import type { ThemePreference } from '../library/preferences';

/** The interface language the build renders pages in. */
export const PRERENDER_LOCALE = 'en';

/** The root element's attribute naming the path its HTML was prerendered for. */
export const PRERENDERED_ATTRIBUTE = 'data-prerendered';

/** What the browser's first render depends on besides the documents. */
export type ClientStart = {
  /** The path the root's HTML was prerendered for (PRERENDERED_ATTRIBUTE), or null: none. */
  readonly prerendered: string | null;
  /** Where the page is: `location` itself in the browser. */
  readonly location: Pick<Location, 'pathname' | 'search' | 'hash'>;
  /** The interface language activated before the first render. */
  readonly locale: string;
  /** The reader's remembered theme and collapse threshold (src/library/preferences.ts). */
  readonly theme: ThemePreference;
  readonly collapseThreshold: number;
  /** What the page's data holds that the build could not know: stored imports, a storage problem. */
  readonly browserData: boolean;
};

/**
 * True when the page holds prerendered HTML that the first render will draw the same: the same
 * path, no query or fragment (a sort, a filter, a permalink: rows the build did not draw), the
 * build's language and the default settings (the theme button's state, which comments start
 * collapsed), and nothing in the data that only this browser holds (the reader's imports in the
 * library). Otherwise the page renders afresh, replacing the static HTML in one commit. What
 * every browser knows and the build cannot (the storage panel's figures) is drawn right after
 * hydration, by parts that read `useHydrating` (src/components/useHydrating.ts).
 */
export function canHydrate(start: ClientStart): boolean {
  return (
    start.prerendered !== null &&
    start.prerendered === start.location.pathname &&
    start.location.search === '' &&
    start.location.hash === '' &&
    start.locale === PRERENDER_LOCALE &&
    start.theme === 'system' &&
    start.collapseThreshold === DEFAULT_THRESHOLD_SCORE &&
    !start.browserData
  );
}
