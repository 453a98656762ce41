import './styles.css';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { createAppRouter } from './router';
import { startTheme } from './theme';
import { i18n } from '@lingui/core';
import { activateLocale, initialLocale } from './i18n';

startTheme();
// A message missing from the catalogue shows as its id in a production build; say so, so that
// the browser tests (e2e/fixtures.ts) catch a catalogue not extracted again after a change.
i18n.on('missing', ({ id, locale }) => console.error(`Fil: no message ${id} in ${locale}`));
const queryClient = new QueryClient();

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root element');
// The first paint waits for the interface language's catalogue (one small chunk); should it fail
// to load, English is tried, and the page renders either way.
void activateLocale(initialLocale())
  .catch(() => activateLocale('en'))
  .catch(() => undefined)
  .then(() => {
    // The router starts its loaders as soon as it is made: after the catalogue, so that
    // anything they word is in the reader's language.
    const router = createAppRouter(queryClient);
    createRoot(rootElement).render(
      <StrictMode>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </StrictMode>,
    );
  });
