import { plural, t } from '@lingui/core/macro';
import { useMutation } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { Button } from '../../components/Button';
import { count } from '../../components/formatting';
import { downloadBlob } from '../../components/download';
import {
  backupDoneText,
  backupProblemText,
  browserProblemText,
  restoreOutcomeText,
  restoreProblemText,
} from '../../library/collectionMessages';
import { restoreMutation } from '../../library/mutations';
import type { BackupError, BackupFile } from '../../library/backup';

/** Writes the backup (its code loaded when first used) and hands it to the browser. */
async function backUp(onProgress: (written: number) => void): Promise<BackupFile> {
  const { writeBackup } = await import('../../library/backup');
  const file = await writeBackup({ onProgress });
  if (file.documents > 0) downloadBlob(file.blob, file.fileName);
  return file;
}

const isBackupError = (error: unknown): error is BackupError =>
  error instanceof Error && error.name === 'BackupError';

/** How far a backup or a restore got, worded at render. */
type Progress =
  | { readonly kind: 'writing'; readonly written: number }
  | { readonly kind: 'reading' }
  | { readonly kind: 'restoring'; readonly done: number; readonly total: number };

function progressText(progress: Progress): string {
  switch (progress.kind) {
    case 'writing': {
      const { written } = progress;
      return plural(written, {
        one: 'Backing up: # document written…',
        other: 'Backing up: # documents written…',
      });
    }
    case 'reading':
      return t`Reading the backup…`;
    case 'restoring': {
      const done = count(progress.done);
      const { total } = progress;
      return plural(total, {
        one: `Restoring: ${done} of # document…`,
        other: `Restoring: ${done} of # documents…`,
      });
    }
  }
}

/**
 * What went wrong, in the interface language: a BackupError by its problem, anything else (the
 * backup's code failing to load, say) by the browser's name for it.
 */
function failureText(error: Error, word: (error: BackupError) => string): string {
  if (isBackupError(error)) return word(error);
  return browserProblemText(error.name, error.message);
}

/**
 * "Back up the library" (one zip of every imported document) and "Restore from a backup…"
 * (adds a backup's documents; what the library holds stays), each telling how far it got and
 * how it ended.
 */
export function BackupControls() {
  const picker = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const backing = useMutation({
    mutationFn: () => backUp((written) => setProgress({ kind: 'writing', written })),
    onMutate: () => setProgress({ kind: 'writing', written: 0 }),
    onSettled: () => setProgress(null),
  });
  const restoring = useMutation(restoreMutation());
  const busy = backing.isPending || restoring.isPending;
  // The later of the two says how it went.
  const last = backing.submittedAt > restoring.submittedAt ? 'backup' : 'restore';
  let outcome: string | null = null;
  let failure: string | null = null;
  if (last === 'backup' && backing.data)
    outcome = backupDoneText(backing.data.documents, backing.data.blob.size);
  if (last === 'backup' && backing.error)
    failure = failureText(backing.error, (error) => backupProblemText(error.problem));
  if (last === 'restore' && restoring.data) outcome = restoreOutcomeText(restoring.data);
  if (last === 'restore' && restoring.error)
    failure = failureText(restoring.error, (error) =>
      restoreProblemText(error.problem, error.partial),
    );

  const restore = (file: File) => {
    setProgress({ kind: 'reading' });
    restoring.mutate(
      { file, onProgress: (done, total) => setProgress({ kind: 'restoring', done, total }) },
      { onSettled: () => setProgress(null) },
    );
  };

  return (
    <section aria-labelledby="backup-heading" className="mt-6">
      <h3 id="backup-heading" className="font-semibold">
        {t({
          message: 'Backup',
          comment: 'heading: saving the library in a file and restoring it',
        })}
      </h3>
      <p className="mt-1 max-w-prose text-sm text-slate-700 dark:text-slate-300">
        {t`Save your imported documents, with their original texts and the titles you gave them, in one file; restore it here or in another browser. The documents that come with Fil are part of Fil, not of the backup.`}
      </p>
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <Button
          size="medium"
          aria-disabled={busy || undefined}
          onClick={() => {
            if (!busy) backing.mutate();
          }}
        >
          {t`Back up the library`}
        </Button>
        <input
          ref={picker}
          type="file"
          accept=".zip,application/zip"
          aria-label={t`Restore from a backup`}
          tabIndex={-1}
          className="sr-only"
          onChange={(event) => {
            const file = event.target.files?.[0];
            // Emptied, so that choosing the same file again restores it again.
            event.target.value = '';
            if (file && !busy) restore(file);
          }}
        />
        <Button
          size="medium"
          aria-disabled={busy || undefined}
          onClick={() => !busy && picker.current?.click()}
        >
          {t`Restore from a backup…`}
        </Button>
      </div>
      <p role="status" className="mt-2 text-sm" data-testid="backup-status">
        {progress ? progressText(progress) : outcome}
      </p>
      {failure && (
        <p
          role="alert"
          className="mt-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm wrap-anywhere text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
        >
          {failure}
        </p>
      )}
    </section>
  );
}
