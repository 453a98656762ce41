// TanStack Query options for the documents, next to where they come from. Route loaders call
// ensureQueryData with these; pages read the same cache entries with useSuspenseQuery.

import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { ParsedDocument } from '../parser/types';
import type { ImportProblem } from './importProtocol';
import { libraryKeys } from './queryKeys';
import { loadSeed } from './seeds';
import { sessionStore } from './sessionStore';
import type { ReadingProblem, StorageError, StoredDocument } from './storage';
import type { DocumentSummary } from './summary';

// IndexedDB code loads only when imported documents are involved: readers of the bundled
// documents never pay for it in the reader page's initial JavaScript.
const storage = () => import('./storage');

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

/**
 * A stored document that can be shown neither from its stored copy nor from its kept source.
 * It stays in the library, unchanged. What happened is data (`storedProblem`, `sourceProblem`),
 * worded when shown (documentUnreadableText, src/library/messages.ts): a route's loader can
 * fail before the interface language is chosen. `message` is for developers, in English.
 */
export class DocumentUnreadableError extends Error {
  readonly id: string;
  readonly title: string;
  /** The document's language, which its title is written in; null when unknown. */
  readonly language: string | null;
  readonly storedProblem: ReadingProblem;
  readonly sourceProblem: ImportProblem;
  constructor(
    summary: Pick<DocumentSummary, 'id' | 'title' | 'language'>,
    problems: { readonly stored: ReadingProblem; readonly source: ImportProblem },
  ) {
    super(
      `Document "${summary.id}" is unreadable: stored copy ${problems.stored.code}, kept source ${problems.source.code}`,
    );
    this.name = 'DocumentUnreadableError';
    this.id = summary.id;
    this.title = summary.title;
    this.language = summary.language;
    this.storedProblem = problems.stored;
    this.sourceProblem = problems.source;
  }
}

export type LibraryEntry = DocumentSummary & {
  /** Imported and kept only for this session (storage refused it). */
  readonly sessionOnly: boolean;
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
  const { readStoredDocument, StorageError } = await storage();
  const inSession = sessionStore.get(id);
  if (inSession) return openStored(inSession, client);
  let stored: StoredDocument | null = null;
  try {
    stored = await readStoredDocument(id);
  } catch (error) {
    // Storage unavailable: the document can only be in the session, and it is not.
    if (!(error instanceof StorageError)) throw error;
  }
  if (!stored) throw new DocumentNotFoundError(id);
  return openStored(stored, client);
}

/**
 * A stored document as the reader should see it. A stored copy in the current format is shown
 * as it is; one of an older format, or one that cannot be read, is read again from its kept
 * source (in the worker) and stored. When that fails, an older copy that can be upgraded is
 * shown rather than nothing; otherwise DocumentUnreadableError says what happened.
 */
async function openStored(stored: StoredDocument, client: QueryClient): Promise<ParsedDocument> {
  const [{ documentOf }, { hasCurrentFormat }] = await Promise.all([
    storage(),
    import('./reparse'),
  ]);
  let reading = hasCurrentFormat(stored) ? await documentOf(stored) : null;
  if (reading?.ok) return reading.doc;
  const { reparseStoredDocument } = await import('./importer');
  const outcome = await reparseStoredDocument(stored);
  let sourceProblem: ImportProblem;
  if (outcome.kind === 'stored') {
    // Its summary (counts, title) may have changed: the library lists it again when shown.
    void client.invalidateQueries({ queryKey: libraryKeys.list() });
    const fresh = await documentOf(outcome.stored);
    if (fresh.ok) return fresh.doc;
    sourceProblem = { code: 'stored-copy', problem: fresh.problem };
  } else if (outcome.kind === 'gone') {
    throw new DocumentNotFoundError(stored.id);
  } else {
    sourceProblem = outcome.reason;
  }
  reading ??= await documentOf(stored);
  if (reading.ok) return reading.doc;
  throw new DocumentUnreadableError(
    { ...stored.summary, id: stored.id },
    { stored: reading.problem, source: sourceProblem },
  );
}

async function loadLibrary(): Promise<Library> {
  let stored: LibraryEntry[] = [];
  let storageProblem: StorageError | null = null;
  const { listStoredEntries, StorageError } = await storage();
  try {
    stored = (await listStoredEntries()).map((entry) => ({ ...entry.summary, sessionOnly: false }));
  } catch (error) {
    // listStoredEntries throws StorageError only; anything else is storage failing too.
    storageProblem =
      error instanceof StorageError
        ? error
        : new StorageError('failed', error instanceof Error ? error.message : String(error));
  }
  const storedIds = new Set(stored.map((entry) => entry.id));
  const session = sessionStore
    .list()
    .filter((document) => !storedIds.has(document.id))
    .map((document) => ({ ...document.summary, sessionOnly: true }));
  // The seeds' summaries are a chunk of their own: the reader's first paint does not need them.
  const { seedSummaries } = await import('virtual:fil-seed-library');
  const seeds = seedSummaries.map((summary) => ({ ...summary, sessionOnly: false }));
  return { entries: [...session, ...stored, ...seeds], storageProblem };
}

/**
 * One document as the reader shows it, by id (a seed's or an import's). Fails with
 * DocumentNotFoundError or DocumentUnreadableError, whose messages say what happened.
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
    queryFn: loadLibrary,
    staleTime: Infinity,
  });
