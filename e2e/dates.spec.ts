// Dates for archives (issue 13, point 1): an old thread shows the date and time as the page
// wrote them, never shifted by the reader's time zone; a recent one, how long ago; a reply, how
// long after its parent; the full date on hover and focus.

import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const ARTICLE = '/articles/000_78ca0d792cd5fe59';

const time = (page: Page, id: string) => page.locator(`[id="comment-${id}"] time`).first();
const header = (page: Page, id: string) =>
  page.locator(`[id="comment-${id}"]`).locator('> div').last();

async function open(page: Page) {
  await page.goto(ARTICLE);
  await page.getByRole('button', { name: 'Expand all' }).click();
  await expect(page.getByRole('treeitem')).toHaveCount(20);
}

test.describe('read years later, in another time zone', () => {
  // Far from UTC both ways in a year: a shifted time would show another hour, or another day.
  test.use({ timezoneId: 'Pacific/Kiritimati' });

  test('shows the date and time as written, and each reply’s delay after its parent', async ({
    page,
  }) => {
    await open(page);
    await expect(time(page, '1')).toHaveText('22 Jan 2022, 09:32');
    await expect(time(page, '1')).toHaveAttribute('title', '22 January 2022, 09:32');
    await expect(time(page, '1.1.1.1.1.1')).toHaveText('23 Jan 2022, 16:08');
    // 1 at 09:32, 1.1 at 09:44; 1.1.1.1 at 10:14, 1.1.1.1.1 at 12:04; 1.1.1.1.1.1 a day later.
    await expect(header(page, '1.1')).toContainText('+12 min');
    await expect(header(page, '1.1.1.1.1')).toContainText('+1 hr 50 min');
    await expect(header(page, '1.1.1.1.1.1')).toContainText('+28 hr 4 min');
    // A top-level comment has no parent to count from.
    await expect(header(page, '1')).not.toContainText('+');
    await expect(page.locator('main')).not.toContainText('years ago');
  });
});

test.describe('read the day after', () => {
  test('shows how long ago, with the full date on hover and focus', async ({ page }) => {
    await page.clock.setFixedTime(new Date(2022, 0, 23, 17, 0));
    await open(page);
    await expect(time(page, '5')).toHaveText('3 hours ago');
    await expect(time(page, '1')).toHaveText('yesterday');
    const full = page.locator('[id="comment-5"]').getByText('· 23 January 2022, 13:45');
    await expect(full).toBeHidden();
    await page.locator('[id="comment-5"]').focus();
    await expect(full).toBeVisible();
  });
});
