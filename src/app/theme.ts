// Light and dark themes: the system setting by default, or the reader's remembered choice.

import { readThemePreference, type ThemePreference } from '../library/preferences';

const darkQuery = () => globalThis.matchMedia?.('(prefers-color-scheme: dark)');

function resolveTheme(preference: ThemePreference): 'light' | 'dark' {
  if (preference !== 'system') return preference;
  return darkQuery()?.matches ? 'dark' : 'light';
}

export function applyTheme(preference: ThemePreference): void {
  const theme = resolveTheme(preference);
  const root = document.documentElement;
  root.classList.toggle('dark', theme === 'dark');
  // Either class overrides the system setting the stylesheet follows before this runs.
  root.classList.toggle('light', theme === 'light');
  root.style.colorScheme = theme;
}

/** Applies the stored preference now and follows the system while the preference is 'system'. */
export function startTheme(): void {
  applyTheme(readThemePreference());
  darkQuery()?.addEventListener('change', () => applyTheme(readThemePreference()));
}
