import { activateLanguage } from '../locales/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { count, displayScore, formatPublished, languageName } from './formatting';

describe('formatting', () => {
  afterEach(() => activateLanguage('en'));

  it('names languages', () => {
    expect(languageName('fr')).toBe('French');
    expect(languageName('it')).toBe('Italian');
    expect(languageName(null)).toBe('Unknown language');
    expect(languageName('not a language')).toBe('not a language');
  });

  it('formats partial publication dates', () => {
    expect(formatPublished('2022')).toBe('2022');
    expect(formatPublished('2022-01')).toBe('January 2022');
    expect(formatPublished('2022-02-01')).toBe('1 February 2022');
    expect(formatPublished(null)).toBeNull();
    expect(formatPublished('yesterday')).toBe('yesterday');
    // A month that does not exist leaves the year; a day that does not, the value as written.
    expect(formatPublished('2022-13')).toBe('2022');
    expect(formatPublished('2022-02-30')).toBe('2022-02-30');
  });

  it('signs scores with a real minus', () => {
    expect(displayScore(7)).toBe('+7');
    expect(displayScore(-12)).toBe('\u221212');
    expect(displayScore(0)).toBe('0');
    expect(displayScore(-150215)).toBe('\u2212150,215');
  });

  it('names languages, dates and numbers in French', () => {
    activateLanguage('fr');
    expect(languageName('fr')).toBe('français');
    expect(languageName('it')).toBe('italien');
    expect(languageName(null)).toBe('Langue inconnue');
    expect(formatPublished('2022-01')).toBe('janvier 2022');
    expect(formatPublished('2022-02-01')).toBe('1 février 2022');
    // Groups of three digits after a narrow no-break space.
    expect(count(20000)).toBe('20\u202f000');
    expect(displayScore(-150215)).toBe('\u2212150\u202f215');
    expect(displayScore(7)).toBe('+7');
  });

  it('names languages, dates and numbers in Italian', () => {
    activateLanguage('it');
    expect(languageName('fr')).toBe('francese');
    expect(languageName('it')).toBe('italiano');
    expect(languageName(null)).toBe('Lingua sconosciuta');
    expect(formatPublished('2022-01')).toBe('gennaio 2022');
    expect(formatPublished('2022-02-01')).toBe('1 febbraio 2022');
    expect(count(20000)).toBe('20.000');
    // Italian leaves four digits ungrouped.
    expect(count(1200)).toBe('1200');
    expect(displayScore(150215)).toBe('+150.215');
  });
});
