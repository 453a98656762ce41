// Storage against fake-indexeddb: round trips, one transaction per change (a failure keeps what
// was stored), entries written before Fil recorded format and parser, and the problems a reader
// is told about. Each test gets an empty IndexedDB and a fresh storage module (whose open
// connection would otherwise outlive the factory it came from).

import 'fake-indexeddb/auto';
import { IDBFactory, IDBVersionChangeEvent } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { storageProblemText } from './messages';
import { needsReparse } from './reparse';
import type * as StorageModule from './storage';
import type { StoredDocument, StoredEntry } from './storage';
import { summaryOf } from './testing';

let storage: typeof StorageModule;

beforeEach(async () => {
  vi.stubGlobal('indexedDB', new IDBFactory());
  vi.resetModules();
  storage = await import('./storage');
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

function entry(id: string, importedAt: string, title = `Title ${id}`): StoredEntry {
  return {
    id,
    summary: summaryOf(id, { title, commentCount: 2, wordCount: 40 }),
    fileName: `${id}.txt`,
    encoding: 'utf-8',
    importedAt,
    format: 'comment-thread/2',
    parserVersion: 3,
    customTitle: null,
    reparseFailure: null,
    articleTextStored: true,
  };
}

function document(id: string, importedAt: string, json = `{"id":"${id}"}`): StoredDocument {
  return {
    ...entry(id, importedAt),
    documentJson: new Blob([json], { type: 'application/json' }),
    source: new Blob([`source of ${id}`]),
    articleText: `Title ${id}\nArticle of ${id}`,
  };
}

/** What a stored document holds, with its Blobs read, for comparing. */
async function contents(stored: StoredDocument | null) {
  if (!stored) return null;
  const { documentJson, source, ...rest } = stored;
  return { ...rest, documentJson: await documentJson.text(), source: await source.text() };
}

/** Opens Fil's database with the bare IndexedDB API, as another program (or an older Fil) would. */
function openRaw(version?: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('fil', version);
    request.onupgradeneeded = () => {
      for (const store of ['entries', 'documents', 'sources'])
        if (!request.result.objectStoreNames.contains(store))
          request.result.createObjectStore(store, { keyPath: 'id' });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
    request.onblocked = () => reject(new Error('blocked'));
  });
}

describe('round trips', () => {
  it('saves a document and reads it back whole; the list holds entries only, newest first', async () => {
    await storage.saveStoredDocument(document('older', '2024-01-01T00:00:00.000Z'));
    await storage.saveStoredDocument(document('newer', '2024-06-01T00:00:00.000Z'));

    const listed = await storage.listStoredEntries();
    expect(listed.map((listedEntry) => listedEntry.id)).toEqual(['newer', 'older']);
    expect(listed[0]).toEqual(entry('newer', '2024-06-01T00:00:00.000Z'));
    expect(await contents(await storage.readStoredDocument('older'))).toEqual({
      ...entry('older', '2024-01-01T00:00:00.000Z'),
      documentJson: '{"id":"older"}',
      source: 'source of older',
      articleText: 'Title older\nArticle of older',
    });
    expect(await storage.readStoredDocument('missing')).toBeNull();
  });

  it('saving under an id already stored replaces all three records', async () => {
    await storage.saveStoredDocument(document('doc', '2024-01-01T00:00:00.000Z', '{"v":1}'));
    await storage.saveStoredDocument(document('doc', '2024-02-01T00:00:00.000Z', '{"v":2}'));
    const stored = await contents(await storage.readStoredDocument('doc'));
    expect(stored?.importedAt).toBe('2024-02-01T00:00:00.000Z');
    expect(stored?.documentJson).toBe('{"v":2}');
    expect(await storage.listStoredEntries()).toHaveLength(1);
  });

  it('renames: the title shown and the reader’s title both change; an unknown id is left alone', async () => {
    await storage.saveStoredDocument(document('doc', '2024-01-01T00:00:00.000Z'));
    await storage.renameStoredDocument('doc', 'Mon titre');
    await storage.renameStoredDocument('missing', 'Nothing');

    const [renamed, ...others] = await storage.listStoredEntries();
    expect(others).toEqual([]);
    expect(renamed?.summary.title).toBe('Mon titre');
    expect(renamed?.customTitle).toBe('Mon titre');
    expect(await storage.readStoredDocument('missing')).toBeNull();
  });

  it('deletes and gives back what was stored, which saving again restores as it was', async () => {
    const original = document('doc', '2024-01-01T00:00:00.000Z');
    await storage.saveStoredDocument(original);
    await storage.saveStoredDocument(document('other', '2024-01-02T00:00:00.000Z'));

    const removed = await storage.deleteStoredDocument('doc');
    expect(await contents(removed)).toEqual(await contents(original));
    expect(await storage.readStoredDocument('doc')).toBeNull();
    expect((await storage.listStoredEntries()).map((listed) => listed.id)).toEqual(['other']);
    expect(await storage.deleteStoredDocument('doc')).toBeNull();

    await storage.saveStoredDocument(removed!);
    expect(await contents(await storage.readStoredDocument('doc'))).toEqual(
      await contents(original),
    );
  });

  it('rewrites an entry (and its JSON) only while it is the one that was read', async () => {
    await storage.saveStoredDocument(document('doc', '2024-01-01T00:00:00.000Z', '{"v":1}'));

    const stale = await storage.rewriteStoredEntry(
      'doc',
      '1999-01-01T00:00:00.000Z',
      (current) => ({ ...current, fileName: 'stale.txt' }),
      { documentJson: new Blob(['{"v":"stale"}']), articleText: 'stale' },
    );
    expect(stale).toBeNull();
    expect(await storage.rewriteStoredEntry('missing', 'x', (current) => current)).toBeNull();

    const written = await storage.rewriteStoredEntry(
      'doc',
      '2024-01-01T00:00:00.000Z',
      (current) => ({ ...current, id: 'moved', parserVersion: 4 }),
      { documentJson: new Blob(['{"v":2}']), articleText: 'Title\nArticle' },
    );
    // The id is kept: a rewrite never moves a document.
    expect(written).toMatchObject({ id: 'doc', parserVersion: 4 });
    const stored = await contents(await storage.readStoredDocument('doc'));
    expect(stored).toMatchObject({
      parserVersion: 4,
      fileName: 'doc.txt',
      documentJson: '{"v":2}',
      source: 'source of doc',
      articleText: 'Title\nArticle',
      articleTextStored: true,
    });
    expect(await storage.readStoredDocument('moved')).toBeNull();
  });
});

describe('several documents at once, and the text the library searches', () => {
  const withText = (id: string, day: number): StoredDocument => ({
    ...document(id, `2024-01-0${day}T00:00:00.000Z`),
    articleText: `Title ${id}\nArticle of ${id}`,
  });

  it('saves and deletes many in one go, giving back what was removed for undo', async () => {
    await storage.saveStoredDocuments([withText('a', 1), withText('b', 2), withText('c', 3)]);
    expect((await storage.listStoredEntries()).map((stored) => stored.id)).toEqual(['c', 'b', 'a']);
    expect((await storage.listStoredEntries())[0]?.articleTextStored).toBe(true);

    const removed = await storage.deleteStoredDocuments(['c', 'missing', 'a']);
    expect(removed.map((stored) => stored.id)).toEqual(['c', 'a']);
    expect(removed[0]?.articleText).toBe('Title c\nArticle of c');
    expect((await storage.listStoredEntries()).map((stored) => stored.id)).toEqual(['b']);
    expect([...(await storage.readArticleTexts()).keys()]).toEqual(['b']);

    await storage.saveStoredDocuments(removed);
    expect(await contents(await storage.readStoredDocument('a'))).toEqual(
      await contents(withText('a', 1)).then((stored) => ({ ...stored, articleTextStored: true })),
    );
  });

  it('reads every text in batches of the size asked', async () => {
    const ids = Array.from({ length: 7 }, (_, i) => `doc${i}`);
    await storage.saveStoredDocuments(ids.map((id, i) => withText(id, (i % 9) + 1)));
    const texts = await storage.readArticleTexts(3);
    expect([...texts.keys()].sort()).toEqual(ids);
    expect(texts.get('doc4')).toBe('Title doc4\nArticle of doc4');
  });

  it('a document saved without its text is marked for reading again', async () => {
    await storage.saveStoredDocument({
      ...document('old', '2024-01-01T00:00:00.000Z'),
      articleText: undefined,
    });
    const [stored] = await storage.listStoredEntries();
    expect(stored?.articleTextStored).toBe(false);
    expect(needsReparse(stored!)).toBe(true);
    expect((await storage.readArticleTexts()).size).toBe(0);
  });
});

describe('reading for an export or a backup, adding for a restore', () => {
  it('reads several documents in one go, in the order asked, null for a missing one', async () => {
    await storage.saveStoredDocuments([
      document('a', '2024-01-01T00:00:00.000Z'),
      document('b', '2024-01-02T00:00:00.000Z'),
    ]);
    const read = await storage.readStoredDocuments(['b', 'missing', 'a']);
    expect(await Promise.all(read.map(contents))).toEqual([
      await contents(document('b', '2024-01-02T00:00:00.000Z')),
      null,
      await contents(document('a', '2024-01-01T00:00:00.000Z')),
    ]);
  });

  it('reads every whole document in batches of the size asked, by id, skipping parts', async () => {
    const ids = ['d0', 'd1', 'd2', 'd3', 'd4'];
    await storage.saveStoredDocuments(ids.map((id) => document(id, '2024-01-01T00:00:00.000Z')));
    // An entry without its document, as an older Fil's failed save could leave one.
    const db = await openRaw();
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(['entries'], 'readwrite');
      tx.objectStore('entries').put(entry('d2b', '2024-01-01T00:00:00.000Z'));
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
    const batches: string[][] = [];
    for await (const batch of storage.readStoredBatches(2))
      batches.push(batch.map((stored) => stored.id));
    expect(batches).toEqual([['d0', 'd1'], ['d2'], ['d3', 'd4']]);
    const [first] = await storage
      .readStoredBatches(10)
      .next()
      .then((step) => step.value ?? []);
    expect(await contents(first ?? null)).toEqual(
      await contents(document('d0', '2024-01-01T00:00:00.000Z')),
    );
  });

  it('adds what is not stored, keeps what is (same id) exactly as it is', async () => {
    await storage.saveStoredDocument(document('there', '2024-01-01T00:00:00.000Z', '{"v":1}'));
    await storage.renameStoredDocument('there', 'Mon titre');
    const before = await contents(await storage.readStoredDocument('there'));
    const addition = await storage.addStoredDocuments([
      document('new', '2024-02-01T00:00:00.000Z'),
      document('there', '2024-02-01T00:00:00.000Z', '{"v":2}'),
      document('new', '2024-03-01T00:00:00.000Z'),
    ]);
    expect(addition).toEqual({ added: ['new'], kept: ['there', 'new'] });
    expect(await contents(await storage.readStoredDocument('there'))).toEqual(before);
    expect((await storage.readStoredDocument('new'))?.importedAt).toBe('2024-02-01T00:00:00.000Z');
    expect((await storage.readArticleTexts()).get('new')).toBe('Title new\nArticle of new');
  });

  it('an addition the browser refuses adds nothing', async () => {
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      if (this.name === 'sources' && (args[0] as { id: string }).id === 'b')
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    await expect(
      storage.addStoredDocuments([
        document('a', '2024-01-01T00:00:00.000Z'),
        document('b', '2024-01-01T00:00:00.000Z'),
      ]),
    ).rejects.toMatchObject({ problem: 'quota' });
    vi.restoreAllMocks();
    expect(await storage.listStoredEntries()).toEqual([]);
  });
});

describe('a change that fails leaves what was stored intact', () => {
  /** Makes `put` on the `documents` store throw as a full browser storage does. */
  function fillDocumentsStore() {
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      if (this.name === 'documents')
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
  }

  it('saving: the entry written before the failure is rolled back, and the reader is told why', async () => {
    await storage.saveStoredDocument(document('doc', '2024-01-01T00:00:00.000Z', '{"v":1}'));
    const before = await contents(await storage.readStoredDocument('doc'));
    fillDocumentsStore();

    const replacing = document('doc', '2024-02-01T00:00:00.000Z', '{"v":2}');
    const failure = await storage.saveStoredDocument(replacing).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(storage.StorageError);
    expect(failure).toMatchObject({ problem: 'quota' });
    expect(toldReader(failure)).toContain('storage for Fil is full');

    vi.restoreAllMocks();
    expect(await contents(await storage.readStoredDocument('doc'))).toEqual(before);
    await storage.saveStoredDocument(document('new', '2024-03-01T00:00:00.000Z'));
    expect((await storage.listStoredEntries()).map((listed) => listed.id)).toEqual(['new', 'doc']);
  });

  it('many at once (requests made together, a group after another): one failure keeps them all', async () => {
    // 250: more than one group of requests, the failing one in the last group.
    const many = Array.from({ length: 250 }, (_, i) =>
      document(`d${String(i).padStart(3, '0')}`, '2024-01-01T00:00:00.000Z'),
    );
    await storage.saveStoredDocuments(many);
    const remove = IDBObjectStore.prototype.delete;
    vi.spyOn(IDBObjectStore.prototype, 'delete').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['delete']>
    ) {
      // The transaction fails at a request after dozens were made and not yet answered.
      if (this.name === 'sources' && args[0] === 'd240')
        throw new DOMException('Disk I/O error.', 'UnknownError');
      return remove.apply(this, args);
    });
    const failure = await storage
      .deleteStoredDocuments(many.map((stored) => stored.id))
      .catch((error: unknown) => error);
    expect(failure).toMatchObject({ name: 'StorageError', problem: 'failed' });
    vi.restoreAllMocks();
    expect(await storage.listStoredEntries()).toHaveLength(250);
    expect(await contents(await storage.readStoredDocument('d240'))).toEqual(
      await contents(many[240]!),
    );

    // Saving many, one refused among them: none of the new ones is kept.
    fillDocumentsStore();
    const more = many.map((stored) => ({ ...stored, id: `n${stored.id}` }));
    await expect(storage.saveStoredDocuments(more)).rejects.toMatchObject({ problem: 'quota' });
    vi.restoreAllMocks();
    expect(await storage.listStoredEntries()).toHaveLength(250);
  });

  it('a new document that cannot be stored leaves no entry behind in the library', async () => {
    fillDocumentsStore();
    await expect(
      storage.saveStoredDocument(document('doc', '2024-01-01T00:00:00.000Z')),
    ).rejects.toMatchObject({ problem: 'quota' });
    vi.restoreAllMocks();
    expect(await storage.listStoredEntries()).toEqual([]);
  });

  it('rewriting: a change that throws keeps the entry and the JSON as they were', async () => {
    await storage.saveStoredDocument(document('doc', '2024-01-01T00:00:00.000Z', '{"v":1}'));
    const before = await contents(await storage.readStoredDocument('doc'));
    fillDocumentsStore();
    await expect(
      storage.rewriteStoredEntry(
        'doc',
        '2024-01-01T00:00:00.000Z',
        (current) => ({ ...current, parserVersion: 9 }),
        { documentJson: new Blob(['{"v":2}']), articleText: 'Title\nArticle' },
      ),
    ).rejects.toBeInstanceOf(storage.StorageError);
    vi.restoreAllMocks();
    expect(await contents(await storage.readStoredDocument('doc'))).toEqual(before);
  });
});

describe('what older versions of Fil stored', () => {
  it('opens the database they made as it is, and reads an entry without format or parser', async () => {
    const db = await openRaw(1);
    const legacy = {
      id: 'old',
      summary: entry('old', '2023-01-01T00:00:00.000Z', 'Ancien').summary,
      fileName: 'old.txt',
      encoding: 'windows-1252',
      importedAt: '2023-01-01T00:00:00.000Z',
    };
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(['entries', 'documents', 'sources'], 'readwrite');
      tx.objectStore('entries').put(legacy);
      tx.objectStore('documents').put({ id: 'old', documentJson: new Blob(['{"v":1}']) });
      tx.objectStore('sources').put({ id: 'old', source: new Blob(['octets']) });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();

    const [listed] = await storage.listStoredEntries();
    expect(listed).toEqual(legacy);
    expect(listed && needsReparse(listed)).toBe(true);
    expect(await contents(await storage.readStoredDocument('old'))).toEqual({
      ...legacy,
      documentJson: '{"v":1}',
      source: 'octets',
    });

    // Upgraded to version 2: the three stores as they were, and the texts the library searches.
    const after = await openRaw();
    expect(after.version).toBe(2);
    expect([...after.objectStoreNames].sort()).toEqual([
      'documents',
      'entries',
      'sources',
      'texts',
    ]);
    after.close();
  });

  it('deletes an entry an older failed save left without its document; nothing to undo', async () => {
    const db = await openRaw(1);
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(['entries'], 'readwrite');
      tx.objectStore('entries').put({ ...entry('orphan', '2023-01-01T00:00:00.000Z', 'Orphelin') });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
    expect(await storage.listStoredEntries()).toHaveLength(1);
    expect(await storage.readStoredDocument('orphan')).toBeNull();

    expect(await storage.deleteStoredDocument('orphan')).toBeNull();
    expect(await storage.listStoredEntries()).toEqual([]);
  });

  it('creates the four stores at version 2 in an empty browser', async () => {
    await storage.listStoredEntries();
    const db = await openRaw();
    expect(db.version).toBe(2);
    expect([...db.objectStoreNames].sort()).toEqual(['documents', 'entries', 'sources', 'texts']);
    for (const name of db.objectStoreNames)
      expect(db.transaction(name).objectStore(name).keyPath).toBe('id');
    db.close();
  });
});

/** What the library page says of a storage failure (in English). */
function toldReader(error: unknown): string {
  if (!(error instanceof storage.StorageError))
    throw new Error(`not a StorageError: ${String(error)}`);
  return storageProblemText(error.problem, error.detail);
}

describe('what the reader is told when storage refuses', () => {
  it('no IndexedDB (private mode): unavailable', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const error = await storage.listStoredEntries().catch((reason: unknown) => reason);
    expect(error).toMatchObject({ name: 'StorageError', problem: 'unavailable', detail: null });
    expect(toldReader(error)).toContain('does not let Fil store documents');
  });

  it('an upgrade held up by another tab: blocked, and the next call tries again', async () => {
    const factory = new IDBFactory();
    const open = factory.open.bind(factory);
    let blocking = true;
    vi.spyOn(factory, 'open').mockImplementation((name, version) => {
      if (!blocking) return open(name, version);
      const request = open(`${name}-held`, version);
      queueMicrotask(() =>
        request.dispatchEvent(new IDBVersionChangeEvent('blocked', { oldVersion: 0 })),
      );
      return request;
    });
    vi.stubGlobal('indexedDB', factory);

    const error = await storage.listStoredEntries().catch((reason: unknown) => reason);
    expect(error).toMatchObject({ problem: 'blocked' });
    expect(toldReader(error)).toContain('Close the other Fil tabs and reload');
    blocking = false;
    await expect(storage.listStoredEntries()).resolves.toEqual([]);
  });

  it('steps aside when a newer Fil in another tab upgrades the database', async () => {
    await storage.saveStoredDocument(document('doc', '2024-01-01T00:00:00.000Z'));
    // Rejects on 'blocked': Fil's open connection must close instead of holding it up.
    const newer = await openRaw(3);
    expect(newer.version).toBe(3);
    newer.close();
  });

  it('a database a newer Fil upgraded: newer, telling the reader to reload', async () => {
    (await openRaw(4)).close();
    const error = await storage.listStoredEntries().catch((reason: unknown) => reason);
    expect(error).toMatchObject({ name: 'StorageError', problem: 'newer' });
    expect(toldReader(error)).toContain('Reload this tab');
  });

  it('after stepping aside for a newer Fil, the next call says newer, not unavailable', async () => {
    await storage.saveStoredDocument(document('doc', '2024-01-01T00:00:00.000Z'));
    (await openRaw(3)).close();
    await expect(storage.listStoredEntries()).rejects.toMatchObject({ problem: 'newer' });
  });
});

describe('documentOf', () => {
  it('reads the stored JSON under the stored id and title; a broken JSON gives the reason', async () => {
    const json = JSON.stringify({
      format: 'comment-thread/1',
      id: 'hash',
      title: 'Parsed title',
      language: 'fr',
      source: { url: null, published: null, site: null },
      body: ['Un paragraphe.'],
      removed: [],
      declaredCommentCount: null,
      comments: [],
      diagnostics: [],
    });
    const stored = document('doc', '2024-01-01T00:00:00.000Z', json);
    const reading = await storage.documentOf({
      ...stored,
      summary: { ...stored.summary, title: 'Reader title' },
    });
    expect(reading.ok && reading.doc).toMatchObject({
      id: 'doc',
      title: 'Reader title',
      body: [{ text: 'Un paragraphe.' }],
    });
    const broken = await storage.documentOf(document('doc', '2024-01-01T00:00:00.000Z', '{'));
    expect(broken).toMatchObject({ ok: false, problem: { code: 'not-json' } });
  });
});
