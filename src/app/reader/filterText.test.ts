import { activateLanguage } from '../../locales/testing';
import { afterEach, describe, expect, it } from 'vitest';
import type { CommentFilter } from '../../thread/filter';
import { filterSentence } from './filterText';

const score = (min: number, max: number): CommentFilter => ({ kind: 'score', min, max });
const depth = (level: number): CommentFilter => ({ kind: 'depth', depth: level });
// 23 January 2022 from 11:00 to 12:00 (12:00 excluded), as the page wrote the times.
const hour: CommentFilter = {
  kind: 'time',
  from: Date.UTC(2022, 0, 23, 11),
  to: Date.UTC(2022, 0, 23, 12),
};
const quote = (from: string | null, to: string): CommentFilter => ({ kind: 'quote', from, to });

afterEach(() => {
  activateLanguage('en');
});

describe('filterSentence in English', () => {
  it('counts the comments and says what the filter takes', () => {
    expect(filterSentence(score(-14, -10), 4)).toBe('4 comments scored \u221214 to \u221210');
    expect(filterSentence(score(5, 5), 1)).toBe('1 comment scored +5');
    expect(filterSentence(depth(1), 12_000)).toBe('12,000 comments at the top level');
    expect(filterSentence(depth(6), 1)).toBe('1 comment at depth 6');
    expect(filterSentence(hour, 2)).toBe('2 comments posted 23 Jan 2022, 11:00–11:59');
    expect(filterSentence(quote('Ann', 'Mikhaïl L.'), 3)).toBe(
      '3 comments by Ann quoting Mikhaïl L.',
    );
    expect(filterSentence(quote(null, 'Bob'), 1)).toBe(
      '1 comment by an unnamed author quoting Bob',
    );
  });

  it('says in a sentence of its own that no comment matches', () => {
    expect(filterSentence(score(100, 200), 0)).toBe('No comments scored +100 to +200.');
    expect(filterSentence(depth(1), 0)).toBe('No comments at the top level.');
    expect(filterSentence(quote(null, 'Bob'), 0)).toBe(
      'No comments by unnamed authors quoting Bob.',
    );
  });
});

// These read the repo's fr and it catalogues, which receive this module's messages when the
// translations are merged (src/locales).
describe('filterSentence in French and Italian', () => {
  it('says it in French, agreed with the count (0 and 1 singular), dates in French', () => {
    activateLanguage('fr');
    expect(filterSentence(score(-14, -10), 4)).toBe(
      '4 commentaires avec un score de \u221214 à \u221210',
    );
    expect(filterSentence(score(-1_500, 0), 12_000)).toBe(
      '12\u202f000 commentaires avec un score de \u22121\u202f500 à 0',
    );
    expect(filterSentence(depth(6), 1)).toBe('1 commentaire à la profondeur 6');
    expect(filterSentence(hour, 2)).toBe(
      '2 commentaires publiés sur la période 23 janv. 2022, 11:00–11:59',
    );
    expect(filterSentence(quote('Ann', 'Bob'), 1)).toBe('1 commentaire écrit par Ann qui cite Bob');
    expect(filterSentence(depth(1), 0)).toBe('Aucun commentaire de premier niveau.');
  });

  it('says it in Italian, agreed with the count, dates in Italian', () => {
    activateLanguage('it');
    expect(filterSentence(score(3, 3), 1)).toBe('1 commento con punteggio +3');
    expect(filterSentence(depth(1), 12_000)).toBe('12.000 commenti di primo livello');
    expect(filterSentence(hour, 2)).toBe(
      '2 commenti pubblicati nel periodo 23 gen 2022, 11:00–11:59',
    );
    expect(filterSentence(quote(null, 'Bob'), 5)).toBe(
      '5 commenti di autori senza nome che citano Bob',
    );
    expect(filterSentence(score(100, 200), 0)).toBe(
      'Nessun commento con punteggio da +100 a +200.',
    );
  });
});
