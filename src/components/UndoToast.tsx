import { t } from '@lingui/core/macro';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { SLOT, Slotted } from './Slotted';
import { useUndoSlot } from './UndoStack';

const UNDO_SECONDS = 8;

/** One document deleted: its title (the document's own text) and the language it is in. */
type OneDeleted = { readonly title: string; readonly language: string | null; message?: never };
/** Several deleted: what to say, already worded ('12 documents deleted.'). */
type ManyDeleted = { readonly message: string; title?: never; language?: never };

type Props = (OneDeleted | ManyDeleted) & {
  readonly onUndo: () => void;
  readonly onExpire: () => void;
  /** Move the focus to Undo when shown (when the control that deleted is gone from the page). */
  readonly focusUndo?: boolean;
};

/**
 * "Deleted …" with an undo button, gone after a few seconds. For one document, its title is the
 * document's own text, marked with its `language` (null when unknown); an untitled one is
 * 'Untitled document' in the interface language, as its card said. For several, `message` says
 * how many. The time runs again from the start while the pointer or the focus is on the notice,
 * so that it never goes while the reader is reaching for Undo (WCAG 2.2.1); a new title or
 * message starts it again. Inside an UndoStack it is listed with the page's other notices;
 * outside one it is fixed to the bottom of the screen on its own.
 */
export function UndoToast({
  title: documentTitle,
  language,
  message,
  onUndo,
  onExpire,
  focusUndo,
}: Props) {
  const [held, setHeld] = useState({ pointer: false, focus: false });
  const undo = useRef<HTMLButtonElement>(null);
  const what = message ?? documentTitle;
  const slot = useUndoSlot();
  useEffect(() => {
    if (held.pointer || held.focus) return;
    const timer = window.setTimeout(onExpire, UNDO_SECONDS * 1000);
    return () => window.clearTimeout(timer);
  }, [onExpire, what, held.pointer, held.focus]);
  useEffect(() => {
    if (focusUndo) undo.current?.focus();
    // Again once the stack is in the page: the notice waits for it (below).
  }, [focusUndo, what, slot]);
  let said: ReactNode;
  if (message !== undefined) said = message;
  else {
    const title = SLOT;
    said = (
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
    );
  }
  // The stack is put in the page with it: shown once it is there, not moved into it (which
  // would drop the focus given to Undo).
  if (slot === null) return null;
  const notice = (
    <div
      role="status"
      onPointerEnter={() => setHeld((was) => ({ ...was, pointer: true }))}
      onPointerLeave={() => setHeld((was) => ({ ...was, pointer: false }))}
      onFocus={() => setHeld((was) => ({ ...was, focus: true }))}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget))
          setHeld((was) => ({ ...was, focus: false }));
      }}
      className={`${slot ? 'pointer-events-auto max-w-full' : 'fixed inset-x-0 bottom-4 z-30 mx-auto max-w-[calc(100vw-2rem)]'} flex w-fit items-center gap-3 rounded-lg bg-slate-900 px-4 py-3 text-sm text-white shadow-lg dark:bg-slate-100 dark:text-slate-900`}
    >
      <span className="min-w-0 wrap-anywhere">{said}</span>
      <button
        ref={undo}
        type="button"
        onClick={onUndo}
        className="min-h-6 font-semibold underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-white dark:focus-visible:outline-slate-900"
      >
        {t({ message: 'Undo', comment: 'button: bring back the document just deleted' })}
      </button>
    </div>
  );
  return slot ? createPortal(notice, slot) : notice;
}
