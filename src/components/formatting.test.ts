import { describe, expect, it } from 'vitest';
import { displayScore, formatPublished, languageName, plural } from './formatting';

describe('formatting', () => {
  it('names languages', () => {
    expect(languageName('fr')).toBe('French');
    expect(languageName('it')).toBe('Italian');
    expect(languageName(null)).toBe('Unknown language');
  });

  it('formats partial publication dates', () => {
    expect(formatPublished('2022')).toBe('2022');
    expect(formatPublished('2022-01')).toBe('January 2022');
    expect(formatPublished('2022-02-01')).toBe('1 February 2022');
    expect(formatPublished(null)).toBeNull();
    expect(formatPublished('yesterday')).toBe('yesterday');
  });

  it('signs scores with a real minus', () => {
    expect(displayScore(7)).toBe('+7');
    expect(displayScore(-12)).toBe('\u221212');
    expect(displayScore(0)).toBe('0');
    expect(displayScore(-150215)).toBe('\u2212150,215');
  });

  it('pluralises', () => {
    expect(plural(1, 'comment', 'comments')).toBe('1 comment');
    expect(plural(1200, 'comment', 'comments')).toBe('1,200 comments');
  });
});
