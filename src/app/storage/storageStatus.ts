// What the browser says about Fil's storage (navigator.storage, the Storage API): how much it
// uses, how much it may use, whether it is kept when space runs low; and asking to keep it.
// Each part may be missing (an older browser, a page not served over HTTPS): then it is null.

import { mutationOptions, queryOptions } from '@tanstack/react-query';
import { libraryKeys } from '../../library/queryKeys';

export type StorageStatus = {
  /** Bytes this site uses and may use (navigator.storage.estimate); null when not said. */
  readonly estimate: { readonly usage: number; readonly quota: number } | null;
  /** Whether the browser keeps this site's data when space runs low; null when not said. */
  readonly persisted: boolean | null;
  /** Whether Fil can ask for that (navigator.storage.persist exists). */
  readonly canAsk: boolean;
};

/** The part of StorageManager read here, so that tests can hand in their own. */
export type StorageApi = Partial<Pick<StorageManager, 'estimate' | 'persisted' | 'persist'>>;

function storageApi(): StorageApi | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.storage;
}

/** A promise's value, or null when it cannot be had (missing API, refused). */
async function settled<T>(read: (() => Promise<T>) | undefined): Promise<T | null> {
  if (!read) return null;
  try {
    return await read();
  } catch {
    return null;
  }
}

/** What `api` says of this site's storage; never throws. */
export async function readStorageStatus(
  api: StorageApi | undefined = storageApi(),
): Promise<StorageStatus> {
  const estimate = await settled(api?.estimate?.bind(api));
  const persisted = await settled(api?.persisted?.bind(api));
  const { usage, quota } = estimate ?? {};
  return {
    estimate:
      typeof usage === 'number' && typeof quota === 'number' && quota > 0 ? { usage, quota } : null,
    persisted,
    canAsk: typeof api?.persist === 'function',
  };
}

/**
 * The storage status, under the library's list key: listing the library again (after an
 * import, a delete, a restore) reads it again.
 */
export const storageStatusQuery = () =>
  queryOptions({
    queryKey: [...libraryKeys.list(), 'storage-estimate'] as const,
    queryFn: () => readStorageStatus(),
    staleTime: Infinity,
  });

/**
 * Asks the browser to keep this site's data when space runs low (navigator.storage.persist):
 * true when it agreed. It may answer at once, by its own rules (Chromium: how the site is used),
 * or ask the reader (Firefox). The status is read again afterwards.
 */
export const persistMutation = (api: StorageApi | undefined = storageApi()) =>
  mutationOptions({
    mutationFn: async () => (await settled(api?.persist?.bind(api))) === true,
    onSettled: (_granted, _error, _variables, _onMutate, { client }) =>
      client.invalidateQueries({ queryKey: storageStatusQuery().queryKey }),
  });
