// The reader's settings, kept in localStorage. Storage can be missing or refuse writes (private
// mode, quota): settings then live for the session only, and nothing throws.

import { DEFAULT_THRESHOLD_SCORE } from './defaults';

export type ThemePreference = 'system' | 'light' | 'dark';

const KEYS = {
  theme: 'fil.theme',
  threshold: 'fil.collapseThreshold',
  locale: 'fil.locale',
} as const;

// Where there is no localStorage (the build's prerender in Node), using it throws: caught too.
function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Not remembered beyond this page; the setting still applies now.
  }
}

export function readThemePreference(): ThemePreference {
  const stored = read(KEYS.theme);
  return stored === 'light' || stored === 'dark' ? stored : 'system';
}

export function writeThemePreference(preference: ThemePreference): void {
  write(KEYS.theme, preference);
}

export function readCollapseThreshold(): number {
  const stored = Number(read(KEYS.threshold) ?? Number.NaN);
  return Number.isInteger(stored) ? stored : DEFAULT_THRESHOLD_SCORE;
}

export function writeCollapseThreshold(threshold: number): void {
  write(KEYS.threshold, String(threshold));
}

/** The interface language the reader chose ('fr', …), or null when they never chose one. */
export function readLocalePreference(): string | null {
  return read(KEYS.locale);
}

export function writeLocalePreference(locale: string): void {
  write(KEYS.locale, locale);
}
