import { activateLanguage } from '../locales/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { commentCountText, wordCountText } from './DocumentCard';

describe('a library card’s counts', () => {
  afterEach(() => activateLanguage('en'));

  it('counts in English', () => {
    expect(commentCountText(0)).toBe('No comments');
    expect(commentCountText(1)).toBe('1 comment');
    expect(commentCountText(20000)).toBe('20,000 comments');
    expect(wordCountText(1)).toBe('1 word');
  });

  it('counts in French, grouping digits the French way', () => {
    activateLanguage('fr');
    expect(commentCountText(0)).toBe('Aucun commentaire');
    expect(commentCountText(1)).toBe('1 commentaire');
    expect(commentCountText(20000)).toBe('20\u202f000 commentaires');
    expect(wordCountText(1234)).toBe('1\u202f234 mots');
  });

  it('counts in Italian', () => {
    activateLanguage('it');
    expect(commentCountText(0)).toBe('Nessun commento');
    expect(commentCountText(1)).toBe('1 commento');
    expect(commentCountText(20000)).toBe('20.000 commenti');
    expect(wordCountText(1)).toBe('1 parola');
  });
});
