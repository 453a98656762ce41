// The reader's own documents, imported and kept in IndexedDB or for the session: opening one
// (read again from its kept source when its stored copy is outdated or unreadable) and listing
// them for the library. Loaded on demand by queries.ts.

import type { QueryClient } from '@tanstack/react-query';
import type { ParsedDocument } from '../parser/types';
import type { ImportProblem } from './importProtocol';
import { DocumentNotFoundError, type Library, type LibraryEntry } from './queries';
import { libraryKeys } from './queryKeys';
import { sessionStore } from './sessionStore';
import {
  documentOf,
  listStoredEntries,
  readArticleTexts,
  readStoredDocument,
  readStoredDocuments,
  StorageError,
  type ReadingProblem,
  type StoredDocument,
} from './storage';
import { hasCurrentFormat } from './reparse';
import type { DocumentSummary } from './summary';

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

/** An imported document by id, from this session or from storage. */
export async function loadStoredDocument(id: string, client: QueryClient): Promise<ParsedDocument> {
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
  let reading = hasCurrentFormat(stored) ? await documentOf(stored) : null;
  if (reading?.ok) return reading.doc;
  const { reparseStoredDocument } = await import('./importer');
  const outcome = await reparseStoredDocument(stored);
  let sourceProblem: ImportProblem;
  if (outcome.kind === 'stored') {
    // Its summary (counts, title) and its text may have changed: the library lists it again
    // when shown, and its search reads the text again.
    void client.invalidateQueries({ queryKey: libraryKeys.list() });
    void forgetArticleTexts(client, [stored.id]);
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

/** The library's list: this session's documents, the stored ones, then the seeds. */
export async function loadLibrary(): Promise<Library> {
  let stored: LibraryEntry[] = [];
  let storageProblem: StorageError | null = null;
  try {
    stored = (await listStoredEntries()).map((entry) => ({
      ...entry.summary,
      sessionOnly: false,
      importedAt: entry.importedAt,
    }));
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
    .map((document) => ({
      ...document.summary,
      sessionOnly: true,
      importedAt: document.importedAt,
    }));
  // The seeds' summaries are a chunk of their own: the reader's first paint does not need them.
  const { seedSummaries } = await import('virtual:fil-seed-library');
  const seeds = seedSummaries.map((summary) => ({
    ...summary,
    sessionOnly: false,
    importedAt: null,
  }));
  return { entries: [...session, ...stored, ...seeds], storageProblem };
}

/** Past this many texts to read, one pass over the whole store is quicker than reading by id. */
const READ_BY_ID_AT_MOST = 2000;

/**
 * What the library's search reads of each document besides its title (articleTextOf: the
 * article), by id: the bundled documents', the stored ones' and this session's. The first time,
 * every stored text is read (in batches); after that (the query under libraryKeys.articleTexts
 * invalidated: an import, a restore), only the texts of the documents listed now
 * (libraryKeys.list, in `client`; once read again when it is being read or was invalidated)
 * that the last answer lacks, and that answer itself, the same Map, when it lacks none (so that
 * nothing downstream is built again). Texts of documents no
 * longer listed are dropped. A document stored before Fil kept this text has none until the
 * background pass reads it again; when storage cannot be read, the stored ones have none (the
 * library's list says why).
 */
export async function loadArticleTexts(client: QueryClient): Promise<ReadonlyMap<string, string>> {
  // A chunk of its own, which only the library's search loads.
  const { seedArticleTexts } = await import('virtual:fil-seed-texts');
  const known = client.getQueryData<ReadonlyMap<string, string>>(libraryKeys.articleTexts());
  // A list being read again (an import batch ends by invalidating it and these texts side by
  // side; the library opened again after one) is waited for: read beside it, this missed the
  // new documents' texts, and its answer, never stale, kept them out of the search.
  const listState = client.getQueryState(libraryKeys.list());
  if (listState?.isInvalidated || listState?.fetchStatus === 'fetching')
    await client.refetchQueries(
      { queryKey: libraryKeys.list(), exact: true },
      { cancelRefetch: false },
    );
  const listed = client.getQueryData<Library>(libraryKeys.list())?.entries;
  const session = sessionStore.list();
  if (known === undefined || listed === undefined) {
    const texts = new Map(Object.entries(seedArticleTexts));
    try {
      // 100 a batch (about 0.8 MB of text at 10,000 documents): each batch is a task of its own,
      // in which the browser makes its strings; 500 made tasks of 50 ms and more.
      for (const [id, text] of await readArticleTexts(100)) texts.set(id, text);
    } catch (error) {
      if (!(error instanceof StorageError)) throw error;
    }
    for (const document of session)
      if (document.articleText !== undefined) texts.set(document.id, document.articleText);
    return texts;
  }
  const inSession = new Map(session.map((document) => [document.id, document.articleText]));
  const missing: string[] = [];
  const found = new Map<string, string>();
  for (const { id, origin } of listed) {
    if (known.has(id)) continue;
    const text = origin === 'imported' ? inSession.get(id) : seedArticleTexts[id];
    if (text !== undefined) found.set(id, text);
    else if (origin === 'imported') missing.push(id);
  }
  try {
    if (missing.length > READ_BY_ID_AT_MOST) {
      const all = await readArticleTexts(100);
      for (const id of missing) {
        const text = all.get(id);
        if (text !== undefined) found.set(id, text);
      }
    } else {
      // 100 a transaction, as above; a document's Blobs are not read.
      for (let start = 0; start < missing.length; start += 100)
        for (const stored of await readStoredDocuments(missing.slice(start, start + 100)))
          if (stored?.articleText !== undefined) found.set(stored.id, stored.articleText);
    }
  } catch (error) {
    if (!(error instanceof StorageError)) throw error;
  }
  const ids = new Set(listed.map((entry) => entry.id));
  let gone = false;
  for (const id of known.keys()) if (!ids.has(id)) gone = true;
  if (found.size === 0 && !gone) return known;
  const texts = new Map<string, string>();
  for (const [id, text] of known) if (ids.has(id)) texts.set(id, text);
  for (const [id, text] of found) texts.set(id, text);
  return texts;
}

/**
 * Forgets the library search's texts of `ids` and has them read again: for documents whose
 * text changed under the same id (read again from their kept source by a newer parser).
 */
export function forgetArticleTexts(client: QueryClient, ids: readonly string[]): Promise<void> {
  client.setQueryData<ReadonlyMap<string, string>>(libraryKeys.articleTexts(), (known) => {
    if (known === undefined) return undefined;
    const texts = new Map(known);
    for (const id of ids) texts.delete(id);
    return texts;
  });
  return client.invalidateQueries({ queryKey: libraryKeys.articleTexts() });
}
