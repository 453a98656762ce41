import { t } from '@lingui/core/macro';
import type { QueryClient } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { createBrowserRouter, data, type LoaderFunctionArgs, type RouteObject } from 'react-router';
import { documentQuery, DocumentNotFoundError, libraryQuery } from '../library/queries';
import { Button } from '../components/Button';
import { AppLayout } from './AppLayout';
import { ArticlePage } from './reader/ArticlePage';
import { withMessages } from '../locales/catalogues';

/** Top-level comments from which a thread's index is built in slices before its page renders. */
const SLICED_INDEX_FROM = 500;

/** The browser's router over appRoutes; its loaders start at once. */
export function createAppRouter(queryClient: QueryClient) {
  return createBrowserRouter(appRoutes(queryClient));
}

/**
 * Fil's routes, their loaders reading through `queryClient`: the browser's router and the
 * build's prerender (src/app/prerender.tsx, which fills the client's cache first) share them.
 */
export function appRoutes(queryClient: QueryClient): RouteObject[] {
  const libraryLoader = async () => {
    await Promise.all([
      queryClient.ensureQueryData(libraryQuery()),
      // The storage panel's figures come with the page rather than a moment after it: shown
      // later, they pushed the list down under the reader's eyes (and off the place Back
      // restores). Without them the panel still loads them itself.
      import('./storage/storageStatus')
        .then(({ storageStatusQuery }) => queryClient.ensureQueryData(storageStatusQuery()))
        .catch(() => undefined),
    ]);
    return null;
  };

  const articleLoader = async ({ params, request }: LoaderFunctionArgs) => {
    const id = params.id ?? '';
    try {
      const doc = await queryClient.ensureQueryData(documentQuery(id));
      // A big thread (many top-level comments, like the 100,000-comment sample) gets its index
      // in slices first: the page's render then finds it built.
      if (doc.comments.length >= SLICED_INDEX_FROM)
        await import('./reader/prepareThreadIndex').then(({ prepareThreadIndex }) =>
          prepareThreadIndex(doc.comments, request.signal),
        );
    } catch (error) {
      if (error instanceof DocumentNotFoundError) throw data({ id }, { status: 404 });
      throw error;
    }
    return null;
  };

  return [
    {
      path: '/',
      Component: AppLayout,
      HydrateFallback: LoadingPage,
      children: [
        {
          // Errors render inside the layout, so the header and its way back stay.
          ErrorBoundary: RouteError,
          children: [
            // The library page (with the import tools) is its own chunk, so the reader page's
            // initial JavaScript stays within its budget; the reader stays in the main bundle.
            {
              index: true,
              loader: libraryLoader,
              lazy: async () => ({
                Component: (await withMessages(import('./LibraryPage'))).LibraryPage,
              }),
            },
            { path: 'articles/:id', loader: articleLoader, Component: ArticlePage },
            // The insights view and its charts (d3) are chunks of their own, loaded when the
            // reader opens it: the reader's initial JavaScript holds only this stub.
            {
              path: 'articles/:id/insights',
              loader: articleLoader,
              lazy: async () => ({
                Component: (await withMessages(import('./insights/InsightsPage'))).InsightsPage,
              }),
            },
            {
              path: '*',
              loader: () => {
                throw data({ id: null }, { status: 404 });
              },
            },
          ],
        },
      ],
    },
  ];
}

// The error pages load only when one is shown: most visits never see one, and the reader's
// initial JavaScript has a budget. When their chunk or its messages cannot be loaded (offline,
// a deployment newer than this page), the bare error page below says so instead: otherwise the
// failed load would be an error in the error page, and React Router would show its own, in
// English.
const RouteErrorPage = lazy(() =>
  withMessages(import('./RouteErrorPage')).then(
    (module) => ({ default: module.RouteErrorPage }),
    () => ({ default: BareErrorPage }),
  ),
);

function RouteError() {
  return (
    <Suspense fallback={<LoadingPage />}>
      <RouteErrorPage />
    </Suspense>
  );
}

/**
 * An error page that needs nothing loaded: its words are in the first-paint catalogue (this
 * file's messages are). A reload fetches the current deployment's files; the link home is a
 * plain one for the same reason.
 */
function BareErrorPage() {
  return (
    <section role="alert" className="mx-auto max-w-xl py-12">
      <h1 className="text-2xl font-bold">{t`This page could not be shown`}</h1>
      <p className="mt-3 text-slate-700 dark:text-slate-300">{t`Something went wrong.`}</p>
      <p className="mt-6 flex flex-wrap items-center gap-4">
        <Button size="medium" onClick={() => window.location.reload()}>
          {t({ message: 'Reload', comment: 'button: load the page again' })}
        </Button>
        <a href="/" className="font-medium text-blue-700 underline dark:text-blue-300">
          {t`Back to the library`}
        </a>
      </p>
    </section>
  );
}

function LoadingPage() {
  return <p className="p-6 text-slate-600 dark:text-slate-400">{t`Loading…`}</p>;
}
