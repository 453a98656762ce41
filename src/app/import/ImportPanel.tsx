import { t } from '@lingui/core/macro';
import { useEffect, useEffectEvent, useId, useRef, useState } from 'react';
import { Button } from '../../components/Button';
import { SLOT, Slotted } from '../../components/Slotted';
import { ENCODINGS, isEncoding, type Encoding } from '../../library/decode';
import { MAX_IMPORT_BYTES } from '../../library/importProtocol';
import { encodingLabel } from '../../library/messages';
import { formatMegabytes } from '../../library/units';
import { pickedFromInput, type PickedFile } from './fileSelection';
import type { ImportRowData, LogView } from './importBatch';
import { ImportResults } from './ImportResults';

type Props = {
  readonly view: LogView;
  /** The encoding chosen for files chosen or dropped; null: detect each file's. */
  readonly encoding: Encoding | null;
  readonly onEncoding: (encoding: Encoding | null) => void;
  /** What a dropped folder's walk says ('Reading the folder… 120 files found'), or ''. */
  readonly walking: string;
  /** Files chosen, or a folder's files (with their paths from it), and the encoding chosen. */
  readonly onPick: (picked: PickedFile[], encoding: Encoding | null) => void;
  readonly onPaste: (text: string) => void;
  readonly onRetry: (row: ImportRowData, encoding: Encoding) => void;
  readonly onCancel: (key: number) => void;
  readonly onDismiss: (key: number) => void;
};

/** The input's files as picked, then emptied: the same files can be chosen again. */
function takeFiles(input: HTMLInputElement): PickedFile[] {
  const picked = pickedFromInput(input.files ?? []);
  input.value = '';
  return picked;
}

/**
 * The import panel: paste a page, choose files or a whole folder (and the encoding to read them
 * with), and what came of this visit's imports.
 */
export function ImportPanel({
  view,
  encoding,
  onEncoding,
  walking,
  onPick,
  onPaste,
  onRetry,
  onCancel,
  onDismiss,
}: Props) {
  const pasteId = useId();
  const encodingId = useId();
  const encodingHintId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const [pasted, setPasted] = useState('');
  const extension = SLOT;
  const limit = formatMegabytes(MAX_IMPORT_BYTES);
  const pick = (input: HTMLInputElement) => {
    const picked = takeFiles(input);
    if (picked.length > 0) onPick(picked, encoding);
  };
  // A prerendered library's file inputs take a choice before the app runs (the keyboard reaches
  // them), and no listener hears its change: files found in them once the panel is hydrated are
  // imported as if chosen now, rather than dropped without a word.
  const pickEarlier = useEffectEvent(() => {
    for (const input of [fileInput.current, folderInput.current])
      if (input?.files?.length) pick(input);
  });
  useEffect(() => pickEarlier(), []);

  return (
    <section
      aria-labelledby="import-heading"
      className="mt-10 rounded-lg border border-slate-200 p-4 dark:border-slate-800"
    >
      {/* Focusable from script: where the focus goes when the last import is dismissed. */}
      <h2 ref={heading} id="import-heading" tabIndex={-1} className="text-lg font-semibold">
        {t`Add your own pages`}
      </h2>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
        <Slotted
          message={t({
            message: `Paste a saved page, choose ${extension} files or a whole folder of them (JSON files exported from Fil too), or drop them anywhere on this page. Everything stays in this browser; files up to ${limit}.`,
            comment: '{extension} is “.txt”, shown as code; {limit} is a size, “100 MB”',
          })}
        >
          <code>.txt</code>
        </Slotted>
      </p>
      <div className="mt-4 grid gap-4 md:grid-cols-2">
        <form
          className="flex flex-col gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            if (pasted.trim() === '') return;
            // No name: pasted text has none, and what is stored keeps no interface word (an
            // untitled page stays untitled); the interface says 'Pasted text' when it shows it.
            onPaste(pasted);
            setPasted('');
          }}
        >
          <label htmlFor={pasteId} className="text-sm font-medium">
            {t`Paste a page`}
          </label>
          <textarea
            id={pasteId}
            value={pasted}
            onChange={(event) => setPasted(event.target.value)}
            rows={5}
            spellCheck={false}
            className="w-full rounded-md border border-slate-300 bg-white p-2 font-mono text-xs dark:border-slate-700 dark:bg-slate-900"
          />
          <Button
            size="medium"
            className="self-start"
            type="submit"
            disabled={pasted.trim() === ''}
          >
            {t`Import pasted text`}
          </Button>
        </form>
        <div className="flex flex-col gap-2">
          <span className="text-sm font-medium">
            {t({ message: 'Files', comment: 'heading of the import panel’s file picker' })}
          </span>
          <input
            ref={fileInput}
            type="file"
            accept=".txt,.text,text/plain,.json,application/json"
            multiple
            aria-label={t`Choose text files to import`}
            className="sr-only"
            onChange={(event) => pick(event.target)}
          />
          <input
            // webkitdirectory (every browser Fil supports) picks a folder, sub-folders included:
            // set on the element, since React knows no such attribute.
            ref={(input) => {
              folderInput.current = input;
              if (input) input.webkitdirectory = true;
            }}
            type="file"
            multiple
            aria-label={t`Choose a folder to import`}
            className="sr-only"
            onChange={(event) => pick(event.target)}
          />
          <div className="flex flex-wrap gap-2">
            <Button size="medium" onClick={() => fileInput.current?.click()}>
              {t`Choose files…`}
            </Button>
            <Button size="medium" onClick={() => folderInput.current?.click()}>
              {t`Choose a folder…`}
            </Button>
          </div>
          <label htmlFor={encodingId} className="mt-2 text-sm font-medium">
            {t({ message: 'Encoding', comment: 'the text encoding files are read with' })}
          </label>
          <select
            id={encodingId}
            aria-describedby={encodingHintId}
            value={encoding ?? 'auto'}
            onChange={(event) =>
              onEncoding(isEncoding(event.target.value) ? event.target.value : null)
            }
            className="w-64 max-w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-700 dark:bg-slate-900"
          >
            <option value="auto">
              {t({ message: 'Detect automatically', comment: 'the encoding option' })}
            </option>
            {ENCODINGS.map((value) => (
              <option key={value} value={value}>
                {encodingLabel(value)}
              </option>
            ))}
          </select>
          <p id={encodingHintId} className="text-sm text-slate-700 dark:text-slate-300">
            {t({
              message: 'For the files you choose or drop. Pasted text needs none.',
              comment: 'under the encoding menu: what it applies to',
            })}
          </p>
        </div>
      </div>
      <p role="status" className="mt-4 text-sm empty:mt-0">
        {walking}
      </p>
      <ImportResults
        view={view}
        onRetry={onRetry}
        onCancel={onCancel}
        onDismiss={onDismiss}
        fallbackFocus={heading}
      />
    </section>
  );
}
