import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { libraryKeys } from '../../library/queryKeys';
import { needsReparse } from '../../library/reparse';

const LIBRARY_REFRESH_EVERY = 20;

/**
 * Starts, once the library page has rendered, the background pass that reads kept sources again when
 * this Fil's parser is newer than the one that stored them. Storage and import code load only
 * then, and the importer only when some stored document needs it. Each document stored anew
 * refreshes the library (and drops a copy of it no page shows).
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
      let stored = 0;
      await reparseOutdated((id) => {
        queryClient.removeQueries({ queryKey: libraryKeys.document(id), type: 'inactive' });
        // A page showing it keeps what it shows; it reads the new one when opened again.
        void queryClient.invalidateQueries({
          queryKey: libraryKeys.document(id),
          refetchType: 'none',
        });
        // The library is listed again after the first and then every 20th, not a thousand times.
        if (stored++ % LIBRARY_REFRESH_EVERY === 0)
          void queryClient.invalidateQueries({ queryKey: libraryKeys.list() });
      });
      if (stored > 0) void queryClient.invalidateQueries({ queryKey: libraryKeys.list() });
    };
    // After the first render's work: the pass must not delay the page the reader opened.
    const timer = setTimeout(() => void start(), 0);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [queryClient]);
}
