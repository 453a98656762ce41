import { t } from '@lingui/core/macro';
import { lazy, Suspense } from 'react';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { SLOT, Slotted } from '../components/Slotted';
import { DocumentUnreadableError } from '../library/storedDocuments';
import { SeedLoadError } from '../library/seeds';
import { withMessages } from '../locales/catalogues';
import { useLocale } from '../components/useLocale';

const DocumentUnreadableText = lazy(() => withMessages(import('./DocumentUnreadableText')));

/** What went wrong, in the interface language: errors from loaders carry data, not words. */
function errorText(error: unknown): string {
  if (error instanceof SeedLoadError) {
    const { id, status } = error;
    return t`The document "${id}" could not be loaded (HTTP ${status}).`;
  }
  return error instanceof Error ? error.message : t`Something went wrong.`;
}

export function RouteErrorPage() {
  // Re-renders in a new interface language (the page is not re-mounted: its state stays).
  useLocale();
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) {
    const id = (error.data as { id?: string | null } | undefined)?.id;
    const documentId = SLOT;
    return (
      <section aria-labelledby="not-found-title" className="mx-auto max-w-xl py-12 text-center">
        <p className="text-sm font-semibold text-slate-600 dark:text-slate-400">404</p>
        <h1 id="not-found-title" className="mt-2 text-2xl font-bold">
          {id ? t`No such document` : t`Page not found`}
        </h1>
        <p className="mt-3 text-slate-700 dark:text-slate-300">
          {id ? (
            <Slotted
              message={t({
                message: `The library has no document called ${documentId}.`,
                comment: '{documentId} is the id in the address, shown as code',
              })}
            >
              <code className="break-all">{id}</code>
            </Slotted>
          ) : (
            t`There is nothing at this address.`
          )}
        </p>
        <BackToLibrary />
      </section>
    );
  }
  if (error instanceof DocumentUnreadableError) {
    const { title, language } = error;
    const quoted = SLOT;
    return (
      <section role="alert" aria-labelledby="unreadable-title" className="mx-auto max-w-xl py-12">
        <h1 id="unreadable-title" className="text-2xl font-bold">
          <Slotted
            message={t({
              message: `“${quoted}” could not be opened`,
              comment: '{quoted} is the document’s title',
            })}
          >
            {title ? (
              <span lang={language ?? undefined}>{title}</span>
            ) : (
              // An untitled document (a pasted page, say) is named in the interface's words.
              <span>{t`Untitled document`}</span>
            )}
          </Slotted>
        </h1>
        <p className="mt-3 text-slate-700 dark:text-slate-300">
          <Suspense fallback={null}>
            <DocumentUnreadableText error={error} />
          </Suspense>
        </p>
        <BackToLibrary />
      </section>
    );
  }
  return (
    <section role="alert" className="mx-auto max-w-xl py-12">
      <h1 className="text-2xl font-bold">{t`This page could not be shown`}</h1>
      <p className="mt-3 text-slate-700 dark:text-slate-300">{errorText(error)}</p>
      <BackToLibrary />
    </section>
  );
}

function BackToLibrary() {
  return (
    <p className="mt-6">
      <Link to="/" className="font-medium text-blue-700 underline dark:text-blue-300">
        {t`Back to the library`}
      </Link>
    </p>
  );
}
