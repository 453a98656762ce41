import { useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { ENCODING_LABELS, ENCODINGS, isEncoding, type Encoding } from '../../library/decode';
import { MAX_IMPORT_BYTES } from '../../library/importProtocol';
import { formatMegabytes } from '../../library/units';
import { Pager } from '../../components/Pager';
import { pageOf } from '../../thread/paging';
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

  return (
    <section
      aria-labelledby="import-heading"
      className="mt-10 rounded-lg border border-slate-200 p-4 dark:border-slate-800"
    >
      <h2 id="import-heading" className="text-lg font-semibold">
        Add your own pages
      </h2>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
        Paste a saved page, choose <code>.txt</code> files (or a JSON file exported from Fil) or
        drop them anywhere on this page. Everything stays in this browser; files up to{' '}
        {formatMegabytes(MAX_IMPORT_BYTES)}.
      </p>
      <div className="mt-4 grid gap-4 md:grid-cols-2">
        <form
          className="flex flex-col gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            if (pasted.trim() === '') return;
            onImport(
              [{ blob: new Blob([pasted], { type: 'text/plain' }), name: 'Pasted text' }],
              null,
            );
            setPasted('');
          }}
        >
          <label htmlFor={pasteId} className="text-sm font-medium">
            Paste a page
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
            Import pasted text
          </Button>
        </form>
        <div className="flex flex-col gap-2">
          <span className="text-sm font-medium">Files</span>
          <input
            ref={fileInput}
            type="file"
            accept=".txt,text/plain,.json,application/json"
            multiple
            aria-label="Choose text files to import"
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
          <Button
            size="medium"
            className="self-start"

            onClick={() => fileInput.current?.click()}
          >
            Choose files…
          </Button>
          <label htmlFor={encodingId} className="mt-2 text-sm font-medium">
            Encoding
          </label>
          <select
            id={encodingId}
            value={encoding}
            onChange={(event) =>
              setEncoding(isEncoding(event.target.value) ? event.target.value : 'auto')
            }
            className="w-64 max-w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-700 dark:bg-slate-900"
          >
            <option value="auto">Detect automatically</option>
            {ENCODINGS.map((value) => (
              <option key={value} value={value}>
                {ENCODING_LABELS[value]}
              </option>
            ))}
          </select>
        </div>
      </div>
      {jobs.length > JOBS_PER_PAGE && (
        <p className="mt-4 text-sm text-slate-700 dark:text-slate-300" role="status">
          {done.toLocaleString('en')} of {jobs.length.toLocaleString('en')} imports done
        </p>
      )}
      {jobs.length > 0 && (
        <ul className="mt-4 space-y-2" aria-label="Imports" aria-live="polite">
          {jobs.slice(page.start, page.end).map((job) => (
            <ImportRow key={job.key} job={job} onRetry={onRetry} onDismiss={onDismiss} />
          ))}
        </ul>
      )}
      <Pager page={page} onPage={setJobPage} items="imports" className="mt-2" />
    </section>
  );
}

const JOBS_PER_PAGE = 20;

const STAGE_LABELS = {
  reading: 'Reading',
  decoding: 'Decoding',
  parsing: 'Parsing',
  packing: 'Saving',
} as const;

function ImportRow({
  job,
  onRetry,
  onDismiss,
}: {
  job: ImportJob;
  onRetry: Props['onRetry'];
  onDismiss: Props['onDismiss'];
}) {
  const encodingId = useId();
  const { result, status } = job;
  return (
    <li
      className="rounded-md bg-slate-50 p-3 text-sm dark:bg-slate-900"
      data-import-name={job.source.name}
    >
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-medium break-all">{job.source.name}</span>
        {result === null && (
          <span className="text-slate-700 dark:text-slate-300" role="status">
            {status ? STAGE_LABELS[status.stage] : 'Waiting'}
            {status?.stage === 'reading' && status.total > 0
              ? ` ${Math.round((100 * status.loaded) / status.total)}%`
              : '…'}
          </span>
        )}
        {result !== null && (
          <button
            type="button"
            onClick={() => onDismiss(job.key)}
            className="ml-auto text-xs text-slate-600 underline dark:text-slate-400"
          >
            Dismiss
          </button>
        )}
      </div>
      {result === null && status?.stage === 'reading' && (
        <progress
          className="mt-2 w-full"
          max={status.total}
          value={status.loaded}
          aria-label={`Reading ${job.source.name}`}
        />
      )}
      {result?.kind === 'refused' && (
        <p className="mt-1 text-rose-700 dark:text-rose-400" data-import-outcome="refused">
          Not imported: {result.reason}
        </p>
      )}
      {result && result.kind !== 'refused' && (
        <>
          <p className="mt-1" data-import-outcome={result.kind}>
            {result.kind === 'saved'
              ? 'Imported and saved in this browser: '
              : 'Imported for this session only: '}
            <Link
              to={`/articles/${encodeURIComponent(result.id)}`}
              className="font-medium text-blue-700 underline dark:text-blue-300"
            >
              {result.title || 'Untitled document'}
            </Link>
          </p>
          {result.kind === 'session-only' && (
            <p className="mt-1 text-amber-800 dark:text-amber-300">{result.storageMessage}</p>
          )}
          {result.notices.length > 0 && (
            <ul className="mt-1 list-disc pl-5 text-slate-700 dark:text-slate-300">
              {result.notices.map((notice) => (
                <li key={notice}>{notice}</li>
              ))}
            </ul>
          )}
          {!result.clean && (
            <div className="mt-2 flex flex-wrap items-center gap-2">
              <label htmlFor={encodingId}>Read it again as</label>
              <select
                id={encodingId}
                defaultValue=""
                onChange={(event) => {
                  if (isEncoding(event.target.value)) onRetry(job, event.target.value);
                }}
                className="rounded-md border border-slate-300 bg-white px-2 py-1 dark:border-slate-700 dark:bg-slate-900"
              >
                <option value="" disabled>
                  another encoding…
                </option>
                {ENCODINGS.filter((value) => value !== result.encoding).map((value) => (
                  <option key={value} value={value}>
                    {ENCODING_LABELS[value]}
                  </option>
                ))}
              </select>
            </div>
          )}
        </>
      )}
    </li>
  );
}
