import { describe, expect, it } from 'vitest';
import { FILE_PATH } from './pwa.ts';

// Workbox tests the denylist against the path and query of a navigation.
describe('FILE_PATH (navigations that do not get app.html)', () => {
  it('matches files: a dot in the last path segment', () => {
    for (const path of ['/sw.js', '/manifest.webmanifest', '/seeds/sample-100k.7ad2119ba2.txt'])
      expect(FILE_PATH.test(path), path).toBe(true);
    expect(FILE_PATH.test('/assets/app-aXvRn4P0.js?v=2')).toBe(true);
  });

  it('leaves the app’s paths to the fallback, whatever their query', () => {
    for (const path of [
      '/',
      '/articles/4f1c9a0d2b7e',
      '/articles/000_78ca0d792cd5fe59/insights',
      '/articles/sample-100k?show=top',
      '/articles/sample-100k?from=1.5',
      '/v1.2/unknown',
    ])
      expect(FILE_PATH.test(path), path).toBe(false);
  });
});
