// The deploy recipe (issue 15, point 4) on the built site, served by `vite preview` applying the
// folder's own _headers and _redirects (scripts/vite/deployRecipe.ts): the headers each kind of
// path gets, the single-page fallback to app.html, a frame from another site refused, and no
// Content-Security-Policy violation along a reader's path (the fixture fails any spec on one).

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { APIResponse } from '@playwright/test';
import { CONTENT_SECURITY_POLICY_HEADER } from '../scripts/vite/deployRules.ts';
import { expect, flattenedPage, test } from './fixtures';

const SEED = '000_78ca0d792cd5fe59';
/** An id no bundled article has: an imported document's address, opened in a fresh browser. */
const UNKNOWN = '/articles/0123456789abcdef';
const IMMUTABLE = 'public, max-age=31536000, immutable';

// The folder the site under test was built into, as playwright.config.ts names it.
const builtFolder = join(
  import.meta.dirname,
  '..',
  process.env.E2E_PORT ? `dist-e2e-${Number(process.env.E2E_PORT) || 4173}` : 'dist',
);

function expectSecurityHeaders(response: APIResponse, what: string) {
  const headers = response.headers();
  expect(headers['content-security-policy'], what).toBe(CONTENT_SECURITY_POLICY_HEADER);
  expect(headers['content-security-policy'], what).toContain("frame-ancestors 'none'");
  expect(headers['x-content-type-options'], what).toBe('nosniff');
  expect(headers['referrer-policy'], what).toBe('no-referrer');
  expect(headers['cross-origin-opener-policy'], what).toBe('same-origin');
  expect(headers['permissions-policy'], what).toContain('camera=()');
}

test('the built site carries the recipe’s headers and its fallback, and no other site can frame it', async ({
  request,
  context,
  baseURL,
}) => {
  const library = await request.get('/');
  expectSecurityHeaders(library, '/');
  expect(library.headers()['cache-control']).toBe('no-cache');

  const article = await request.get(`/articles/${SEED}`);
  expect(article.status()).toBe(200);
  expectSecurityHeaders(article, 'a bundled article');
  expect(article.headers()['cache-control']).toBe('no-cache');
  expect(await article.text()).toBe(await (await request.get(`/articles/${SEED}.html`)).text());

  // Any other path is the app shell, never the library's prerendered page.
  const shell = await (await request.get('/app.html')).text();
  const unknown = await request.get(UNKNOWN);
  expect(unknown.status()).toBe(200);
  expectSecurityHeaders(unknown, 'the fallback');
  expect(unknown.headers()['cache-control']).toBe('no-cache');
  expect(await unknown.text()).toBe(shell);
  expect(shell).not.toBe(await library.text());

  const script = /<script[^>]+src="(\/assets\/[^"]+\.js)"/.exec(shell)?.[1];
  expect(script, 'the shell’s entry script').toBeTruthy();
  const scriptResponse = await request.get(script!);
  expect(scriptResponse.status()).toBe(200);
  expect(scriptResponse.headers()['cache-control']).toBe(IMMUTABLE);
  expectSecurityHeaders(scriptResponse, script!);
  const seed = readdirSync(join(builtFolder, 'seeds')).find(
    (name) => name.startsWith(`${SEED}.`) && name.endsWith('.json'),
  );
  const seedResponse = await request.get(`/seeds/${seed}`);
  expect(seedResponse.status()).toBe(200);
  expect(seedResponse.headers()['cache-control']).toBe(IMMUTABLE);
  // A missing script is a 404, not HTML the browser would try to run.
  expect((await request.get('/assets/app-0000000000.js')).status()).toBe(404);

  // A page of another origin (about:blank) framing Fil: Chromium refuses the frame and says why.
  const other = await context.newPage();
  const refusals: string[] = [];
  other.on('console', (message) => {
    if (message.text().includes('frame-ancestors')) refusals.push(message.text());
  });
  await other.setContent(`<iframe title="Fil" src="${baseURL}/"></iframe>`);
  await expect.poll(() => refusals.length).toBeGreaterThan(0);
  expect(refusals[0]).toMatch(/^Framing '[^']+' violates .*frame-ancestors 'none'/);
  const framed = other.frames().find((frame) => frame !== other.mainFrame());
  expect(framed, 'the iframe').toBeTruthy();
  // The frame holds the browser's error page instead of Fil.
  await expect.poll(() => framed!.url()).toBe('chrome-error://chromewebdata/');
  await expect(framed!.locator('#root')).toHaveCount(0);
  await other.close();
});

test('no Content-Security-Policy violation in the library, an article, its insights and an import; an unknown article is the app’s 404', async ({
  page,
}) => {
  // The fixture (e2e/fixtures.ts) fails the test on any violation reported along the way.
  // A prerendered page is on screen before its scripts have run: wait for them (design.md §4).
  const interactive = () => expect(page.locator('#root[data-interactive]')).toBeAttached();
  await page.goto('/');
  await interactive();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Library');

  await page.goto(`/articles/${SEED}`);
  await interactive();
  await expect(page.getByRole('treeitem').first()).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Thread views' })
    .getByRole('link', { name: 'Insights' })
    .click();
  // The figures come from a worker, the charts are SVG drawn with d3.
  await expect(page.getByTestId('insights')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('[data-testid="insights"] svg').first()).toBeVisible();

  await page.goto('/');
  await interactive();
  await page.getByLabel('Paste a page').fill(flattenedPage('Déployé', 'Un commentaire.'));
  const importButton = page.getByRole('button', { name: 'Import pasted text' });
  await importButton.click();
  await page.locator('[data-import-outcome="saved"]').getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Déployé');

  await page.goto(UNKNOWN);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('No such document');
});
