import { useEffect, useRef } from 'react';
import { KEY_HELP } from '../../thread/keys';

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
        Keyboard shortcuts
      </h2>
      <table className="mt-3 w-full text-sm">
        <thead className="sr-only">
          <tr>
            <th scope="col">Keys</th>
            <th scope="col">Action</th>
          </tr>
        </thead>
        <tbody>
          {KEY_HELP.map(({ keys, action }) => (
            <tr key={action} className="border-t border-slate-200 dark:border-slate-800">
              <td className="py-1.5 pr-4">
                {keys.map((key) => (
                  <kbd
                    key={key}
                    className="mr-1 rounded border border-slate-300 px-1.5 font-mono text-xs dark:border-slate-600"
                  >
                    {key}
                  </kbd>
                ))}
              </td>
              <td className="py-1.5">{action}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="dialog" className="mt-4 text-right">
        <button
          type="submit"
          className="rounded-md bg-slate-900 px-3 py-1.5 text-sm text-white dark:bg-slate-100 dark:text-slate-900"
        >
          Close
        </button>
      </form>
    </dialog>
  );
}
