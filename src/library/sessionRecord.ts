// Records that last for the tab's session and survive a reload: kept in memory, written to
// sessionStorage when the page is hidden. Storage can be missing or refuse (private mode, quota):
// the record then lasts until the tab closes, and nothing throws.

/** A record keyed by string, read from sessionStorage under `storageKey`, and how to save it. */
export type SessionRecord<T> = {
  /** The entries; change them in place. */
  readonly entries: Record<string, T>;
  /** Writes the entries to sessionStorage (call on pagehide). */
  readonly save: () => void;
};

/**
 * The record stored under `storageKey`, or an empty one when there is none or it cannot be read.
 * Its values are trusted as T: only this module writes them.
 */
export function sessionRecord<T>(storageKey: string): SessionRecord<T> {
  let entries: Record<string, T> = {};
  try {
    const stored: unknown = JSON.parse(sessionStorage.getItem(storageKey) ?? '{}');
    if (typeof stored === 'object' && stored !== null) entries = stored as Record<string, T>;
  } catch {
    // Missing storage or a malformed value: start afresh.
  }
  return {
    entries,
    save() {
      try {
        sessionStorage.setItem(storageKey, JSON.stringify(entries));
      } catch {
        // Storage refused: the entries last until the tab closes.
      }
    },
  };
}
