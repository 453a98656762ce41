import { afterEach, describe, expect, it } from 'vitest';
import { activateLanguage } from '../../locales/testing';
import {
  commentCountText,
  directionLabel,
  importedText,
  languageLabel,
  selectAllText,
  shownText,
  wordCountText,
} from './collectionText';

describe('the library list’s words', () => {
  afterEach(() => activateLanguage('en'));

  it('counts comments and words', () => {
    expect(commentCountText(0)).toBe('No comments');
    expect(commentCountText(1)).toBe('1 comment');
    expect(commentCountText(20000)).toBe('20,000 comments');
    expect(wordCountText(1)).toBe('1 word');
    expect(wordCountText(1234)).toBe('1,234 words');
  });

  it('counts comments in French and Italian, grouping digits their way', () => {
    activateLanguage('fr');
    expect(commentCountText(0)).toBe('Aucun commentaire');
    expect(commentCountText(20000)).toBe('20\u202f000 commentaires');
    expect(wordCountText(1234)).toBe('1\u202f234 mots');
    activateLanguage('it');
    expect(commentCountText(1)).toBe('1 commento');
    expect(commentCountText(20000)).toBe('20.000 commenti');
  });

  it('says how many documents are shown, of how many', () => {
    expect(shownText(10005, 10005, false)).toBe('10,005 documents');
    expect(shownText(1, 1, false)).toBe('1 document');
    expect(shownText(312, 10005, true)).toBe('312 of 10,005 documents');
    expect(shownText(0, 1, true)).toBe('0 of 1 document');
    expect(selectAllText(312)).toBe('Select all 312 shown');
  });

  it('names directions in each sort’s terms, and languages', () => {
    expect(directionLabel('published', 'desc')).toBe('Newest first');
    expect(directionLabel('words', 'asc')).toBe('Fewest first');
    expect(directionLabel('title', 'asc')).toBe('A to Z');
    expect(languageLabel('fr')).toBe('French');
    expect(languageLabel('und')).toBe('Unknown language');
  });

  it('says on which day of the reader’s calendar a document was imported', () => {
    const importedAt = new Date(2025, 2, 3, 23, 30).toISOString();
    expect(importedText(importedAt)).toBe('Imported 3 Mar 2025');
    expect(importedText('not a date')).toBeNull();
  });
});
