// The library's writes as TanStack Query mutations, on fake-indexeddb: what each changes in
// storage or the session, what it drops from and marks stale in the cache (through the key
// factory), and that a failure leaves the reader's documents as they were.

import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { MutationObserver, QueryClient, type MutationOptions } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as MutationsModule from './mutations';
import { libraryKeys } from './queryKeys';
import type * as SessionStoreModule from './sessionStore';
import type * as StorageModule from './storage';
import type { StoredDocument } from './storage';
import { summaryOf } from './testing';

let mutations: typeof MutationsModule;
let storage: typeof StorageModule;
let sessionStore: (typeof SessionStoreModule)['sessionStore'];
let client: QueryClient;

beforeEach(async () => {
  // A fresh database and fresh modules: storage keeps its connection, the session its map.
  vi.stubGlobal('indexedDB', new IDBFactory());
  vi.resetModules();
  mutations = await import('./mutations');
  storage = await import('./storage');
  ({ sessionStore } = await import('./sessionStore'));
  client = new QueryClient();
});

afterEach(() => {
  client.clear();
  vi.unstubAllGlobals();
});

/** Runs a mutation as useMutation would, in `client`. */
function run<TData, TVariables>(
  options: MutationOptions<TData, Error, TVariables>,
  variables: TVariables,
): Promise<TData> {
  return new MutationObserver(client, options).mutate(variables);
}

/** Puts a cached library list and a cached document `id` in the client, as the pages would. */
function cacheViews(id: string) {
  client.setQueryData(libraryKeys.list(), 'listed');
  client.setQueryData(libraryKeys.document(id), 'read');
}

const listIsStale = () => client.getQueryState(libraryKeys.list())?.isInvalidated ?? false;
const documentIsCached = (id: string) =>
  client.getQueryState(libraryKeys.document(id)) !== undefined;

function document(id: string, title = `Title ${id}`): StoredDocument {
  return {
    id,
    summary: summaryOf(id, { title, wordCount: 3 }),
    fileName: `${id}.txt`,
    encoding: 'utf-8',
    importedAt: '2024-01-01T00:00:00.000Z',
    documentJson: new Blob(['{}']),
    source: new Blob(['source']),
  };
}

const storedTitles = async () =>
  (await storage.listStoredEntries()).map((entry) => entry.summary.title);

describe('rename', () => {
  it('renames a stored document, drops its cached reading and lists the library again', async () => {
    await storage.saveStoredDocument(document('doc'));
    cacheViews('doc');
    await run(mutations.renameMutation(), { id: 'doc', title: '  Mon titre ' });
    expect(await storedTitles()).toEqual(['Mon titre']);
    expect(documentIsCached('doc')).toBe(false);
    expect(listIsStale()).toBe(true);
  });

  it('renames a document kept for the session only, where it is', async () => {
    sessionStore.put(document('doc'));
    await run(mutations.renameMutation(), { id: 'doc', title: 'Mon titre' });
    expect(sessionStore.get('doc')).toMatchObject({
      summary: { title: 'Mon titre' },
      customTitle: 'Mon titre',
    });
    expect(await storage.listStoredEntries()).toEqual([]);
  });

  it('refuses a blank title and changes nothing; the cached reading stays', async () => {
    await storage.saveStoredDocument(document('doc'));
    cacheViews('doc');
    await expect(run(mutations.renameMutation(), { id: 'doc', title: '  ' })).rejects.toThrow(
      'A title cannot be empty.',
    );
    expect(await storedTitles()).toEqual(['Title doc']);
    expect(documentIsCached('doc')).toBe(true);
  });
});

describe('delete and undo', () => {
  it('deletes a stored document, giving back what undo puts back as it was', async () => {
    await storage.saveStoredDocument(document('doc'));
    await storage.renameStoredDocument('doc', 'Renamed');
    cacheViews('doc');
    client.setQueryData(libraryKeys.sourceText('doc'), 'text');

    const deleted = await run(mutations.deleteMutation(), 'doc');
    expect(deleted).toMatchObject({ session: null, document: { customTitle: 'Renamed' } });
    expect(deleted?.stored).toBe(deleted?.document);
    expect(await storage.listStoredEntries()).toEqual([]);
    expect(documentIsCached('doc')).toBe(false);
    expect(client.getQueryState(libraryKeys.sourceText('doc'))).toBeUndefined();
    expect(listIsStale()).toBe(true);

    client.setQueryData(libraryKeys.list(), 'listed again');
    await run(mutations.undoDeleteMutation(), deleted!);
    expect(await storedTitles()).toEqual(['Renamed']);
    expect(await (await storage.readStoredDocument('doc'))?.source.text()).toBe('source');
    expect(listIsStale()).toBe(true);
  });

  it('deletes a session document from the session, and undo puts it back there', async () => {
    sessionStore.put(document('doc'));
    const deleted = await run(mutations.deleteMutation(), 'doc');
    expect(deleted).toMatchObject({ stored: null, session: { id: 'doc' } });
    expect(sessionStore.get('doc')).toBeUndefined();
    await run(mutations.undoDeleteMutation(), deleted!);
    expect(sessionStore.get('doc')?.summary.title).toBe('Title doc');
    expect(await storage.listStoredEntries()).toEqual([]);
  });

  it('deletes a document kept both in storage and in the session from both; undo puts both back', async () => {
    // As a restore in the same tab leaves one that this tab held for the session only.
    await storage.saveStoredDocument(document('doc', 'Stored title'));
    sessionStore.put(document('doc', 'Session title'));
    const deleted = await run(mutations.deleteMutation(), 'doc');
    expect(deleted?.document.summary.title).toBe('Stored title');
    expect(await storage.listStoredEntries()).toEqual([]);
    expect(sessionStore.get('doc')).toBeUndefined();

    await run(mutations.undoDeleteMutation(), deleted!);
    expect(await storedTitles()).toEqual(['Stored title']);
    expect(sessionStore.get('doc')?.summary.title).toBe('Session title');
  });

  it('storage that cannot be opened (private mode) still lets the session’s documents go', async () => {
    sessionStore.put(document('s'));
    vi.stubGlobal('indexedDB', undefined);
    const deleted = await run(mutations.bulkDeleteMutation(), ['s']);
    expect(deleted).toMatchObject([{ stored: null, session: { id: 's' } }]);
    expect(sessionStore.get('s')).toBeUndefined();
    // One that is not in the session may be stored: nothing is removed, and the reader is told.
    sessionStore.put(document('s'));
    await expect(run(mutations.bulkDeleteMutation(), ['s', 'other'])).rejects.toMatchObject({
      problem: 'unavailable',
    });
    expect(sessionStore.get('s')).toBeDefined();
  });

  it('gives null for a document that is not there', async () => {
    expect(await run(mutations.deleteMutation(), 'missing')).toBeNull();
  });

  it('when storage refuses, fails with its reason, keeps the document and its cached reading', async () => {
    await storage.saveStoredDocument(document('doc'));
    cacheViews('doc');
    vi.spyOn(IDBObjectStore.prototype, 'delete').mockImplementation(() => {
      throw new DOMException('Disk I/O error.', 'UnknownError');
    });
    const failure = await run(mutations.deleteMutation(), 'doc').catch((error: unknown) => error);
    vi.restoreAllMocks();
    expect(failure).toBeInstanceOf(storage.StorageError);
    expect(failure).toMatchObject({ problem: 'failed' });
    expect(await storedTitles()).toEqual(['Title doc']);
    expect(documentIsCached('doc')).toBe(true);
    // Listed again all the same: what the reader sees comes from storage as it is.
    expect(listIsStale()).toBe(true);
  });
});

describe('bulk delete and undo', () => {
  const stored = async () => (await storage.listStoredEntries()).map((entry) => entry.id).sort();

  it('deletes stored and session documents at once; undo puts each back where it was', async () => {
    await storage.saveStoredDocuments([document('a'), document('b'), document('c')]);
    await storage.renameStoredDocument('b', 'Renamed');
    sessionStore.put(document('s'));
    cacheViews('a');
    client.setQueryData(libraryKeys.document('s'), 'read');
    client.setQueryData(libraryKeys.document('c'), 'read');

    const deleted = await run(mutations.bulkDeleteMutation(), ['s', 'b', 'missing', 'a']);
    expect(deleted.map(({ document, stored }) => [document.id, stored !== null])).toEqual([
      ['s', false],
      ['b', true],
      ['a', true],
    ]);
    expect(await stored()).toEqual(['c']);
    expect(sessionStore.get('s')).toBeUndefined();
    expect([documentIsCached('a'), documentIsCached('s'), documentIsCached('c')]).toEqual([
      false,
      false,
      true,
    ]);
    expect(listIsStale()).toBe(true);

    client.setQueryData(libraryKeys.list(), 'listed again');
    await run(mutations.undoBulkDeleteMutation(), deleted);
    expect(await stored()).toEqual(['a', 'b', 'c']);
    expect(sessionStore.get('s')?.summary.title).toBe('Title s');
    expect((await storage.readStoredDocument('b'))?.customTitle).toBe('Renamed');
    expect(await (await storage.readStoredDocument('a'))?.source.text()).toBe('source');
    expect(listIsStale()).toBe(true);
  });

  it('when storage refuses, deletes nothing, the session’s documents included', async () => {
    await storage.saveStoredDocuments([document('a'), document('b')]);
    sessionStore.put(document('s'));
    cacheViews('a');
    vi.spyOn(IDBObjectStore.prototype, 'delete').mockImplementation(() => {
      throw new DOMException('Disk I/O error.', 'UnknownError');
    });
    const failure = await run(mutations.bulkDeleteMutation(), ['a', 's', 'b']).catch(
      (error: unknown) => error,
    );
    vi.restoreAllMocks();
    expect(failure).toMatchObject({ name: 'StorageError', problem: 'failed' });
    expect(await stored()).toEqual(['a', 'b']);
    expect(sessionStore.get('s')).toBeDefined();
    expect(documentIsCached('a')).toBe(true);
  });

  it('deletes from both places a document kept in both, and undo puts each copy back', async () => {
    await storage.saveStoredDocuments([document('a'), document('both', 'Stored')]);
    sessionStore.put(document('both', 'Session'));
    const deleted = await run(mutations.bulkDeleteMutation(), ['both', 'a']);
    expect(deleted.map(({ document }) => document.summary.title)).toEqual(['Stored', 'Title a']);
    expect(await stored()).toEqual([]);
    expect(sessionStore.get('both')).toBeUndefined();
    await run(mutations.undoBulkDeleteMutation(), deleted);
    expect(await stored()).toEqual(['a', 'both']);
    expect(sessionStore.get('both')?.summary.title).toBe('Session');
    expect(sessionStore.get('a')).toBeUndefined();
  });

  it('undo of session documents only does not need storage', async () => {
    sessionStore.put(document('s'));
    const deleted = await run(mutations.bulkDeleteMutation(), ['s']);
    vi.stubGlobal('indexedDB', undefined);
    await run(mutations.undoBulkDeleteMutation(), deleted);
    expect(sessionStore.get('s')).toBeDefined();
  });
});

describe('restore', () => {
  it('adds a backup’s documents and lists the library again', async () => {
    await storage.saveStoredDocuments([document('a'), document('b')]);
    const { writeBackup } = await import('./backup');
    const { blob } = await writeBackup();
    await storage.deleteStoredDocuments(['a']);
    client.setQueryData(libraryKeys.list(), 'listed');
    const outcome = await run(mutations.restoreMutation(), { file: blob });
    expect(outcome).toEqual({ restored: 1, alreadyThere: 1 });
    expect((await storedTitles()).sort()).toEqual(['Title a', 'Title b']);
    expect(listIsStale()).toBe(true);
  });

  it('restoring a document this tab holds for the session: one delete removes it, undo brings it back', async () => {
    sessionStore.put(document('s', 'Session only'));
    const { writeBackup } = await import('./backup');
    const { blob } = await writeBackup();
    expect(await run(mutations.restoreMutation(), { file: blob })).toEqual({
      restored: 1,
      alreadyThere: 0,
    });
    const deleted = await run(mutations.deleteMutation(), 's');
    expect(await storage.listStoredEntries()).toEqual([]);
    expect(sessionStore.get('s')).toBeUndefined();
    await run(mutations.undoDeleteMutation(), deleted!);
    expect(await storedTitles()).toEqual(['Session only']);
    expect(sessionStore.get('s')).toBeUndefined();
  });
});
