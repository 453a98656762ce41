import { t } from '@lingui/core/macro';
import { useId } from 'react';
import { Button } from '../../components/Button';
import { selectedText } from '../../components/selectionText';
import { SLOT, Slotted } from '../../components/Slotted';
import { UndoToast } from '../../components/UndoToast';
import { useLocale } from '../../components/useLocale';
import { browserProblemText, exportProblemText } from '../../library/collectionMessages';
import { storageProblemText } from '../../library/messages';
import type { LibraryEntry } from '../../library/queries';
import { bundledNoteText, deletedText, deletingText, exportStatusText } from './bulkText';
import { useBulkActions, type BulkProblem } from './useBulkActions';

/** Props agreed between the library page (which owns the selection) and the bulk actions. */
export type BulkActionsProps = {
  /** The selected documents, in the library's current order; empty when none is selected. */
  readonly selected: readonly LibraryEntry[];
  /** Called once the selected documents were deleted: the page empties its selection. */
  readonly onDeleted: () => void;
};

/**
 * What can be done to the selected documents at once: delete the imported ones (with an undo
 * notice), export them all as a zip of their original texts or as JSON Lines of the parsed
 * documents. A bar above the list while something is selected; the page keeps it mounted
 * when nothing is, so that the undo notice stays after the selection is emptied.
 */
export function BulkActions({ selected, onDeleted }: BulkActionsProps) {
  useLocale();
  const actions = useBulkActions(selected, onDeleted);
  const noteId = useId();
  const note = bundledNoteText(actions.imported, actions.bundled);
  const nothingToDelete = actions.imported === 0;
  return (
    <>
      {selected.length > 0 && (
        <section
          aria-label={t({
            message: 'Selection',
            comment: 'the bar of actions on the selected documents',
          })}
          className="mt-4 rounded-lg border border-blue-200 bg-blue-50 p-3 dark:border-blue-900 dark:bg-blue-950/40"
          data-testid="bulk-actions"
        >
          <div className="flex flex-wrap items-center gap-2">
            <p className="mr-auto font-semibold">{selectedText(selected.length)}</p>
            <Button
              tone="danger"
              onClick={actions.remove}
              aria-disabled={nothingToDelete || actions.busy || undefined}
              aria-describedby={note ? noteId : undefined}
              className="min-h-8"
            >
              {t({ message: 'Delete', comment: 'button: delete the selected imported documents' })}
            </Button>
            <Button
              onClick={() => actions.exportAs('texts')}
              aria-disabled={actions.busy || undefined}
              className="min-h-8"
            >
              {t({
                message: 'Export as zip',
                comment: 'button: the original texts of the selection, in one zip file',
              })}
            </Button>
            <Button
              onClick={() => actions.exportAs('documents')}
              aria-disabled={actions.busy || undefined}
              className="min-h-8"
            >
              {t({
                message: 'Export as JSON Lines',
                comment: 'button: the parsed documents of the selection, one JSON document a line',
              })}
            </Button>
          </div>
          <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
            {t`The zip holds the original texts; JSON Lines holds the parsed documents, one a line.`}
          </p>
          {note && (
            <p id={noteId} className="mt-1 text-sm text-slate-700 dark:text-slate-300">
              {note}
            </p>
          )}
          {/* Polite: said when the reader pauses. The buttons stay focusable while busy
              (aria-disabled, so the focus is not dropped) and do nothing when pressed. */}
          <p role="status" className="text-sm font-medium">
            {actions.deleting !== null ? (
              <span className="mt-1 block">{deletingText(actions.deleting)}</span>
            ) : (
              actions.exporting && (
                <span className="mt-1 block">{exportStatusText(actions.exporting)}</span>
              )
            )}
          </p>
        </section>
      )}
      {actions.problem && (
        <p
          role="alert"
          className="mt-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm wrap-anywhere text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
        >
          <ProblemText problem={actions.problem} />
        </p>
      )}
      {actions.offer && (
        <UndoToast
          key={actions.offer.serial}
          message={deletedText(actions.offer.deleted.length, actions.offer.kept)}
          onUndo={actions.undo}
          onExpire={actions.expire}
          focusUndo
        />
      )}
    </>
  );
}

/** A failure in the interface language; a document's title in its own. */
function ProblemText({ problem }: { readonly problem: BulkProblem }) {
  if (problem.kind === 'storage')
    return <>{storageProblemText(problem.error.problem, problem.error.detail)}</>;
  if (problem.kind === 'other') return <>{browserProblemText(problem.name, problem.detail)}</>;
  const exported = problem.problem;
  if (!('document' in exported)) return <>{exportProblemText(exported)}</>;
  const { title, language } = exported.document;
  return (
    <Slotted message={exportProblemText(exported, SLOT)}>
      {title ? <span lang={language ?? undefined}>{title}</span> : t`Untitled document`}
    </Slotted>
  );
}
