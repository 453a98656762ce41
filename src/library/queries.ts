// TanStack Query options for the documents, next to where they come from. Route loaders call
// ensureQueryData with these; pages read the same cache entries with useSuspenseQuery.

import { queryOptions } from '@tanstack/react-query';
import type { ParsedDocument } from '../parser/types';
import { loadSeed, SEED_SUMMARIES } from './seeds';
import { sessionStore } from './sessionStore';
import type { DocumentSummary } from './summary';

// IndexedDB code loads only when imported documents are involved: readers of the bundled
// documents never pay for it in the reader page's initial JavaScript.
const storage = () => import('./storage');

export class DocumentNotFoundError extends Error {
  readonly id: string;
  constructor(id: string) {
    super(`There is no document "${id}" in the library.`);
    this.name = 'DocumentNotFoundError';
    this.id = id;
  }
}

export type LibraryEntry = DocumentSummary & {
  /** Imported and kept only for this session (storage refused it). */
  readonly sessionOnly: boolean;
};

export type Library = {
  readonly entries: readonly LibraryEntry[];
  /** Why the reader's stored imports could not be listed, when they could not. */
  readonly storageProblem: string | null;
};

async function loadDocument(id: string): Promise<ParsedDocument> {
  const seed = await loadSeed(id);
  if (seed) return seed;
  const { documentOf, readStoredDocument, StorageError } = await storage();
  const inSession = sessionStore.get(id);
  if (inSession) return documentOf(inSession);
  try {
    const stored = await readStoredDocument(id);
    if (stored) return await documentOf(stored);
  } catch (error) {
    // Storage unavailable: the document can only be in the session, and it is not.
    if (!(error instanceof StorageError)) throw error;
  }
  throw new DocumentNotFoundError(id);
}

async function loadLibrary(): Promise<Library> {
  let stored: LibraryEntry[] = [];
  let storageProblem: string | null = null;
  const { listStoredEntries, StorageError } = await storage();
  try {
    stored = (await listStoredEntries()).map((entry) => ({ ...entry.summary, sessionOnly: false }));
  } catch (error) {
    storageProblem =
      error instanceof StorageError
        ? error.message
        : 'Your imported documents could not be listed.';
  }
  const storedIds = new Set(stored.map((entry) => entry.id));
  const session = sessionStore
    .list()
    .filter((document) => !storedIds.has(document.id))
    .map((document) => ({ ...document.summary, sessionOnly: true }));
  const seeds = SEED_SUMMARIES.map((summary) => ({ ...summary, sessionOnly: false }));
  return { entries: [...session, ...stored, ...seeds], storageProblem };
}

export const documentQuery = (id: string) =>
  queryOptions({
    queryKey: ['document', id],
    queryFn: () => loadDocument(id),
    // A parsed document never changes while the page is open.
    staleTime: Infinity,
    retry: false,
  });

export const libraryQuery = () =>
  queryOptions({
    queryKey: ['library'],
    queryFn: loadLibrary,
    staleTime: Infinity,
  });
