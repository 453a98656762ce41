import { i18n } from '@lingui/core';
import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  return i18n.on('change', onChange);
}

const snapshot = () => i18n.locale;

/**
 * The active interface language ('en', 'fr', 'it'), re-rendering the caller when it changes.
 * Fil reads messages through Lingui's core macros (`t`, `plural`, `msg` from
 * '@lingui/core/macro') rather than @lingui/react, which would cost the reader's initial
 * JavaScript ~1 KB gzipped; the page re-mounts on a change instead (AppLayout), so that labels
 * memoized anywhere below are computed again.
 */
export function useLocale(): string {
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}
