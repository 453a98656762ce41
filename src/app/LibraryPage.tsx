import { plural, t } from '@lingui/core/macro';
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
import { ImportPanel } from './import/ImportPanel';
import { useFileDrop } from './import/useFileDrop';
import { useImports } from './import/useImports';
import { useReparsePass } from './import/useReparsePass';
import { DocumentCard } from './DocumentCard';
import { ImportedDocuments } from './ImportedDocuments';
import { UndoToast } from './UndoToast';
import { useLocale } from '../components/useLocale';

export function LibraryPage() {
  // Re-renders in a new interface language (the page is not re-mounted: its state stays).
  useLocale();
  const { data: library } = useSuspenseQuery(libraryQuery());
  const { jobs, importAll, retryWithEncoding, dismiss } = useImports();
  // On the library, which loads the storage code anyway: a reader page of a bundled document
  // does not pay for it. A stored document opened directly is read again when it opens.
  useReparsePass();
  const renaming = useMutation(renameMutation());
  const deleting = useMutation(deleteMutation());
  const restoring = useMutation(undoDeleteMutation());
  // Kept apart from `deleting`: a later delete that fails must not take back the undo offer.
  const [deleted, setDeleted] = useState<Deleted | null>(null);

  const dropFiles = useCallback(
    (files: File[]) =>
      void importAll(
        files.map((file) => ({ blob: file, name: file.name })),
        null,
      ),
    [importAll],
  );
  const dragging = useFileDrop(dropFiles);

  const expireUndo = useCallback(() => setDeleted(null), []);
  // Each delete's own promise, not mutate's callbacks (which only the latest call gets): a
  // delete that worked offers its undo even when another began meanwhile. A failure shows
  // through `deleting.error`.
  const remove = (entry: LibraryEntry) =>
    void deleting.mutateAsync(entry.id).then(
      // A second click on a document already deleted finds nothing: the first undo stays.
      (gone) => gone && setDeleted(gone),
      () => undefined,
    );
  const restore = () => {
    if (deleted) restoring.mutate(deleted, { onSuccess: () => setDeleted(null) });
  };
  const rename = (entry: LibraryEntry, title: string) => renaming.mutate({ id: entry.id, title });

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

  const imported = library.entries.filter((entry) => entry.origin === 'imported');
  const documents = library.entries.filter((entry) => entry.origin === 'seed');
  const samples = library.entries.filter((entry) => entry.origin === 'sample');
  const bundled = documents.length;
  // Worded now: the library's list is kept across a change of interface language.
  const listing = library.storageProblem;
  const problems = [listing && storageProblemText(listing.problem, listing.detail), problem].filter(
    (message): message is string => message !== null,
  );

  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">{t`Library`}</h1>
      <p className="mt-1 text-slate-700 dark:text-slate-300">
        {plural(bundled, {
          one: '# document: an article with its reader comments, rebuilt into threads.',
          other: '# documents: articles with their reader comments, rebuilt into threads.',
        })}
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
      {imported.length > 0 && (
        <ImportedDocuments entries={imported} onDelete={remove} onRename={rename} />
      )}
      <ul
        className="mt-6 grid gap-4 md:grid-cols-2"
        aria-label={t({ message: 'Documents', comment: 'the list of documents bundled with Fil' })}
      >
        {documents.map((document) => (
          <DocumentCard key={document.id} document={document} />
        ))}
      </ul>
      <ImportPanel
        jobs={jobs}
        onImport={(sources, encoding) => void importAll(sources, encoding)}
        onRetry={(job, encoding) => void retryWithEncoding(job, encoding)}
        onDismiss={dismiss}
      />
      {samples.length > 0 && (
        <section aria-labelledby="samples-heading" className="mt-10">
          <h2 id="samples-heading" className="text-lg font-semibold">
            {t`Big thread sample`}
          </h2>
          <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
            {t`Generated by Fil’s own thread generator, to show how the reader copes with a very large thread.`}
          </p>
          <ul
            className="mt-4 grid gap-4 md:grid-cols-2"
            aria-label={t({ message: 'Samples', comment: 'the list of generated sample threads' })}
          >
            {samples.map((document) => (
              <DocumentCard key={document.id} document={document} heading="h3" />
            ))}
          </ul>
        </section>
      )}
      {deleted && (
        <UndoToast
          title={deleted.document.summary.title}
          language={deleted.document.summary.language}
          onUndo={restore}
          onExpire={expireUndo}
        />
      )}
      {dragging && (
        <div
          className="pointer-events-none fixed inset-0 z-40 flex items-center justify-center bg-blue-900/40 p-6"
          aria-hidden="true"
        >
          <p className="rounded-lg bg-white px-6 py-4 text-lg font-semibold text-slate-900 shadow-lg">
            {t`Drop files to import them`}
          </p>
        </div>
      )}
    </>
  );
}
