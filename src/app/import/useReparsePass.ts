import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { libraryKeys } from '../../library/queryKeys';
import { needsReparse } from '../../library/reparse';

const LIBRARY_REFRESH_EVERY = 20;

/**
 * What the background pass refreshes in the query cache: `stored(id)` for each document stored
 * anew (its cached reading dropped or marked stale; the library's list itself, exact key, after
 * the first and then every LIBRARY_REFRESH_EVERY-th), `finished()` once the pass is over (the
 * list and what hangs under it, and the texts the library searches: read once, not every 20
 * documents, since a read takes every stored text).
 */
export function reparseRefresher(client: QueryClient) {
  let stored = 0;
  const ids: string[] = [];
  return {
    stored(id: string) {
      ids.push(id);
      client.removeQueries({ queryKey: libraryKeys.document(id), type: 'inactive' });
      // A page showing it keeps what it shows; it reads the new one when opened again.
      void client.invalidateQueries({ queryKey: libraryKeys.document(id), refetchType: 'none' });
      if (stored++ % LIBRARY_REFRESH_EVERY === 0)
        void client.invalidateQueries({ queryKey: libraryKeys.list(), exact: true });
    },
    async finished() {
      if (stored === 0) return;
      void client.invalidateQueries({ queryKey: libraryKeys.list() });
      // Their texts changed under the same ids: the search's copies are dropped and read again.
      const { forgetArticleTexts } = await import('../../library/storedDocuments');
      await forgetArticleTexts(client, ids);
    },
  };
}

/**
 * Starts, once the library page has rendered, the background pass that reads kept sources again when
 * this Fil's parser is newer than the one that stored them. Storage and import code load only
 * then, and the importer only when some stored document needs it. Each document stored anew
 * refreshes the library (reparseRefresher).
 */
export function useReparsePass(): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    let cancelled = false;
    const start = async () => {
      const { listStoredEntries } = await import('../../library/storage');
      const entries = await listStoredEntries().catch(() => []);
      if (cancelled || !entries.some((entry) => needsReparse(entry))) return;
      const { reparseOutdated } = await import('../../library/importer');
      const refresh = reparseRefresher(queryClient);
      await reparseOutdated((id) => refresh.stored(id));
      await refresh.finished();
    };
    // After the first render's work: the pass must not delay the page the reader opened.
    const timer = setTimeout(() => void start(), 0);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [queryClient]);
}
