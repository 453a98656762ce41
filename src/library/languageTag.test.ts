import { describe, expect, it } from 'vitest';
import { canonicalLanguageTag } from './languageTag';

describe('canonicalLanguageTag', () => {
  it('gives the canonical form of a tag', () => {
    expect(canonicalLanguageTag('fr')).toBe('fr');
    expect(canonicalLanguageTag('EN-gb')).toBe('en-GB');
    expect(canonicalLanguageTag('pt-br')).toBe('pt-BR');
    expect(canonicalLanguageTag('ZH-hant-tw')).toBe('zh-Hant-TW');
  });

  it('gives null for what is not a tag', () => {
    expect(canonicalLanguageTag('')).toBeNull();
    expect(canonicalLanguageTag('français')).toBeNull();
    expect(canonicalLanguageTag('en_US')).toBeNull();
    expect(canonicalLanguageTag('" onmouseover="x')).toBeNull();
  });
});
