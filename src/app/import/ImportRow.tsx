import { i18n, type MessageDescriptor } from '@lingui/core';
import { msg, t } from '@lingui/core/macro';
import { useId } from 'react';
import { Link } from 'react-router';
import { ENCODINGS, isEncoding, type Encoding } from '../../library/decode';
import type { ImportNotice, ImportStage } from '../../library/importProtocol';
import {
  encodingLabel,
  importNoticeText,
  importProblemText,
  sourceNameText,
  storageProblemText,
} from '../../library/messages';
import { diagnosticText, type NoteText } from '../../thread/diagnosticText';
import type { ImportJob } from './useImports';

const STAGE_LABELS: Record<ImportStage, MessageDescriptor> = {
  reading: msg({ message: 'Reading', comment: 'an import’s stage' }),
  decoding: msg({ message: 'Decoding', comment: 'an import’s stage' }),
  parsing: msg({ message: 'Parsing', comment: 'an import’s stage' }),
  packing: msg({ message: 'Saving', comment: 'an import’s stage' }),
};

/**
 * A notice in the interface language (the parser's notes through the reader's own wording), or
 * in English (`lang` 'en') for a note that only has the parser's stored message.
 */
function noticeText(notice: ImportNotice): NoteText {
  return notice.code === 'diagnostic'
    ? diagnosticText(notice.diagnostic)
    : { text: importNoticeText(notice), lang: null };
}

/** One file being imported, then what came of it: a link to the document, or why not. */
export function ImportRow({
  job,
  onRetry,
  onDismiss,
}: {
  job: ImportJob;
  onRetry: (job: ImportJob, encoding: Encoding) => void;
  onDismiss: (key: number) => void;
}) {
  const encodingId = useId();
  const { result, status } = job;
  // A file's name, or 'Pasted text' in the interface language for pasted text (which has none).
  const name = sourceNameText(job.source.name);
  // How much of the file is read, '42%' ('42 %' in French).
  const progress =
    status?.stage === 'reading' && status.total > 0
      ? ` ${i18n.number(status.loaded / status.total, { style: 'percent', maximumFractionDigits: 0 })}`
      : '…';
  return (
    <li className="rounded-md bg-slate-50 p-3 text-sm dark:bg-slate-900" data-import-name={name}>
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-medium break-all">{name}</span>
        {result === null && (
          <span className="text-slate-700 dark:text-slate-300" role="status">
            {status
              ? i18n._(STAGE_LABELS[status.stage])
              : t({ message: 'Waiting', comment: 'an import waiting for its turn' })}
            {progress}
          </span>
        )}
        {result !== null && (
          <button
            type="button"
            onClick={() => onDismiss(job.key)}
            className="ml-auto text-xs text-slate-600 underline dark:text-slate-400"
          >
            {t({ message: 'Dismiss', comment: 'button: remove a finished import from the list' })}
          </button>
        )}
      </div>
      {result === null && status?.stage === 'reading' && (
        <progress
          className="mt-2 w-full"
          max={status.total}
          value={status.loaded}
          aria-label={t`Reading ${name}`}
        />
      )}
      {result?.kind === 'refused' && (
        <p className="mt-1 text-rose-700 dark:text-rose-400" data-import-outcome="refused">
          {t({ message: 'Not imported:', comment: 'followed by the reason' })}{' '}
          {importProblemText(result.reason)}
        </p>
      )}
      {result && result.kind !== 'refused' && (
        <>
          <p className="mt-1" data-import-outcome={result.kind}>
            {result.kind === 'saved'
              ? t({
                  message: 'Imported and saved in this browser:',
                  comment: 'followed by the title',
                })
              : t({
                  message: 'Imported for this session only:',
                  comment: 'followed by the title',
                })}{' '}
            <Link
              to={`/articles/${encodeURIComponent(result.id)}`}
              className="font-medium text-blue-700 underline dark:text-blue-300"
              lang={result.title ? (result.language ?? undefined) : undefined}
            >
              {result.title || t`Untitled document`}
            </Link>
          </p>
          {result.kind === 'session-only' && (
            <p className="mt-1 text-amber-800 dark:text-amber-300">
              {storageProblemText(result.storageError.problem, result.storageError.detail)}
            </p>
          )}
          {result.notices.length > 0 && (
            <ul className="mt-1 list-disc pl-5 text-slate-700 dark:text-slate-300">
              {result.notices.map((notice, index) => {
                const { text, lang } = noticeText(notice);
                return (
                  // A file's notices never change once it is imported: their order is their key.
                  <li key={index} lang={lang ?? undefined}>
                    {text}
                  </li>
                );
              })}
            </ul>
          )}
          {!result.clean && (
            <div className="mt-2 flex flex-wrap items-center gap-2">
              <label htmlFor={encodingId}>
                {t({ message: 'Read it again as', comment: 'followed by a choice of encodings' })}
              </label>
              <select
                id={encodingId}
                defaultValue=""
                onChange={(event) => {
                  if (isEncoding(event.target.value)) onRetry(job, event.target.value);
                }}
                className="rounded-md border border-slate-300 bg-white px-2 py-1 dark:border-slate-700 dark:bg-slate-900"
              >
                <option value="" disabled>
                  {t`another encoding…`}
                </option>
                {ENCODINGS.filter((value) => value !== result.encoding).map((value) => (
                  <option key={value} value={value}>
                    {encodingLabel(value)}
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
