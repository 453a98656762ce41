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
 * JavaScript ~1 KB gzipped. Each page and each memoized component calls it, so that a change of
 * language renders them again without re-mounting anything (the reader's state stays).
 */
export function useLocale(): string {
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}
