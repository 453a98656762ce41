// Offline and installable (issue 15): after one visit the library and every bundled article open
// with the network off, and a new version of the site announces itself. Each test serves its own
// copy of the built folder with Vite's preview server (the project's config, so the deploy
// recipe's headers too): the offline test stops it, really taking the site away; the update test
// changes its sw.js under the open page. The other specs block service workers
// (playwright.config.ts).

import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { preview } from 'vite';
import { expect, expectNoAxeViolations, test } from './fixtures';

const REPO = fileURLToPath(new URL('..', import.meta.url));
// The folder playwright.config.ts's web server built.
const BUILT = join(REPO, process.env.E2E_PORT ? `dist-e2e-${process.env.E2E_PORT}` : 'dist');
const SEED = '000_78ca0d792cd5fe59';
const OTHER_SEED = '004_3397e821ada74a21';

test.use({ serviceWorkers: 'allow' });

/** The built folder copied (less source maps) and served on a free port of its own. */
async function serveCopy() {
  const folder = mkdtempSync(join(tmpdir(), 'fil-offline-'));
  cpSync(BUILT, folder, { recursive: true, filter: (path) => !path.endsWith('.map') });
  const server = await preview({
    root: REPO,
    logLevel: 'silent',
    build: { outDir: folder },
    preview: { port: 0, strictPort: true, host: 'localhost' },
  });
  const origin = server.resolvedUrls?.local[0]?.replace(/\/$/, '');
  if (!origin) throw new Error('the preview server gave no address');
  return {
    folder,
    origin,
    async close() {
      await server.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/**
 * Waits until the site's service worker is active: installed, so everything is precached, and
 * activated. Registration starts after the page's load event (src/app/pwa/ServiceWorkerSlot.tsx).
 */
async function workerActive(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
}

test('after one visit, the library and the bundled articles open offline', async ({
  page,
  context,
}) => {
  test.setTimeout(60_000);
  const site = await serveCopy();
  try {
    await page.goto(`${site.origin}/`);
    // The first install says so, briefly.
    await expect(
      page.getByRole('status').filter({ hasText: 'Fil now works offline.' }),
    ).toBeVisible({ timeout: 30_000 });
    await workerActive(page);
  } finally {
    // The network off, and the server gone: nothing can come from it any more.
    await context.setOffline(true);
    await site.close();
  }

  const library = await page.reload();
  expect(library?.fromServiceWorker(), '/ from the service worker').toBe(true);
  await expect(page.locator('#root')).toHaveAttribute('data-prerendered', '/');
  // Hydrated: the list's links are the router's now.
  await expect(page.locator('#root[data-interactive]')).toBeAttached();
  await expect(page.locator(`li[data-document-id="${SEED}"]`)).toBeVisible();
  await expect(page.locator('li[data-document-id]')).toHaveCount(6);

  // Through the library's link: the article's data comes from the precache.
  await page.locator(`li[data-document-id="${SEED}"] [data-row-link]`).click();
  await expect(page).toHaveURL(`${site.origin}/articles/${SEED}`);
  await expect(page.locator('[id^="comment-"]').first()).toBeVisible();

  // Its clean URL, loaded: its prerendered page (articles/<id>.html), hydrated.
  const article = await page.goto(`${site.origin}/articles/${OTHER_SEED}`);
  expect(article?.fromServiceWorker(), 'the article from the service worker').toBe(true);
  await expect(page.locator('#root')).toHaveAttribute(
    'data-prerendered',
    `/articles/${OTHER_SEED}`,
  );
  await expect(page.locator('#root[data-interactive]')).toBeAttached();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Vertice Lavrov-Blinken');
  // A part loaded after the first paint: its chunk, too, comes from the precache.
  await expect(page.getByRole('button', { name: 'Export JSON' })).toBeVisible();

  // Any other address gets the app's shell, whose router says what it says online.
  const unknown = await page.goto(`${site.origin}/no/such/page`);
  expect(unknown?.fromServiceWorker(), 'the shell from the service worker').toBe(true);
  await expect(page.locator('#root')).not.toHaveAttribute('data-prerendered');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});

test('a new version announces itself in every tab, and Reload brings it in', async ({
  page,
  context,
}) => {
  test.setTimeout(60_000);
  const site = await serveCopy();
  try {
    await page.goto(`${site.origin}/`);
    await workerActive(page);
    // Controlled from now on, as a returning reader's page is.
    await page.reload();
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    const notice = page.getByTestId('update-notice');
    // Nothing to say: the notice is not even loaded.
    await expect(notice).toHaveCount(0);

    // A new deployment: another sw.js (its precache unchanged, so it installs at once).
    appendFileSync(join(site.folder, 'sw.js'), `\n// deployed ${Date.now()}\n`);
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    await expect(notice).toContainText('A new version of Fil is ready.', { timeout: 20_000 });
    await expect(notice).toHaveAttribute('role', 'status');
    // It does not take the focus.
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);

    await expectNoAxeViolations(page, { include: '[data-testid="update-notice"]', label: 'light' });
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(page.locator('html.dark')).toBeAttached();
    await expectNoAxeViolations(page, { include: '[data-testid="update-notice"]', label: 'dark' });

    // A tab opened now, still under the old version, says so too; Later hides it there.
    const other = await context.newPage();
    await other.goto(`${site.origin}/`);
    const otherNotice = other.getByTestId('update-notice');
    await expect(otherNotice).toContainText('A new version of Fil is ready.');
    await otherNotice.getByRole('button', { name: 'Later' }).click();
    await expect(otherNotice).toHaveAttribute('data-notice', 'none');

    // Reload: the waiting version takes over and the page loads again under it.
    await page.evaluate(() => ((window as unknown as { filBefore: boolean }).filBefore = true));
    await Promise.all([
      page.waitForEvent('load'),
      notice.getByRole('button', { name: 'Reload' }).click(),
    ]);
    await expect(notice).toHaveCount(0);
    const after = await page.evaluate(async () => ({
      reloaded: !('filBefore' in window),
      waiting: Boolean((await navigator.serviceWorker.getRegistration())?.waiting),
      controlled: navigator.serviceWorker.controller !== null,
    }));
    expect(after).toEqual({ reloaded: true, waiting: false, controlled: true });
    // The other tab, taken over while running the old version, says it again.
    await expect(otherNotice).toContainText('A new version of Fil is ready.');
  } finally {
    await site.close();
  }
});
