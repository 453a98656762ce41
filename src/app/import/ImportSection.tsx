import { t } from '@lingui/core/macro';
import { useCallback } from 'react';
import { ImportPanel } from './ImportPanel';
import { useFileDrop } from './useFileDrop';
import { useImports } from './useImports';
import { useReparsePass } from './useReparsePass';

/**
 * Everything the library page does to bring pages in: the import panel, files dropped anywhere
 * on the page (with the overlay that says so while they are held over it), and the background
 * pass that reads outdated imports again.
 */
export function ImportSection() {
  const { jobs, importAll, retryWithEncoding, dismiss } = useImports();
  // On the library, which loads the storage code anyway: a reader page of a bundled document
  // does not pay for it. A stored document opened directly is read again when it opens.
  useReparsePass();
  const dropFiles = useCallback(
    (files: File[]) =>
      void importAll(
        files.map((file) => ({ blob: file, name: file.name })),
        null,
      ),
    [importAll],
  );
  const dragging = useFileDrop(dropFiles);
  return (
    <>
      <ImportPanel
        jobs={jobs}
        onImport={(sources, encoding) => void importAll(sources, encoding)}
        onRetry={(job, encoding) => void retryWithEncoding(job, encoding)}
        onDismiss={dismiss}
      />
      {dragging && (
        <div
          className="pointer-events-none fixed inset-0 z-40 flex items-center justify-center bg-blue-900/40 p-6"
          aria-hidden="true"
        >
          <p className="rounded-lg bg-white px-6 py-4 text-lg font-semibold text-slate-900 shadow-lg">
            {t`Drop files to import them`}
          </p>
        </div>
      )}
    </>
  );
}
