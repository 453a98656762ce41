import { LOCALES } from '../locales/catalogues';
import { activateLanguage } from '../locales/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { themeLabels } from './ThemeToggle';

const PREFERENCES = ['system', 'light', 'dark'] as const;

describe('the theme button’s label and name', () => {
  afterEach(() => activateLanguage('en'));

  it('says what it shows and what a press does', () => {
    expect(themeLabels('light')).toEqual({
      label: 'Light theme',
      name: 'Light theme; switch to dark theme',
    });
    expect(themeLabels('dark').name).toBe('Dark theme; switch to system theme');
    expect(themeLabels('system').name).toBe('System theme; switch to light theme');
  });

  it('reads in French and Italian', () => {
    activateLanguage('fr');
    expect(themeLabels('light')).toEqual({
      label: 'Thème clair',
      name: 'Thème clair\u202f; passer au thème sombre',
    });
    activateLanguage('it');
    expect(themeLabels('dark')).toEqual({
      label: 'Tema scuro',
      name: 'Tema scuro; passa al tema di sistema',
    });
  });

  it('holds its visible label in its name in every language (WCAG 2.5.3)', () => {
    for (const locale of LOCALES) {
      activateLanguage(locale);
      for (const preference of PREFERENCES) {
        const { label, name } = themeLabels(preference);
        expect(name.startsWith(label), `${locale} ${preference}: “${name}”`).toBe(true);
        // Each state's label is its own: the name tells the three apart.
        expect(label).not.toBe('');
      }
      expect(new Set(PREFERENCES.map((preference) => themeLabels(preference).label)).size).toBe(3);
    }
  });
});
