import { t } from '@lingui/core/macro';
import { useId } from 'react';
import { Link } from 'react-router';
import { ENCODINGS, isEncoding, type Encoding } from '../../library/decode';
import type { ImportNotice } from '../../library/importProtocol';
import {
  encodingLabel,
  importNoticeText,
  importProblemText,
  sourceNameText,
  storageProblemText,
} from '../../library/messages';
import { diagnosticText, type NoteText } from '../../thread/diagnosticText';
import type { ImportRowData, Outcome } from './importBatch';
import { skipReasonText } from './importText';

/**
 * A notice in the interface language (the parser's notes through the reader's own wording), or
 * in English (`lang` 'en') for a note that only has the parser's stored message.
 */
function noticeText(notice: ImportNotice): NoteText {
  return notice.code === 'diagnostic'
    ? diagnosticText(notice.diagnostic)
    : { text: importNoticeText(notice), lang: null };
}

/** A link to a document of the library, its title in its language ('Untitled document' if none). */
function DocumentLink({
  id,
  title,
  language,
}: {
  id: string;
  title: string;
  language: string | null;
}) {
  return (
    <Link
      to={`/articles/${encodeURIComponent(id)}`}
      className="font-medium wrap-anywhere text-blue-700 underline dark:text-blue-300"
      lang={title ? (language ?? undefined) : undefined}
    >
      {title || t`Untitled document`}
    </Link>
  );
}

/**
 * The encodings a file can be read again with: one imported with doubtful characters (all but
 * the one it was read with), or one refused as binary (it may be text in another encoding).
 */
function retryEncodings(outcome: Outcome): readonly Encoding[] {
  if ((outcome.kind === 'saved' || outcome.kind === 'session-only') && !outcome.clean)
    return ENCODINGS.filter((value) => value !== outcome.encoding);
  if (outcome.kind === 'refused' && outcome.reason.code === 'binary') return ENCODINGS;
  return [];
}

/** What came of one file: a link to the document, why it was not imported, or skipped. */
function OutcomeText({ outcome }: { outcome: Outcome }) {
  switch (outcome.kind) {
    case 'refused':
      return (
        <p
          className="mt-1 wrap-anywhere text-rose-700 dark:text-rose-400"
          data-import-outcome="refused"
        >
          {t({ message: 'Not imported:', comment: 'followed by the reason' })}{' '}
          {importProblemText(outcome.reason)}
        </p>
      );
    case 'skipped':
      return (
        <p className="mt-1 text-slate-700 dark:text-slate-300" data-import-outcome="skipped">
          {skipReasonText(outcome.reason)}
        </p>
      );
    case 'duplicate':
      return (
        <p className="mt-1" data-import-outcome="duplicate">
          {outcome.sessionOnly
            ? t({
                message: 'Already open for this session:',
                comment:
                  'a file whose content was imported before, not saved; followed by the title',
              })
            : t({
                message: 'Already in your library:',
                comment: 'a file whose content was imported before; followed by the title',
              })}{' '}
          <DocumentLink {...outcome} />
        </p>
      );
    case 'cancelled':
      return null;
    case 'saved':
    case 'session-only':
      return (
        <>
          <p className="mt-1" data-import-outcome={outcome.kind}>
            {outcome.kind === 'saved'
              ? t({
                  message: 'Imported and saved in this browser:',
                  comment: 'followed by the title',
                })
              : t({
                  message: 'Imported for this session only:',
                  comment: 'followed by the title',
                })}{' '}
            <DocumentLink {...outcome} />
          </p>
          {outcome.kind === 'session-only' && (
            <p className="mt-1 text-amber-800 dark:text-amber-300">
              {storageProblemText(outcome.storageError.problem, outcome.storageError.detail)}
            </p>
          )}
          {outcome.notices.length > 0 && (
            <ul className="mt-1 list-disc pl-5 text-slate-700 dark:text-slate-300">
              {outcome.notices.map((notice, index) => {
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
        </>
      );
  }
}

/**
 * One file of an import as the panel lists it: its path, what came of it, and a choice of
 * encodings to read it again with when it may have been read wrong.
 */
export function ImportRow({
  row,
  onRetry,
}: {
  row: ImportRowData;
  onRetry: (row: ImportRowData, encoding: Encoding) => void;
}) {
  const encodingId = useId();
  // A file's path, or 'Pasted text' in the interface language for pasted text (which has none).
  const name = sourceNameText(row.path);
  const encodings = row.outcome && row.source ? retryEncodings(row.outcome) : [];
  return (
    <li className="rounded-md bg-slate-50 p-3 text-sm dark:bg-slate-900" data-import-name={name}>
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-medium break-all">{name}</span>
        {row.retrying && (
          <span className="text-slate-700 dark:text-slate-300">
            {t({
              message: 'Reading it again…',
              comment: 'a file read again with another encoding',
            })}
          </span>
        )}
      </div>
      {row.outcome && <OutcomeText outcome={row.outcome} />}
      {encodings.length > 0 && (
        <div className="mt-2 flex flex-wrap items-center gap-2">
          <label htmlFor={encodingId}>
            {t({ message: 'Read it again as', comment: 'followed by a choice of encodings' })}
          </label>
          <select
            id={encodingId}
            // Back to the prompt after each choice; a choice while it reads is ignored (retryRow).
            value=""
            onChange={(event) => {
              if (isEncoding(event.target.value)) onRetry(row, event.target.value);
            }}
            className="min-h-6 rounded-md border border-slate-300 bg-white px-2 py-1 dark:border-slate-700 dark:bg-slate-900"
          >
            <option value="" disabled>
              {t`another encoding…`}
            </option>
            {encodings.map((value) => (
              <option key={value} value={value}>
                {encodingLabel(value)}
              </option>
            ))}
          </select>
        </div>
      )}
    </li>
  );
}
