import { i18n, type Messages } from '@lingui/core';
import { afterEach, describe, expect, it } from 'vitest';
import { messages as en } from '../locales/en/messages.po';
import { messages as fr } from '../locales/fr/messages.po';
import { messages as italian } from '../locales/it/messages.po';
import { themeLabels } from './ThemeToggle';

const PREFERENCES = ['system', 'light', 'dark'] as const;

describe('the theme button’s label and name', () => {
  afterEach(() => i18n.loadAndActivate({ locale: 'en', messages: en }));

  it('says what it shows and what a press does', () => {
    expect(themeLabels('light')).toEqual({
      label: 'Light theme',
      name: 'Light theme; switch to dark theme',
    });
    expect(themeLabels('dark').name).toBe('Dark theme; switch to system theme');
    expect(themeLabels('system').name).toBe('System theme; switch to light theme');
  });

  it('reads in French and Italian', () => {
    i18n.loadAndActivate({ locale: 'fr', messages: fr });
    expect(themeLabels('light')).toEqual({
      label: 'Thème clair',
      name: 'Thème clair\u202f; passer au thème sombre',
    });
    i18n.loadAndActivate({ locale: 'it', messages: italian });
    expect(themeLabels('dark')).toEqual({
      label: 'Tema scuro',
      name: 'Tema scuro; passa al tema di sistema',
    });
  });

  it('holds its visible label in its name in every language (WCAG 2.5.3)', () => {
    const catalogues: Record<string, Messages> = { en, fr, it: italian };
    for (const [locale, messages] of Object.entries(catalogues)) {
      i18n.loadAndActivate({ locale, messages });
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
