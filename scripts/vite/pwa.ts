// Vite plugins: the web app manifest and the service worker (issue 15), through vite-plugin-pwa's
// generateSW (Workbox 7 writes sw.js; nothing hand-written). After one visit, the library and
// every bundled article open with the network off; a new version waits until the reader says to
// reload (src/app/pwa/ registers the worker after the first paint and words the notice).
//
// What the built folder holds (the prerender's contract, docs/design.md): index.html (the
// library, URL /), articles/<id>.html (each bundled article, URL /articles/<id>), app.html (the
// shell every other path gets), assets/ and seeds/ (content-hashed).

import type { Plugin, PluginOption } from 'vite';
import { VitePWA, type ManifestOptions } from 'vite-plugin-pwa';

/** The light theme's page colour (html's bg-white, src/app/styles.css): splash and title bar. */
const LIGHT_BACKGROUND = '#ffffff';

/** Icons made from public/favicon.svg by scripts/pwaIcons.ts. */
const ICONS: ManifestOptions['icons'] = [
  { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
  { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
  // Full-bleed, its mark inside the central circle (80 % of the side) that every mask keeps.
  { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
];

const APPLE_TOUCH_ICON = '/icons/apple-touch-icon.png';

/**
 * A navigation to a file (its last path segment has a dot: /sw.js, /seeds/x.json,
 * /manifest.webmanifest) is not the app's: it goes to the network rather than getting app.html.
 * Workbox tests it against the path and query.
 */
export const FILE_PATH = /^[^?#]*\/[^/?#]*\.[^/?#]*(?:\?.*)?$/;

/** The sample's JSON is ~25 MB; Workbox's default cap (2 MiB) would leave it out. */
const LARGEST_PRECACHED_FILE = 48 * 1024 * 1024;

export function pwa(): PluginOption[] {
  return [
    VitePWA({
      strategies: 'generateSW',
      // The reader decides when the new version takes over (the notice's Reload): no
      // skipWaiting or clientsClaim in sw.js; it waits, and src/app/pwa asks it to skip waiting.
      registerType: 'prompt',
      // src/app/pwa registers it from a chunk loaded after the first paint: no registerSW.js
      // and no script in the HTML (the CSP allows no inline script).
      injectRegister: false,
      // The dev server never has a service worker (it would serve stale modules).
      devOptions: { enabled: false },
      // Made after the prerender wrote the HTML: both plugins' closeBundle hooks are sequential
      // and 'post', and this one is enforce: 'post' and listed after it (vite.config.ts), so the
      // precache's revision of each HTML file is the final file's.
      integration: { closeBundleOrder: 'post' },
      // The favicon and the Apple touch icon are precached beside the manifest's icons (which
      // includeManifestIcons adds), all from public/.
      includeAssets: ['favicon.svg', APPLE_TOUCH_ICON.slice(1)],
      manifest: {
        name: 'Fil',
        short_name: 'Fil',
        description: 'Read flattened comment threads as the reply trees they were.',
        lang: 'en',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: LIGHT_BACKGROUND,
        background_color: LIGHT_BACKGROUND,
        icons: ICONS,
      },
      workbox: {
        globPatterns: [
          'assets/**/*.{js,css}',
          '*.html',
          'articles/*.html',
          // The bundled documents, the sample's 25 MB included: what opening them reads.
          'seeds/*.json',
        ],
        // Never source maps. The bundled sources (seeds/*.txt, the sample's ~15 MB) are read only
        // by the notes panel's "lines around" view, which few readers open: precaching them
        // would add 15 MB to every first visit, so they are cached when first read (below).
        globIgnores: ['**/*.map', 'seeds/*.txt'],
        maximumFileSizeToCacheInBytes: LARGEST_PRECACHED_FILE,
        // No sw.js.map: Workbox's bundling of sw.js took ~1.5× as long with it (every browser test
        // run builds), for a generated file nobody debugs line by line.
        sourcemap: false,
        // Content-hashed names: the URL is the revision, no ?__WB_REVISION__ needed.
        dontCacheBustURLsMatching: /^(?:assets|seeds)\//,
        // A static host serves a page's file whatever its query (?show=…): so does the worker,
        // so that an address with a query gets the same prerendered page offline as online.
        ignoreURLParametersMatching: [/./],
        // / → index.html; /articles/<id> → articles/<id>.html is precacheAndRoute's cleanURLs,
        // on by default (workbox-build has no option for it).
        directoryIndex: 'index.html',
        // Every other navigation (imported documents, insights, unknown paths → the app's 404)
        // gets the shell, as the host's single-page fallback does.
        navigateFallback: '/app.html',
        navigateFallbackDenylist: [FILE_PATH],
        runtimeCaching: [
          {
            // Content-hashed, so a copy once fetched is right forever.
            urlPattern: /\/seeds\/[^/]+\.txt$/,
            handler: 'CacheFirst',
            options: {
              cacheName: 'fil-seed-sources',
              expiration: { maxEntries: 12 },
              cacheableResponse: { statuses: [200] },
            },
          },
        ],
      },
    }),
    appleTouchIcon(),
  ];
}

/** The Apple touch icon's link in the HTML (iOS reads no manifest icons). */
function appleTouchIcon(): Plugin {
  return {
    name: 'fil-apple-touch-icon',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'link', attrs: { rel: 'apple-touch-icon', href: APPLE_TOUCH_ICON }, injectTo: 'head' },
    ],
  };
}
