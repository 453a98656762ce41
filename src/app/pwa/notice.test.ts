import { describe, expect, it } from 'vitest';
import { nextNotice, type NoticeEvent, type NoticeState } from './notice';

function after(events: readonly NoticeEvent[], from: NoticeState = 'none'): NoticeState {
  let state = from;
  for (const event of events) state = nextNotice(state, event);
  return state;
}

describe('nextNotice', () => {
  it('says once that Fil works offline, until its time is over', () => {
    expect(after(['installed'])).toBe('offline-ready');
    expect(after(['installed', 'expired'])).toBe('none');
  });

  it('shows a waiting version until the reader acts, whatever else happens', () => {
    expect(after(['waiting'])).toBe('update-ready');
    expect(after(['waiting', 'expired'])).toBe('update-ready');
    expect(after(['waiting', 'installed'])).toBe('update-ready');
  });

  it('lets a waiting version replace the offline notice, never the reverse', () => {
    expect(after(['installed', 'waiting'])).toBe('update-ready');
    expect(after(['installed', 'waiting', 'expired'])).toBe('update-ready');
  });

  it('hides the update notice on Later, and shows it again for a newer version', () => {
    expect(after(['waiting', 'later'])).toBe('none');
    expect(after(['waiting', 'later', 'waiting'])).toBe('update-ready');
  });

  it('keeps Reload pressed until the page reloads', () => {
    expect(after(['waiting', 'reload'])).toBe('updating');
    expect(after(['waiting', 'reload', 'later'])).toBe('updating');
    expect(after(['waiting', 'reload', 'waiting'])).toBe('updating');
    expect(after(['waiting', 'reload', 'installed'])).toBe('updating');
  });

  it('ignores buttons that are not shown', () => {
    expect(after(['reload'])).toBe('none');
    expect(after(['later'])).toBe('none');
    expect(after(['installed', 'reload'])).toBe('offline-ready');
  });
});
