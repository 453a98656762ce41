// Changing the reader's own documents: rename, delete (with undo). Each works on whichever
// store holds the document, IndexedDB or the session.

import { sessionStore } from './sessionStore';
import {
  deleteStoredDocument,
  renameStoredDocument,
  saveStoredDocument,
  type StoredDocument,
} from './storage';

/**
 * Gives an imported document the reader's title, wherever it is kept; the title is kept when
 * its source is read again by a newer parser.
 * @throws {Error} when the title is blank; {StorageError} when storage refuses.
 */
export async function renameDocument(id: string, title: string): Promise<void> {
  const trimmed = title.trim();
  if (trimmed === '') throw new Error('A title cannot be empty.');
  if (sessionStore.get(id)) {
    sessionStore.rename(id, trimmed);
    return;
  }
  await renameStoredDocument(id, trimmed);
}

export type Deleted = { readonly document: StoredDocument; readonly sessionOnly: boolean };

/**
 * Removes an imported document and gives back what it was, for undo; null when there is none.
 * @throws {StorageError} when storage refuses.
 */
export async function deleteDocument(id: string): Promise<Deleted | null> {
  const inSession = sessionStore.delete(id);
  if (inSession) return { document: inSession, sessionOnly: true };
  const stored = await deleteStoredDocument(id);
  return stored ? { document: stored, sessionOnly: false } : null;
}

/**
 * Puts a deleted document back where it was, as it was (title, stamp and source included).
 * @throws {StorageError} when storage refuses.
 */
export async function undoDelete(deleted: Deleted): Promise<void> {
  if (deleted.sessionOnly) sessionStore.put(deleted.document);
  else await saveStoredDocument(deleted.document);
}
