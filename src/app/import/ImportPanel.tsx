import { plural, t } from '@lingui/core/macro';
import { useId, useRef, useState } from 'react';
import { count } from '../../components/formatting';
import { ENCODINGS, isEncoding, type Encoding } from '../../library/decode';
import { MAX_IMPORT_BYTES } from '../../library/importProtocol';
import { encodingLabel } from '../../library/messages';
import { formatMegabytes } from '../../library/units';
import { Pager } from '../../components/Pager';
import { SLOT, Slotted } from '../../components/Slotted';
import { pageOf } from '../../thread/paging';
import { ImportRow } from './ImportRow';
import type { ImportJob } from './useImports';
import { Button } from '../../components/Button';

type Props = {
  readonly jobs: readonly ImportJob[];
  readonly onImport: (sources: { blob: Blob; name: string }[], encoding: Encoding | null) => void;
  readonly onRetry: (job: ImportJob, encoding: Encoding) => void;
  readonly onDismiss: (key: number) => void;
};

export function ImportPanel({ jobs, onImport, onRetry, onDismiss }: Props) {
  const pasteId = useId();
  const encodingId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [pasted, setPasted] = useState('');
  const [encoding, setEncoding] = useState<Encoding | 'auto'>('auto');
  const chosenEncoding = encoding === 'auto' ? null : encoding;
  // A pick of a thousand files is a thousand jobs: shown a page at a time, newest first.
  const [jobPage, setJobPage] = useState(0);
  const page = pageOf(jobs.length, JOBS_PER_PAGE, jobPage);
  const done = jobs.filter((job) => job.result !== null).length;
  const extension = SLOT;
  const limit = formatMegabytes(MAX_IMPORT_BYTES);

  return (
    <section
      aria-labelledby="import-heading"
      className="mt-10 rounded-lg border border-slate-200 p-4 dark:border-slate-800"
    >
      <h2 id="import-heading" className="text-lg font-semibold">
        {t`Add your own pages`}
      </h2>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
        <Slotted
          message={t({
            message: `Paste a saved page, choose ${extension} files (or a JSON file exported from Fil) or drop them anywhere on this page. Everything stays in this browser; files up to ${limit}.`,
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
            onImport([{ blob: new Blob([pasted], { type: 'text/plain' }), name: '' }], null);
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
            accept=".txt,text/plain,.json,application/json"
            multiple
            aria-label={t`Choose text files to import`}
            className="sr-only"
            onChange={(event) => {
              const files = [...(event.target.files ?? [])];
              if (files.length > 0)
                onImport(
                  files.map((file) => ({ blob: file, name: file.name })),
                  chosenEncoding,
                );
              event.target.value = '';
            }}
          />
          <Button size="medium" className="self-start" onClick={() => fileInput.current?.click()}>
            {t`Choose files…`}
          </Button>
          <label htmlFor={encodingId} className="mt-2 text-sm font-medium">
            {t({ message: 'Encoding', comment: 'the text encoding files are read with' })}
          </label>
          <select
            id={encodingId}
            value={encoding}
            onChange={(event) =>
              setEncoding(isEncoding(event.target.value) ? event.target.value : 'auto')
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
        </div>
      </div>
      {jobs.length > JOBS_PER_PAGE && (
        <p className="mt-4 text-sm text-slate-700 dark:text-slate-300" role="status">
          {doneText(done, jobs.length)}
        </p>
      )}
      {jobs.length > 0 && (
        <ul
          className="mt-4 space-y-2"
          aria-label={t({ message: 'Imports', comment: 'the list of files being imported' })}
          aria-live="polite"
        >
          {jobs.slice(page.start, page.end).map((job) => (
            <ImportRow key={job.key} job={job} onRetry={onRetry} onDismiss={onDismiss} />
          ))}
        </ul>
      )}
      <Pager
        page={page}
        onPage={setJobPage}
        items={t({ message: 'imports', comment: 'what the import panel’s pager pages through' })}
        className="mt-2"
      />
    </section>
  );
}

const JOBS_PER_PAGE = 20;

/** '3 of 45 imports done'. */
function doneText(done: number, total: number): string {
  const finished = count(done);
  return plural(total, {
    one: `${finished} of # import done`,
    other: `${finished} of # imports done`,
  });
}
