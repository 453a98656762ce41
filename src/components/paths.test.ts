import { describe, expect, it } from 'vitest';
import { articlePath, insightsPath } from './paths';

describe('paths', () => {
  it('names the reader and the insights of a document, its id percent-encoded', () => {
    expect(articlePath('000_78ca')).toBe('/articles/000_78ca');
    expect(articlePath('a b/c')).toBe('/articles/a%20b%2Fc');
    expect(insightsPath('a b')).toBe('/articles/a%20b/insights');
  });
});
