// Changing the reader's own documents: import, rename, delete (with undo), as TanStack Query
// mutation options that pages pass to useMutation. Each works on whichever store holds the
// document, IndexedDB or the session, and each refreshes what it changed through the library's
// query keys (the library is listed again even when the change failed: storage may have
// changed in part, or in another tab).

import { t } from '@lingui/core/macro';
import { mutationOptions, type MutationFunctionContext } from '@tanstack/react-query';
import type { Encoding } from './decode';
import { importSource, type ImportResult, type ImportSource, type ImportStatus } from './importer';
import { libraryKeys } from './queryKeys';
import { sessionStore } from './sessionStore';
import {
  deleteStoredDocument,
  renameStoredDocument,
  saveStoredDocument,
  type StoredDocument,
} from './storage';

/** onSettled of every write: lists the library again; the mutation settles once it is listed. */
function relist(
  _data: unknown,
  _error: Error | null,
  _variables: unknown,
  _onMutate: unknown,
  { client }: MutationFunctionContext,
) {
  return client.invalidateQueries({ queryKey: libraryKeys.list() });
}

async function renameDocument(id: string, title: string): Promise<void> {
  const trimmed = title.trim();
  if (trimmed === '') throw new Error(t`A title cannot be empty.`);
  if (sessionStore.get(id)) {
    sessionStore.rename(id, trimmed);
    return;
  }
  await renameStoredDocument(id, trimmed);
}

/**
 * Gives an imported document the reader's title (`{ id, title }`), wherever it is kept; the
 * title is kept when its source is read again by a newer parser. The document's cached
 * reading is dropped, so that the reader shows the new title.
 * Fails with Error when the title is blank, with StorageError when storage refuses; nothing
 * is changed then.
 */
export const renameMutation = () =>
  mutationOptions({
    mutationFn: ({ id, title }: { readonly id: string; readonly title: string }) =>
      renameDocument(id, title),
    onSuccess: (_, { id }, _onMutate, { client }) =>
      client.removeQueries({ queryKey: libraryKeys.document(id) }),
    onSettled: relist,
  });

/** A deleted document as it was, and where it was kept, so that undo can put it back. */
export type Deleted = { readonly document: StoredDocument; readonly sessionOnly: boolean };

async function deleteDocument(id: string): Promise<Deleted | null> {
  const inSession = sessionStore.delete(id);
  if (inSession) return { document: inSession, sessionOnly: true };
  const stored = await deleteStoredDocument(id);
  return stored ? { document: stored, sessionOnly: false } : null;
}

/**
 * Removes an imported document (by id) and gives back what it was, for undo; null when there
 * is none. Fails with StorageError when storage refuses; nothing is removed then.
 */
export const deleteMutation = () =>
  mutationOptions({
    mutationFn: deleteDocument,
    onSuccess: (_, id, _onMutate, { client }) =>
      client.removeQueries({ queryKey: libraryKeys.document(id) }),
    onSettled: relist,
  });

/**
 * Puts a deleted document back where it was, as it was (title, stamp and source included).
 * Fails with StorageError when storage refuses; the Deleted can be given again then.
 */
export const undoDeleteMutation = () =>
  mutationOptions({
    mutationFn: async (deleted: Deleted) => {
      if (deleted.sessionOnly) sessionStore.put(deleted.document);
      else await saveStoredDocument(deleted.document);
    },
    onSettled: relist,
  });

/** One file to import, and how to read it. */
export type FileToImport = {
  readonly source: ImportSource;
  /** null: detect the encoding. */
  readonly encoding: Encoding | null;
  readonly onProgress: (status: ImportStatus) => void;
  /**
   * The id of an earlier reading of the same file (with another encoding), which the new
   * reading replaces; null when there is none.
   */
  readonly replacing: string | null;
};

/**
 * Imports one file (see importSource): stored, or kept for the session when storage refuses,
 * or refused with the reason in the result. An earlier reading it replaces is deleted. Never
 * fails: what went wrong is in the ImportResult.
 */
export const importMutation = () =>
  mutationOptions({
    mutationFn: async ({
      source,
      encoding,
      onProgress,
      replacing,
    }: FileToImport): Promise<{ result: ImportResult; replaced: string | null }> => {
      const result = await importSource(source, encoding, onProgress);
      const replaced =
        replacing !== null && result.kind !== 'refused' && result.id !== replacing
          ? replacing
          : null;
      // The new reading is kept already: an earlier one that cannot be deleted only stays
      // listed beside it, where the reader can delete it.
      if (replaced !== null) await deleteDocument(replaced).catch(() => null);
      return { result, replaced };
    },
    onSuccess: ({ result, replaced }, _request, _onMutate, { client }) => {
      if (replaced !== null) client.removeQueries({ queryKey: libraryKeys.document(replaced) });
      // The same file imported again keeps its id: the reader must not show the old reading.
      if (result.kind !== 'refused')
        client.removeQueries({ queryKey: libraryKeys.document(result.id) });
    },
    onSettled: relist,
  });
