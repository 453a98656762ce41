import { plural, t } from '@lingui/core/macro';
import { useCallback, useRef, useState } from 'react';
import type { Encoding } from '../../library/decode';
import { filesOfEntries } from './droppedEntries';
import { pickedFromInput } from './fileSelection';
import { ImportPanel } from './ImportPanel';
import { useFileDrop, type Dropped } from './useFileDrop';
import { useImports } from './useImports';
import { useReparsePass } from './useReparsePass';

/** While a dropped folder is walked, its count of files found is shown at most this often. */
const FOUND_EVERY_MS = 250;

/**
 * Everything the library page does to bring pages in: the import panel, files and folders
 * dropped anywhere on the page (with the overlay that says so while they are held over it,
 * read with the encoding chosen in the panel, and a count of the files found while a dropped
 * folder is walked), and the background pass that reads outdated imports again.
 */
export function ImportSection() {
  const { view, importPicked, importPasted, retry, cancel, dismiss } = useImports();
  // On the library, which loads the storage code anyway: a reader page of a bundled document
  // does not pay for it. A stored document opened directly is read again when it opens.
  useReparsePass();
  // The panel's choice, for the files chosen and for those dropped alike.
  const [encoding, setEncoding] = useState<Encoding | null>(null);
  // Files found so far in the folders being walked; null when none is.
  const [found, setFound] = useState<number | null>(null);
  const walks = useRef(0);
  const drop = useCallback(
    (dropped: Dropped) => {
      if (dropped.kind === 'files') {
        void importPicked(pickedFromInput(dropped.files), encoding);
        return;
      }
      // A folder: listed first (sub-folders included), then imported as one batch.
      const walk = ++walks.current;
      let shownAt = -Infinity;
      setFound(0);
      void filesOfEntries(dropped.entries, (files) => {
        const at = performance.now();
        if (walk !== walks.current || at - shownAt < FOUND_EVERY_MS) return;
        shownAt = at;
        setFound(files);
      }).then(({ files, failures }) => {
        if (walk === walks.current) setFound(null);
        return importPicked(files, encoding, failures);
      });
    },
    [importPicked, encoding],
  );
  const dragging = useFileDrop(drop);
  return (
    <>
      <ImportPanel
        view={view}
        encoding={encoding}
        onEncoding={setEncoding}
        walking={
          found === null
            ? ''
            : plural(found, {
                one: 'Reading the folder… # file found',
                other: 'Reading the folder… # files found',
              })
        }
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
