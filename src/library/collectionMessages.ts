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

/** Why a backup file could not be restored; each ends by saying the library did not change. */
export function restoreProblemText(problem: BackupProblem): string {
  switch (problem.code) {
    case 'not-zip':
      return t`This file is not a Fil backup: it is not a zip file. Your library has not changed.`;
    case 'not-backup':
      return t`This zip file is not a Fil backup: it has no Fil manifest. Your library has not changed.`;
    case 'newer': {
      const { format } = problem;
      return t`This backup was made by a newer version of Fil (${format}). Reload Fil to get the newest version, then restore it again. Your library has not changed.`;
    }
    case 'damaged': {
      const { member } = problem;
      return member === null
        ? t`This backup is damaged: its list of files cannot be read. Your library has not changed.`
        : t({
            message: `This backup is damaged: ${member} cannot be read. Your library has not changed.`,
            comment: '{member} is the path of a file inside the backup’s zip',
          });
    }
    case 'too-large':
      return t`This zip file is over 4 GB, more than Fil can read. Your library has not changed.`;
    case 'storage': {
      const reason = storageProblemText(problem.problem, problem.detail);
      return t`The backup could not be restored. ${reason} Your library has not changed.`;
    }
  }
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
