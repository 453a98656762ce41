import { useMutation } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { downloadBlob } from '../../components/download';
import type * as ExportModule from '../../library/exportSelection';
import type { ExportProblem } from '../../library/exportSelection';
import { bulkDeleteMutation, undoBulkDeleteMutation, type Deleted } from '../../library/mutations';
import type { LibraryEntry } from '../../library/queries';
import { StorageError } from '../../library/storage';

/** What the bar's status line says: an export under way or done. */
export type ExportState =
  | { readonly kind: 'working'; readonly done: number; readonly total: number }
  | { readonly kind: 'done'; readonly fileName: string; readonly count: number };

/** Why the last action failed, as data: worded at render, so it follows a change of language. */
export type BulkProblem =
  | { readonly kind: 'storage'; readonly error: StorageError }
  | { readonly kind: 'export'; readonly problem: ExportProblem }
  /** Anything else: the browser's name for it (a DOMException's) and its own words. */
  | { readonly kind: 'other'; readonly name: string; readonly detail: string };

/** A bulk delete that can be undone: what it removed, how many bundled ones it left. */
export type UndoOffer = {
  readonly deleted: readonly Deleted[];
  readonly kept: number;
  /** Numbers each delete, so that a second notice with the same words starts its time again. */
  readonly serial: number;
};

function problemOf(error: unknown, exportProblem: (error: unknown) => ExportProblem | null) {
  if (error instanceof StorageError) return { kind: 'storage', error } as const;
  const problem = exportProblem(error);
  if (problem) return { kind: 'export', problem } as const;
  if (error instanceof Error)
    return { kind: 'other', name: error.name, detail: error.message } as const;
  return { kind: 'other', name: '', detail: String(error) } as const;
}

/**
 * The state behind BulkActions: delete the selection's imports (one transaction), the undo
 * offer that follows, the two exports (their code loaded when first used), and the last
 * failure. `onDeleted` is the page's: it empties its selection.
 */
export function useBulkActions(selected: readonly LibraryEntry[], onDeleted: () => void) {
  const deleting = useMutation(bulkDeleteMutation());
  const undoing = useMutation(undoBulkDeleteMutation());
  const [offer, setOffer] = useState<UndoOffer | null>(null);
  const [exporting, setExporting] = useState<ExportState | null>(null);
  const [problem, setProblem] = useState<BulkProblem | null>(null);
  const serial = useRef(0);
  const busy = deleting.isPending || exporting?.kind === 'working';

  const imported = selected.filter((entry) => entry.origin === 'imported');
  const bundled = selected.length - imported.length;

  const remove = () => {
    if (busy || imported.length === 0) return;
    deleting.mutateAsync(imported.map((entry) => entry.id)).then(
      (deleted) => {
        serial.current++;
        setOffer({ deleted, kept: bundled, serial: serial.current });
        setProblem(null);
        setExporting(null);
        onDeleted();
      },
      (error: unknown) => setProblem(problemOf(error, () => null)),
    );
  };

  const undo = () => {
    if (!offer || undoing.isPending) return;
    undoing.mutate(offer.deleted, {
      onSuccess: () => {
        setOffer(null);
        setProblem(null);
      },
      // The offer stays: the same documents can be given again.
      onError: (error) => setProblem(problemOf(error, () => null)),
    });
  };

  const expire = useCallback(() => setOffer(null), []);

  const exportAs = async (kind: 'texts' | 'documents') => {
    if (busy || selected.length === 0) return;
    const entries = [...selected];
    setExporting({ kind: 'working', done: 0, total: entries.length });
    setProblem(null);
    let exports: typeof ExportModule | null = null;
    try {
      // Loaded when first used: fflate and the export code are not in the library's chunk.
      exports = await import('../../library/exportSelection');
      const make = kind === 'texts' ? exports.exportOriginals : exports.exportJsonLines;
      const file = await make(entries, {
        onProgress: (done, total) => setExporting({ kind: 'working', done, total }),
      });
      downloadBlob(file.blob, file.fileName);
      setExporting({ kind: 'done', fileName: file.fileName, count: entries.length });
    } catch (error) {
      setExporting(null);
      setProblem(
        problemOf(error, (thrown) =>
          exports && thrown instanceof exports.ExportError ? thrown.problem : null,
        ),
      );
    }
  };

  return {
    imported: imported.length,
    bundled,
    busy,
    /** How many documents the delete under way removes; null when none is under way. */
    deleting: deleting.isPending ? (deleting.variables?.length ?? 0) : null,
    offer,
    exporting,
    problem,
    remove,
    undo,
    expire,
    exportAs: (kind: 'texts' | 'documents') => void exportAs(kind),
  };
}
