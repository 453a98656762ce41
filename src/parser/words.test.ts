import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords } from './words';

describe('countWords', () => {
  it('counts whitespace-separated words across texts', () => {
    expect(countWords([])).toBe(0);
    expect(countWords(['', '   ', '\n'])).toBe(0);
    expect(countWords(['one'])).toBe(1);
    expect(countWords(['  two\twords \n'])).toBe(2);
    expect(countWords(['a b', 'c'])).toBe(3);
  });

  it('treats NBSP and other Unicode spaces as whitespace', () => {
    expect(countWords(['Pourquoi\u00a0?'])).toBe(2);
    expect(countWords(['«\u202foui\u202f»'])).toBe(3);
    expect(countWords(['a\u00a0b\u2009c\u3000d'])).toBe(4);
  });

  it('accepts any iterable', () => {
    function* texts() {
      yield 'one two';
      yield 'three';
    }
    expect(countWords(texts())).toBe(3);
  });

  it('agrees with splitting on /\\s+/', () => {
    const text = fc.string({
      unit: fc.constantFrom(
        'a',
        'é',
        '?',
        ' ',
        '\t',
        '\n',
        '\u00a0',
        '\u202f',
        '\u2003',
        '\ufeff',
        '\u0085',
        '\u200b',
      ),
    });
    fc.assert(
      fc.property(fc.array(text), (texts) => {
        const expected = texts.reduce(
          (sum, t) => sum + t.split(/\s+/).filter((word) => word !== '').length,
          0,
        );
        expect(countWords(texts)).toBe(expected);
      }),
    );
  });
});
