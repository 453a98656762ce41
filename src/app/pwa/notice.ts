// What the service worker's notice says, as a pure function of what happened (unit-tested).

/**
 * - `none`: nothing to say (or the reader said Later);
 * - `offline-ready`: the first install finished: "Fil now works offline." for a few seconds;
 * - `update-ready`: a new version waits: "A new version of Fil is ready." with Reload and Later,
 *   until the reader acts (never a silently stale page);
 * - `updating`: Reload pressed, the page reloads once the new version has taken over.
 */
export type NoticeState = 'none' | 'offline-ready' | 'update-ready' | 'updating';

/**
 * - `installed`: the first service worker finished installing (everything is precached);
 * - `waiting`: a new service worker is installed and waits for this page, or has taken over
 *   from the page's own (another tab's Reload): either way this page runs the old version;
 * - `reload`, `later`: the reader's buttons;
 * - `expired`: the offline notice's few seconds are over.
 */
export type NoticeEvent = 'installed' | 'waiting' | 'reload' | 'later' | 'expired';

/**
 * The notice after `event`. A waiting version outranks the offline notice (it replaces it) and is
 * never replaced by it; Later hides the update notice for this page only (the worker still
 * waits, so the next page load shows it again); once Reload is pressed, nothing but the reload
 * ends it. An event that does not apply leaves the state as it was.
 */
export function nextNotice(state: NoticeState, event: NoticeEvent): NoticeState {
  switch (event) {
    case 'installed':
      return state === 'none' ? 'offline-ready' : state;
    case 'waiting':
      return state === 'updating' ? state : 'update-ready';
    case 'reload':
      return state === 'update-ready' ? 'updating' : state;
    case 'later':
      return state === 'update-ready' ? 'none' : state;
    case 'expired':
      return state === 'offline-ready' ? 'none' : state;
  }
}
