// The build's prerendered pages (issue 15): the library and every bundled article arrive as HTML
// that paints before any script, and React hydrates that HTML (the same elements stay) without
// a mismatch; a page the build drew otherwise (a sort, another language) renders afresh.

import type { ConsoleMessage, Page } from '@playwright/test';
import { expect, test } from './fixtures';

const SEED = '000_78ca0d792cd5fe59';
const SAMPLE = 'sample-100k';

/** Console errors and uncaught errors: a hydration mismatch shows as one (src/app/main.tsx). */
function problems(page: Page): string[] {
  const seen: string[] = [];
  const keep = (message: ConsoleMessage) => {
    if (message.type() === 'error') seen.push(message.text());
  };
  page.on('console', keep);
  page.on('pageerror', (error) => seen.push(error.message));
  return seen;
}

/** Keeps, before any script runs, the element `selector` finds in the HTML as it arrived. */
async function keepArrived(page: Page, selector: string): Promise<void> {
  await page.addInitScript((query) => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { filArrived: Element | null }).filArrived =
        document.querySelector(query);
    });
  }, selector);
}

/** Whether `selector` now finds the very element that arrived in the HTML. */
const sameElement = (page: Page, selector: string) =>
  page.evaluate(
    (query) =>
      (window as unknown as { filArrived: Element | null }).filArrived ===
      document.querySelector(query),
    selector,
  );

test('the library and the articles arrive drawn, and hydrate without a mismatch', async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  const seen = problems(page);
  for (const [path, drawn] of [
    ['/', '[data-document-id]'],
    [`/articles/${SEED}`, '#comment-1'],
    [`/articles/${SAMPLE}`, '#comment-1'],
  ] as const) {
    const html = await (await request.get(path)).text();
    expect(html, path).toContain(`data-prerendered="${path}"`);
    expect(html, path).toContain(drawn.startsWith('#') ? 'id="comment-1"' : 'data-document-id=');
    // One script, the boot script, which names the app's entry instead of loading it with the
    // page (src/app/boot.ts): the page paints before the entry is even asked for.
    const scripts = [...html.matchAll(/<script[^>]*>/g)].map(([tag]) => tag);
    expect(scripts, path).toHaveLength(1);
    const entry = /data-app-entry="([^"]+)"/.exec(scripts[0]!)?.[1];
    expect(entry, path).toMatch(/^\/assets\/app-[\w-]+\.js$/);
    expect(html, path).not.toContain('rel="modulepreload"');

    await keepArrived(page, drawn);
    await page.goto(path);
    await expect(page.locator('#root[data-interactive]')).toBeAttached({ timeout: 60_000 });
    expect(await sameElement(page, drawn), `${path}: the prerendered element was kept`).toBe(true);
    const loaded = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname),
    );
    expect(loaded, `${path}: the boot script loaded the entry`).toContain(entry);
  }

  // Hydrated, not only painted: the thread answers.
  const toggle = page.locator('#comment-1 button[aria-expanded]').first();
  const expanded = await toggle.getAttribute('aria-expanded');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', expanded === 'true' ? 'false' : 'true');
  expect(seen).toEqual([]);
});

test('a page the build drew otherwise renders afresh, without errors', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'fr-FR' });
  const page = await context.newPage();
  const seen = problems(page);
  await page.goto(`/articles/${SEED}?sort=new`);
  await expect(page.locator('#root[data-interactive]')).toBeAttached();
  // French words, and the newest comment first: what the English, top-sorted HTML did not hold.
  await expect(page.getByRole('heading', { name: /Commentaires/ })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Plus récents' })).toHaveAttribute(
    'aria-current',
    'true',
  );
  expect(seen).toEqual([]);
  await context.close();
});

test.describe('before any script', () => {
  test.use({ javaScriptEnabled: false, colorScheme: 'dark' });

  test('a prerendered page paints in the system’s dark theme', async ({ page }) => {
    await page.goto(`/articles/${SEED}`);
    await expect(page.locator('#comment-1')).toBeVisible();
    const background = await page.evaluate(
      () => getComputedStyle(document.documentElement).backgroundColor,
    );
    // slate-950 (lightness about 2 of 100), not white.
    const lightness = Number(/^lab\(([\d.]+)/.exec(background)?.[1] ?? Number.NaN);
    expect(lightness, background).toBeLessThan(10);
  });
});

test('the boot script loads the Intl data in one worker of its own, which then closes', async ({
  page,
}) => {
  // A worker on the boot script's own address (src/app/boot.ts): the formatter it makes loads
  // the data for the page's thread too, and the worker ends once it has.
  const started: { pathname: string; closed: Promise<void> }[] = [];
  page.on('worker', (worker) =>
    started.push({
      pathname: new URL(worker.url()).pathname,
      closed: new Promise((resolve) => worker.on('close', () => resolve())),
    }),
  );
  await page.goto(`/articles/${SEED}`);
  await expect(page.locator('#root[data-interactive]')).toBeAttached({ timeout: 60_000 });
  const boot = await page.locator('script[data-app-entry]').getAttribute('src');
  await expect.poll(() => started.map((worker) => worker.pathname)).toEqual([boot]);
  await started[0]!.closed;
});

test('the boot script, not the entry, is the first to touch the storage areas', async ({
  page,
}) => {
  // The first touch of each waits on the browser process (src/app/boot.ts): the boot script makes
  // it in a task of its own, so that the entry's evaluation, which reads both, does not.
  await page.addInitScript(() => {
    const firstCallers: Record<string, string> = {};
    for (const name of ['localStorage', 'sessionStorage']) {
      const descriptor = Object.getOwnPropertyDescriptor(window, name);
      const read = descriptor?.get;
      if (!descriptor || !read) continue;
      Object.defineProperty(window, name, {
        ...descriptor,
        get(this: Window) {
          firstCallers[name] ??= new Error('first caller').stack ?? '';
          return read.call(this);
        },
      });
    }
    (window as unknown as { filStorageCallers: Record<string, string> }).filStorageCallers =
      firstCallers;
  });
  await page.goto(`/articles/${SEED}`);
  await expect(page.locator('#root[data-interactive]')).toBeAttached({ timeout: 60_000 });
  const boot = await page.locator('script[data-app-entry]').getAttribute('src');
  const callers = await page.evaluate(
    () => (window as unknown as { filStorageCallers: Record<string, string> }).filStorageCallers,
  );
  expect(boot).not.toBeNull();
  expect(callers.localStorage).toContain(boot!);
  expect(callers.sessionStorage).toContain(boot!);
});

test('booting a prerendered page leaves every attribute of <html> as the build wrote it', async ({
  page,
}) => {
  // Any attribute set on <html> (lang, even to the value it has; a theme class; a style) has the
  // browser recompute every element's style, in one task of the boot.
  await page.addInitScript(() => {
    const changed: string[] = [];
    // Installed before <html> is parsed: the whole document is watched, <html>'s changes kept.
    new MutationObserver((records) => {
      for (const record of records)
        if (record.target === document.documentElement) changed.push(record.attributeName ?? '');
    }).observe(document, { attributes: true, subtree: true });
    (window as unknown as { filHtmlChanges: string[] }).filHtmlChanges = changed;
  });
  // The browser's scroll anchoring is off where the thread's virtualizer keeps the place instead.
  const pages = [
    { path: '/', anchoring: 'auto' },
    { path: `/articles/${SEED}`, anchoring: 'auto' },
    { path: '/articles/sample-100k', anchoring: 'none' },
  ];
  for (const { path, anchoring } of pages) {
    await page.goto(path);
    await expect(page.locator('#root[data-interactive]')).toBeAttached({ timeout: 60_000 });
    // The thread's rows are measured and the page settles after the first frames.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
    const changed = await page.evaluate(
      () => (window as unknown as { filHtmlChanges: string[] }).filHtmlChanges,
    );
    expect(changed, path).toEqual([]);
    const overflowAnchor = await page.evaluate(
      () => getComputedStyle(document.documentElement).overflowAnchor,
    );
    expect(overflowAnchor, path).toBe(anchoring);
  }
});

test('the entry chunk starts with V8’s compile hint, and only the entry', async ({ page }) => {
  // vite.config.ts adds it to the chunk named ENTRY_CHUNK: should the bundler stop giving the
  // entry that name (a change to its code-splitting groups), the hint would go without a sound.
  const hint = '//# allFunctionsCalledOnLoad\n';
  await page.goto(`/articles/${SEED}`);
  const entry = await page.locator('script[data-app-entry]').getAttribute('data-app-entry');
  const boot = await page.locator('script[data-app-entry]').getAttribute('src');
  expect(entry).not.toBeNull();
  const text = (url: string) => page.request.get(url).then((response) => response.text());
  expect((await text(entry!)).startsWith(hint)).toBe(true);
  expect((await text(boot!)).includes('allFunctionsCalledOnLoad')).toBe(false);
});
