import { useMutation } from '@tanstack/react-query';
import { useMemo, useSyncExternalStore } from 'react';
import type { Encoding } from '../../library/decode';
import type { ImportResult } from '../../library/importer';
import { importMutation, type ImportRequest } from '../../library/importMutation';
import type { ImportProblem } from '../../library/importProtocol';
import type { EntryFailure } from './droppedEntries';
import { selectFiles, type PickedFile, type SkipReason } from './fileSelection';
import {
  ImportLog,
  sumReadBytes,
  type BatchLabel,
  type FileToRead,
  type ImportRowData,
  type LogView,
} from './importBatch';

// The imports of this visit, kept while the reader goes to a document and back: a batch goes
// on when the library page is left, and the panel shows it again on return.
const log = new ImportLog();

/**
 * The panel is drawn again at most this often while files come in (a thousand files take
 * seconds; each drawing costs a React render of the panel), and at once when a batch starts,
 * ends or is cancelled.
 */
const REFRESH_EVERY_MS = 200;

/** While a batch runs, the panel is drawn again this often even when no file ends (time left). */
const TICK_MS = 1000;

const now = () => performance.now();
let view: LogView = log.view(now());
const listeners = new Set<() => void>();
let refresh: ReturnType<typeof setTimeout> | null = null;
let tick: ReturnType<typeof setTimeout> | null = null;

function publish() {
  if (refresh !== null) clearTimeout(refresh);
  if (tick !== null) clearTimeout(tick);
  refresh = null;
  tick = null;
  const at = now();
  log.announce(at);
  view = log.view(at);
  for (const listener of listeners) listener();
  if (view.batches.some((batch) => batch.state === 'running')) tick = setTimeout(publish, TICK_MS);
}

/** Something changed: shown within REFRESH_EVERY_MS, or at once when `urgent`. */
function changed(urgent = false) {
  if (urgent) publish();
  else refresh ??= setTimeout(publish, REFRESH_EVERY_MS);
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};
const snapshot = () => view;

/** Each running or waiting batch's cancel. */
const controllers = new Map<number, AbortController>();

/** What runs an import: the import mutation's mutateAsync. */
type ImportFn = (request: ImportRequest) => Promise<unknown>;

/** A batch: added to the log, imported (after any batch before it), then finished. */
async function runBatch(
  importFn: ImportFn,
  label: BatchLabel,
  toRead: readonly FileToRead[],
  encoding: Encoding | null,
  skipped: readonly { readonly path: string; readonly reason: SkipReason }[] = [],
  unreadable: readonly { readonly path: string; readonly problem: ImportProblem }[] = [],
): Promise<void> {
  const key = log.add(label, toRead, skipped, unreadable);
  changed(true);
  const controller = new AbortController();
  controllers.set(key, controller);
  const sizing = new AbortController();
  void sumReadBytes(
    toRead.map((file) => file.source),
    { signal: sizing.signal },
  ).then((bytes) => {
    if (bytes === null) return;
    log.sized(key, bytes);
    changed();
  });
  try {
    if (toRead.length === 0) log.start(key, now());
    else
      await importFn({
        files: toRead.map((file) => ({ source: file.source, replacing: null })),
        encoding,
        signal: controller.signal,
        onStart: () => {
          log.start(key, now());
          changed(true);
        },
        onResult: (index, result) => {
          log.record(key, index, result);
          changed();
        },
        onStatus: (index, status) => {
          log.status(key, index, status);
          changed();
        },
      });
  } finally {
    sizing.abort();
    controllers.delete(key);
    log.finish(key, now());
    changed(true);
  }
}

/**
 * A pick of files, a folder (chosen or dropped) or dropped files: what is read and what is
 * skipped (selectFiles), entries of a dropped folder that could not be listed refused with
 * what the browser said.
 */
async function importPicked(
  importFn: ImportFn,
  picked: readonly PickedFile[],
  encoding: Encoding | null,
  failures: readonly EntryFailure[] = [],
): Promise<void> {
  // In a task of its own: the browser hands a folder's thousand files over in the change
  // event's task, long already.
  await new Promise((resolve) => setTimeout(resolve, 0));
  // Paths from the folder chosen or dropped, the unreadable entries' too.
  const selection = selectFiles(picked, failures);
  const { folder, taken, skipped } = selection;
  const unreadable = selection.unreadable.map(({ path, detail }) => ({
    path,
    problem: { code: 'unreadable', name: path.split('/').at(-1) ?? path, detail } as const,
  }));
  await runBatch(
    importFn,
    folder === null ? { kind: 'files' } : { kind: 'folder', name: folder },
    taken.map(({ path, file }) => ({ path, source: { blob: file, name: file.name } })),
    encoding,
    skipped,
    unreadable,
  );
}

/**
 * Reads a row's file again with another encoding; the new reading replaces the earlier one in
 * the library (importMutation) and in the row.
 */
async function retryRow(importFn: ImportFn, row: ImportRowData, encoding: Encoding) {
  const source = row.source;
  if (!source || row.retrying) return;
  const outcome = row.outcome;
  const replacing =
    outcome && (outcome.kind === 'saved' || outcome.kind === 'session-only') ? outcome.id : null;
  log.retrying(row.key);
  changed(true);
  let result: ImportResult = { kind: 'cancelled' };
  try {
    await importFn({
      files: [{ source, replacing }],
      encoding,
      onResult: (_index, reading) => (result = reading),
    });
  } finally {
    log.retried(row.key, result);
    changed(true);
  }
}

function cancelBatch(key: number) {
  controllers.get(key)?.abort();
  log.cancel(key);
  changed(true);
}

function dismissBatch(key: number) {
  log.dismiss(key);
  changed(true);
}

/**
 * The reader's imports in this visit (ImportLog's view, drawn at a calm rate) and what the
 * panel does with them: import a pick of files or a folder, dropped files and folders or
 * pasted text; cancel a batch; read a file again with another encoding; dismiss a finished
 * batch. Imports run one batch at a time, in the order asked.
 */
export function useImports() {
  const current = useSyncExternalStore(subscribe, snapshot, snapshot);
  const { mutateAsync } = useMutation(importMutation());
  const actions = useMemo(
    () => ({
      importPicked: (
        picked: readonly PickedFile[],
        encoding: Encoding | null,
        failures?: readonly EntryFailure[],
      ) => importPicked(mutateAsync, picked, encoding, failures),
      /** Pasted text: no name (sourceNameText calls it 'Pasted text' when shown). */
      importPasted: (text: string) =>
        runBatch(
          mutateAsync,
          { kind: 'paste' },
          [{ path: '', source: { blob: new Blob([text], { type: 'text/plain' }), name: '' } }],
          null,
        ),
      retry: (row: ImportRowData, encoding: Encoding) => retryRow(mutateAsync, row, encoding),
      cancel: cancelBatch,
      dismiss: dismissBatch,
    }),
    [mutateAsync],
  );
  return { view: current, ...actions };
}
