// TanStack Query options for the documents, next to where they come from. Route loaders call
// ensureQueryData with these; pages read the same cache entries with useSuspenseQuery.

import { queryOptions } from '@tanstack/react-query';
import type { ParsedDocument } from '../parser/types';
import { loadSeed, SEED_SUMMARIES } from './seeds';
import type { DocumentSummary } from './summary';

export class DocumentNotFoundError extends Error {
  readonly id: string;
  constructor(id: string) {
    super(`There is no document "${id}" in the library.`);
    this.name = 'DocumentNotFoundError';
    this.id = id;
  }
}

async function loadDocument(id: string): Promise<ParsedDocument> {
  const doc = await loadSeed(id);
  if (doc === null) throw new DocumentNotFoundError(id);
  return doc;
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
    queryFn: async (): Promise<readonly DocumentSummary[]> => SEED_SUMMARIES,
    staleTime: Infinity,
  });
