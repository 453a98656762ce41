// The text a document was parsed from, for the notes panel's "lines around" view. Loaded only
// when the reader asks for it: a bundled document's text is a build asset of its own (several
// MB for the generated sample) and an import's is its kept bytes in IndexedDB, decoded again.

import { queryOptions } from '@tanstack/react-query';
import { seedSourceUrls } from 'virtual:fil-seed-library';
import { decodeBytes } from './decode';
import { looksLikeDocumentJson } from './documentJson';
import { libraryKeys } from './queryKeys';
import { isSeedId } from './seeds';
import { sessionStore } from './sessionStore';
import type { StoredDocument } from './storage';

/** A document's source text, boxed so that views can cache what they derive from it by identity. */
export type SourceText = { readonly text: string };

/**
 * A bundled document's text asset that could not be fetched (offline, a stale deployment). The
 * view that says so words `status` in the interface language at render: TanStack Query keeps
 * this error across a change of language. `message` is for developers.
 */
export class SourceLoadError extends Error {
  readonly id: string;
  /** The HTTP status of the answer. */
  readonly status: number;
  constructor(id: string, status: number) {
    super(`The text of "${id}" could not be loaded (HTTP ${status}).`);
    this.name = 'SourceLoadError';
    this.id = id;
    this.status = status;
  }
}

async function readImported(id: string): Promise<StoredDocument | null> {
  const inSession = sessionStore.get(id);
  if (inSession) return inSession;
  const { readStoredDocument, StorageError } = await import('./storage');
  try {
    return await readStoredDocument(id);
  } catch (error) {
    // Storage unavailable: then there is no kept source to read.
    if (error instanceof StorageError) return null;
    throw error;
  }
}

/**
 * The text document `id` was parsed from, or null when Fil has no copy of it (a bundled
 * document without a text asset, an import no longer stored, an import of Fil's JSON). Throws
 * when a copy exists but could not be read, so that the reader can try again: SourceLoadError
 * for an answer that is not OK, fetch's own TypeError when there is no answer (offline).
 */
export async function loadSourceText(id: string): Promise<SourceText | null> {
  if (isSeedId(id)) {
    const url = seedSourceUrls[id];
    if (!url) return null;
    const response = await fetch(url);
    if (!response.ok) throw new SourceLoadError(id, response.status);
    return { text: await response.text() };
  }
  const stored = await readImported(id);
  if (!stored) return null;
  // The encoding the import was read with (the reader's choice, if they made one).
  const bytes = new Uint8Array(await stored.source.arrayBuffer());
  const text = decodeBytes(bytes, stored.encoding).text;
  // A document imported from Fil's JSON keeps that JSON: its notes' line numbers refer to a
  // page Fil never had, so there are no lines to show around them.
  return looksLikeDocumentJson(text) ? null : { text };
}

/** TanStack Query options for a document's source text; nothing fetches it until a view asks. */
export const sourceTextQuery = (id: string) =>
  queryOptions({
    queryKey: libraryKeys.sourceText(id),
    queryFn: () => loadSourceText(id),
    // The text behind an open document does not change while it is open.
    staleTime: Infinity,
    // Tens of MB: let it go soon after the last view that showed lines of it closes.
    gcTime: 60_000,
    retry: false,
  });
