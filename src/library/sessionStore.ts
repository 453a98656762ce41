// Imported documents that could not be stored (private mode, full storage): kept in memory so
// the reader can still open them until the tab closes.

import type { StoredDocument } from './storage';

const documents = new Map<string, StoredDocument>();

export const sessionStore = {
  put(document: StoredDocument): void {
    documents.set(document.id, document);
  },
  get(id: string): StoredDocument | undefined {
    return documents.get(id);
  },
  delete(id: string): StoredDocument | undefined {
    const document = documents.get(id);
    documents.delete(id);
    return document;
  },
  /** The reader's title, recorded as such (`customTitle`) like a stored rename. */
  rename(id: string, title: string): void {
    const document = documents.get(id);
    if (document)
      documents.set(id, {
        ...document,
        summary: { ...document.summary, title },
        customTitle: title,
      });
  },
  list(): StoredDocument[] {
    return [...documents.values()];
  },
};
