// The deploy recipe's rules (issue 15, point 4): the text of the `_headers` and `_redirects` files
// the build puts in the folder, and what a static host does with them — which headers a path
// gets, and which file answers it. Pure: the Vite plugin (deployRecipe.ts) writes the texts at
// build and has the preview server apply them through these functions, so what is tested is the
// file that ships.
//
// The format is Netlify's; Cloudflare Pages reads `_headers` alike, `_redirects` otherwise:
//   https://docs.netlify.com/manage/routing/headers/ (the `_headers` file)
//   https://docs.netlify.com/manage/routing/redirects/rewrites-proxies/ (200 rewrites, shadowing)
//   https://developers.cloudflare.com/pages/configuration/headers/
//   https://developers.cloudflare.com/pages/configuration/redirects/
// The two hosts differ where a header is named by two rules matching one path: Netlify keeps
// the later value (netlify/build packages/headers-parser, merge.ts; netlify/primitives
// headersForPath), Cloudflare joins them with a comma (pages-shared asset-server handler.ts),
// and only Cloudflare knows `! Name` to drop one. So no header here is named by two rules that
// can match the same path: `Cache-Control` is on `/`, `/:name`, `/articles/*`, `/assets/*` and
// `/seeds/*`, which never overlap, and never on `/*`.

import { CONTENT_SECURITY_POLICY } from './contentSecurityPolicy.ts';

/** One header: its name as sent and its value. */
export type Header = readonly [name: string, value: string];

/** A block of `_headers`: a path pattern and the headers every matching path gets. */
export interface HeaderRule {
  readonly path: string;
  readonly headers: readonly Header[];
}

/** A line of `_redirects`: `from to status`. */
export interface RedirectRule {
  readonly from: string;
  readonly to: string;
  readonly status: number;
}

/**
 * The site's policy as an HTTP header: the <meta> tag's policy plus `frame-ancestors 'none'`,
 * which a <meta> policy cannot carry (CSP 3 ignores frame-ancestors, sandbox and report-uri
 * in a <meta> policy).
 */
export const CONTENT_SECURITY_POLICY_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;

/**
 * Browser features Fil never uses, denied to the page and to any frame (`()` is the empty
 * allow-list). Only features Chromium recognises: an unknown one costs a console error each load.
 * The clipboard is left alone: the reader copies permalinks.
 */
export const DENIED_FEATURES = [
  'accelerometer',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'hid',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'serial',
  'usb',
  'xr-spatial-tracking',
] as const;

/** Content-hashed files: a new build gives new names, so a copy never needs checking again. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else: kept, but checked with the server (ETag) on each use, so a deploy shows at once. */
export const REVALIDATE = 'no-cache';

/** The `_headers` rules, in the order written. */
export const HEADER_RULES: readonly HeaderRule[] = [
  {
    path: '/*',
    headers: [
      ['Content-Security-Policy', CONTENT_SECURITY_POLICY_HEADER],
      ['X-Content-Type-Options', 'nosniff'],
      // Fil asks nothing of other sites, and the address of what one reads is nobody's business.
      ['Referrer-Policy', 'no-referrer'],
      ['Permissions-Policy', DENIED_FEATURES.map((feature) => `${feature}=()`).join(', ')],
      ['Cross-Origin-Opener-Policy', 'same-origin'],
    ],
  },
  { path: '/assets/*', headers: [['Cache-Control', IMMUTABLE]] },
  { path: '/seeds/*', headers: [['Cache-Control', IMMUTABLE]] },
  // The library, the files at the top (app.html, sw.js, manifest.webmanifest) and every
  // article, prerendered or not. The icons (/icons/*) and a deeper unknown path (served
  // app.html's 404) get the host's default, `public, max-age=0, must-revalidate` on both hosts:
  // the same effect.
  { path: '/', headers: [['Cache-Control', REVALIDATE]] },
  { path: '/:name', headers: [['Cache-Control', REVALIDATE]] },
  { path: '/articles/*', headers: [['Cache-Control', REVALIDATE]] },
];

/** The file every path without a file of its own is served: the app with no prerendered content. */
export const FALLBACK = '/app.html';

/**
 * The single-page fallback. A 200 is a rewrite: the address stays. Netlify serves a file that
 * exists at the path first ("shadowing": docs.netlify.com/manage/routing/redirects/
 * rewrites-proxies/#shadowing), `/articles/<id>` included, which it finds as `articles/<id>.html`
 * (Pretty URLs, on by default: github.com/slorber/trailing-slash-guide, Hosting-Providers.md).
 * Cloudflare Pages does not shadow: "Redirects are always followed, regardless of whether or not
 * an asset matches the incoming request" (developers.cloudflare.com/pages/configuration/
 * redirects/), and it answers a `.html` path with a redirect to the path without it
 * (pages/configuration/serving-pages/), so there this file is left out: README, "Deploy".
 */
export const REDIRECT_RULES: readonly RedirectRule[] = [{ from: '/*', to: FALLBACK, status: 200 }];

/** The `_headers` file for `rules`: a path line, then its headers indented by two spaces. */
export function headersFileText(rules: readonly HeaderRule[] = HEADER_RULES): string {
  const lines = ['# Written by scripts/vite/deployRecipe.ts at build: edit the rules there.'];
  for (const rule of rules) {
    lines.push(rule.path);
    for (const [name, value] of rule.headers) lines.push(`  ${name}: ${value}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The `_redirects` file for `rules`: one `from to status` a line. */
export function redirectsFileText(rules: readonly RedirectRule[] = REDIRECT_RULES): string {
  const lines = ['# Written by scripts/vite/deployRecipe.ts at build: edit the rules there.'];
  for (const rule of rules) lines.push(`${rule.from} ${rule.to} ${rule.status}`);
  return `${lines.join('\n')}\n`;
}

/** A parse's rules and what it could not read (`line N: why`), for the caller to report. */
export interface Parsed<Rule> {
  readonly rules: Rule[];
  readonly errors: string[];
}

/**
 * Reads a `_headers` file: `#` comments and blank lines skipped, a line starting with `/` opens
 * a rule, an indented `Name: value` line adds a header to it (the value may hold colons). A
 * header before any path, or a line that is neither, is an error; the rest is still read.
 */
export function parseHeadersFile(text: string): Parsed<HeaderRule> {
  const rules: { path: string; headers: Header[] }[] = [];
  const errors: string[] = [];
  const lines = text.split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (line.startsWith('/')) {
      rules.push({ path: line, headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    const name = colon > 0 ? line.slice(0, colon).trim() : '';
    const value = colon > 0 ? line.slice(colon + 1).trim() : '';
    const current = rules.at(-1);
    if (!name || !value) errors.push(`line ${index + 1}: expected "Name: value" or a path`);
    else if (!current) errors.push(`line ${index + 1}: header "${name}" before any path`);
    else current.headers.push([name, value]);
  }
  return { rules, errors };
}

/**
 * Reads a `_redirects` file: `from to [status]` a line (status 302 when left out, as on both
 * hosts), `#` comments and blank lines skipped. A line of another shape is an error.
 */
export function parseRedirectsFile(text: string): Parsed<RedirectRule> {
  const rules: RedirectRule[] = [];
  const errors: string[] = [];
  const lines = text.split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!.trim();
    if (line === '' || line.startsWith('#')) continue;
    const [from, to, status = '302', ...rest] = line.split(/\s+/);
    if (!from?.startsWith('/') || !to || rest.length > 0 || !/^[1-5]\d\d!?$/.test(status)) {
      errors.push(`line ${index + 1}: expected "from to [status]"`);
      continue;
    }
    rules.push({ from, to, status: Number.parseInt(status, 10) });
  }
  return { rules, errors };
}

const regExpCache = new Map<string, RegExp>();

/**
 * The expression a rule's path pattern matches a URL path with. Supported, as both hosts read
 * them: literal segments (case-sensitive), `*` (any characters, `/` included, possibly none;
 * `/articles/*` matches `/articles/` and `/articles/a/b`) and `:name` (one whole segment, not
 * empty). Not supported: absolute URLs (Cloudflare), Netlify's optional trailing slash and
 * case-insensitive match, `:splat` and placeholders in targets.
 */
export function pathPatternRegExp(pattern: string): RegExp {
  let expression = regExpCache.get(pattern);
  if (!expression) {
    const source = pattern
      .split('/')
      .map((segment) =>
        /^:[A-Za-z]\w*$/.test(segment)
          ? '[^/]+'
          : segment
              .split('*')
              .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
              .join('.*'),
      )
      .join('/');
    expression = new RegExp(`^${source}$`);
    regExpCache.set(pattern, expression);
  }
  return expression;
}

/**
 * The headers `path` (a decoded URL path, no query) gets: those of every matching rule, in file
 * order; a header named by two matching rules is sent once with both values joined by ", "
 * (Cloudflare's merge; the shipped rules never do it, see the top of this file).
 */
export function headersFor(rules: readonly HeaderRule[], path: string): Header[] {
  const merged = new Map<string, [name: string, value: string]>();
  for (const rule of rules) {
    if (!pathPatternRegExp(rule.path).test(path)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      const previous = merged.get(key);
      if (previous) previous[1] = `${previous[1]}, ${value}`;
      else merged.set(key, [name, value]);
    }
  }
  return [...merged.values()];
}

/**
 * Whether a request for `path` is a navigation to a page (`/articles/x`, `/`) rather than for a
 * file (`/assets/app-1.js`): no extension in its last segment.
 */
export const isNavigation = (path: string) => !/\.[^/]*$/.test(path);

/**
 * Which file of the folder answers `path` (a decoded URL path, no query), as a URL path, or null
 * when none does (a 404). `exists(file)` says whether the folder holds a file (not a folder) at
 * that URL path. In order:
 *   1. `/dir/` → `/dir/index.html` (the library at `/`);
 *   2. a file at the path itself;
 *   3. a clean URL: `/articles/<id>` → `/articles/<id>.html`;
 *   4. the first `_redirects` rule with status 200 whose `from` matches, for a navigation only
 *      (no extension in the last segment), when its target exists: a missing script or seed is a
 *      404, never HTML that the browser would try to run or parse.
 */
export function resolveRequest(
  path: string,
  redirects: readonly RedirectRule[],
  exists: (file: string) => boolean,
): string | null {
  if (path.endsWith('/')) {
    if (exists(`${path}index.html`)) return `${path}index.html`;
  } else if (exists(path)) {
    return path;
  } else if (isNavigation(path) && exists(`${path}.html`)) {
    return `${path}.html`;
  }
  if (!isNavigation(path)) return null;
  for (const rule of redirects) {
    if (rule.status !== 200 || !pathPatternRegExp(rule.from).test(path)) continue;
    return exists(rule.to) ? rule.to : null;
  }
  return null;
}
