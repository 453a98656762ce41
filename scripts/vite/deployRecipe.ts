// Vite plugin: the deploy recipe (issue 15, point 4). The build writes `_headers` and `_redirects`
// into the folder (the files Netlify reads, and Cloudflare Pages with one difference: README,
// "Deploy"); `vite preview` applies the very files it serves, so the browser tests see the
// headers and the single-page fallback a reader of the deployed site gets. The rules and what
// they mean are in deployRules.ts.

import { readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, resolve, sep } from 'node:path';
import type { Plugin, PreviewServer } from 'vite';
import {
  headersFileText,
  headersFor,
  isNavigation,
  parseHeadersFile,
  parseRedirectsFile,
  redirectsFileText,
  resolveRequest,
} from './deployRules.ts';

const HEADERS_FILE = '_headers';
const REDIRECTS_FILE = '_redirects';

function readIfThere(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/**
 * The middleware that plays the static host for the folder at `root`: each request gets the
 * headers of every `_headers` rule matching its path, and is pointed at the file that answers it
 * (clean URLs, then `_redirects`' 200 rewrite to the app shell). It runs before Vite's own static
 * files and SPA fallback, which would otherwise serve index.html (the prerendered library) for a
 * path with no file. The two files are read on each request: small, and always the ones on disk.
 */
function hostMiddleware(root: string, warn: (message: string) => void) {
  const inRoot = root.endsWith(sep) ? root : root + sep;
  const exists = (urlPath: string) => {
    const file = resolve(root, `.${urlPath}`);
    if (!file.startsWith(inRoot)) return false;
    try {
      return statSync(file).isFile();
    } catch {
      return false;
    }
  };
  let warned = false;
  return (request: IncomingMessage, response: ServerResponse, next: () => void) => {
    const headersText = readIfThere(join(root, HEADERS_FILE));
    const redirectsText = readIfThere(join(root, REDIRECTS_FILE));
    const headers = parseHeadersFile(headersText ?? '');
    const redirects = parseRedirectsFile(redirectsText ?? '');
    const problems = [...headers.errors, ...redirects.errors];
    if (!warned && (headersText === null || redirectsText === null || problems.length > 0)) {
      warned = true;
      warn(
        `deploy recipe: ${root} lacks ${HEADERS_FILE} or ${REDIRECTS_FILE}, or they do not parse` +
          (problems.length ? `: ${problems.join('; ')}` : ' (build it again)'),
      );
    }

    const url = new URL(request.url ?? '/', 'http://preview.invalid');
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      return next();
    }
    for (const [name, value] of headersFor(headers.rules, path)) response.setHeader(name, value);
    // The hosts read these two files; they do not serve them.
    if (path === `/${HEADERS_FILE}` || path === `/${REDIRECTS_FILE}`) {
      response.statusCode = 404;
      response.end();
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return next();
    const file = resolveRequest(path, redirects.rules, exists);
    if (file === null && !isNavigation(path)) {
      // Vite's SPA fallback would answer a missing script (Accept: */*) with index.html.
      response.statusCode = 404;
      response.end();
      return;
    }
    // A navigation with no file and no fallback file (a folder built without app.html) is left
    // to Vite, which serves index.html.
    if (file && file !== path) request.url = `${file}${url.search}`;
    next();
  };
}

/**
 * Writes `_headers` and `_redirects` into the built folder, and makes `vite preview` apply them.
 * Wired in vite.config.ts after prerender() and pwa().
 */
export function deployRecipe(): Plugin {
  return {
    name: 'fil-deploy-recipe',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: HEADERS_FILE, source: headersFileText() });
      this.emitFile({ type: 'asset', fileName: REDIRECTS_FILE, source: redirectsFileText() });
    },
    configurePreviewServer(server: PreviewServer) {
      const { config } = server;
      const outDir = config.environments.client?.build.outDir ?? config.build.outDir;
      const root = resolve(config.root, outDir);
      // Added now, not in a returned hook: before Vite's static files and its SPA fallback.
      server.middlewares.use(hostMiddleware(root, (message) => config.logger.warn(message)));
    },
  };
}
