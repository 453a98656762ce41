// The library's writes as TanStack Query mutations, on fake-indexeddb: what each changes in
// storage or the session, what it drops from and marks stale in the cache (through the key
// factory), and that a failure leaves the reader's documents as they were.

import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { MutationObserver, QueryClient, type MutationOptions } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImportResult, ImportSource } from './importer';
import type * as ImportMutationModule from './importMutation';
import type * as MutationsModule from './mutations';
import { libraryKeys } from './queryKeys';
import type * as SessionStoreModule from './sessionStore';
import type * as StorageModule from './storage';
import type { StoredDocument } from './storage';
import { summaryOf } from './testing';

// The worker is not there in Node: an import reads as what the test says.
const importer = vi.hoisted(() => {
  const state: { next: ImportResult | null; imported: string[] } = { next: null, imported: [] };
  return state;
});
vi.mock('./importer', () => ({
  importSource: async (source: ImportSource): Promise<ImportResult> => {
    importer.imported.push(source.name);
    return importer.next ?? { kind: 'refused', reason: { code: 'empty', name: source.name } };
  },
}));

let mutations: typeof MutationsModule;
let imports: typeof ImportMutationModule;
let storage: typeof StorageModule;
let sessionStore: (typeof SessionStoreModule)['sessionStore'];
let client: QueryClient;

beforeEach(async () => {
  // A fresh database and fresh modules: storage keeps its connection, the session its map.
  vi.stubGlobal('indexedDB', new IDBFactory());
  vi.resetModules();
  mutations = await import('./mutations');
  imports = await import('./importMutation');
  storage = await import('./storage');
  ({ sessionStore } = await import('./sessionStore'));
  client = new QueryClient();
  importer.next = null;
  importer.imported = [];
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
    expect(deleted).toMatchObject({ sessionOnly: false, document: { customTitle: 'Renamed' } });
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
    expect(deleted?.sessionOnly).toBe(true);
    expect(sessionStore.get('doc')).toBeUndefined();
    await run(mutations.undoDeleteMutation(), deleted!);
    expect(sessionStore.get('doc')?.summary.title).toBe('Title doc');
    expect(await storage.listStoredEntries()).toEqual([]);
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

describe('import', () => {
  const saved = (id: string): ImportResult => ({
    kind: 'saved',
    id,
    title: `Title ${id}`,
    language: 'fr',
    notices: [],
    encoding: 'windows-1252',
    clean: true,
  });
  const file = { blob: new Blob(['text']), name: 'page.txt' };

  it('gives the import’s result and lists the library again', async () => {
    importer.next = saved('new');
    client.setQueryData(libraryKeys.list(), 'listed');
    const outcome = await run(imports.importMutation(), {
      source: file,
      encoding: null,
      onProgress: () => undefined,
      replacing: null,
    });
    expect(outcome).toEqual({ result: saved('new'), replaced: null });
    expect(importer.imported).toEqual(['page.txt']);
    expect(listIsStale()).toBe(true);
  });

  it('a new reading of the same file replaces the earlier one', async () => {
    await storage.saveStoredDocument(document('garbled'));
    cacheViews('garbled');
    importer.next = saved('right');
    const outcome = await run(imports.importMutation(), {
      source: file,
      encoding: 'windows-1252',
      onProgress: () => undefined,
      replacing: 'garbled',
    });
    expect(outcome.replaced).toBe('garbled');
    expect(await storage.readStoredDocument('garbled')).toBeNull();
    expect(documentIsCached('garbled')).toBe(false);
  });

  it('the same file imported again drops the cached reading and its source text', async () => {
    client.setQueryData(libraryKeys.document('doc'), 'old reading');
    client.setQueryData(libraryKeys.sourceText('doc'), 'old text');
    client.setQueryData(libraryKeys.document('other'), 'read');
    importer.next = saved('doc');
    await run(imports.importMutation(), {
      source: file,
      encoding: null,
      onProgress: () => undefined,
      replacing: null,
    });
    expect(documentIsCached('doc')).toBe(false);
    expect(client.getQueryState(libraryKeys.sourceText('doc'))).toBeUndefined();
    expect(documentIsCached('other')).toBe(true);
  });

  it('keeps the earlier reading when the new one was refused or is the same document', async () => {
    await storage.saveStoredDocument(document('doc'));
    const request = {
      source: file,
      encoding: null,
      onProgress: () => undefined,
      replacing: 'doc',
    };
    importer.next = { kind: 'refused', reason: { code: 'binary', name: 'page.txt' } };
    expect((await run(imports.importMutation(), request)).replaced).toBeNull();
    importer.next = saved('doc');
    expect((await run(imports.importMutation(), request)).replaced).toBeNull();
    expect(await storedTitles()).toEqual(['Title doc']);
  });
});
