// Changing the reader's own documents: rename, delete (one or many, with undo), restore from a
// backup, as TanStack Query
// mutation options that pages pass to useMutation. Each works on whichever store holds the
// document, IndexedDB or the session, and each refreshes what it changed through the library's
// query keys (the library is listed again even when the change failed: storage may have
// changed in part, or in another tab).

import { t } from '@lingui/core/macro';
import { mutationOptions, type MutationFunctionContext } from '@tanstack/react-query';
import { libraryKeys } from './queryKeys';
import { sessionStore } from './sessionStore';
import type { RestoreOutcome } from './backup';
import {
  deleteStoredDocuments,
  renameStoredDocument,
  saveStoredDocuments,
  StorageError,
  type StoredDocument,
} from './storage';

/** onSettled of every write: lists the library again; the mutation settles once it is listed. */
export function relist(
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

/**
 * A deleted document as it was, in each place it was kept, so that undo puts each copy back
 * where it was. A document can be in both: stored by a restore while this tab still held it
 * for the session.
 */
export type Deleted = {
  /** What the library showed (the stored copy, when there was one): its title for the notice. */
  readonly document: StoredDocument;
  /** The copy that was in storage; null when it was kept for this session only. */
  readonly stored: StoredDocument | null;
  /** The copy this session kept; null when there was none. */
  readonly session: StoredDocument | null;
};

/** Removes an imported document wherever it is kept; null when there is none. */
export async function deleteDocument(id: string): Promise<Deleted | null> {
  return (await deleteDocuments([id]))[0] ?? null;
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

/** Puts deleted documents back, each copy where it was: the stored ones in one transaction. */
async function putBack(deleted: readonly Deleted[]): Promise<void> {
  const stored = deleted.flatMap((each) => each.stored ?? []);
  // Not even opened when none was stored: it may be what refused them in the first place.
  if (stored.length > 0) await saveStoredDocuments(stored);
  for (const { session } of deleted) if (session) sessionStore.put(session);
}

/**
 * Puts a deleted document back where it was, as it was (title, stamp and source included).
 * Fails with StorageError when storage refuses; the Deleted can be given again then.
 */
export const undoDeleteMutation = () =>
  mutationOptions({
    mutationFn: (deleted: Deleted) => putBack([deleted]),
    onSettled: relist,
  });

/**
 * Removes several imported documents from storage (one transaction) and from the session, both
 * copies of a document kept in both. Gives back what was removed, in the order of `ids` (an id
 * with nothing under it is left out).
 * @throws {StorageError} when storage refuses; nothing is removed then, from either place.
 *   Storage that cannot be opened at all (`unavailable`: private mode) holds nothing the
 *   library could list: the session's documents are removed then, and the others are not.
 */
export async function deleteDocuments(ids: readonly string[]): Promise<Deleted[]> {
  // Storage first: when it refuses, the session's documents are still all there too.
  let stored: StoredDocument[];
  try {
    stored = await deleteStoredDocuments(ids);
  } catch (error) {
    const sessionOnly = ids.every((id) => sessionStore.get(id) !== undefined);
    if (!(error instanceof StorageError && error.problem === 'unavailable' && sessionOnly))
      throw error;
    stored = [];
  }
  const fromStorage = new Map(stored.map((document) => [document.id, document]));
  return ids.flatMap((id) => {
    const inStorage = fromStorage.get(id) ?? null;
    const inSession = sessionStore.delete(id) ?? null;
    const shown = inStorage ?? inSession;
    return shown ? [{ document: shown, stored: inStorage, session: inSession }] : [];
  });
}

/**
 * Removes the imported documents whose ids are given (a selection) and gives back what they
 * were, for undo; each one's cached reading (and source text) is dropped. Fails with
 * StorageError when storage refuses; nothing is removed then.
 */
export const bulkDeleteMutation = () =>
  mutationOptions({
    mutationFn: (ids: readonly string[]) => deleteDocuments(ids),
    onSuccess: (deleted, _ids, _onMutate, { client }) => {
      for (const { document } of deleted)
        client.removeQueries({ queryKey: libraryKeys.document(document.id) });
    },
    onSettled: relist,
  });

/**
 * Puts back what a bulk delete removed, each copy where it was and as it was: the stored ones in
 * one transaction, the others in the session. Fails with StorageError when storage refuses;
 * nothing is put back then, and the same list can be given again.
 */
export const undoBulkDeleteMutation = () =>
  mutationOptions({
    mutationFn: (deleted: readonly Deleted[]) => putBack(deleted),
    onSettled: relist,
  });

/** A backup file to restore, and who to tell how far it got (documents done, of the total). */
export type RestoreRequest = {
  readonly file: Blob;
  readonly onProgress?: (done: number, total: number) => void;
};

/**
 * Adds the documents of a backup file to the library (restoreBackup, src/library/backup.ts,
 * loaded when first used) and lists the library again. Fails with BackupError, which says why;
 * the library is as it was then.
 */
export const restoreMutation = () =>
  mutationOptions({
    mutationFn: async ({ file, onProgress }: RestoreRequest): Promise<RestoreOutcome> =>
      (await import('./backup')).restoreBackup(file, { onProgress }),
    onSettled: relist,
  });
