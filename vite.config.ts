import { defineConfig } from 'vite';
import type { TestProjectConfiguration } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { lingui } from '@lingui/vite-plugin';
import tailwindcss from '@tailwindcss/vite';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { contentSecurityPolicy } from './scripts/vite/contentSecurityPolicy.ts';
import { deployRecipe } from './scripts/vite/deployRecipe.ts';
import { directImports } from './scripts/vite/directImports.ts';
import { linguiMacro } from './scripts/vite/linguiMacro.ts';
import { linguiWarning } from './scripts/vite/linguiWarning.ts';
import { prerender } from './scripts/vite/prerender.ts';
import { pwa } from './scripts/vite/pwa.ts';
import { seedAssets } from './scripts/vite/seedAssets.ts';
import { filesNeedingIsolation } from './scripts/vite/testIsolation.ts';

// react-router's package exports name only its development build (remix-run/react-router#12532,
// "intended to be temporary"), whose warnings would ship to readers and cost ~0.6 KB of the
// reader's 120 KB budget: a production build takes the production files of the same version.
const reactRouterFile = (file: string) =>
  fileURLToPath(new URL(`./node_modules/react-router/dist/production/${file}`, import.meta.url));

const UNIT_TESTS = ['src/**/*.test.ts', 'scripts/**/*.test.ts'];

/** The entry's chunk (src/app/main.tsx and all it imports), named once for both its uses below. */
const ENTRY_CHUNK = 'app';

/**
 * The unit tests as two Vitest projects: the files that stub, mock or spy keep a module graph
 * each, the rest share one per worker (scripts/vite/testIsolation.ts reads which from their
 * text, so only when Vitest loads this config).
 */
function unitTestProjects(): TestProjectConfiguration[] {
  const isolated = filesNeedingIsolation(fileURLToPath(new URL('.', import.meta.url)), [
    'src',
    'scripts',
  ]);
  return [
    {
      extends: true,
      test: { name: 'shared', include: UNIT_TESTS, exclude: isolated, isolate: false },
    },
    { extends: true, test: { name: 'isolated', include: isolated } },
  ];
}

export default defineConfig(({ command, mode }) => ({
  plugins: [
    seedAssets(fileURLToPath(new URL('./seeds', import.meta.url))),
    // @vitejs/plugin-react 6 has no `babel` option: Lingui's macro runs in its own small plugin.
    linguiMacro(),
    react(),
    // Compiles a catalogue (.po) when it is imported, so only the active language's is loaded.
    lingui(),
    linguiWarning(),
    tailwindcss(),
    contentSecurityPolicy(),
    directImports(),
    // Static HTML for the library and the bundled articles, written when the bundle is closed,
    // before the service worker's precache list is made from the folder (both sequential).
    prerender(fileURLToPath(new URL('./seeds', import.meta.url))),
    pwa(),
    deployRecipe(),
  ],
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
  build: {
    target: 'es2022',
    // Written beside the chunks for profiling and debugging (DevTools loads one on request), but
    // not named in them: the comment that names it cost the entry and the boot script 35–40 B
    // gzipped each, 74 B of the reader's initial JavaScript.
    sourcemap: 'hidden',
    rolldownOptions: {
      // The prerendered pages' boot script is an entry of its own (src/app/boot.ts).
      input: { index: 'index.html', boot: 'src/app/boot.ts' },
      output: {
        // V8's explicit compile hint (https://v8.dev/blog/explicit-compile-hints): the entry's
        // functions are compiled with the script (off the main thread when the browser streams
        // it), not each on its first call inside the tasks that boot and hydrate the page: nearly
        // all of them run then. Creating the router took 44 ms at 1× before, 9 ms after.
        // Lighthouse on seed 000, 5 runs each, interleaved: blocking time 420–1,610 ms (median
        // 550) without, 490–520 (median 510) with; score median 84 → 87.
        postBanner: (chunk) => (chunk.name === ENTRY_CHUNK ? '//# allFunctionsCalledOnLoad' : ''),
        codeSplitting: {
          // Everything the entry imports, React and Lingui included, in one chunk beside it:
          // left alone, the bundler splits the modules that lazy parts import too into small
          // shared chunks (react, jsx-runtime, @lingui/core), and each file compresses on its
          // own (~1 KB gzipped more for the same code). Lazy parts import from this chunk.
          groups: [{ name: ENTRY_CHUNK, test: /[\\/]src[\\/]app[\\/]main\.tsx$/ }],
        },
      },
    },
    modulePreload: {
      // Every browser Fil supports preloads modules itself (baseline since 2023).
      polyfill: false,
      // The page's own entry keeps its preload links; a lazy part fetches its imports when it
      // loads, after the first paint, instead of the entry carrying a table of every lazy
      // part's chunks (~1 KB gzipped of the reader's initial JavaScript).
      resolveDependencies: (_file, dependencies, { hostType }) =>
        hostType === 'html' ? dependencies : [],
    },
  },
  resolve: {
    alias:
      command === 'build'
        ? [
            { find: /^react-router$/, replacement: reactRouterFile('index.mjs') },
            { find: /^react-router\/dom$/, replacement: reactRouterFile('dom-export.mjs') },
          ]
        : [],
  },
  test: {
    environment: 'node',
    setupFiles: ['src/locales/testSetup.ts'],
    testTimeout: 60_000,
    // Vitest leaves a core free by default (one worker on a 2-core machine); the unit tests run
    // alone in `npm test`, so they take them all.
    maxWorkers: availableParallelism(),
    projects: mode === 'test' ? unitTestProjects() : [],
  },
}));
