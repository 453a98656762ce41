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
  // The stylesheet follows the system until a class says otherwise (a prerendered page paints
  // before this runs): `.light` only where the system is dark, since a class changed on <html>
  // makes the browser recompute every element's style.
  root.classList.toggle('light', theme === 'light' && darkQuery()?.matches === true);
  // Following the system, the page's <meta name="color-scheme"> already says so: nothing to
  // change (a style set on <html> makes the browser recompute every element's, which on a
  // prerendered page is the whole page).
  const colorScheme = preference === 'system' ? '' : theme;
  if (root.style.colorScheme !== colorScheme) root.style.colorScheme = colorScheme;
}

/** Applies the stored preference now and follows the system while the preference is 'system'. */
export function startTheme(): void {
  applyTheme(readThemePreference());
  darkQuery()?.addEventListener('change', () => applyTheme(readThemePreference()));
}
