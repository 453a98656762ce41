// Backup and restore against fake-indexeddb: a backup restored into an empty library gives the
// same library, record for record; restoring keeps what is there; every kind of bad file is
// refused with its reason and leaves the library exactly as it was, even when the failure
// comes after some batches were stored.

import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { strFromU8, unzipSync, zipSync, strToU8 } from 'fflate';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as BackupModule from './backup';
import type * as SessionStoreModule from './sessionStore';
import type * as StorageModule from './storage';
import type { StoredDocument, StoredEntry } from './storage';
import { summaryOf } from './testing';

let backup: typeof BackupModule;
let storage: typeof StorageModule;
let sessionStore: (typeof SessionStoreModule)['sessionStore'];

beforeEach(async () => {
  vi.stubGlobal('indexedDB', new IDBFactory());
  vi.resetModules();
  backup = await import('./backup');
  storage = await import('./storage');
  ({ sessionStore } = await import('./sessionStore'));
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

function document(id: string, day: number, fields: Partial<StoredDocument> = {}): StoredDocument {
  return {
    id,
    summary: summaryOf(id, { commentCount: 2, wordCount: 40 }),
    fileName: `${id}.txt`,
    encoding: 'utf-8',
    importedAt: `2024-01-0${day}T00:00:00.000Z`,
    format: 'comment-thread/2',
    parserVersion: 2,
    customTitle: null,
    reparseFailure: null,
    documentJson: new Blob([`{"id":"${id}","title":"Title ${id}"}`], { type: 'application/json' }),
    source: new Blob([`Title ${id}\n\nL’article de ${id}, « cité ».`]),
    articleText: `Title ${id}\nL’article de ${id}`,
    ...fields,
  };
}

/** Everything the library holds, Blobs read, in id order: what "the same library" means. */
async function library() {
  const entries = await storage.listStoredEntries();
  const ids = entries.map((entry) => entry.id).sort();
  const documents = await storage.readStoredDocuments(ids);
  return Promise.all(
    documents.map(async (stored) => {
      if (!stored) return null;
      const { documentJson, source, ...rest } = stored;
      return {
        ...rest,
        documentJson: await documentJson.text(),
        source: [...new Uint8Array(await source.arrayBuffer())],
      };
    }),
  );
}

async function emptyLibrary() {
  await storage.deleteStoredDocuments((await storage.listStoredEntries()).map((entry) => entry.id));
}

async function problemOf(promise: Promise<unknown>): Promise<unknown> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  if (!(error instanceof backup.BackupError))
    throw new Error(`expected a BackupError, got ${String(error)}`);
  return error.problem;
}

const asFile = (zip: Uint8Array<ArrayBuffer>) => new Blob([zip], { type: 'application/zip' });

async function zipBytes(blob: Blob) {
  return new Uint8Array(await blob.arrayBuffer());
}

/** A library of three: one renamed, one from an older Fil (no stamp, no text), Windows-1252. */
async function fillLibrary() {
  await storage.saveStoredDocuments([
    document('a', 1),
    document('b', 2, {
      fileName: 'page.json',
      source: new Blob([new Uint8Array([0x93, 0x43, 0x61, 0x66, 0xe9, 0x94])]),
      encoding: 'windows-1252',
    }),
    document('c', 3, { format: undefined, parserVersion: undefined, articleText: undefined }),
  ]);
  await storage.renameStoredDocument('a', 'Mon titre');
}

describe('back up, clear, restore', () => {
  it('gives the same library, record for record, and says how many it restored', async () => {
    await fillLibrary();
    const before = await library();
    const progress: number[] = [];
    const made = await backup.writeBackup({
      now: new Date('2024-05-01T10:00:00Z'),
      onProgress: (written) => progress.push(written),
    });
    expect(made.documents).toBe(3);
    expect(made.fileName).toMatch(/^fil-backup-2024-05-0[12]\.zip$/);
    expect(progress).toEqual([1, 2, 3]);

    await emptyLibrary();
    expect(await storage.listStoredEntries()).toEqual([]);
    const steps: [number, number][] = [];
    const outcome = await backup.restoreBackup(made.blob, {
      batchSize: 2,
      onProgress: (done, total) => steps.push([done, total]),
    });
    expect(outcome).toEqual({ restored: 3, alreadyThere: 0 });
    expect(steps).toEqual([
      [2, 3],
      [3, 3],
    ]);
    expect(await library()).toEqual(before);
    expect((await storage.listStoredEntries()).find((entry) => entry.id === 'a')).toMatchObject({
      customTitle: 'Mon titre',
      summary: { title: 'Mon titre' },
    });
  });

  it('writes a manifest with the format, the time, the document format and every entry', async () => {
    await fillLibrary();
    const made = await backup.writeBackup({ now: new Date('2024-05-01T10:00:00Z') });
    const files = unzipSync(await zipBytes(made.blob));
    const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as BackupModule.BackupManifest;
    expect(manifest).toMatchObject({
      format: 'fil-backup/1',
      createdAt: '2024-05-01T10:00:00.000Z',
      documentFormat: 'comment-thread/2',
    });
    // In the order of their ids; each entry as stored, records in members of their own.
    expect(manifest.documents.map((item) => item.entry.id)).toEqual(['a', 'b', 'c']);
    expect(manifest.documents[1]).toEqual({
      entry: {
        ...document('b', 2, { fileName: 'page.json', encoding: 'windows-1252' }),
        documentJson: undefined,
        source: undefined,
        articleText: undefined,
        articleTextStored: true,
      },
      files: {
        source: 'documents/00002/source.json',
        document: 'documents/00002/document.json',
        text: 'documents/00002/text.txt',
      },
    });
    expect(manifest.documents[2]?.files.text).toBeNull();
    expect(manifest.documents[2]?.entry).not.toHaveProperty('format');
    expect([...files['documents/00002/source.json']!]).toEqual([
      0x93, 0x43, 0x61, 0x66, 0xe9, 0x94,
    ]);
    expect(strFromU8(files['documents/00001/text.txt']!)).toBe('Title a\nL’article de a');
    expect(Object.keys(files)).toHaveLength(3 + 3 + 2 + 1);
  });

  it('backs up the documents kept for this session only, which a restore stores', async () => {
    await storage.saveStoredDocument(document('a', 1));
    sessionStore.put(document('s', 2));
    const made = await backup.writeBackup();
    expect(made.documents).toBe(2);
    sessionStore.delete('s');
    await emptyLibrary();
    expect(await backup.restoreBackup(made.blob)).toEqual({ restored: 2, alreadyThere: 0 });
    expect((await storage.listStoredEntries()).map((entry) => entry.id).sort()).toEqual(['a', 's']);
  });

  it('stores a document this tab held for the session only, and then only stores it', async () => {
    sessionStore.put(document('s', 2));
    const made = await backup.writeBackup();
    expect(await backup.restoreBackup(made.blob)).toEqual({ restored: 1, alreadyThere: 0 });
    expect((await storage.listStoredEntries()).map((entry) => entry.id)).toEqual(['s']);
    // One copy, so that one delete removes it.
    expect(sessionStore.get('s')).toBeUndefined();
  });

  it('an empty library makes a backup of no documents, which restores nothing', async () => {
    const made = await backup.writeBackup();
    expect(made.documents).toBe(0);
    expect(await backup.restoreBackup(made.blob)).toEqual({ restored: 0, alreadyThere: 0 });
  });
});

describe('restoring into a library that has documents', () => {
  it('keeps the documents already there as they are, counts them, adds the others', async () => {
    await fillLibrary();
    const made = await backup.writeBackup();
    await storage.deleteStoredDocuments(['b']);
    await storage.renameStoredDocument('a', 'Renamed since');
    const outcome = await backup.restoreBackup(made.blob);
    expect(outcome).toEqual({ restored: 1, alreadyThere: 2 });
    const titles = (await storage.listStoredEntries()).map((entry) => entry.summary.title).sort();
    expect(titles).toEqual(['Renamed since', 'Title b', 'Title c']);
    // Again: nothing left to add.
    expect(await backup.restoreBackup(made.blob)).toEqual({ restored: 0, alreadyThere: 3 });
  });
});

/** A zip holding `manifest.json` with `manifest` and the members given. */
function craftedBackup(manifest: unknown, members: Record<string, string> = {}): Blob {
  const files: Record<string, Uint8Array> = { 'manifest.json': strToU8(JSON.stringify(manifest)) };
  for (const [name, text] of Object.entries(members)) files[name] = strToU8(text);
  return asFile(zipSync(files));
}

const entry = (id: string): StoredEntry => {
  const { documentJson, source, articleText, ...rest } = document(id, 1);
  void [documentJson, source, articleText];
  return rest;
};

const item = (id: string) => ({
  entry: entry(id),
  files: { source: `${id}/source.txt`, document: `${id}/document.json`, text: null },
});

const manifestOf = (items: unknown[]) => ({
  format: 'fil-backup/1',
  createdAt: '2024-05-01T10:00:00.000Z',
  documentFormat: 'comment-thread/2',
  parserVersion: 2,
  documents: items,
});

describe('a file that cannot be restored is refused with its reason; nothing changes', () => {
  beforeEach(async () => {
    await storage.saveStoredDocument(document('kept', 1));
  });

  async function expectUnchanged() {
    expect((await storage.listStoredEntries()).map((stored) => stored.id)).toEqual(['kept']);
  }

  it('not a zip', async () => {
    const problem = await problemOf(backup.restoreBackup(new Blob(['Un fil importé\n\n1. +3'])));
    expect(problem).toEqual({ code: 'not-zip' });
    await expectUnchanged();
  });

  it('a backup cut short (half of it, or one byte short): truncated, not “not a zip”', async () => {
    await storage.saveStoredDocuments([document('a', 2), document('b', 3)]);
    const made = await backup.writeBackup();
    await storage.deleteStoredDocuments(['a', 'b']);
    const zip = await zipBytes(made.blob);
    for (const length of [Math.floor(zip.length / 2), zip.length - 1]) {
      const problem = await problemOf(backup.restoreBackup(asFile(zip.subarray(0, length))));
      expect(problem).toEqual({ code: 'truncated' });
    }
    await expectUnchanged();
  });

  it('a zip without a manifest, or whose manifest is not a Fil backup’s', async () => {
    const zip = asFile(zipSync({ 'page.txt': strToU8('text') }));
    expect(await problemOf(backup.restoreBackup(zip))).toEqual({ code: 'not-backup' });
    const other = craftedBackup({ format: 'something-else/1', documents: [] });
    expect(await problemOf(backup.restoreBackup(other))).toEqual({ code: 'not-backup' });
    await expectUnchanged();
  });

  it('a backup from a newer Fil', async () => {
    const newer = craftedBackup({ ...manifestOf([]), format: 'fil-backup/2' });
    expect(await problemOf(backup.restoreBackup(newer))).toEqual({
      code: 'newer',
      format: 'fil-backup/2',
    });
    await expectUnchanged();
  });

  it('a manifest naming a member the zip does not hold', async () => {
    const missing = craftedBackup(manifestOf([item('x')]), { 'x/source.txt': 'text' });
    expect(await problemOf(backup.restoreBackup(missing))).toEqual({
      code: 'damaged',
      member: 'x/document.json',
      detail: 'missing',
    });
    await expectUnchanged();
  });

  it('a member damaged after some batches were stored: those are taken out again', async () => {
    await storage.saveStoredDocuments([document('a', 2), document('b', 3), document('c', 4)]);
    const made = await backup.writeBackup();
    await storage.deleteStoredDocuments(['a', 'b', 'c']);
    const zip = await zipBytes(made.blob);
    // The third document's source ('c', after 'a' and 'b'; 'kept' is fourth by id).
    const offset = findLocalHeader(zip, 'documents/00003/source.txt');
    const at = offset + 30 + 'documents/00003/source.txt'.length + 2;
    zip[at] = zip[at]! ^ 0xff;
    const problem = await problemOf(backup.restoreBackup(asFile(zip), { batchSize: 1 }));
    expect(problem).toMatchObject({ code: 'damaged', member: 'documents/00003/source.txt' });
    await expectUnchanged();
  });

  it('storage refusing (full): the reason, and the batches stored before are taken out', async () => {
    const made = craftedBackup(manifestOf([item('x'), item('y')]), {
      'x/source.txt': 'x',
      'x/document.json': '{}',
      'y/source.txt': 'y',
      'y/document.json': '{}',
    });
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      const value: unknown = args[0];
      if (this.name === 'sources' && (value as { id?: string }).id === 'y')
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    // A document this tab holds for the session only keeps its copy there.
    sessionStore.put(document('x', 1));
    const failure = await backup.restoreBackup(made, { batchSize: 1 }).catch((e: unknown) => e);
    expect(failure).toMatchObject({
      problem: { code: 'storage', problem: 'quota', detail: null },
      partial: 0,
    });
    vi.restoreAllMocks();
    await expectUnchanged();
    expect(sessionStore.get('x')).toBeDefined();
  });

  it('storage refusing to take out what was added too: the error counts what stays', async () => {
    const made = craftedBackup(manifestOf([item('x'), item('y'), item('z')]), {
      'x/source.txt': 'x',
      'x/document.json': '{}',
      'y/source.txt': 'y',
      'y/document.json': '{}',
      'z/source.txt': 'z',
      'z/document.json': '{}',
    });
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      if (this.name === 'sources' && (args[0] as { id?: string }).id === 'z')
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    vi.spyOn(IDBObjectStore.prototype, 'delete').mockImplementation(() => {
      throw new DOMException('Disk I/O error.', 'UnknownError');
    });
    const failure = await backup.restoreBackup(made, { batchSize: 1 }).catch((e: unknown) => e);
    vi.restoreAllMocks();
    expect(failure).toBeInstanceOf(backup.BackupError);
    expect(failure).toMatchObject({ problem: { code: 'storage', problem: 'quota' }, partial: 2 });
    expect((await storage.listStoredEntries()).map((stored) => stored.id).sort()).toEqual([
      'kept',
      'x',
      'y',
    ]);
  });

  it('a file the browser fails to read: its failure by name, as a backup problem', async () => {
    const file = craftedBackup(manifestOf([]));
    vi.spyOn(file, 'slice').mockImplementation(() => {
      throw new DOMException('The file could not be read.', 'NotReadableError');
    });
    expect(await problemOf(backup.restoreBackup(file))).toEqual({
      code: 'failed',
      name: 'NotReadableError',
      detail: 'The file could not be read.',
    });
    await expectUnchanged();
  });
});

/** Where the local header of member `name` starts in `zip`. */
function findLocalHeader(zip: Uint8Array, name: string): number {
  const encoded = strToU8(name);
  for (let at = 0; at + 30 + encoded.length <= zip.length; at++) {
    if (zip[at] !== 0x50 || zip[at + 1] !== 0x4b || zip[at + 2] !== 3 || zip[at + 3] !== 4)
      continue;
    if (encoded.every((byte, i) => zip[at + 30 + i] === byte)) return at;
  }
  throw new Error(`no member ${name}`);
}

describe('readManifest', () => {
  it('keeps the fields Fil knows, reads languages as BCP 47 tags and imports as imports', async () => {
    const raw = item('x');
    const reading = await backup.readManifest(
      JSON.stringify(
        manifestOf([
          {
            ...raw,
            extra: 'dropped',
            entry: {
              ...raw.entry,
              secret: 'dropped',
              summary: { ...raw.entry.summary, origin: 'seed', language: 'EN-gb' },
            },
          },
          {
            ...item('y'),
            entry: { ...item('y').entry, summary: { ...summaryOf('y'), language: 'français' } },
          },
        ]),
      ),
    );
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    const [x, y] = reading.manifest.documents;
    expect(x).toEqual({
      entry: { ...raw.entry, summary: { ...raw.entry.summary, language: 'en-GB' } },
      files: raw.files,
    });
    expect(x?.entry.summary.origin).toBe('imported');
    expect(y?.entry.summary.language).toBeNull();
  });

  it('says which document and field are wrong', async () => {
    const broken = (change: Record<string, unknown>, summary: Record<string, unknown> = {}) =>
      backup.readManifest(
        JSON.stringify(
          manifestOf([
            item('a'),
            {
              ...item('b'),
              entry: { ...item('b').entry, ...change, summary: { ...summaryOf('b'), ...summary } },
            },
          ]),
        ),
      );
    const damaged = (detail: string) => ({
      ok: false,
      problem: { code: 'damaged', member: 'manifest.json', detail },
    });
    expect(await broken({ encoding: 'ebcdic' })).toEqual(damaged('document 2: encoding'));
    expect(await broken({ importedAt: 12 })).toEqual(damaged('document 2: importedAt'));
    expect(await broken({}, { wordCount: -1 })).toEqual(damaged('document 2: wordCount'));
    expect(await broken({}, { id: 'other' })).toEqual(damaged('document 2: summary.id'));
    expect(await broken({ customTitle: 3 })).toEqual(damaged('document 2: customTitle'));
    expect(await backup.readManifest(JSON.stringify({ ...manifestOf([]), documents: {} }))).toEqual(
      damaged('documents'),
    );
  });

  it('reads the manifest a backup writes, one document a line, as any JSON', async () => {
    await storage.saveStoredDocuments([document('a', 1), document('b', 2), document('c', 3)]);
    const made = await backup.writeBackup({ now: new Date('2024-05-01T10:00:00Z') });
    const json = strFromU8(unzipSync(await zipBytes(made.blob))['manifest.json']!);
    const lines = json.split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(/^\{"format":"fil-backup\/1",.*"documents":\[$/);
    expect(lines[1]).toMatch(/^\{"entry":\{"id":"a",.*\},$/);
    expect(lines[4]).toBe(']}');
    const whole = JSON.parse(json) as BackupModule.BackupManifest;
    expect(whole.documents.map((each) => each.entry.id)).toEqual(['a', 'b', 'c']);
    let pauses = 0;
    const reading = await backup.readManifest(json, () => {
      pauses++;
      return Promise.resolve();
    });
    expect(reading).toEqual({ ok: true, manifest: whole });
    // A turn offered after each line parsed and each document checked.
    expect(pauses).toBe(6);
    // The same JSON laid out otherwise (a hand-edited file), or broken in the layout.
    expect(await backup.readManifest(JSON.stringify(whole, null, 2))).toEqual(reading);
    const noComma = json.replace('},\n{"entry":{"id":"b"', '}\n{"entry":{"id":"b"');
    expect(await backup.readManifest(noComma)).toEqual({
      ok: false,
      problem: { code: 'not-backup' },
    });
  });

  it('tells a newer backup format from something else', async () => {
    expect(await backup.readManifest('not json')).toEqual({
      ok: false,
      problem: { code: 'not-backup' },
    });
    expect(await backup.readManifest('{"format":"fil-backup/beta"}')).toEqual({
      ok: false,
      problem: { code: 'not-backup' },
    });
    expect(await backup.readManifest('{"format":"fil-backup/12"}')).toEqual({
      ok: false,
      problem: { code: 'newer', format: 'fil-backup/12' },
    });
  });
});
