import { t } from '@lingui/core/macro';
import { useEffect } from 'react';

const UNDO_SECONDS = 8;

/** "Deleted …" with an undo button, gone after a few seconds. */
export function UndoToast({
  title,
  onUndo,
  onExpire,
}: {
  title: string;
  onUndo: () => void;
  onExpire: () => void;
}) {
  useEffect(() => {
    const timer = window.setTimeout(onExpire, UNDO_SECONDS * 1000);
    return () => window.clearTimeout(timer);
  }, [onExpire, title]);
  return (
    <div
      role="status"
      className="fixed inset-x-0 bottom-4 z-30 mx-auto flex w-fit max-w-[calc(100vw-2rem)] items-center gap-3 rounded-lg bg-slate-900 px-4 py-3 text-sm text-white shadow-lg dark:bg-slate-100 dark:text-slate-900"
    >
      <span>
        {t({
          message: `Deleted “${title}”.`,
          comment: 'after a document was deleted; {title} is its title',
        })}
      </span>
      <button type="button" onClick={onUndo} className="font-semibold underline">
        {t({ message: 'Undo', comment: 'button: bring back the document just deleted' })}
      </button>
    </div>
  );
}
