import { t } from '@lingui/core/macro';
import { useEffect } from 'react';
import { SLOT, Slotted } from './Slotted';

const UNDO_SECONDS = 8;

/**
 * "Deleted …" with an undo button, gone after a few seconds. The title is the document's own
 * text, marked with its `language` (null when unknown); an untitled one is 'Untitled document'
 * in the interface language, as its card said.
 */
export function UndoToast({
  title: documentTitle,
  language,
  onUndo,
  onExpire,
}: {
  title: string;
  language: string | null;
  onUndo: () => void;
  onExpire: () => void;
}) {
  const title = SLOT;
  useEffect(() => {
    const timer = window.setTimeout(onExpire, UNDO_SECONDS * 1000);
    return () => window.clearTimeout(timer);
  }, [onExpire, documentTitle]);
  return (
    <div
      role="status"
      className="fixed inset-x-0 bottom-4 z-30 mx-auto flex w-fit max-w-[calc(100vw-2rem)] items-center gap-3 rounded-lg bg-slate-900 px-4 py-3 text-sm text-white shadow-lg dark:bg-slate-100 dark:text-slate-900"
    >
      <span>
        <Slotted
          message={t({
            message: `Deleted “${title}”.`,
            comment: 'after a document was deleted; {title} is its title',
          })}
        >
          {documentTitle ? (
            <span lang={language ?? undefined}>{documentTitle}</span>
          ) : (
            // As the library's card named it, in the interface language.
            t`Untitled document`
          )}
        </Slotted>
      </span>
      <button type="button" onClick={onUndo} className="font-semibold underline">
        {t({ message: 'Undo', comment: 'button: bring back the document just deleted' })}
      </button>
    </div>
  );
}
