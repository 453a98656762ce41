// Importing files, as TanStack Query mutation options: the import (importer.ts) and what it
// changes in the library's queries, at a bounded rate however many files there are.

import { mutationOptions, type QueryClient } from '@tanstack/react-query';
import type { Encoding } from './decode';
import {
  importFiles,
  type ImportCallbacks,
  type ImportResult,
  type ImportSource,
} from './importer';
import { deleteDocument, relist } from './mutations';
import { libraryKeys } from './queryKeys';

/** One file to import. */
export type FileToImport = {
  readonly source: ImportSource;
  /**
   * The id of an earlier reading of the same file (with another encoding), which the new
   * reading replaces; null when there is none.
   */
  readonly replacing: string | null;
};

/** A pick of files (or a folder, or pasted text) to import, and how to read them. */
export type ImportRequest = ImportCallbacks & {
  readonly files: readonly FileToImport[];
  /** null: detect each file's encoding. */
  readonly encoding: Encoding | null;
  /** Called when the import starts: after the imports asked for before it (one at a time). */
  readonly onStart?: () => void;
};

/** While a batch runs, the library is listed again at most this often, and once at its end. */
export const RELIST_EVERY_MS = 1000;

/**
 * A function that lists the library again when called, at most once every `everyMs` ms
 * (`now()` in ms): the first call lists, later ones only after that much time. Only the list
 * itself (an exact key): what hangs under it (texts to search, the storage estimate) is read
 * again once, at the end.
 */
export function relistAtMost(
  client: QueryClient,
  everyMs: number,
  now: () => number = () => performance.now(),
): () => void {
  let last = -Infinity;
  return () => {
    const at = now();
    if (at - last < everyMs) return;
    last = at;
    void client.invalidateQueries({ queryKey: libraryKeys.list(), exact: true });
  };
}

/**
 * Imports a pick of files (importFiles: stored, kept for the session when storage refuses,
 * skipped as a duplicate, refused or cancelled, each file's result told by `onResult`).
 * An earlier reading that a file replaces is deleted once the new one is in the library.
 * Imports run one after another (scope 'import'): a second pick waits for the first. The
 * library is listed again at most once a second while documents are stored, and when the
 * import settles, when the texts the library searches are read again too. Never fails: what went wrong is in each file's ImportResult.
 */
export const importMutation = () =>
  mutationOptions({
    scope: { id: 'import' },
    // Nothing goes over the network: an offline browser imports all the same.
    networkMode: 'always',
    mutationFn: async (request: ImportRequest, { client }) => {
      request.onStart?.();
      const relistSoon = relistAtMost(client, RELIST_EVERY_MS);
      const results: (ImportResult | null)[] = request.files.map(() => null);
      await importFiles(
        request.files.map((file) => file.source),
        request.encoding,
        {
          signal: request.signal,
          onStatus: request.onStatus,
          onResult: (index, result) => {
            results[index] = result;
            request.onResult(index, result);
          },
          onStored: (ids) => {
            // A document of that id may have been read (and deleted) before: not its old reading.
            for (const id of ids) client.removeQueries({ queryKey: libraryKeys.document(id) });
            request.onStored?.(ids);
            relistSoon();
          },
        },
      );
      const replaced: string[] = [];
      for (const [index, file] of request.files.entries()) {
        const result = results[index];
        if (file.replacing === null || !result) continue;
        // The right reading is in the library (stored now, or already there): the earlier one goes.
        const kept =
          result.kind === 'saved' || result.kind === 'session-only' || result.kind === 'duplicate';
        if (kept && result.id !== file.replacing) replaced.push(file.replacing);
      }
      // The new reading is kept already: an earlier one that cannot be deleted only stays
      // listed beside it, where the reader can delete it.
      for (const id of replaced) await deleteDocument(id).catch(() => null);
      return { replaced };
    },
    onSuccess: ({ replaced }, _request, _onMutate, { client }) => {
      for (const id of replaced) client.removeQueries({ queryKey: libraryKeys.document(id) });
    },
    // The texts to search once per batch, not at each relist while it runs (they are all read).
    // They are read for the list as read again: loadArticleTexts waits for it.
    onSettled: (data, error, request, onMutate, context) =>
      Promise.all([
        relist(data, error, request, onMutate, context),
        context.client.invalidateQueries({ queryKey: libraryKeys.articleTexts() }),
      ]),
  });
