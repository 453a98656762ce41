// The imports of this visit as data: each pick of files, folder or pasted text is a batch of
// files, each file's outcome, the counts and progress of each batch, and which files the panel
// lists. No React, no timers and no words here (importText.ts words it): the panel reads a
// view of it (`ImportLog.view`) at a calm rate, however fast files come.

import type { ImportResult, ImportSource, ImportStatus } from '../../library/importer';
import { MAX_IMPORT_BYTES, type ImportProblem } from '../../library/importProtocol';
import type { SkipReason } from './fileSelection';

/** What came of one file: the import's result, or skipped without being read. */
export type Outcome = ImportResult | { readonly kind: 'skipped'; readonly reason: SkipReason };

/** One file of a batch as the panel lists it. Replaced (never changed) when its outcome comes. */
export type ImportRowData = {
  /** Unique in this visit. */
  readonly key: number;
  /** As shown: the path from the chosen folder, a file's name, or '' for pasted text. */
  readonly path: string;
  /** What is read (and read again with another encoding); null for a file not read. */
  readonly source: ImportSource | null;
  /** null while it waits or is being read. */
  readonly outcome: Outcome | null;
  /** Being read again with another encoding (its earlier outcome stays shown meanwhile). */
  readonly retrying: boolean;
};

/** What a batch came from, for its summary line. */
export type BatchLabel =
  | { readonly kind: 'folder'; readonly name: string }
  | { readonly kind: 'files' }
  | { readonly kind: 'paste' };

/**
 * 'waiting' behind an earlier batch (imports run one at a time), 'running', or 'done' (every
 * file has its outcome, cancelled ones included).
 */
export type BatchState = 'waiting' | 'running' | 'done';

/** How many files of a batch came to what. */
export type Counts = {
  /** Stored, or kept for this session only. */
  readonly imported: number;
  /** Of `imported`, those storage refused, kept for this session only. */
  readonly sessionOnly: number;
  /** Already in the library (or earlier in the batch): not stored again. */
  readonly duplicates: number;
  /** Not read: not a page by name or type (fileSelection.ts). */
  readonly skipped: number;
  /** Read, or tried, and refused with a reason. */
  readonly failed: number;
  /** Not imported because the reader cancelled. */
  readonly cancelled: number;
};

type CountName = keyof Counts;

const NO_COUNTS: Counts = {
  imported: 0,
  sessionOnly: 0,
  duplicates: 0,
  skipped: 0,
  failed: 0,
  cancelled: 0,
};

/** The counts an outcome adds to (session-only files count as imported too). */
function countsOf(outcome: Outcome): readonly CountName[] {
  switch (outcome.kind) {
    case 'saved':
      return ['imported'];
    case 'session-only':
      return ['imported', 'sessionOnly'];
    case 'duplicate':
      return ['duplicates'];
    case 'skipped':
      return ['skipped'];
    case 'refused':
      return ['failed'];
    case 'cancelled':
      return ['cancelled'];
  }
}

/**
 * Whether the panel lists a file among those to check: anything but a clean import (refused,
 * skipped, a duplicate, kept for this session only, read with doubtful characters, or with a
 * note of the parser's: cut short, a comment count that differs, a layout Fil does not read).
 * A page without comments is a plain import: most pages of a crawl are articles without any.
 * Cancelled files are counted, not listed.
 */
export function needsLook(outcome: Outcome): boolean {
  switch (outcome.kind) {
    case 'saved':
      return !outcome.clean || outcome.notices.some((notice) => notice.code !== 'no-comments');
    case 'cancelled':
      return false;
    default:
      return true;
  }
}

/** Time left is shown once the batch has run this long… */
export const ESTIMATE_AFTER_MS = 2000;
/** …and done this share of its bytes: before that, one file's pace says little of the rest. */
export const ESTIMATE_AFTER_SHARE = 0.05;

/**
 * Seconds left, from the pace so far: (bytesTotal − bytesDone) × elapsed ÷ bytesDone, bytes of
 * files finished only (a big file half read is no measure of parsing and saving it). null
 * until the estimate means something (ESTIMATE_AFTER_MS and ESTIMATE_AFTER_SHARE both reached)
 * and once everything is done.
 */
export function secondsLeft(
  bytesDone: number,
  bytesTotal: number,
  elapsedMs: number,
): number | null {
  if (elapsedMs < ESTIMATE_AFTER_MS || bytesTotal <= 0 || bytesDone >= bytesTotal) return null;
  if (bytesDone < ESTIMATE_AFTER_SHARE * bytesTotal) return null;
  return ((bytesTotal - bytesDone) * elapsedMs) / bytesDone / 1000;
}

/** How far a running batch is. */
export type Progress = {
  /** Files read (or refused, or found to be duplicates) of those to read; skipped ones apart. */
  readonly filesDone: number;
  readonly filesTotal: number;
  /** Bytes of the files done, plus what the worker has read of a big file in hand. */
  readonly bytesDone: number;
  /**
   * Bytes of the files to read (those over MAX_IMPORT_BYTES are refused unread: not counted);
   * null until they are summed (a file's first size is a disk access: `sized`).
   */
  readonly bytesTotal: number | null;
  readonly secondsLeft: number | null;
};

/** A big file in the worker (PROGRESS_MIN_BYTES or more), for the line that says so. */
export type InHand = { readonly path: string; readonly status: ImportStatus };

export type BatchView = {
  readonly key: number;
  readonly label: BatchLabel;
  /** Every file of the pick: to read, skipped, unreadable. */
  readonly files: number;
  readonly state: BatchState;
  /** The reader cancelled; files in hand finish or are dropped (importFiles). */
  readonly cancelling: boolean;
  readonly progress: Progress;
  readonly counts: Counts;
  readonly inHand: InHand | null;
};

/** What the panel's live region says, at a calm rate (ImportLog.announce). */
export type Announcement =
  /** `files`: those to read, as the progress counts them. */
  | { readonly kind: 'started'; readonly batch: number; readonly files: number }
  | {
      readonly kind: 'progress';
      readonly batch: number;
      readonly done: number;
      readonly total: number;
    }
  | {
      readonly kind: 'finished';
      readonly batch: number;
      readonly label: BatchLabel;
      readonly files: number;
      readonly counts: Counts;
    };

export type LogView = {
  /** Newest first. */
  readonly batches: readonly BatchView[];
  /** Files to check (needsLook), newest batch first, each batch's in the order they came. */
  readonly attention: readonly ImportRowData[];
  /** The last RECENT_ROWS plain imports, newest first. */
  readonly recent: readonly ImportRowData[];
  readonly announcement: Announcement | null;
};

/** Plain imports listed (the library lists them all). */
export const RECENT_ROWS = 5;
/** Batches kept in the panel: an older one's summary and rows go (its documents stay). */
export const MAX_BATCHES = 10;
/** The live region tells a running batch's progress at most this often. */
export const ANNOUNCE_EVERY_MS = 10_000;

/** A file to read, as a batch is given it. */
export type FileToRead = { readonly path: string; readonly source: ImportSource };

class Batch {
  readonly key: number;
  readonly label: BatchLabel;
  /** The files to read (index i is importFiles's index i), then those not read. */
  readonly rows: ImportRowData[];
  readonly toRead: number;
  bytesTotal: number | null = null;
  state: BatchState = 'waiting';
  cancelling = false;
  startedAt = 0;
  filesDone = 0;
  bytesDone = 0;
  counts: Counts = NO_COUNTS;
  /** Indices into rows, in the order their outcomes came. */
  readonly attention: number[] = [];
  inHand: { readonly index: number; readonly status: ImportStatus } | null = null;

  constructor(key: number, label: BatchLabel, rows: readonly ImportRowData[], toRead: number) {
    this.key = key;
    this.label = label;
    this.rows = [...rows];
    this.toRead = toRead;
  }

  count(outcome: Outcome, by: 1 | -1) {
    const counts = { ...this.counts };
    for (const name of countsOf(outcome)) counts[name] += by;
    this.counts = counts;
  }
}

/**
 * The bytes of a file that the worker reads: none for one refused before reading. Read once a
 * file is done, when its size is known already (handed to the worker): a file from a folder
 * costs a disk access for its first size, which `sumReadBytes` pays in slices.
 */
function readBytes(source: ImportSource | null): number {
  const size = source?.blob.size ?? 0;
  return size <= MAX_IMPORT_BYTES ? size : 0;
}

/**
 * The bytes the worker reads of `sources` (readBytes), summed in slices of about `budgetMs`
 * between which `pause()` lets the page work: a file chosen in a folder has no size until it is
 * asked for, and each first size is a disk access (~0.2–0.5 ms in Chromium), so a thousand in
 * one go would hold the main thread for hundreds of milliseconds. null when `signal` aborts.
 */
export async function sumReadBytes(
  sources: readonly ImportSource[],
  {
    budgetMs = 8,
    now = () => performance.now(),
    pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0)),
    signal,
  }: {
    budgetMs?: number;
    now?: () => number;
    pause?: () => Promise<void>;
    signal?: AbortSignal;
  } = {},
): Promise<number | null> {
  let total = 0;
  let sliceStart = now();
  for (const source of sources) {
    if (now() - sliceStart >= budgetMs) {
      await pause();
      if (signal?.aborted) return null;
      sliceStart = now();
    }
    total += readBytes(source);
  }
  return total;
}

/**
 * The imports of this visit: batches, newest first, each file's row and outcome. Changed by
 * the import's callbacks (record, status…), read by the panel through `view`. Unknown batch or
 * row keys are ignored (a batch dismissed while its files finish).
 */
export class ImportLog {
  private batches: Batch[] = [];
  /** Plain imports: [batch key, row index], newest last; at most RECENT_ROWS. */
  private recentRows: (readonly [number, number])[] = [];
  private nextKey = 1;
  private announcement: Announcement | null = null;
  private announcedAt = -Infinity;

  /**
   * A new batch (waiting): `toRead`, the files the worker reads, in order; `skipped`, files not
   * read; `unreadable`, files that could not even be listed (a dropped folder's entry), refused
   * with the problem. Its key. The oldest finished batches beyond MAX_BATCHES are dropped.
   */
  add(
    label: BatchLabel,
    toRead: readonly FileToRead[],
    skipped: readonly { readonly path: string; readonly reason: SkipReason }[] = [],
    unreadable: readonly { readonly path: string; readonly problem: ImportProblem }[] = [],
  ): number {
    const key = this.nextKey++;
    const row = (path: string, source: ImportSource | null, outcome: Outcome | null) => ({
      key: this.nextKey++,
      path,
      source,
      outcome,
      retrying: false,
    });
    const rows: ImportRowData[] = [
      ...toRead.map((file) => row(file.path, file.source, null)),
      ...skipped.map((file) => row(file.path, null, { kind: 'skipped', reason: file.reason })),
      ...unreadable.map((file) => row(file.path, null, { kind: 'refused', reason: file.problem })),
    ];
    const batch = new Batch(key, label, rows, toRead.length);
    for (let index = toRead.length; index < rows.length; index++) {
      batch.count(rows[index]!.outcome!, 1);
      batch.attention.push(index);
    }
    this.batches.unshift(batch);
    this.trim();
    return key;
  }

  /** The batch starts: its clock for the time left, and the live region says so. */
  start(key: number, at: number): void {
    const batch = this.batch(key);
    if (!batch || batch.state !== 'waiting') return;
    batch.state = 'running';
    batch.startedAt = at;
    this.say({ kind: 'started', batch: key, files: batch.toRead }, at);
  }

  /** File `index` (of those to read) came to `result`. */
  record(key: number, index: number, result: ImportResult): void {
    const batch = this.batch(key);
    const row = batch?.rows[index];
    if (!batch || !row || index >= batch.toRead || row.outcome !== null) return;
    batch.rows[index] = { ...row, outcome: result };
    batch.count(result, 1);
    if (result.kind !== 'cancelled') {
      batch.filesDone++;
      batch.bytesDone += readBytes(row.source);
    }
    if (batch.inHand?.index === index) batch.inHand = null;
    if (needsLook(result)) batch.attention.push(index);
    else if (result.kind !== 'cancelled') {
      this.recentRows.push([key, index]);
      if (this.recentRows.length > RECENT_ROWS) this.recentRows.shift();
    }
  }

  /** The bytes of the batch's files to read are known (sumReadBytes). */
  sized(key: number, bytes: number): void {
    const batch = this.batch(key);
    if (batch) batch.bytesTotal = bytes;
  }

  /** How far the worker is with a big file (index among those to read). */
  status(key: number, index: number, status: ImportStatus): void {
    const batch = this.batch(key);
    if (batch && index < batch.toRead && batch.rows[index]?.outcome === null)
      batch.inHand = { index, status };
  }

  /** The reader cancelled: shown at once, until the import's last results come. */
  cancel(key: number): void {
    const batch = this.batch(key);
    if (batch && batch.state !== 'done') batch.cancelling = true;
  }

  /** Every file has its outcome: the live region gives the batch's counts. */
  finish(key: number, at: number): void {
    const batch = this.batch(key);
    if (!batch || batch.state === 'done') return;
    batch.state = 'done';
    batch.cancelling = false;
    batch.inHand = null;
    this.say(
      {
        kind: 'finished',
        batch: key,
        label: batch.label,
        files: batch.rows.length,
        counts: batch.counts,
      },
      at,
    );
  }

  /** Removes a finished batch's summary and rows from the panel. */
  dismiss(key: number): void {
    const batch = this.batch(key);
    if (!batch || batch.state !== 'done') return;
    this.batches = this.batches.filter((other) => other !== batch);
    this.recentRows = this.recentRows.filter(([batchKey]) => batchKey !== key);
  }

  /** A file is read again with another encoding: its earlier outcome stays shown meanwhile. */
  retrying(rowKey: number): void {
    const found = this.row(rowKey);
    if (found) found.batch.rows[found.index] = { ...found.row, retrying: true };
  }

  /**
   * The new reading's result replaces the row's outcome and its counts; the row stays where it
   * is listed (a list that moved under the reader's focus would lose it).
   */
  retried(rowKey: number, result: ImportResult): void {
    const found = this.row(rowKey);
    if (!found) return;
    const { batch, index, row } = found;
    if (row.outcome) batch.count(row.outcome, -1);
    batch.count(result, 1);
    batch.rows[index] = { ...row, outcome: result, retrying: false };
  }

  /**
   * Moves the live region on at `at`: a running batch's progress once ANNOUNCE_EVERY_MS has
   * passed since the last announcement (started, progress or finished).
   */
  announce(at: number): void {
    if (at - this.announcedAt < ANNOUNCE_EVERY_MS) return;
    const running = this.batches.find((batch) => batch.state === 'running');
    if (running)
      this.say(
        {
          kind: 'progress',
          batch: running.key,
          done: running.filesDone,
          total: running.toRead,
        },
        at,
      );
  }

  /** What the panel shows at `at` (ms, the clock `start` was given). */
  view(at: number): LogView {
    const attention: ImportRowData[] = [];
    for (const batch of this.batches)
      for (const index of batch.attention) attention.push(batch.rows[index]!);
    const recent: ImportRowData[] = [];
    for (let i = this.recentRows.length - 1; i >= 0; i--) {
      const [key, index] = this.recentRows[i]!;
      const row = this.batch(key)?.rows[index];
      if (row) recent.push(row);
    }
    return {
      batches: this.batches.map((batch) => batchView(batch, at)),
      attention,
      recent,
      announcement: this.announcement,
    };
  }

  private say(announcement: Announcement, at: number) {
    this.announcement = announcement;
    this.announcedAt = at;
  }

  private batch(key: number): Batch | undefined {
    return this.batches.find((batch) => batch.key === key);
  }

  private row(rowKey: number) {
    for (const batch of this.batches) {
      const index = batch.rows.findIndex((row) => row.key === rowKey);
      if (index >= 0) return { batch, index, row: batch.rows[index]! };
    }
    return null;
  }

  private trim() {
    let kept = 0;
    this.batches = this.batches.filter((batch) => batch.state !== 'done' || ++kept <= MAX_BATCHES);
    const keys = new Set(this.batches.map((batch) => batch.key));
    this.recentRows = this.recentRows.filter(([key]) => keys.has(key));
  }
}

function batchView(batch: Batch, at: number): BatchView {
  const inHand = batch.inHand;
  // A big file's bytes read so far show in the bytes done; the estimate goes by whole files.
  const reading = inHand?.status.stage === 'reading' ? inHand.status.loaded : 0;
  const running = batch.state === 'running';
  return {
    key: batch.key,
    label: batch.label,
    files: batch.rows.length,
    state: batch.state,
    cancelling: batch.cancelling,
    progress: {
      filesDone: batch.filesDone,
      filesTotal: batch.toRead,
      bytesDone: batch.bytesDone + reading,
      bytesTotal: batch.bytesTotal,
      secondsLeft:
        running && batch.bytesTotal !== null
          ? secondsLeft(batch.bytesDone, batch.bytesTotal, at - batch.startedAt)
          : null,
    },
    counts: batch.counts,
    inHand: inHand ? { path: batch.rows[inHand.index]!.path, status: inHand.status } : null,
  };
}
