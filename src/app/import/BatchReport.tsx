import { i18n, type MessageDescriptor } from '@lingui/core';
import { msg, t } from '@lingui/core/macro';
import { useCallback, useEffect, useId, useRef } from 'react';
import { Button } from '../../components/Button';
import type { ImportStage } from '../../library/importProtocol';
import { sourceNameText } from '../../library/messages';
import type { BatchView } from './importBatch';
import { progressText, summaryText, waitingText } from './importText';

const STAGE_LABELS: Record<ImportStage, MessageDescriptor> = {
  reading: msg({ message: 'Reading', comment: 'an import’s stage' }),
  decoding: msg({ message: 'Decoding', comment: 'an import’s stage' }),
  parsing: msg({ message: 'Parsing', comment: 'an import’s stage' }),
  packing: msg({ message: 'Saving', comment: 'an import’s stage' }),
};

/**
 * One batch of the visit: waiting behind another, running (a progress bar with the files, the
 * bytes and the time left, the big file in hand, Cancel), or done (what came of its files).
 * Its counts are data attributes too, for tests and the bench. The Cancel pressed is the same
 * button from waiting to running; when the batch ends it goes, and when it was pressed or had
 * the focus then, the focus goes to the batch's summary (focusable for that), which says what
 * came of it. Focus elsewhere is left where it is.
 */
export function BatchReport({
  batch,
  onCancel,
  onDismiss,
}: {
  batch: BatchView;
  onCancel: (key: number) => void;
  onDismiss: (key: number) => void;
}) {
  const progressId = useId();
  const summary = useRef<HTMLParagraphElement>(null);
  const cancelPressed = useRef(false);
  // Whether Cancel had the focus as it went: read as React takes it out (a ref's cleanup runs
  // before the element leaves the page), since by the effects below the focus is on the body.
  const cancelFocused = useRef(false);
  const cancelRef = useCallback((button: HTMLButtonElement | null) => {
    return () => {
      cancelFocused.current = button !== null && document.activeElement === button;
    };
  }, []);
  const { progress, counts, inHand } = batch;
  const done = batch.state === 'done';
  useEffect(() => {
    if (!done) return;
    const refocus = cancelPressed.current || cancelFocused.current;
    cancelPressed.current = false;
    cancelFocused.current = false;
    if (!refocus) return;
    // The Cancel pressed or focused is gone with the running batch: the focus went to the body.
    const active = document.activeElement;
    if (active === null || active === document.body) summary.current?.focus();
  }, [done]);
  // The stage of a big file in the worker, and how much of it is read: 'Parsing big.txt'.
  const stage = inHand ? i18n._(STAGE_LABELS[inHand.status.stage]) : '';
  const file = inHand ? sourceNameText(inHand.path) : '';
  return (
    <li
      className="rounded-md border border-slate-200 p-3 text-sm dark:border-slate-800"
      data-import-key={batch.key}
      data-import-batch={batch.state}
      data-imported={counts.imported}
      data-duplicates={counts.duplicates}
      data-skipped={counts.skipped}
      data-failed={counts.failed}
      data-cancelled={counts.cancelled}
    >
      {/* One row in every state, so that Cancel stays the same element from waiting to running. */}
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p
          ref={summary}
          id={progressId}
          tabIndex={-1}
          className={`min-w-0 wrap-anywhere ${batch.state === 'running' ? 'tabular-nums' : ''}`}
        >
          {batch.state === 'waiting'
            ? waitingText(batch.files)
            : batch.state === 'running'
              ? progressText(progress)
              : summaryText(batch.label, batch.files, counts)}
        </p>
        {done ? (
          <Button key="dismiss" onClick={() => onDismiss(batch.key)}>
            {t({ message: 'Dismiss', comment: 'button: remove a finished import from the list' })}
          </Button>
        ) : (
          <Button
            key="cancel"
            ref={cancelRef}
            onClick={() => {
              cancelPressed.current = true;
              onCancel(batch.key);
            }}
            aria-disabled={batch.cancelling || undefined}
          >
            {batch.cancelling
              ? t({ message: 'Cancelling…', comment: 'an import being cancelled' })
              : t`Cancel import`}
          </Button>
        )}
      </div>
      {batch.state === 'running' && (
        <>
          <progress
            className="mt-2 block h-2 w-full appearance-none overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700 [&::-moz-progress-bar]:bg-blue-700 dark:[&::-moz-progress-bar]:bg-blue-400 [&::-webkit-progress-bar]:bg-slate-200 dark:[&::-webkit-progress-bar]:bg-slate-700 [&::-webkit-progress-value]:bg-blue-700 dark:[&::-webkit-progress-value]:bg-blue-400"
            max={Math.max(1, progress.filesTotal)}
            value={progress.filesDone}
            aria-label={t({ message: 'Import progress', comment: 'the progress bar of an import' })}
            aria-describedby={progressId}
          />
          {inHand && (
            <p className="mt-1 break-all text-slate-700 dark:text-slate-300">
              {t({
                message: `${stage}: ${file}`,
                comment: '{stage} is “Parsing”; {file} a file name',
              })}
            </p>
          )}
        </>
      )}
    </li>
  );
}
