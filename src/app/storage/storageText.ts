// The storage panel's words, in the interface language.

import { t } from '@lingui/core/macro';
import { formatSize } from '../../library/collectionMessages';
import type { StorageStatus } from './storageStatus';

/** 'Fil uses 12.3 MB of the 1.2 GB this browser allows it.' */
export function usageText(estimate: StorageStatus['estimate']): string {
  if (estimate === null) return t`This browser does not say how much space Fil uses.`;
  const usage = formatSize(estimate.usage);
  const quota = formatSize(estimate.quota);
  return t`Fil uses ${usage} of the ${quota} this browser allows it.`;
}

/**
 * Whether the library is kept, given what the browser said (`persisted`) and, once Fil asked,
 * what it answered (`answer`, null before asking).
 */
export function keptText(
  persisted: boolean | null,
  answer: boolean | null,
  canAsk: boolean,
): string {
  if (persisted === true || answer === true)
    return t`This browser keeps your library: it will not clear it to free space.`;
  if (answer === false)
    return t`This browser did not agree to keep your library, for now. It may still clear it when space runs low: keep a backup.`;
  if (!canAsk)
    return t`This browser cannot be asked to keep Fil’s data. It may clear your library when space runs low: keep a backup.`;
  return t`Browsers may clear a site’s data when space runs low, unless they were asked to keep it. Fil can ask this browser to keep your library: it may agree, refuse, or ask you.`;
}
