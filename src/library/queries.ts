// TanStack Query options for the documents, next to where they come from. Route loaders call
// ensureQueryData with these; pages read the same cache entries with useSuspenseQuery.

import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { ParsedDocument } from '../parser/types';
import { libraryKeys } from './queryKeys';
import { loadSeed } from './seeds';
import type { StorageError } from './storage';
import type { DocumentSummary } from './summary';

// The reader's own documents (IndexedDB, reading a kept source again, the library's list) load
// only when they are involved: readers of the bundled documents never pay for them in the reader
// page's initial JavaScript.
const storedDocuments = () => import('./storedDocuments');

/** No document of that id, seed or import: the router shows its 404 page. */
export class DocumentNotFoundError extends Error {
  readonly id: string;
  constructor(id: string) {
    // For developers: the page that says so is the router's 404, in the interface language.
    super(`No document "${id}" in the library`);
    this.name = 'DocumentNotFoundError';
    this.id = id;
  }
}

export type LibraryEntry = DocumentSummary & {
  /** Imported and kept only for this session (storage refused it). */
  readonly sessionOnly: boolean;
  /** When it was imported (an ISO date-time); null for a document bundled with Fil. */
  readonly importedAt: string | null;
};

export type Library = {
  readonly entries: readonly LibraryEntry[];
  /**
   * Why the reader's stored imports could not be listed, when they could not: its `problem` and
   * `detail` are worded when shown (storageProblemText), since this list is kept across a change
   * of interface language.
   */
  readonly storageProblem: StorageError | null;
};

async function loadDocument(id: string, client: QueryClient): Promise<ParsedDocument> {
  const seed = await loadSeed(id);
  if (seed) return seed;
  const { loadStoredDocument } = await storedDocuments();
  return loadStoredDocument(id, client);
}

/**
 * One document as the reader shows it, by id (a seed's or an import's). Fails with
 * DocumentNotFoundError or DocumentUnreadableError (storedDocuments.ts), which say what happened.
 */
export const documentQuery = (id: string) =>
  queryOptions({
    queryKey: libraryKeys.document(id),
    queryFn: ({ client }) => loadDocument(id, client),
    // A parsed document never changes while the page is open.
    staleTime: Infinity,
    retry: false,
  });

/** The library's list (seeds, imports, session-only documents) and the storage problem, if any. */
export const libraryQuery = () =>
  queryOptions({
    queryKey: libraryKeys.list(),
    queryFn: async () => (await storedDocuments()).loadLibrary(),
    staleTime: Infinity,
  });
