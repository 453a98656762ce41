// The build's prerender (scripts/vite/prerender.ts runs this module in Node, once per build): the
// HTML of a page as the browser's first render will draw it, for the library and each bundled
// article, so that the page paints before any script runs and React hydrates it (main.tsx).
// What the render reads comes from the cache this fills, never from the network or storage.

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { libraryKeys } from '../library/queryKeys';
import type { Library } from '../library/queries';
import type { DocumentSummary } from '../library/summary';
import type { ParsedDocument } from '../parser/types';
import { activateCatalogue } from '../locales/catalogues';
import { PRERENDER_LOCALE } from './hydration';
import { appRoutes } from './router';

export type PrerenderInput = {
  /** The bundled documents, by id, as the reader opens them. */
  readonly documents: ReadonlyMap<string, ParsedDocument>;
  /** Their library summaries, in the library's order. */
  readonly summaries: readonly DocumentSummary[];
};

/**
 * The HTML inside `#root` for `path` ('/' or '/articles/<id>'), rendered in PRERENDER_LOCALE
 * with every Suspense boundary resolved. Throws when the route answers with anything but a page
 * (an unknown id: a 404).
 */
export async function renderPage(path: string, input: PrerenderInput): Promise<string> {
  await activateCatalogue(PRERENDER_LOCALE, false);
  const queryClient = new QueryClient();
  // What a first visit's library holds: the bundled documents, nothing imported yet.
  const library: Library = {
    entries: input.summaries.map((summary) => ({
      ...summary,
      sessionOnly: false,
      importedAt: null,
    })),
    storageProblem: null,
  };
  queryClient.setQueryData(libraryKeys.list(), library);
  for (const [id, doc] of input.documents) queryClient.setQueryData(libraryKeys.document(id), doc);

  const handler = createStaticHandler(appRoutes(queryClient));
  const context = await handler.query(new Request(new URL(path, 'http://fil.invalid')));
  if (context instanceof Response) throw new Error(`${path}: answered ${context.status}`);
  if (context.statusCode !== 200) throw new Error(`${path}: answered ${context.statusCode}`);
  const router = createStaticRouter(handler.dataRoutes, context);
  const { prelude } = await prerenderToNodeStream(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        {/* No hydration data: it would be an inline script, which the CSP forbids; the client's
            loaders read the same documents before it hydrates. */}
        <StaticRouterProvider router={router} context={context} hydrate={false} />
      </QueryClientProvider>
    </StrictMode>,
  );
  const chunks: Buffer[] = [];
  for await (const chunk of prelude) chunks.push(Buffer.from(chunk as Uint8Array));
  queryClient.clear();
  return Buffer.concat(chunks).toString('utf8');
}
