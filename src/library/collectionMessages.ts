// What the library's collection tools tell the reader, in the interface language: sizes, the
// outcome of a backup or a restore, why one failed, why an export failed. The modules that do
// the work (backup.ts, exportSelection.ts, zip.ts) give what happened as data; it is worded
// here when shown, so that a message follows a change of language.

import { i18n } from '@lingui/core';
import { plural, t } from '@lingui/core/macro';
import type { BackupProblem, RestoreOutcome } from './backup';
import type { ExportProblem } from './exportSelection';
import { storageProblemText } from './messages';

const KIB = 1024;
const UNITS = ['kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/**
 * A size in bytes in the interface language, in the largest unit of 1,024 that keeps it at 1 or
 * more, one decimal at most: '512 bytes', '1.5 kB', '12.3 MB', '1.2 GB'; '12,3 Mo' in French.
 * Units of 1,024 as formatMegabytes (units.ts) counts them, so that the two agree.
 */
export function formatSize(bytes: number): string {
  if (bytes < KIB) return i18n.number(bytes, { style: 'unit', unit: 'byte', unitDisplay: 'long' });
  let value = bytes / KIB;
  let unit = 0;
  while (value >= KIB && unit < UNITS.length - 1) {
    value /= KIB;
    unit++;
  }
  return i18n.number(value, {
    style: 'unit',
    unit: UNITS[unit],
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  });
}

/**
 * What a finished backup holds: 'Backed up 12 documents (3.4 MB).'; for none, that there is
 * nothing to back up.
 */
export function backupDoneText(documents: number, bytes: number): string {
  const size = formatSize(bytes);
  if (documents === 0)
    return t`There is nothing to back up: your library holds only the documents that come with Fil.`;
  return plural(documents, {
    one: `Backed up # document (${size}).`,
    other: `Backed up # documents (${size}).`,
  });
}

/** Why a backup could not be made. */
export function backupProblemText(problem: BackupProblem): string {
  if (problem.code === 'storage') {
    const reason = storageProblemText(problem.problem, problem.detail);
    return t`The backup could not be made. ${reason}`;
  }
  if (problem.code === 'too-large')
    return t`The backup could not be made: your library is over 4 GB, more than one zip file can hold.`;
  if (problem.code === 'failed') {
    const reason = browserProblemText(problem.name, problem.detail);
    return t`The backup could not be made. ${reason}`;
  }
  // Reading a library never meets the others: they are about a file being restored.
  return t`The backup could not be made.`;
}

/**
 * What restoring a backup did: 'Restored 120 documents. 3 were already in your library.',
 * 'Nothing to restore: all 3 documents of this backup are already in your library.'
 */
export function restoreOutcomeText({ restored, alreadyThere }: RestoreOutcome): string {
  if (restored === 0 && alreadyThere === 0) return t`This backup holds no documents.`;
  if (restored === 0)
    return plural(alreadyThere, {
      one: 'Nothing to restore: the document of this backup is already in your library.',
      other: 'Nothing to restore: all # documents of this backup are already in your library.',
    });
  const done = plural(restored, {
    one: 'Restored # document.',
    other: 'Restored # documents.',
  });
  if (alreadyThere === 0) return done;
  const kept = plural(alreadyThere, {
    one: '# was already in your library and was kept as it is.',
    other: '# were already in your library and were kept as they are.',
  });
  return `${done} ${kept}`;
}

/**
 * Why a backup file could not be restored, and then what the library holds: that it did not
 * change or, when storage failed to take out what the restore had added (`partial`, see
 * BackupError), how many documents stay.
 */
export function restoreProblemText(problem: BackupProblem, partial = 0): string {
  const why = restoreCauseText(problem);
  const after =
    partial === 0
      ? t`Your library has not changed.`
      : plural(partial, {
          one: '# document was added before this failed: it is still in your library.',
          other: '# documents were added before this failed: they are still in your library.',
        });
  return `${why} ${after}`;
}

function restoreCauseText(problem: BackupProblem): string {
  switch (problem.code) {
    case 'not-zip':
      return t`This file is not a Fil backup: it is not a zip file.`;
    case 'truncated':
      return t`This backup is damaged: the file is cut short, its end is missing. A download or a copy may have stopped before the end.`;
    case 'not-backup':
      return t`This zip file is not a Fil backup: it has no Fil manifest.`;
    case 'newer': {
      const { format } = problem;
      return t`This backup was made by a newer version of Fil (${format}). Reload Fil to get the newest version, then restore it again.`;
    }
    case 'damaged': {
      const { member } = problem;
      return member === null
        ? t`This backup is damaged: its list of files cannot be read.`
        : t({
            message: `This backup is damaged: ${member} cannot be read.`,
            comment: '{member} is the path of a file inside the backup’s zip',
          });
    }
    case 'too-large':
      return t`This zip file is over 4 GB, more than Fil can read.`;
    case 'storage': {
      const reason = storageProblemText(problem.problem, problem.detail);
      return t`The backup could not be restored. ${reason}`;
    }
    case 'failed': {
      const reason = browserProblemText(problem.name, problem.detail);
      return t`The backup could not be restored. ${reason}`;
    }
  }
}

/**
 * What a failure the browser reports by a DOMException name means for the reader, in the
 * interface language, for the names a file or a download meets (File API, IndexedDB's Blobs,
 * storage). Any other name is unexpected: what the browser said (`detail`, in its own words,
 * not translated) is quoted after a sentence that says so.
 */
export function browserProblemText(name: string, detail: string): string {
  switch (name) {
    case 'NotReadableError':
      return t`The browser could not read a file: it may have changed or been moved since Fil was given it. Try again, choosing the file again if you chose one.`;
    case 'NotFoundError':
      return t`The browser could not find a file: it may have been moved or deleted since Fil was given it. Try again, choosing the file again if you chose one.`;
    case 'SecurityError':
      return t`The browser did not allow it: its settings may block files or storage for this site.`;
    case 'QuotaExceededError':
      return t`There is not enough space on this device: free some space, then try again.`;
  }
  if (detail.trim() === '') return t`Something unexpected went wrong.`;
  return t({
    message: `Something unexpected went wrong. The browser said: “${detail}”`,
    comment: '{detail} is the browser’s own message, in its language, not translated',
  });
}

/**
 * Why an export failed. `title` stands for the document's title (pass SLOT to put an element
 * carrying its language there, Slotted); it defaults to the title itself.
 */
export function exportProblemText(
  problem: ExportProblem,
  title = 'document' in problem ? problem.document.title || t`Untitled document` : '',
): string {
  switch (problem.code) {
    case 'gone':
      return t`Nothing was exported: “${title}” is no longer in your library.`;
    case 'unreadable':
      return t`Nothing was exported: “${title}” cannot be read as a document. Open it to have Fil read its text again.`;
    case 'unfetched': {
      if (problem.status === null)
        return t`Nothing was exported: the text of “${title}” could not be loaded (no answer: are you offline?).`;
      // A code, not a quantity: never grouped.
      const status = String(problem.status);
      return t`Nothing was exported: the text of “${title}” could not be loaded (HTTP ${status}).`;
    }
    case 'storage': {
      const reason = storageProblemText(problem.problem, problem.detail);
      return t`Nothing was exported. ${reason}`;
    }
    case 'too-large':
      return t`Nothing was exported: the selection is over 4 GB, more than a zip file can hold. Export fewer documents at a time.`;
  }
}
