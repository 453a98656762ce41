import { t } from '@lingui/core/macro';
import type { QueryClient } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { createBrowserRouter, data, type LoaderFunctionArgs } from 'react-router';
import { documentQuery, DocumentNotFoundError, libraryQuery } from '../library/queries';
import { AppLayout } from './AppLayout';
import { ArticlePage } from './reader/ArticlePage';
import { withMessages } from '../locales/catalogues';

export function createAppRouter(queryClient: QueryClient) {
  const libraryLoader = async () => {
    await queryClient.ensureQueryData(libraryQuery());
    return null;
  };

  const articleLoader = async ({ params }: LoaderFunctionArgs) => {
    const id = params.id ?? '';
    try {
      await queryClient.ensureQueryData(documentQuery(id));
    } catch (error) {
      if (error instanceof DocumentNotFoundError) throw data({ id }, { status: 404 });
      throw error;
    }
    return null;
  };

  return createBrowserRouter([
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
  ]);
}

// The error pages load only when one is shown: most visits never see one, and the reader's
// initial JavaScript has a budget.
const RouteErrorPage = lazy(() =>
  withMessages(import('./RouteErrorPage')).then((module) => ({ default: module.RouteErrorPage })),
);

function RouteError() {
  return (
    <Suspense fallback={<LoadingPage />}>
      <RouteErrorPage />
    </Suspense>
  );
}

function LoadingPage() {
  return <p className="p-6 text-slate-600 dark:text-slate-400">{t`Loading…`}</p>;
}
