import { describe, expect, it } from 'vitest';
import { initialLocale } from './i18n';

describe('initialLocale', () => {
  it('takes the remembered choice first', () => {
    expect(initialLocale('it', ['fr-FR', 'en'])).toBe('it');
  });

  it('else the first of the browser’s languages Fil speaks, ignoring region and case', () => {
    expect(initialLocale(null, ['de-DE', 'FR-ca', 'it'])).toBe('fr');
    expect(initialLocale(null, ['it-CH'])).toBe('it');
  });

  it('ignores a remembered value that is not a language Fil speaks', () => {
    expect(initialLocale('de', ['it-IT'])).toBe('it');
  });

  it('falls back to English', () => {
    expect(initialLocale(null, ['de-DE', 'es'])).toBe('en');
    expect(initialLocale(null, [])).toBe('en');
  });
});
