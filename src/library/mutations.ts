// Changing the reader's own documents: rename, delete (with undo), as TanStack Query
// mutation options that pages pass to useMutation. Each works on whichever store holds the
// document, IndexedDB or the session, and each refreshes what it changed through the library's
// query keys (the library is listed again even when the change failed: storage may have
// changed in part, or in another tab).

import { t } from '@lingui/core/macro';
import { mutationOptions, type MutationFunctionContext } from '@tanstack/react-query';
import { libraryKeys } from './queryKeys';
import { sessionStore } from './sessionStore';
import {
  deleteStoredDocument,
  renameStoredDocument,
  saveStoredDocument,
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

/** A deleted document as it was, and where it was kept, so that undo can put it back. */
export type Deleted = { readonly document: StoredDocument; readonly sessionOnly: boolean };

/** Removes an imported document wherever it is kept; null when there is none. */
export async function deleteDocument(id: string): Promise<Deleted | null> {
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
