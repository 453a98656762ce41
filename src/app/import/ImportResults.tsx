import { plural, t } from '@lingui/core/macro';
import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import { Pager } from '../../components/Pager';
import type { Encoding } from '../../library/decode';
import { pageOf } from '../../thread/paging';
import { BatchReport } from './BatchReport';
import type { ImportRowData, LogView } from './importBatch';
import { ImportRow } from './ImportRow';
import { announcementText } from './importText';

/** Files to check shown at once: a thousand-file batch's problems are paged, never all drawn. */
const ROWS_PER_PAGE = 20;

type Props = {
  readonly view: LogView;
  readonly onRetry: (row: ImportRowData, encoding: Encoding) => void;
  readonly onCancel: (key: number) => void;
  readonly onDismiss: (key: number) => void;
  /** Where the focus goes when the last batch is dismissed (the panel's heading). */
  readonly fallbackFocus: RefObject<HTMLElement | null>;
};

/** A batch dismissed, and the batch whose button takes the focus then (null: fallbackFocus). */
type Dismissed = { readonly key: number; readonly focusKey: number | null };

/**
 * What came of this visit's imports: each batch (progress or counts), the files to check
 * (refused, skipped, duplicates, doubtful; paged) and the last few plain imports (the library
 * lists them all). A polite live region says when a batch starts, how far it is every ten
 * seconds, and what came of it. A batch dismissed takes its Dismiss with it: the focus goes to
 * the next batch's button (the one below, else above), or to `fallbackFocus` when none is left.
 */
export function ImportResults({ view, onRetry, onCancel, onDismiss, fallbackFocus }: Props) {
  const checkId = useId();
  const recentId = useId();
  const [checkPage, setCheckPage] = useState(0);
  const list = useRef<HTMLUListElement>(null);
  const dismissed = useRef<Dismissed | null>(null);
  const { batches } = view;
  useEffect(() => {
    const pending = dismissed.current;
    if (!pending || batches.some((batch) => batch.key === pending.key)) return;
    dismissed.current = null;
    const target =
      pending.focusKey === null
        ? fallbackFocus.current
        : list.current?.querySelector<HTMLElement>(
            `[data-import-key="${pending.focusKey}"] button`,
          );
    target?.focus();
  }, [batches, fallbackFocus]);
  const dismiss = (key: number) => {
    const at = batches.findIndex((batch) => batch.key === key);
    const beside = batches[at + 1] ?? batches[at - 1];
    dismissed.current = { key, focusKey: beside?.key ?? null };
    onDismiss(key);
  };
  const toCheck = view.attention.length;
  const page = pageOf(toCheck, ROWS_PER_PAGE, checkPage);
  return (
    <>
      <p role="status" className="sr-only">
        {view.announcement ? announcementText(view.announcement) : ''}
      </p>
      {batches.length > 0 && (
        <ul
          ref={list}
          className="mt-4 space-y-2"
          aria-label={t({ message: 'Imports', comment: 'the list of imports of this visit' })}
        >
          {batches.map((batch) => (
            <BatchReport key={batch.key} batch={batch} onCancel={onCancel} onDismiss={dismiss} />
          ))}
        </ul>
      )}
      {view.attention.length > 0 && (
        <section aria-labelledby={checkId} className="mt-4">
          <h3 id={checkId} className="font-semibold">
            {plural(toCheck, { one: '# file to check', other: '# files to check' })}
          </h3>
          <ul className="mt-2 space-y-2" aria-labelledby={checkId}>
            {view.attention.slice(page.start, page.end).map((row) => (
              <ImportRow key={row.key} row={row} onRetry={onRetry} />
            ))}
          </ul>
          <Pager
            page={page}
            onPage={setCheckPage}
            items={t({
              message: 'files to check',
              comment: 'what the import panel’s pager pages through',
            })}
            className="mt-2"
          />
        </section>
      )}
      {view.recent.length > 0 && (
        <section aria-labelledby={recentId} className="mt-4">
          <h3 id={recentId} className="font-semibold">
            {t({ message: 'Just imported', comment: 'the last few files imported, newest first' })}
          </h3>
          <ul className="mt-2 space-y-2" aria-labelledby={recentId}>
            {view.recent.map((row) => (
              <ImportRow key={row.key} row={row} onRetry={onRetry} />
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
