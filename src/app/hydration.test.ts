import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLD_SCORE } from '../library/defaults';
import { canHydrate, PRERENDER_LOCALE, type ClientStart } from './hydration';

const start: ClientStart = {
  prerendered: '/articles/000',
  location: { pathname: '/articles/000', search: '', hash: '' },
  locale: PRERENDER_LOCALE,
  theme: 'system',
  collapseThreshold: DEFAULT_THRESHOLD_SCORE,
  browserData: false,
};

describe('canHydrate', () => {
  it('hydrates the page the build rendered, as the build rendered it', () => {
    expect(canHydrate(start)).toBe(true);
    const library = { ...start.location, pathname: '/' };
    expect(canHydrate({ ...start, prerendered: '/', location: library })).toBe(true);
  });

  it('renders afresh what the build did not draw', () => {
    const cases: Partial<ClientStart>[] = [
      { prerendered: null },
      // The fallback served another page's HTML, or a host added a trailing slash.
      { location: { ...start.location, pathname: '/articles/001' } },
      { location: { ...start.location, pathname: '/articles/000/' } },
      { location: { ...start.location, search: '?sort=new' } },
      { location: { ...start.location, hash: '#comment-1.2' } },
      { locale: 'fr' },
      { theme: 'dark' },
      { theme: 'light' },
      { collapseThreshold: DEFAULT_THRESHOLD_SCORE + 1 },
      // The library holds the reader's imports, or says storage failed.
      { browserData: true },
    ];
    for (const change of cases)
      expect(canHydrate({ ...start, ...change }), JSON.stringify(change)).toBe(false);
  });
});
