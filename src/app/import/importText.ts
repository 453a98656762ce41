// The import panel's words for batches, in the interface language: progress, counts, why a
// file was skipped, what the live region says. Numbers are grouped and sizes written the
// locale's way; each count is a plural of its own.

import { i18n } from '@lingui/core';
import { plural, t } from '@lingui/core/macro';
import { count } from '../../components/formatting';
import { PROGRESS_MIN_BYTES } from '../../library/importProtocol';
import { sourceNameText } from '../../library/messages';
import { formatMegabytes } from '../../library/units';
import type { Announcement, BatchLabel, Counts, Progress } from './importBatch';
import type { SkipReason } from './fileSelection';

const MEGABYTE = 1024 * 1024;

/**
 * Time left, rounded up so that it never promises too little: 'about 20 seconds left' (to
 * 5 s steps), 'about 3 minutes left' from a minute on.
 */
export function timeLeftText(seconds: number): string {
  if (seconds <= 55) {
    const rounded = Math.max(5, Math.ceil(seconds / 5) * 5);
    return plural(rounded, { one: 'about # second left', other: 'about # seconds left' });
  }
  const minutes = Math.ceil(seconds / 60);
  return plural(minutes, { one: 'about # minute left', other: 'about # minutes left' });
}

/**
 * A running batch's progress: '312 of 1,000 files · 7.8 of 24.4 MB · about 20 seconds left';
 * the bytes once summed and from a megabyte on (below, '0 of 0 MB' would say nothing), the time
 * left once it is estimated (importBatch.secondsLeft).
 */
export function progressText(progress: Progress): string {
  const done = count(progress.filesDone);
  const total = progress.filesTotal;
  const parts = [plural(total, { one: `${done} of # file`, other: `${done} of # files` })];
  if (progress.bytesTotal !== null && progress.bytesTotal >= PROGRESS_MIN_BYTES) {
    const doneSize = i18n.number(progress.bytesDone / MEGABYTE, { maximumFractionDigits: 1 });
    const totalSize = formatMegabytes(progress.bytesTotal);
    parts.push(
      t({
        message: `${doneSize} of ${totalSize}`,
        comment: 'bytes imported so far: {doneSize} is a number, {totalSize} a size, “25 MB”',
      }),
    );
  }
  if (progress.secondsLeft !== null) parts.push(timeLeftText(progress.secondsLeft));
  return parts.join(' · ');
}

/** What a batch came from: 'Folder “crawl”', '3 files', 'Pasted text'. */
export function batchLabelText(label: BatchLabel, files: number): string {
  switch (label.kind) {
    case 'folder': {
      const { name } = label;
      return t({ message: `Folder “${name}”`, comment: 'a folder the reader imported' });
    }
    case 'files':
      return plural(files, { one: '# file', other: '# files' });
    case 'paste':
      return sourceNameText('');
  }
}

/**
 * What came of a batch's files, the counts that are not zero in a list the locale's way:
 * '990 imported, 3 for this session only, 5 already in your library, 2 skipped, 1 not
 * imported, 12 cancelled'; 'nothing imported' when every count is zero.
 */
export function countsText(counts: Counts): string {
  const { imported, sessionOnly, duplicates, skipped, failed, cancelled } = counts;
  const parts: string[] = [];
  if (imported > 0) parts.push(plural(imported, { one: '# imported', other: '# imported' }));
  if (sessionOnly > 0)
    parts.push(
      plural(sessionOnly, { one: '# for this session only', other: '# for this session only' }),
    );
  if (duplicates > 0)
    parts.push(
      plural(duplicates, { one: '# already in your library', other: '# already in your library' }),
    );
  if (skipped > 0) parts.push(plural(skipped, { one: '# skipped', other: '# skipped' }));
  if (failed > 0) parts.push(plural(failed, { one: '# not imported', other: '# not imported' }));
  if (cancelled > 0) parts.push(plural(cancelled, { one: '# cancelled', other: '# cancelled' }));
  if (parts.length === 0)
    return t({ message: 'nothing imported', comment: 'what came of an import of no files' });
  return new Intl.ListFormat(i18n.locale || 'en', { type: 'unit', style: 'short' }).format(parts);
}

/** A finished batch in one sentence: 'Folder “crawl”: 990 imported, 2 skipped.' */
export function summaryText(label: BatchLabel, files: number, counts: Counts): string {
  const what = batchLabelText(label, files);
  const outcomes = countsText(counts);
  return t({
    message: `${what}: ${outcomes}.`,
    comment: '{what} is “Folder “crawl”” or “3 files”; {outcomes} is “990 imported, 2 skipped”',
  });
}

/** A batch waiting behind another: 'Waiting to import 3 files'. */
export function waitingText(files: number): string {
  return plural(files, { one: 'Waiting to import # file', other: 'Waiting to import # files' });
}

/** Why a file was not read. */
export function skipReasonText(reason: SkipReason): string {
  switch (reason) {
    case 'hidden':
      return t`Skipped: a hidden file, which systems and tools leave beside pages.`;
    case 'not-text':
      return t`Skipped: not a page Fil reads (it reads .txt, .text and .json files, files with no extension and files your system marks as plain text).`;
  }
}

/** What the live region says. */
export function announcementText(announcement: Announcement): string {
  switch (announcement.kind) {
    case 'started': {
      const { files } = announcement;
      return plural(files, { one: 'Importing # file.', other: 'Importing # files.' });
    }
    case 'progress': {
      const done = count(announcement.done);
      const { total } = announcement;
      return plural(total, { one: `${done} of # file done.`, other: `${done} of # files done.` });
    }
    case 'finished':
      return summaryText(announcement.label, announcement.files, announcement.counts);
  }
}
