import { t } from '@lingui/core/macro';
import { useMutation, useSuspenseQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import {
  deleteMutation,
  renameMutation,
  undoDeleteMutation,
  type Deleted,
} from '../library/mutations';
import { storageProblemText } from '../library/messages';
import { libraryQuery, type LibraryEntry } from '../library/queries';
import { StorageError } from '../library/storage';
import { BulkActions } from './bulk/BulkActions';
import { LibraryCollection } from './collection/LibraryCollection';
import { useCollection } from './collection/useCollection';
import { ImportSection } from './import/ImportSection';
import { StoragePanel } from './storage/StoragePanel';
import { UndoStack } from '../components/UndoStack';
import { UndoToast } from '../components/UndoToast';
import { useLocale } from '../components/useLocale';

/**
 * The library: how to bring pages in and what storage holds, then every document, bundled and
 * imported, in one list to search, filter, sort and select (src/app/collection/), with the
 * actions on the selection (src/app/bulk/) and on one document (rename, delete with undo).
 */
export function LibraryPage() {
  // Re-renders in a new interface language (the page is not re-mounted: its state stays).
  useLocale();
  const { data: library } = useSuspenseQuery(libraryQuery());
  const collection = useCollection(library.entries);
  const renaming = useMutation(renameMutation());
  const deleting = useMutation(deleteMutation());
  const restoring = useMutation(undoDeleteMutation());
  // Kept apart from `deleting`: a later delete that fails must not take back the undo offer.
  const [deleted, setDeleted] = useState<Deleted | null>(null);

  const expireUndo = useCallback(() => setDeleted(null), []);
  // Each delete's own promise, not mutate's callbacks (which only the latest call gets): a
  // delete that worked offers its undo even when another began meanwhile. A failure shows
  // through `deleting.error`.
  const { mutateAsync: deleteOne } = deleting;
  const remove = useCallback(
    (entry: LibraryEntry) =>
      void deleteOne(entry.id).then(
        // A second click on a document already deleted finds nothing: the first undo stays.
        (gone) => gone && setDeleted(gone),
        () => undefined,
      ),
    [deleteOne],
  );
  const restore = () => {
    if (deleted) restoring.mutate(deleted, { onSuccess: () => setDeleted(null) });
  };
  const { mutate: renameOne } = renaming;
  const rename = useCallback(
    (entry: LibraryEntry, title: string) => renameOne({ id: entry.id, title }),
    [renameOne],
  );

  // What the reader did last decides: a change that worked clears an earlier failure's message.
  const writes: readonly { readonly submittedAt: number; readonly error: Error | null }[] = [
    renaming,
    deleting,
    restoring,
  ];
  const failure = writes.reduce((last, next) =>
    next.submittedAt > last.submittedAt ? next : last,
  ).error;
  // Storage says why as data, worded here in the interface language.
  const problem =
    failure instanceof StorageError
      ? storageProblemText(failure.problem, failure.detail)
      : (failure?.message ?? null);

  // Worded now: the library's list is kept across a change of interface language.
  const listing = library.storageProblem;
  const problems = [listing && storageProblemText(listing.problem, listing.detail), problem].filter(
    (message): message is string => message !== null,
  );

  return (
    // The row delete's undo notice and the bulk delete's (BulkActions) share one stack.
    <UndoStack>
      <h1 className="text-2xl font-bold tracking-tight">{t`Library`}</h1>
      <p className="mt-1 text-slate-700 dark:text-slate-300">
        {t`Articles with their reader comments, rebuilt into threads: the documents that come with Fil and the pages you import.`}
      </p>
      {problems.map((message) => (
        <p
          key={message}
          role="alert"
          className="mt-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
        >
          {message}
        </p>
      ))}
      <ImportSection />
      <StoragePanel />
      <LibraryCollection
        collection={collection}
        hasImports={library.entries.some((entry) => entry.origin === 'imported')}
        actions={
          <BulkActions
            selected={collection.selectedEntries}
            onDeleted={collection.clearSelection}
          />
        }
        onDelete={remove}
        onRename={rename}
      />
      {deleted && (
        <UndoToast
          title={deleted.document.summary.title}
          language={deleted.document.summary.language}
          onUndo={restore}
          onExpire={expireUndo}
          // The row that held the delete button is gone: the focus goes to Undo.
          focusUndo
        />
      )}
    </UndoStack>
  );
}
