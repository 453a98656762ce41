// The library search's texts (loadArticleTexts) on fake-indexeddb: read whole the first time,
// then only what the last answer lacks, and read again for the documents forgotten.

import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Library, LibraryEntry } from './queries';
import { libraryKeys } from './queryKeys';
import type * as StorageModule from './storage';
import type * as StoredDocumentsModule from './storedDocuments';
import { summaryOf } from './testing';

// The bundled documents are made from the seeds at build time (with a generated thread of
// 100,000 comments: seconds); two stand in for them here.
vi.mock('virtual:fil-seeds', () => ({ seedUrls: {} }));
vi.mock('virtual:fil-seed-texts', () => ({
  seedArticleTexts: { 'seed-1': 'Article of seed 1', 'seed-2': 'Article of seed 2' },
}));

let storage: typeof StorageModule;
let stored: typeof StoredDocumentsModule;

beforeEach(async () => {
  vi.stubGlobal('indexedDB', new IDBFactory());
  vi.resetModules();
  storage = await import('./storage');
  stored = await import('./storedDocuments');
});

afterEach(() => {
  vi.unstubAllGlobals();
});

function save(id: string, articleText: string) {
  return storage.saveStoredDocument({
    id,
    summary: summaryOf(id),
    fileName: `${id}.txt`,
    encoding: 'utf-8',
    importedAt: '2025-03-01T10:00:00.000Z',
    format: 'comment-thread/2',
    parserVersion: 3,
    customTitle: null,
    reparseFailure: null,
    documentJson: new Blob([`{"id":"${id}"}`]),
    source: new Blob([`source of ${id}`]),
    articleText,
  });
}

const entry = (id: string, origin: LibraryEntry['origin'] = 'imported'): LibraryEntry => ({
  ...summaryOf(id, { origin }),
  sessionOnly: false,
  importedAt: null,
});

/** A client whose list holds `ids` (and the seeds), as the library page's does. */
function listing(client: QueryClient, ids: readonly string[]) {
  const library: Library = {
    entries: [...ids.map((id) => entry(id)), entry('seed-1', 'seed'), entry('seed-2', 'seed')],
    storageProblem: null,
  };
  client.setQueryData(libraryKeys.list(), library);
}

/** What the search query would hold after a fetch. */
async function fetchTexts(client: QueryClient) {
  const texts = await stored.loadArticleTexts(client);
  client.setQueryData(libraryKeys.articleTexts(), texts);
  return texts;
}

describe('the library search’s texts', () => {
  it('reads only the texts it lacks, keeps its answer when it lacks none, drops the unlisted', async () => {
    const client = new QueryClient();
    await save('a', 'Article a');
    await save('b', 'Article b');
    listing(client, ['a', 'b']);
    const first = await fetchTexts(client);
    expect(Object.fromEntries(first)).toEqual({
      'seed-1': 'Article of seed 1',
      'seed-2': 'Article of seed 2',
      a: 'Article a',
      b: 'Article b',
    });

    // An import adds c; a's stored text changes behind the query's back: a is not read again.
    await save('c', 'Article c');
    await save('a', 'Article a, read again');
    listing(client, ['a', 'b', 'c']);
    const second = await fetchTexts(client);
    expect(second.get('c')).toBe('Article c');
    expect(second.get('a')).toBe('Article a');

    // Nothing new: the same Map, so that the search builds nothing again.
    expect(await fetchTexts(client)).toBe(second);

    // b deleted: its text goes. a forgotten (read again by a newer parser): read again.
    listing(client, ['a', 'c']);
    await stored.forgetArticleTexts(client, ['a']);
    const third = await fetchTexts(client);
    expect([...third.keys()].sort()).toEqual(['a', 'c', 'seed-1', 'seed-2']);
    expect(third.get('a')).toBe('Article a, read again');
  });

  it('reads the texts for the list as it is read again, not for the list it replaces', async () => {
    const client = new QueryClient();
    let ids = ['a'];
    const listQuery = {
      queryKey: libraryKeys.list(),
      queryFn: async (): Promise<Library> => ({
        entries: ids.map((id) => entry(id)),
        storageProblem: null,
      }),
    };
    await save('a', 'Article a');
    await client.fetchQuery(listQuery);
    await fetchTexts(client);

    // An import stores b and invalidates the list, which no page shows now (not refetched):
    // the texts are read for the list read again, which holds b.
    await save('b', 'Article b');
    ids = ['a', 'b'];
    await client.invalidateQueries({ queryKey: libraryKeys.list() }, { throwOnError: true });
    expect((await fetchTexts(client)).get('b')).toBe('Article b');

    // The same while the list is being read again: its answer is waited for.
    await save('c', 'Article c');
    ids = ['a', 'b', 'c'];
    void client.refetchQueries({ queryKey: libraryKeys.list() });
    expect(client.getQueryState(libraryKeys.list())?.fetchStatus).toBe('fetching');
    expect((await fetchTexts(client)).get('c')).toBe('Article c');
  });
});
