import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../previewServer.ts';
import { CONTENT_SECURITY_POLICY } from './contentSecurityPolicy.ts';
import { deployRecipe } from './deployRecipe.ts';
import {
  CONTENT_SECURITY_POLICY_HEADER,
  HEADER_RULES,
  headersFileText,
  headersFor,
  isNavigation,
  parseHeadersFile,
  parseRedirectsFile,
  pathPatternRegExp,
  REDIRECT_RULES,
  redirectsFileText,
  resolveRequest,
  type HeaderRule,
} from './deployRules.ts';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const headerOf = (rules: readonly HeaderRule[], path: string, name: string) =>
  headersFor(rules, path).find(([header]) => header.toLowerCase() === name.toLowerCase())?.[1];

describe('the files written at build', () => {
  it('_headers: a path line, then its headers indented by two spaces', () => {
    const text = headersFileText([
      { path: '/*', headers: [['X-A', '1']] },
      { path: '/assets/*', headers: [['X-B', 'two: 2']] },
    ]);
    expect(text.split('\n').slice(1)).toEqual(['/*', '  X-A: 1', '/assets/*', '  X-B: two: 2', '']);
    expect(text.startsWith('# ')).toBe(true);
  });

  it('_redirects: the single-page fallback, one rule', () => {
    expect(redirectsFileText().split('\n').slice(1)).toEqual(['/* /app.html 200', '']);
  });

  it('the CSP header is the meta tag policy plus frame-ancestors', () => {
    expect(CONTENT_SECURITY_POLICY_HEADER).toBe(
      `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
    );
    expect(headersFileText()).toContain(
      `/*\n  Content-Security-Policy: default-src 'self'; script-src 'self';`,
    );
  });

  it('both files read back as the rules they were written from', () => {
    expect(parseHeadersFile(headersFileText())).toEqual({ rules: HEADER_RULES, errors: [] });
    expect(parseRedirectsFile(redirectsFileText())).toEqual({
      rules: REDIRECT_RULES,
      errors: [],
    });
  });
});

describe('the shipped header rules', () => {
  const PATHS = [
    '/',
    '/index.html',
    '/app.html',
    '/sw.js',
    '/manifest.webmanifest',
    '/favicon.svg',
    '/articles/000_78ca0d792cd5fe59',
    '/articles/0123abcd/insights',
    '/assets/app-B1x2c3.js',
    '/seeds/sample-100k.0123456789.json',
    '/some/unknown/path',
  ];

  it('every path gets the security headers', () => {
    for (const path of PATHS) {
      expect(headerOf(HEADER_RULES, path, 'Content-Security-Policy'), path).toBe(
        CONTENT_SECURITY_POLICY_HEADER,
      );
      expect(headerOf(HEADER_RULES, path, 'X-Content-Type-Options'), path).toBe('nosniff');
      expect(headerOf(HEADER_RULES, path, 'Referrer-Policy'), path).toBe('no-referrer');
      expect(headerOf(HEADER_RULES, path, 'Cross-Origin-Opener-Policy'), path).toBe('same-origin');
      const permissions = headerOf(HEADER_RULES, path, 'Permissions-Policy') ?? '';
      expect(permissions, path).toContain('camera=()');
      expect(permissions, path).toContain('microphone=()');
      expect(permissions, path).toContain('geolocation=()');
      expect(permissions, path).not.toContain('clipboard');
    }
  });

  it('hashed files are immutable, the rest is revalidated', () => {
    expect(headerOf(HEADER_RULES, '/assets/app-B1x2c3.js', 'Cache-Control')).toBe(IMMUTABLE);
    expect(headerOf(HEADER_RULES, '/seeds/000_a.0123456789.txt', 'Cache-Control')).toBe(IMMUTABLE);
    for (const path of PATHS.slice(0, 8))
      expect(headerOf(HEADER_RULES, path, 'Cache-Control'), path).toBe('no-cache');
    // Deeper than an article: the host's default (max-age=0, must-revalidate).
    expect(headerOf(HEADER_RULES, '/some/unknown/path', 'Cache-Control')).toBeUndefined();
  });

  it('no header is named by two rules matching one path (Netlify and Cloudflare merge apart)', () => {
    for (const path of PATHS) {
      const named = new Map<string, number>();
      for (const rule of HEADER_RULES) {
        if (!pathPatternRegExp(rule.path).test(path)) continue;
        for (const [name] of rule.headers)
          named.set(name.toLowerCase(), (named.get(name.toLowerCase()) ?? 0) + 1);
      }
      for (const [name, count] of named) expect(count, `${name} on ${path}`).toBe(1);
    }
  });
});

describe('parseHeadersFile', () => {
  it('reads rules, skips comments and blank lines, keeps colons in values, accepts CRLF', () => {
    const text =
      '# top\r\n/a\r\n  X-One: 1\r\n\r\n  # inside\r\n/b/*\r\n  Link: <https://x:443/>; rel=a\r\n';
    expect(parseHeadersFile(text)).toEqual({
      rules: [
        { path: '/a', headers: [['X-One', '1']] },
        { path: '/b/*', headers: [['Link', '<https://x:443/>; rel=a']] },
      ],
      errors: [],
    });
  });

  it('says which lines it could not read, and reads the rest', () => {
    const text = ['  X-Early: 1', '/a', '  no colon here', '  X-Empty:', '  X-Ok: yes'].join('\n');
    expect(parseHeadersFile(text)).toEqual({
      rules: [{ path: '/a', headers: [['X-Ok', 'yes']] }],
      errors: [
        'line 1: header "X-Early" before any path',
        'line 3: expected "Name: value" or a path',
        'line 4: expected "Name: value" or a path',
      ],
    });
  });
});

describe('parseRedirectsFile', () => {
  it('reads from, to and status (302 when left out; a forced 200! is a 200)', () => {
    const text = '# c\n/old /new 301\n\n/a /b\n/*   /app.html   200!\n';
    expect(parseRedirectsFile(text)).toEqual({
      rules: [
        { from: '/old', to: '/new', status: 301 },
        { from: '/a', to: '/b', status: 302 },
        { from: '/*', to: '/app.html', status: 200 },
      ],
      errors: [],
    });
  });

  it('says which lines have another shape', () => {
    expect(parseRedirectsFile('old /new\n/a\n/a /b 200 extra\n/a /b ok\n').errors).toEqual([
      'line 1: expected "from to [status]"',
      'line 2: expected "from to [status]"',
      'line 3: expected "from to [status]"',
      'line 4: expected "from to [status]"',
    ]);
  });
});

describe('pathPatternRegExp', () => {
  const matches = (pattern: string, path: string) => pathPatternRegExp(pattern).test(path);

  it('a splat matches anything after it, slashes included, or nothing', () => {
    expect(matches('/*', '/')).toBe(true);
    expect(matches('/*', '/a/b/c')).toBe(true);
    expect(matches('/articles/*', '/articles/x')).toBe(true);
    expect(matches('/articles/*', '/articles/x/insights')).toBe(true);
    expect(matches('/articles/*', '/articles/')).toBe(true);
    expect(matches('/articles/*', '/articles')).toBe(false);
    expect(matches('/articles/*', '/articlesx/y')).toBe(false);
    expect(matches('/assets/*.js', '/assets/app-1.js')).toBe(true);
    expect(matches('/assets/*.js', '/assets/app-1.css')).toBe(false);
  });

  it('a placeholder matches one whole segment, never an empty one', () => {
    expect(matches('/:name', '/sw.js')).toBe(true);
    expect(matches('/:name', '/articles')).toBe(true);
    expect(matches('/:name', '/')).toBe(false);
    expect(matches('/:name', '/a/b')).toBe(false);
    expect(matches('/articles/:id/insights', '/articles/0a1b/insights')).toBe(true);
    expect(matches('/articles/:id/insights', '/articles/0a1b/c/insights')).toBe(false);
  });

  it('anything else is literal, dots and case included', () => {
    expect(matches('/', '/')).toBe(true);
    expect(matches('/', '/a')).toBe(false);
    expect(matches('/a.html', '/a.html')).toBe(true);
    expect(matches('/a.html', '/axhtml')).toBe(false);
    expect(matches('/App', '/app')).toBe(false);
    expect(matches('/(x)', '/(x)')).toBe(true);
  });
});

describe('headersFor', () => {
  it('gathers every matching rule in order, and joins a header two rules name', () => {
    const rules: HeaderRule[] = [
      {
        path: '/*',
        headers: [
          ['X-All', 'a'],
          ['Vary', 'one'],
        ],
      },
      { path: '/b', headers: [['vary', 'two']] },
      { path: '/c', headers: [['X-C', 'c']] },
    ];
    expect(headersFor(rules, '/b')).toEqual([
      ['X-All', 'a'],
      ['Vary', 'one, two'],
    ]);
    expect(headersFor(rules, '/c')).toEqual([
      ['X-All', 'a'],
      ['Vary', 'one'],
      ['X-C', 'c'],
    ]);
    expect(headersFor([{ path: '/b', headers: [['X', '1']] }], '/c')).toEqual([]);
  });
});

describe('resolveRequest', () => {
  const FILES = new Set([
    '/index.html',
    '/app.html',
    '/articles/000_a.html',
    '/assets/app-1.js',
    '/seeds/000_a.0123456789.json',
    '/favicon.svg',
  ]);
  const exists = (file: string) => FILES.has(file);
  const resolve = (path: string) => resolveRequest(path, REDIRECT_RULES, exists);

  it('serves a file that exists, the library at /, and a prerendered article by its clean URL', () => {
    expect(resolve('/')).toBe('/index.html');
    expect(resolve('/index.html')).toBe('/index.html');
    expect(resolve('/assets/app-1.js')).toBe('/assets/app-1.js');
    expect(resolve('/favicon.svg')).toBe('/favicon.svg');
    expect(resolve('/articles/000_a')).toBe('/articles/000_a.html');
    expect(resolve('/articles/000_a.html')).toBe('/articles/000_a.html');
  });

  it('gives every other navigation the app shell, never the library', () => {
    expect(resolve('/articles/0123abcd')).toBe('/app.html');
    expect(resolve('/articles/000_a/insights')).toBe('/app.html');
    expect(resolve('/no/such/page')).toBe('/app.html');
    expect(resolve('/articles/')).toBe('/app.html');
  });

  it('a path is a navigation unless its last segment has an extension', () => {
    expect(isNavigation('/')).toBe(true);
    expect(isNavigation('/articles/000_a')).toBe(true);
    expect(isNavigation('/v1.2/page')).toBe(true);
    expect(isNavigation('/sw.js')).toBe(false);
    expect(isNavigation('/seeds/000_a.0123456789.json')).toBe(false);
  });

  it('a missing file with an extension is a 404, not HTML', () => {
    expect(resolve('/assets/app-2.js')).toBeNull();
    expect(resolve('/seeds/000_a.ffffffffff.json')).toBeNull();
  });

  it('no rewrite without its target, or without a 200 rule', () => {
    const withoutShell = (file: string) => file !== '/app.html' && exists(file);
    expect(resolveRequest('/articles/0123abcd', REDIRECT_RULES, withoutShell)).toBeNull();
    expect(
      resolveRequest('/articles/0123abcd', [{ from: '/*', to: '/app.html', status: 301 }], exists),
    ).toBeNull();
    // The first matching 200 rule decides.
    const rules = [
      { from: '/articles/*', to: '/index.html', status: 200 },
      { from: '/*', to: '/app.html', status: 200 },
    ];
    expect(resolveRequest('/articles/x', rules, exists)).toBe('/index.html');
    expect(resolveRequest('/other', rules, exists)).toBe('/app.html');
  });
});

describe('vite preview with the recipe', () => {
  let folder = '';
  let server: PreviewServer | undefined;
  let base = '';

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'fil-deploy-'));
    const files: Record<string, string> = {
      'index.html': 'library',
      'app.html': 'app shell',
      'articles/000_a.html': 'article 000_a',
      'assets/app-1.js': 'export {};',
      'seeds/000_a.0123456789.json': '{}',
      _headers: headersFileText(),
      _redirects: redirectsFileText(),
    };
    for (const [name, content] of Object.entries(files)) {
      mkdirSync(dirname(join(folder, name)), { recursive: true });
      writeFileSync(join(folder, name), content);
    }
    const port = await freePort();
    server = await preview({
      configFile: false,
      root: folder,
      logLevel: 'silent',
      plugins: [deployRecipe()],
      build: { outDir: folder },
      preview: { port, strictPort: true, open: false },
    });
    base = `http://localhost:${port}`;
  });

  afterAll(async () => {
    await server?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  const get = (path: string) => fetch(`${base}${path}`, { headers: { accept: 'text/html' } });

  it('an unknown article gets the app shell (not Vite’s index.html fallback), with the headers', async () => {
    const response = await get('/articles/0123abcd?x=1');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('app shell');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY_HEADER);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('a prerendered article by its clean URL, the library at /', async () => {
    expect(await (await get('/articles/000_a')).text()).toBe('article 000_a');
    const library = await get('/');
    expect(await library.text()).toBe('library');
    expect(library.headers.get('cache-control')).toBe('no-cache');
  });

  it('hashed files are immutable; a missing one and the rule files are 404s', async () => {
    const script = await get('/assets/app-1.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('cache-control')).toBe(IMMUTABLE);
    expect((await get('/seeds/000_a.0123456789.json')).headers.get('cache-control')).toBe(
      IMMUTABLE,
    );
    expect((await get('/assets/app-2.js')).status).toBe(404);
    expect((await get('/_headers')).status).toBe(404);
    expect((await get('/_redirects')).status).toBe(404);
  });
});
