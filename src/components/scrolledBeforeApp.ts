/**
 * Whether the reader has scrolled a page the app is still starting on: a prerendered page shows,
 * and scrolls, before the app has run, and that place stands (nothing the app remembers of the
 * page is put back over it). True only before the layout's first effect marks the root
 * `data-interactive` (src/app/AppLayout.tsx), so only while the app renders its first page.
 */
export const scrolledBeforeApp = (): boolean =>
  // The attribute first: once the app runs, scrollY (which lays the page out if it has changed)
  // is not read at every navigation's commit.
  !document.getElementById('root')?.hasAttribute('data-interactive') && scrollY > 0;
