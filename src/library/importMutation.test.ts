// Importing files on fake-indexeddb, with a stand-in for the worker that runs the worker's own
// job (importBytes) in this thread: what each file's result is, what is stored, duplicates,
// storage refusals, cancel, and what the import mutation changes in the query cache.

import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { MutationObserver, QueryClient, type MutationOptions } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DOCUMENT_FORMAT, PARSER_VERSION } from '../parser/types';
import type { ImportResult, ImportSource } from './importer';
import type * as ImporterModule from './importer';
import { importBytes } from './importJob';
import type * as ImportMutationModule from './importMutation';
import { MAX_IMPORT_BYTES, type ImportReply, type ImportRequest } from './importProtocol';
import { libraryKeys } from './queryKeys';
import { needsReparse } from './reparse';
import type * as SessionStoreModule from './sessionStore';
import type * as StorageModule from './storage';

/**
 * The worker, in this thread: replies with importBytes's outcome a few microtasks later, in the
 * order files come. `hold`, when set, is awaited before each reply (a test releases it).
 */
const workerControl = vi.hoisted(() => ({
  hold: null as Promise<void> | null,
  handed: [] as string[],
}));

class FakeWorker {
  onmessage: ((event: MessageEvent<ImportReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  private queue: Promise<void> = Promise.resolve();
  postMessage(request: ImportRequest) {
    workerControl.handed.push(request.name);
    this.queue = this.queue.then(async () => {
      const bytes = new Uint8Array(await request.source.arrayBuffer());
      if (workerControl.hold) await workerControl.hold;
      const outcome = importBytes(bytes, request.name, request.encoding);
      const reply: ImportReply =
        outcome.kind === 'parsed'
          ? {
              job: request.job,
              ...outcome,
              parsedWith: { format: DOCUMENT_FORMAT, parserVersion: PARSER_VERSION },
            }
          : { job: request.job, ...outcome };
      this.onmessage?.({ data: reply } as MessageEvent<ImportReply>);
    });
  }
  terminate() {}
}

let importer: typeof ImporterModule;
let imports: typeof ImportMutationModule;
let storage: typeof StorageModule;
let sessionStore: (typeof SessionStoreModule)['sessionStore'];
let client: QueryClient;

beforeEach(async () => {
  // A fresh database and fresh modules: storage keeps its connection, the importer its worker.
  vi.stubGlobal('indexedDB', new IDBFactory());
  vi.stubGlobal('Worker', FakeWorker);
  vi.resetModules();
  importer = await import('./importer');
  imports = await import('./importMutation');
  storage = await import('./storage');
  ({ sessionStore } = await import('./sessionStore'));
  client = new QueryClient();
  workerControl.hold = null;
  workerControl.handed = [];
});

afterEach(() => {
  client.clear();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

/**
 * A page named `name` whose title and text are made of `content` (the name by default): a
 * content of its own, so an id of its own; two pages of one content are the same document.
 */
const page = (name: string, content = name): ImportSource => ({
  name,
  blob: new Blob([`Titre ${content}\n\nLe texte de ${content}.\n`]),
});

/** Runs importFiles and gives the results in the files' order, checking each came once. */
async function importAll(
  sources: readonly ImportSource[],
  options: { signal?: AbortSignal; onResult?: (index: number) => void } = {},
): Promise<{ results: ImportResult[]; stored: string[] }> {
  const results: (ImportResult | undefined)[] = sources.map(() => undefined);
  const stored: string[] = [];
  await importer.importFiles(sources, null, {
    signal: options.signal,
    onResult: (index, result) => {
      expect(results[index], `a second result for file ${index}`).toBeUndefined();
      results[index] = result;
      options.onResult?.(index);
    },
    onStored: (ids) => stored.push(...ids),
  });
  expect(results.every((result) => result !== undefined)).toBe(true);
  return { results: results as ImportResult[], stored };
}

const kinds = (results: readonly ImportResult[]) => results.map((result) => result.kind);
const idOf = (result: ImportResult | undefined) => (result && 'id' in result ? result.id : 'no id');
const storedIds = async () => (await storage.listStoredEntries()).map((entry) => entry.id).sort();

describe('importFiles', () => {
  it('stores each page and tells each file’s result, with the document’s id and title', async () => {
    const sources = Array.from({ length: 12 }, (_, i) => page(`page-${i}.txt`));
    const { results, stored } = await importAll(sources);
    expect(kinds(results)).toEqual(Array(12).fill('saved'));
    expect(results[3]).toMatchObject({ title: 'Titre page-3.txt', encoding: 'utf-8', clean: true });
    const ids = results.map(idOf);
    expect(new Set(ids).size).toBe(12);
    expect(await storedIds()).toEqual([...ids].sort());
    expect([...stored].sort()).toEqual([...ids].sort());
    // Every file went through the worker, in the pick's order.
    expect(workerControl.handed).toEqual(sources.map((source) => source.name));
  });

  it('refuses empty and too large files without reading them, and binary ones with the reason', async () => {
    const huge = { name: 'huge.txt', blob: { size: MAX_IMPORT_BYTES + 1 } as Blob };
    const noise = new Uint8Array(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
    const { results } = await importAll([
      { name: 'empty.txt', blob: new Blob([]) },
      huge,
      { name: 'noise.txt', blob: new Blob([noise]) },
      page('fine.txt'),
    ]);
    expect(results).toMatchObject([
      { kind: 'refused', reason: { code: 'empty', name: 'empty.txt' } },
      { kind: 'refused', reason: { code: 'too-large', name: 'huge.txt' } },
      { kind: 'refused', reason: { code: 'binary', name: 'noise.txt' } },
      { kind: 'saved', title: 'Titre fine.txt' },
    ]);
    expect(workerControl.handed).toEqual(['noise.txt', 'fine.txt']);
  });

  it('skips content that is in the library already, or earlier in the same pick', async () => {
    const first = await importAll([page('a.txt')]);
    const id = idOf(first.results[0]);
    await storage.renameStoredDocument(id, 'Mon titre');
    const { results, stored } = await importAll([
      page('a-again.txt', 'a.txt'), // a.txt's content under another name
      page('b.txt'),
      page('b-copy.txt', 'b.txt'),
    ]);
    expect(results[0]).toEqual({
      kind: 'duplicate',
      id,
      title: 'Mon titre',
      language: null, // too short to tell
      sessionOnly: false,
    });
    expect(results[1]).toMatchObject({ kind: 'saved', title: 'Titre b.txt' });
    expect(results[2]).toMatchObject({
      kind: 'duplicate',
      id: idOf(results[1]),
      title: 'Titre b.txt',
    });
    expect(stored).toEqual([idOf(results[1])]);
    expect(await storedIds()).toEqual([id, idOf(results[1])].sort());
  });

  it('counts a document kept for this session as in the library', async () => {
    vi.stubGlobal('indexedDB', undefined); // private mode: nothing can be stored
    const first = await importAll([page('a.txt')]);
    expect(first.results[0]).toMatchObject({
      kind: 'session-only',
      storageError: { problem: 'unavailable' },
    });
    const { results } = await importAll([page('a.txt')]);
    expect(results[0]).toMatchObject({ kind: 'duplicate', sessionOnly: true });
    expect(sessionStore.list()).toHaveLength(1);
  });

  it('keeps for the session each page storage refuses, and stores the others', async () => {
    const refused = await importAll([page('big.txt')]);
    const bigId = idOf(refused.results[0]);
    await storage.deleteStoredDocument(bigId);
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      value: { id?: string },
    ) {
      if (value.id === bigId)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.call(this, value);
    });
    const sources = [page('one.txt'), page('big.txt'), page('two.txt'), page('three.txt')];
    const { results } = await importAll(sources);
    expect(kinds(results)).toEqual(['saved', 'session-only', 'saved', 'saved']);
    expect(results[1]).toMatchObject({ storageError: { problem: 'quota' } });
    expect(sessionStore.get(bigId)?.fileName).toBe('big.txt');
    expect(await storedIds()).toEqual([results[0], results[2], results[3]].map(idOf).sort());
  });

  it('cancel: keeps what is stored, stores nothing after it, and cancels the rest', async () => {
    let release = () => {};
    const controller = new AbortController();
    const sources = Array.from({ length: 10 }, (_, i) => page(`page-${i}.txt`));
    const results: ImportResult[] = [];
    const run = importer.importFiles(sources, null, {
      signal: controller.signal,
      onResult: (index, result) => {
        results[index] = result;
        // The first page stored: hold the worker's next replies, then cancel.
        if (index === 0) {
          workerControl.hold = new Promise((resolve) => (release = resolve));
          controller.abort();
        }
      },
    });
    await run;
    release();
    // What was stored before the cancel (the first page, and any saved in its transaction)
    // stays; every other file is cancelled.
    const saved = results.findIndex((result) => result.kind !== 'saved');
    expect(saved).toBeGreaterThanOrEqual(1);
    expect(kinds(results.slice(saved))).toEqual(Array(10 - saved).fill('cancelled'));
    // Replies that come after the cancel change nothing.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await storedIds()).toEqual(results.slice(0, saved).map(idOf).sort());
  });

  it('cancel while a refused transaction’s pages are saved one by one: the rest are cancelled', async () => {
    // A page storage refuses (quota) fails its whole transaction; the pages beside it are then
    // saved one by one, and a cancel between two of those saves must store nothing more.
    const probe = await importAll([page('big.txt')]);
    const bigId = idOf(probe.results[0]);
    await storage.deleteStoredDocument(bigId);
    const put = IDBObjectStore.prototype.put;
    let refused = false;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      value: { id?: string },
    ) {
      if (value.id === bigId) {
        refused = true;
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return put.call(this, value);
    });
    const controller = new AbortController();
    const sources = Array.from({ length: 10 }, (_, i) =>
      page(i === 5 ? 'big.txt' : `page-${i}.txt`),
    );
    const results: ImportResult[] = [];
    const afterCancel: ImportResult['kind'][] = [];
    await importer.importFiles(sources, null, {
      signal: controller.signal,
      onResult: (index, result) => {
        results[index] = result;
        if (controller.signal.aborted) afterCancel.push(result.kind);
        // The first page saved on its own after the refused transaction: cancel.
        else if (refused && result.kind === 'saved') controller.abort();
      },
    });
    // The refused transaction held several pages (else nothing was saved one by one), and some
    // were still to save when the cancel came: each is cancelled, none stored.
    expect(afterCancel.length).toBeGreaterThan(0);
    expect(afterCancel).toEqual(Array(afterCancel.length).fill('cancelled'));
    const saved = results.filter((result) => result.kind === 'saved');
    expect(await storedIds()).toEqual(saved.map(idOf).sort());
    expect(results.filter((result) => result.kind === 'cancelled')).toHaveLength(
      afterCancel.length,
    );
  });
});

describe('the background pass', () => {
  it('reads a legacy import again and stores its article text, so that the library finds it', async () => {
    const imported = await importAll([page('ancien.txt')]);
    const id = idOf(imported.results[0]);
    const before = await storage.readStoredDocument(id);
    // As Fil stored it before it kept article texts: no text, and no articleTextStored at all.
    await storage.saveStoredDocument({ ...before!, articleText: undefined });
    await storage.rewriteStoredEntry(id, before!.importedAt, (entry) => {
      const legacy = { ...entry };
      delete legacy.articleTextStored;
      return legacy;
    });
    const [legacy] = await storage.listStoredEntries();
    expect(legacy && 'articleTextStored' in legacy).toBe(false);
    expect((await storage.readArticleTexts()).size).toBe(0);

    const refreshed: string[] = [];
    await importer.reparseOutdated((stored) => refreshed.push(stored));

    expect(refreshed).toEqual([id]);
    const text = (await storage.readArticleTexts()).get(id);
    expect(text).toContain('Le texte de ancien.txt.');
    expect(text).toBe(before!.articleText);
    const [entry] = await storage.listStoredEntries();
    expect(entry).toMatchObject({ id, articleTextStored: true, importedAt: before!.importedAt });
    // Read by this parser, its text kept: nothing for a later start to read again.
    expect(needsReparse(entry!)).toBe(false);
  });
});

/** Runs a mutation as useMutation would, in `client`. */
function run<TData, TVariables>(
  options: MutationOptions<TData, Error, TVariables>,
  variables: TVariables,
): Promise<TData> {
  return new MutationObserver(client, options).mutate(variables);
}

describe('the import mutation', () => {
  it('lists the library again at most once a second while storing, and once at the end', () => {
    let now = 0;
    const invalidate = vi.spyOn(client, 'invalidateQueries');
    const relist = imports.relistAtMost(client, 1000, () => now);
    relist(); // the first stored document shows at once
    now = 400;
    relist();
    now = 999;
    relist();
    now = 1000;
    relist();
    now = 1500;
    relist();
    expect(invalidate).toHaveBeenCalledTimes(2);
    expect(invalidate).toHaveBeenCalledWith({ queryKey: libraryKeys.list(), exact: true });
  });

  it('gives each result, drops a stale cached reading of a stored id and lists the library again', async () => {
    client.setQueryData(libraryKeys.list(), 'listed');
    client.setQueryData(libraryKeys.articleTexts(), 'texts');
    const results: ImportResult[] = [];
    let started = false;
    await run(imports.importMutation(), {
      files: [{ source: page('a.txt'), replacing: null }],
      encoding: null,
      onStart: () => (started = true),
      onResult: (_index: number, result: ImportResult) => results.push(result),
    });
    expect(started).toBe(true);
    expect(kinds(results)).toEqual(['saved']);
    expect(client.getQueryState(libraryKeys.list())?.isInvalidated).toBe(true);
    // The texts to search: read again once, at the batch's end.
    expect(client.getQueryState(libraryKeys.articleTexts())?.isInvalidated).toBe(true);
  });

  it('a new reading of a file replaces the earlier one, unless it is refused or the same', async () => {
    const garbled = await importAll([page('garbled.txt', 'mal lu')]);
    const garbledId = idOf(garbled.results[0]);
    client.setQueryData(libraryKeys.document(garbledId), 'read');
    const request = (source: ImportSource) => ({
      files: [{ source, replacing: garbledId }],
      encoding: null,
      onResult: () => undefined,
    });
    // Refused, then the same document: the earlier reading stays.
    expect(
      (await run(imports.importMutation(), request({ name: 'x.txt', blob: new Blob([]) })))
        .replaced,
    ).toEqual([]);
    expect(
      (await run(imports.importMutation(), request(page('garbled.txt', 'mal lu')))).replaced,
    ).toEqual([]);
    expect(await storedIds()).toEqual([garbledId]);
    // A reading that gives another document replaces it.
    const outcome = await run(imports.importMutation(), request(page('garbled.txt', 'bien lu')));
    expect(outcome.replaced).toEqual([garbledId]);
    expect(await storage.readStoredDocument(garbledId)).toBeNull();
    expect(client.getQueryState(libraryKeys.document(garbledId))).toBeUndefined();
  });
});
