import './styles.css';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { createAppRouter } from './router';
import { startTheme } from './theme';
import { i18n } from '@lingui/core';
import { activateLocale, initialLocale } from './i18n';
import { canHydrate, PRERENDERED_ATTRIBUTE } from './hydration';
import { readCollapseThreshold, readThemePreference } from '../library/preferences';
import type { Library } from '../library/queries';
import { libraryKeys } from '../library/queryKeys';

// The entry chunk and everything it imports are evaluated: what the page asked for until now is
// its initial JavaScript, as `npm run bench` weighs it (scripts/readerBench.ts).
performance.mark('fil:app-start');
startTheme();
// A message missing from the catalogue shows as its id in a production build; say so, so that
// the browser tests (e2e/fixtures.ts) catch a catalogue not extracted again after a change.
i18n.on('missing', ({ id, locale }) => console.error(`Fil: no message ${id} in ${locale}`));
const queryClient = new QueryClient();

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root element');
// Booted in a task of its own rather than in the entry's evaluation, which is long enough
// already (the whole entry chunk run; parsed again with an inspector attached: docs/design.md).
// The first paint waits for the interface language's catalogue (one small chunk); should it fail
// to load, English is tried, and the page renders either way.
setTimeout(boot, 0, rootElement);

function boot(rootElement: HTMLElement): void {
  void activateLocale(initialLocale())
    .catch(() => activateLocale('en'))
    .catch(() => undefined)
    .then(async () => {
      // The router starts its loaders as soon as it is made: after the catalogue, so that
      // anything they word is in the reader's language.
      const router = createAppRouter(queryClient);
      const app = (
        <StrictMode>
          <QueryClientProvider client={queryClient}>
            <RouterProvider router={router} />
          </QueryClientProvider>
        </StrictMode>
      );
      const prerendered = rootElement.getAttribute(PRERENDERED_ATTRIBUTE);
      // A page without prerendered HTML (app.html: an import, a 404) shows "Loading…" at once.
      if (prerendered === null) return void createRoot(rootElement).render(app);
      // In a transition, the first render yields to the browser every few milliseconds instead
      // of holding the main thread for the whole page (the page is on screen already).
      // The prerendered page stays on screen while the loaders read its document; the first
      // render then draws the page whole, as the build did.
      if (!router.state.initialized)
        await new Promise<void>((resolve) => {
          const unsubscribe = router.subscribe((state) => {
            if (!state.initialized) return;
            unsubscribe();
            resolve();
          });
        });
      const start = {
        prerendered,
        location,
        locale: i18n.locale,
        theme: readThemePreference(),
        collapseThreshold: readCollapseThreshold(),
        browserData: holdsBrowserData(queryClient.getQueryData<Library>(libraryKeys.list())),
      };
      startTransition(() => {
        if (!canHydrate(start)) return void createRoot(rootElement).render(app);
        hydrateRoot(rootElement, app, {
          // A mismatch is a bug (React then renders the page afresh): say so, so that the
          // browser tests catch it.
          onRecoverableError: (error) => console.error('Fil: hydration', error),
        });
      });
    });
}

/** Whether the library's list (when this page loaded it) holds imports or a storage problem. */
function holdsBrowserData(library: Library | undefined): boolean {
  return (
    library !== undefined &&
    (library.storageProblem !== null || library.entries.some((entry) => entry.importedAt !== null))
  );
}
