// Where the page is after a navigation: back, forward and reload return to the reader's place
// (the browser's own restoration ran before the page had rendered); a link to another page
// starts at its top; another sort stays where the reader is.

import type { Page } from '@playwright/test';
import { expect, gotoBeforeTheApp, test } from './fixtures';

const SEED = '/articles/000_78ca0d792cd5fe59';
const BIG = '/articles/sample-100k';

test.describe.configure({ timeout: 120_000 });

const scrollY = (page: Page) => page.evaluate(() => Math.round(window.scrollY));
const treeItem = (page: Page) => page.getByRole('treeitem').first();

/**
 * Scrolls the page to y and waits for the scroll event. The app records each entry's place from
 * its scroll events, which come a frame after scrollY has changed: a goBack or reload sent before
 * that frame (a busy machine draws late) would leave the place unrecorded.
 */
async function scrollPageTo(page: Page, y: number) {
  await page.evaluate(
    (top) =>
      new Promise<void>((resolve) => {
        if (Math.round(window.scrollY) === top) return resolve();
        window.addEventListener('scroll', () => resolve(), { once: true });
        window.scrollTo(0, top);
      }),
    y,
  );
  await expect.poll(() => scrollY(page)).toBe(y);
}

/** The id of the first comment row whose bottom is below the viewport's top. */
const firstRowOnScreen = (page: Page) =>
  page.evaluate(() => {
    for (const row of document.querySelectorAll('[role="treeitem"]'))
      if (row.getBoundingClientRect().bottom > 0) return row.id;
    return null;
  });

test('back and forward return to the place on an article', async ({ page }) => {
  await page.goto('/');
  const seedLink = page.locator(`main a[href="${SEED}"]`).first();
  await seedLink.scrollIntoViewIfNeeded();
  const libraryY = await scrollY(page);
  await seedLink.click();
  await expect(treeItem(page)).toBeVisible();
  await scrollPageTo(page, 1500);
  const row = await firstRowOnScreen(page);
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await expect.poll(() => scrollY(page)).toBe(libraryY);
  await page.goForward();
  await expect(page).toHaveURL(new RegExp(`${SEED}$`));
  await expect.poll(() => scrollY(page)).toBe(1500);
  await expect.poll(() => firstRowOnScreen(page)).toBe(row);
});

test('an article opens at its top, and the library comes back where the reader left it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 600 });
  await page.goto('/');
  const lastArticle = page.locator('main a[href^="/articles/"]').last();
  await lastArticle.scrollIntoViewIfNeeded();
  const libraryY = await scrollY(page);
  expect(libraryY).toBeGreaterThan(300);
  await lastArticle.click();
  await expect(treeItem(page)).toBeVisible({ timeout: 60_000 });
  expect(await scrollY(page)).toBe(0);
  await page.goBack();
  await expect.poll(() => scrollY(page)).toBe(libraryY);
});

test('a reload keeps the place; another sort does not move the page', async ({ page }) => {
  await page.goto(SEED);
  await expect(treeItem(page)).toBeVisible();
  await scrollPageTo(page, 1200);
  const row = await firstRowOnScreen(page);
  await page.reload();
  await expect(treeItem(page)).toBeVisible();
  await expect.poll(() => scrollY(page)).toBe(1200);
  await expect.poll(() => firstRowOnScreen(page)).toBe(row);

  await page.getByRole('navigation', { name: 'Sort comments' }).scrollIntoViewIfNeeded();
  const sortY = await scrollY(page);
  await page.getByRole('link', { name: 'Top', exact: true }).click();
  await expect(page).toHaveURL(/\?sort=top$/);
  expect(await scrollY(page)).toBe(sortY);
});

test('a page the reader scrolled before the app ran stays where they scrolled it, reloaded too', async ({
  page,
}) => {
  await gotoBeforeTheApp(page, SEED, () => scrollPageTo(page, 900));
  expect(await scrollY(page)).toBe(900);
  // A reload comes back to the place recorded, unless the reader has moved on meanwhile.
  await scrollPageTo(page, 1200);
  await page.reload();
  await expect.poll(() => scrollY(page)).toBe(1200);
  // Opened again, with that place recorded for its address: the reader's own scroll wins.
  await gotoBeforeTheApp(page, SEED, () => scrollPageTo(page, 300));
  expect(await scrollY(page)).toBe(300);
});

test('back and forward bring a big thread back to the same comment', async ({ page }) => {
  await page.goto(BIG);
  await expect(treeItem(page)).toBeVisible({ timeout: 60_000 });
  // Deep in the thread. The rows measured on the way turn out taller or shorter than their
  // first guesses, and the thread keeps the row on screen in place: the page settles near 40,000
  // (a few rows' worth above or below it, as the estimates of the rows above come out).
  await page.evaluate(() => window.scrollTo(0, 40_000));
  let settled = -1;
  await expect
    .poll(async () => {
      const [before, after] = [
        await scrollY(page),
        (await page.waitForTimeout(200), await scrollY(page)),
      ];
      settled = after;
      return before === after && Math.abs(after - 40_000) < 3_000;
    })
    .toBe(true);
  const row = (await firstRowOnScreen(page))!;
  await page.goto('/');
  await page.goBack();
  await expect(treeItem(page)).toBeVisible({ timeout: 60_000 });
  // The same comment is first on screen: the reader put its place back (usePlaceMemory). The
  // rows above it are estimates again (a prerendered page hydrated, its first window drawn for a
  // fixed height), so the offset comes out near the one left, not at it.
  await expect.poll(() => firstRowOnScreen(page), { timeout: 10_000 }).toBe(row);
  expect(Math.abs((await scrollY(page)) - settled)).toBeLessThan(3_000);
});
