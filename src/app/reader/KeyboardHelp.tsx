import { i18n } from '@lingui/core';
import { t } from '@lingui/core/macro';
import { useEffect, useRef } from 'react';
import { KEY_HELP, type KeyName } from '../../thread/keyHelp';

/** A key's name as printed: the character itself, or its word in the interface language. */
const keyText = (key: KeyName) => (typeof key === 'string' ? key : i18n._(key));

type Props = { readonly onClose: () => void };

/**
 * The list of keys, in a native modal dialog (focus trap, Escape and focus given back come
 * with it). Rendered while the reader's help is open; closing it calls onClose.
 */
export function KeyboardHelp({ onClose }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog
      ref={dialogRef}
      onClose={onClose}
      aria-labelledby="keyboard-help-title"
      className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-lg border border-slate-300 bg-white p-5 text-slate-900 backdrop:bg-slate-950/50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
    >
      <h2 id="keyboard-help-title" className="text-lg font-semibold">
        {t`Keyboard shortcuts`}
      </h2>
      <table className="mt-3 w-full text-sm">
        <thead className="sr-only">
          <tr>
            <th scope="col">{t({ message: 'Keys', comment: 'column heading: keyboard keys' })}</th>
            <th scope="col">
              {t({ message: 'Action', comment: 'column heading: what the keys do' })}
            </th>
          </tr>
        </thead>
        <tbody>
          {KEY_HELP.map(({ keys, action }) => (
            <tr key={action.id} className="border-t border-slate-200 dark:border-slate-800">
              <td className="py-1.5 pr-4">
                {keys.map((key) => (
                  <kbd
                    key={typeof key === 'string' ? key : key.id}
                    className="mr-1 rounded border border-slate-300 px-1.5 font-mono text-xs dark:border-slate-600"
                  >
                    {keyText(key)}
                  </kbd>
                ))}
              </td>
              <td className="py-1.5">{i18n._(action)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="dialog" className="mt-4 text-right">
        <button
          type="submit"
          className="rounded-md bg-slate-900 px-3 py-1.5 text-sm text-white dark:bg-slate-100 dark:text-slate-900"
        >
          {t`Close`}
        </button>
      </form>
    </dialog>
  );
}
