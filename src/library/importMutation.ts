// Importing one file, as TanStack Query mutation options: the import (importer.ts) and what it
// changes in the library's queries.

import { mutationOptions } from '@tanstack/react-query';
import type { Encoding } from './decode';
import { importSource, type ImportResult, type ImportSource, type ImportStatus } from './importer';
import { deleteDocument, relist } from './mutations';
import { libraryKeys } from './queryKeys';

/** One file to import, and how to read it. */
export type FileToImport = {
  readonly source: ImportSource;
  /** null: detect the encoding. */
  readonly encoding: Encoding | null;
  readonly onProgress: (status: ImportStatus) => void;
  /**
   * The id of an earlier reading of the same file (with another encoding), which the new
   * reading replaces; null when there is none.
   */
  readonly replacing: string | null;
};

/**
 * Imports one file (see importSource): stored, or kept for the session when storage refuses,
 * or refused with the reason in the result. An earlier reading it replaces is deleted. Never
 * fails: what went wrong is in the ImportResult.
 */
export const importMutation = () =>
  mutationOptions({
    mutationFn: async ({
      source,
      encoding,
      onProgress,
      replacing,
    }: FileToImport): Promise<{ result: ImportResult; replaced: string | null }> => {
      const result = await importSource(source, encoding, onProgress);
      const replaced =
        replacing !== null && result.kind !== 'refused' && result.id !== replacing
          ? replacing
          : null;
      // The new reading is kept already: an earlier one that cannot be deleted only stays
      // listed beside it, where the reader can delete it.
      if (replaced !== null) await deleteDocument(replaced).catch(() => null);
      return { result, replaced };
    },
    onSuccess: ({ result, replaced }, _request, _onMutate, { client }) => {
      if (replaced !== null) client.removeQueries({ queryKey: libraryKeys.document(replaced) });
      // The same file imported again keeps its id: the reader must not show the old reading.
      if (result.kind !== 'refused')
        client.removeQueries({ queryKey: libraryKeys.document(result.id) });
    },
    onSettled: relist,
  });
