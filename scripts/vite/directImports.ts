// Vite plugin: a lazy part's dynamic import() stays a plain import() in the build.
//
// Vite wraps every dynamic import in its preload helper (`\0vite/preload-helper.js`), which adds
// <link rel="modulepreload"> for the part's own imports and its CSS before importing it. Fil's
// build gives a lazy part no such list (vite.config.ts `modulePreload.resolveDependencies`) and
// has one stylesheet, loaded by index.html, so the helper never preloads anything: its ~0.6 KB
// gzipped sat in the reader's initial JavaScript for nothing. A failed import now rejects as
// it is, to the error boundary or route error page that awaits it, instead of first firing
// Vite's `vite:preloadError` event, which Fil does not listen to.

import type { Plugin } from 'vite';

/** The id Vite's build import analysis (vite/src/node/plugins/importAnalysisBuild.ts) loads. */
const PRELOAD_HELPER_ID = '\0vite/preload-helper.js';

/**
 * Replaces Vite's preload helper with one that only imports: `__vitePreload(load, deps)` calls
 * `load()` and returns its promise. Build only (the dev server has no helper); Vite 8.
 */
export function directImports(): Plugin {
  return {
    name: 'fil:direct-imports',
    apply: 'build',
    enforce: 'pre',
    load(id) {
      return id === PRELOAD_HELPER_ID ? 'export const __vitePreload = (load) => load();' : null;
    },
  };
}
