import { t } from '@lingui/core/macro';
import { useCallback } from 'react';
import { filesOfEntries } from './droppedEntries';
import { pickedFromInput } from './fileSelection';
import { ImportPanel } from './ImportPanel';
import { useFileDrop, type Dropped } from './useFileDrop';
import { useImports } from './useImports';
import { useReparsePass } from './useReparsePass';

/**
 * Everything the library page does to bring pages in: the import panel, files and folders
 * dropped anywhere on the page (with the overlay that says so while they are held over it),
 * and the background pass that reads outdated imports again.
 */
export function ImportSection() {
  const { view, importPicked, importPasted, retry, cancel, dismiss } = useImports();
  // On the library, which loads the storage code anyway: a reader page of a bundled document
  // does not pay for it. A stored document opened directly is read again when it opens.
  useReparsePass();
  const drop = useCallback(
    (dropped: Dropped) => {
      if (dropped.kind === 'files') {
        void importPicked(pickedFromInput(dropped.files), null);
        return;
      }
      // A folder: listed first (sub-folders included), then imported as one batch.
      void filesOfEntries(dropped.entries).then(({ files, failures }) =>
        importPicked(files, null, failures),
      );
    },
    [importPicked],
  );
  const dragging = useFileDrop(drop);
  return (
    <>
      <ImportPanel
        view={view}
        onPick={(picked, encoding) => void importPicked(picked, encoding)}
        onPaste={(text) => void importPasted(text)}
        onRetry={(row, encoding) => void retry(row, encoding)}
        onCancel={cancel}
        onDismiss={dismiss}
      />
      {dragging && (
        <div
          className="pointer-events-none fixed inset-0 z-40 flex items-center justify-center bg-blue-900/40 p-6"
          aria-hidden="true"
        >
          <p className="rounded-lg bg-white px-6 py-4 text-lg font-semibold text-slate-900 shadow-lg">
            {t`Drop files or folders to import them`}
          </p>
        </div>
      )}
    </>
  );
}
