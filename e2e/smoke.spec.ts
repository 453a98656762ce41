// The app starts: / loads without uncaught errors, has a visible <h1>, names itself Fil (in the
// document title and on the page), and axe finds no violations, in light and dark color schemes
// (the system's scheme switched once the page is there).
// Kept generic so it holds for whatever page / becomes.

import { test, expect, expectNoAxeViolationsInBothThemes } from './fixtures';

test('home page loads, has an <h1>, names Fil, and has no axe violations', async ({ page }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));

  const response = await page.goto('/');
  expect(response?.ok(), `GET / answered ${response?.status()}`).toBe(true);

  const heading = page.locator('h1').first();
  await expect(heading).toBeVisible();
  await expect(heading).not.toBeEmpty();
  await expect(page).toHaveTitle(/\bFil\b/);
  await expect(page.getByText('Fil', { exact: true }).first()).toBeVisible();

  await expectNoAxeViolationsInBothThemes(page, { label: 'home page' });
  expect(pageErrors, 'uncaught errors in the page').toEqual([]);
});
