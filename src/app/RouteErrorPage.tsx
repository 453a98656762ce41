import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { DocumentUnreadableError } from '../library/queries';

export function RouteErrorPage() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) {
    const id = (error.data as { id?: string | null } | undefined)?.id;
    return (
      <section aria-labelledby="not-found-title" className="mx-auto max-w-xl py-12 text-center">
        <p className="text-sm font-semibold text-slate-600 dark:text-slate-400">404</p>
        <h1 id="not-found-title" className="mt-2 text-2xl font-bold">
          {id ? 'No such document' : 'Page not found'}
        </h1>
        <p className="mt-3 text-slate-700 dark:text-slate-300">
          {id ? (
            <>
              The library has no document called <code className="break-all">{id}</code>.
            </>
          ) : (
            'There is nothing at this address.'
          )}
        </p>
        <BackToLibrary />
      </section>
    );
  }
  if (error instanceof DocumentUnreadableError) {
    return (
      <section role="alert" aria-labelledby="unreadable-title" className="mx-auto max-w-xl py-12">
        <h1 id="unreadable-title" className="text-2xl font-bold">
          “{error.title}” could not be opened
        </h1>
        <p className="mt-3 text-slate-700 dark:text-slate-300">{error.message}</p>
        <BackToLibrary />
      </section>
    );
  }
  const message = error instanceof Error ? error.message : 'Something went wrong.';
  return (
    <section role="alert" className="mx-auto max-w-xl py-12">
      <h1 className="text-2xl font-bold">This page could not be shown</h1>
      <p className="mt-3 text-slate-700 dark:text-slate-300">{message}</p>
      <BackToLibrary />
    </section>
  );
}

function BackToLibrary() {
  return (
    <p className="mt-6">
      <Link to="/" className="font-medium text-blue-700 underline dark:text-blue-300">
        Back to the library
      </Link>
    </p>
  );
}
