// Vite plugin: static HTML for the library and every bundled article (issue 15), written when the
// bundle is closed. Each page is rendered by src/app/prerender.tsx, loaded through a Vite server
// of its own (the app's transforms: Lingui's macro and catalogues, JSX, the bundled documents'
// virtual modules naming the files this build emitted), and put into the built index.html's
// #root with the path it was rendered for (data-prerendered), which the browser checks before it
// hydrates (src/app/hydration.ts). The built index.html as it was becomes app.html: the shell
// every other path gets (an import, the insights view, a 404), so that it never paints another
// page's HTML first. Each static host's clean URLs serve /articles/<id> from articles/<id>.html.
// A prerendered page loads one script, src/app/boot.ts, which imports the app's entry once the
// page is painted; app.html loads the entry at once, as built (it has nothing to paint first).

import react from '@vitejs/plugin-react';
import { lingui } from '@lingui/vite-plugin';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createServer, type Plugin } from 'vite';
import type { ParsedDocument } from '../../src/parser/types.ts';
import type { PrerenderInput } from '../../src/app/prerender.tsx';
import { APP_ENTRY_ATTRIBUTE } from '../../src/app/appEntry.ts';
import { linguiMacro } from './linguiMacro.ts';
import { bundledDocuments, seedAssets } from './seedAssets.ts';

const ROOT_ELEMENT = '<div id="root"></div>';

/** The file a prerendered path is written to, relative to the built folder. */
export function prerenderFile(path: string): string {
  return path === '/' ? 'index.html' : `${path.slice(1)}.html`;
}

/** `shell` (the built index.html) with `html` in its root, marked as rendered for `path`. */
export function withPrerendered(shell: string, path: string, html: string): string {
  if (!shell.includes(ROOT_ELEMENT)) throw new Error(`index.html has no ${ROOT_ELEMENT}`);
  const root = `<div id="root" data-prerendered="${path}">${html}</div>`;
  // A function, so that `$` in the page's text is not read as a replacement pattern.
  return shell.replace(ROOT_ELEMENT, () => root);
}

const MODULE_SCRIPT = /<script type="module" crossorigin src="([^"]+)"><\/script>\s*/g;
const MODULE_PRELOAD = /<link rel="modulepreload"[^>]*>\s*/g;

/**
 * `shell` (the built index.html) loading only the boot script at `boot` (a URL path), which names
 * the app's entry chunk, `entry`: the shell's module scripts and preload links go, the boot script
 * takes the first one's place. Throws when the shell does not load `entry`.
 */
export function withBootScript(shell: string, boot: string, entry: string): string {
  const scripts = [...shell.matchAll(MODULE_SCRIPT)].map((match) => match[1]);
  if (!scripts.includes(entry)) throw new Error(`index.html does not load ${entry}`);
  const bootScript = `<script type="module" crossorigin src="${boot}" ${APP_ENTRY_ATTRIBUTE}="${entry}"></script>\n    `;
  let placed = false;
  return shell
    .replace(MODULE_PRELOAD, '')
    .replace(MODULE_SCRIPT, () => (placed ? '' : ((placed = true), bootScript)));
}

type Renderer = { renderPage(path: string, input: PrerenderInput): Promise<string> };

export function prerender(seedsFolder: string): Plugin {
  let outDir = '';
  let root = '';
  let base = '/';
  /** The built boot script's and the app entry's URL paths. */
  let boot = '';
  let entry = '';
  return {
    name: 'fil-prerender',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
      base = config.base;
    },
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        if (chunk.isEntry && chunk.name === 'boot') boot = base + chunk.fileName;
        // index.html's script: the chunk that holds it is what the built page loads.
        if (chunk.moduleIds.some((id) => id.endsWith('/src/app/main.tsx')))
          entry = base + chunk.fileName;
      }
    },
    closeBundle: {
      // Before the service worker's precache list is made from the folder (vite-plugin-pwa's
      // closeBundle, sequential too): its revisions must be the final files'.
      sequential: true,
      order: 'pre',
      async handler() {
        const built = readFileSync(join(outDir, 'index.html'), 'utf8');
        writeFileSync(join(outDir, 'app.html'), built);
        if (!boot || !entry) throw new Error('the build has no boot script or no app entry');
        const shell = withBootScript(built, boot, entry);
        const bundled = bundledDocuments(seedsFolder);
        const input: PrerenderInput = {
          documents: new Map(
            bundled.map((document) => [document.id, JSON.parse(document.json) as ParsedDocument]),
          ),
          summaries: bundled.map((document) => document.summary),
        };
        const server = await createServer({
          configFile: false,
          root,
          mode: 'production',
          logLevel: 'warn',
          appType: 'custom',
          server: { middlewareMode: true, hmr: false, ws: false, watch: null },
          optimizeDeps: { noDiscovery: true, include: [] },
          plugins: [
            seedAssets(seedsFolder, { hashedUrls: true }),
            linguiMacro(),
            react(),
            lingui(),
          ],
        });
        try {
          const renderer = (await server.ssrLoadModule('/src/app/prerender.tsx')) as Renderer;
          const paths = ['/', ...bundled.map((document) => `/articles/${document.id}`)];
          for (const path of paths) {
            const html = await renderer.renderPage(path, input);
            const file = join(outDir, prerenderFile(path));
            mkdirSync(dirname(file), { recursive: true });
            writeFileSync(file, withPrerendered(shell, path, html));
          }
        } finally {
          await server.close();
        }
      },
    },
  };
}
