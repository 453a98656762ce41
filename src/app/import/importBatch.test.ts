import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../../library/importer';
import { MAX_IMPORT_BYTES } from '../../library/importProtocol';
import {
  ANNOUNCE_EVERY_MS,
  ImportLog,
  MAX_BATCHES,
  RECENT_ROWS,
  needsLook,
  secondsLeft,
  sumReadBytes,
  type FileToRead,
} from './importBatch';

const KB = 1000;
const toRead = (path: string, size = 25 * KB): FileToRead => ({
  path,
  source: { name: path, blob: { size } as Blob },
});
const saved = (id: string, fields: Partial<Extract<ImportResult, { kind: 'saved' }>> = {}) =>
  ({
    kind: 'saved',
    id,
    title: `Title ${id}`,
    language: 'fr',
    notices: [],
    encoding: 'utf-8',
    clean: true,
    ...fields,
  }) as const;
const duplicate: ImportResult = {
  kind: 'duplicate',
  id: 'doc-1',
  title: 'Déjà là',
  language: 'fr',
  sessionOnly: false,
};
const refused: ImportResult = { kind: 'refused', reason: { code: 'binary', name: 'noise.txt' } };

/** A log with one running batch of `files` files of 25 KB, started at 0 ms. */
function running(files: number) {
  const log = new ImportLog();
  const key = log.add(
    { kind: 'folder', name: 'crawl' },
    Array.from({ length: files }, (_, i) => toRead(`page-${i}.txt`)),
  );
  log.start(key, 0);
  return { log, key };
}

describe('secondsLeft', () => {
  it('estimates from the pace so far once 2 s and 5 % have passed', () => {
    // 6 MB of 24 MB in 4 s: 1.5 MB/s, 18 MB left → 12 s.
    expect(secondsLeft(6e6, 24e6, 4000)).toBe(12);
    expect(secondsLeft(6e6, 24e6, 1999)).toBeNull(); // too early
    expect(secondsLeft(1e6, 24e6, 10_000)).toBeNull(); // under 5 %
    expect(secondsLeft(1.2e6, 24e6, 10_000)).toBe(190); // 5 % exactly: 120 KB/s, 22.8 MB left
    expect(secondsLeft(24e6, 24e6, 10_000)).toBeNull(); // done
    expect(secondsLeft(0, 0, 10_000)).toBeNull(); // nothing to read
  });
});

describe('sumReadBytes', () => {
  it('sums sizes in slices of the time budget, pausing between them; stops when aborted', async () => {
    let clock = 0;
    // Each file's first size costs 3 ms: a slice of 8 ms holds three.
    const slow = (size: number) => ({
      name: 'page.txt',
      blob: {
        get size() {
          clock += 3;
          return size;
        },
      } as Blob,
    });
    let pauses = 0;
    const options = { budgetMs: 8, now: () => clock, pause: async () => void pauses++ };
    const sources = Array.from({ length: 10 }, () => slow(1000));
    expect(await sumReadBytes(sources, options)).toBe(10_000);
    expect(pauses).toBe(3); // before the 4th, 7th and 10th file
    const controller = new AbortController();
    const stopped = sumReadBytes(sources, {
      ...options,
      pause: async () => controller.abort(),
      signal: controller.signal,
    });
    expect(await stopped).toBeNull();
  });
});

describe('needsLook', () => {
  it('lists every file but a clean import; a page without comments is a clean import', () => {
    expect(needsLook(saved('a'))).toBe(false);
    expect(needsLook(saved('a', { notices: [{ code: 'no-comments' }] }))).toBe(false);
    expect(needsLook(saved('a', { clean: false }))).toBe(true);
    expect(
      needsLook(
        saved('a', {
          notices: [
            {
              code: 'diagnostic',
              diagnostic: { code: 'truncated', severity: 'warning', line: 3, message: 'cut' },
            },
          ],
        }),
      ),
    ).toBe(true);
    expect(needsLook(duplicate)).toBe(true);
    expect(needsLook(refused)).toBe(true);
    expect(needsLook({ kind: 'skipped', reason: 'not-text' })).toBe(true);
    expect(needsLook({ kind: 'cancelled' })).toBe(false);
  });
});

describe('ImportLog', () => {
  it('counts files and bytes as outcomes come, in any order, and estimates the time left', () => {
    const { log, key } = running(4);
    log.sized(key, 100 * KB);
    log.record(key, 2, saved('c'));
    log.record(key, 0, duplicate);
    log.record(key, 0, saved('again')); // a second result for a file is ignored
    const [batch] = log.view(3000).batches;
    expect(batch).toMatchObject({
      state: 'running',
      files: 4,
      progress: { filesDone: 2, filesTotal: 4, bytesDone: 50 * KB, bytesTotal: 100 * KB },
      counts: { imported: 1, duplicates: 1 },
    });
    // 50 KB in 3 s: 50 KB left take 3 s more.
    expect(batch?.progress.secondsLeft).toBe(3);
  });

  it('shows a big file’s bytes as the worker reads them, and which file it is', () => {
    const log = new ImportLog();
    const key = log.add({ kind: 'files' }, [toRead('big.txt', 50_000 * KB)]);
    log.start(key, 0);
    log.status(key, 0, { stage: 'reading', loaded: 20_000 * KB, total: 50_000 * KB });
    const [reading] = log.view(10_000).batches;
    expect(reading?.progress.bytesDone).toBe(20_000 * KB);
    expect(reading?.inHand).toEqual({
      path: 'big.txt',
      status: { stage: 'reading', loaded: 20_000 * KB, total: 50_000 * KB },
    });
    // Half read is no measure of the time left: none is shown until whole files are done.
    expect(reading?.progress.secondsLeft).toBeNull();
    log.record(key, 0, saved('big'));
    expect(log.view(11_000).batches[0]?.inHand).toBeNull();
  });

  it('leaves files over the size limit out of the bytes to read', async () => {
    const log = new ImportLog();
    const files = [toRead('a.txt'), toRead('huge.txt', MAX_IMPORT_BYTES + 1)];
    const key = log.add({ kind: 'files' }, files);
    expect(log.view(0).batches[0]?.progress.bytesTotal).toBeNull();
    log.sized(key, (await sumReadBytes(files.map((file) => file.source)))!);
    expect(log.view(0).batches[0]?.progress.bytesTotal).toBe(25 * KB);
    log.record(key, 1, {
      kind: 'refused',
      reason: { code: 'too-large', name: 'huge.txt', size: 1 },
    });
    expect(log.view(0).batches[0]?.progress).toMatchObject({ filesDone: 1, bytesDone: 0 });
  });

  it('lists skipped and unreadable files at once, problems as they come, plain imports apart', () => {
    const log = new ImportLog();
    const key = log.add(
      { kind: 'folder', name: 'crawl' },
      [toRead('a.txt'), toRead('b.txt'), toRead('c.txt')],
      [{ path: 'photo.png', reason: 'not-text' }],
      [{ path: 'gone.txt', problem: { code: 'unreadable', name: 'gone.txt', detail: 'gone' } }],
    );
    expect(log.view(0).attention.map((row) => row.path)).toEqual(['photo.png', 'gone.txt']);
    expect(log.view(0).batches[0]).toMatchObject({
      files: 5,
      counts: { skipped: 1, failed: 1 },
      progress: { filesTotal: 3 },
    });
    log.start(key, 0);
    log.record(key, 1, refused);
    log.record(key, 0, saved('a'));
    log.record(key, 2, saved('c', { clean: false }));
    const view = log.view(100);
    expect(view.attention.map((row) => row.path)).toEqual([
      'photo.png',
      'gone.txt',
      'b.txt',
      'c.txt',
    ]);
    expect(view.recent.map((row) => row.path)).toEqual(['a.txt']);
  });

  it('keeps the last few plain imports, newest first', () => {
    const { log, key } = running(RECENT_ROWS + 2);
    for (let i = 0; i < RECENT_ROWS + 2; i++) log.record(key, i, saved(`d${i}`));
    expect(log.view(0).recent.map((row) => row.path)).toEqual([
      'page-6.txt',
      'page-5.txt',
      'page-4.txt',
      'page-3.txt',
      'page-2.txt',
    ]);
  });

  it('cancel: shown at once; files not imported are counted, not listed', () => {
    const { log, key } = running(5);
    log.record(key, 0, saved('a'));
    log.cancel(key);
    expect(log.view(0).batches[0]?.cancelling).toBe(true);
    for (let i = 1; i < 5; i++) log.record(key, i, { kind: 'cancelled' });
    log.finish(key, 500);
    const view = log.view(600);
    expect(view.batches[0]).toMatchObject({
      state: 'done',
      cancelling: false,
      counts: { imported: 1, cancelled: 4 },
      progress: { filesDone: 1 },
    });
    expect(view.attention).toEqual([]);
    expect(view.announcement).toMatchObject({ kind: 'finished', counts: { cancelled: 4 } });
  });

  it('a file read again keeps its place and changes the counts', () => {
    const { log, key } = running(1);
    log.record(key, 0, saved('garbled', { clean: false }));
    const [row] = log.view(0).attention;
    log.retrying(row!.key);
    expect(log.view(0).attention[0]).toMatchObject({ retrying: true, outcome: { id: 'garbled' } });
    log.retried(row!.key, duplicate);
    const view = log.view(0);
    expect(view.attention[0]).toMatchObject({ retrying: false, outcome: duplicate });
    expect(view.batches[0]?.counts).toMatchObject({ imported: 0, duplicates: 1 });
  });

  it('announces a start, then progress at most every ten seconds, then the outcome', () => {
    const { log, key } = running(100);
    expect(log.view(0).announcement).toEqual({ kind: 'started', batch: key, files: 100 });
    log.record(key, 0, saved('a'));
    log.announce(ANNOUNCE_EVERY_MS - 1);
    expect(log.view(0).announcement?.kind).toBe('started');
    log.announce(ANNOUNCE_EVERY_MS);
    expect(log.view(0).announcement).toEqual({
      kind: 'progress',
      batch: key,
      done: 1,
      total: 100,
    });
    log.finish(key, ANNOUNCE_EVERY_MS + 5);
    log.announce(3 * ANNOUNCE_EVERY_MS); // nothing runs: the outcome stays
    expect(log.view(0).announcement?.kind).toBe('finished');
  });

  it('runs batches newest first, and keeps the last finished ones only', () => {
    const log = new ImportLog();
    const keys: number[] = [];
    for (let i = 0; i <= MAX_BATCHES; i++) {
      const key = log.add({ kind: 'files' }, [toRead(`${i}.txt`)]);
      log.start(key, 0);
      log.record(key, 0, saved(`d${i}`));
      log.finish(key, 0);
      keys.push(key);
    }
    const waiting = log.add({ kind: 'paste' }, [toRead('')]);
    const view = log.view(0);
    expect(view.batches.map((batch) => batch.key)).toEqual([waiting, ...keys.slice(1).reverse()]);
    expect(view.batches[0]?.state).toBe('waiting');
    log.dismiss(waiting); // not finished: stays
    log.dismiss(keys.at(-1)!);
    expect(log.view(0).batches).toHaveLength(MAX_BATCHES);
    expect(log.view(0).recent.map((row) => row.path)).not.toContain(`${MAX_BATCHES}.txt`);
  });
});
