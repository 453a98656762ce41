// axe on every page and state the reader can reach, in both themes and at a narrow width.

import type { Page } from '@playwright/test';
import { animationsSettled, expect, expectNoAxeViolationsInBothThemes, test } from './fixtures';

const ARTICLE = '/articles/000_78ca0d792cd5fe59';

/**
 * Waits until a permalinked comment is highlighted and its glow has faded: axe then sees the
 * colours it settles on. The glow is a 2 s CSS animation that starts when the row renders (a
 * busy machine starts it late, and a row rendered again starts it again), so a fixed wait of
 * 2 s can catch it half-way; the page's running animations say when it is over.
 */
async function settledHighlight(page: Page, id: string) {
  await expect(page.locator(`[id="comment-${id}"]`)).toHaveClass(/comment-highlight/);
  await animationsSettled(page);
}

test('axe runs WCAG 2.2 target-size and the label-in-name rule', async ({ page, axe }) => {
  await page.goto(ARTICLE);
  await expect(page.getByRole('treeitem').first()).toBeVisible();
  const results = await axe.makeAxeBuilder().analyze();
  const ran = [
    ...results.passes,
    ...results.violations,
    ...results.incomplete,
    ...results.inapplicable,
  ].map((rule) => rule.id);
  expect(ran).toContain('target-size');
  expect(ran).toContain('label-content-name-mismatch');
  // It has something to check: the link buttons carry an aria-label beside their visible word.
  expect(results.passes.map((rule) => rule.id)).toContain('label-content-name-mismatch');
});

// Each state is reached once and checked in both themes (the system's scheme switched): a
// describe per theme loaded and drove every page twice.
test('the library has no axe violations', async ({ page }) => {
  await page.goto('/');
  // The five seeds and the generated sample.
  await expect(page.getByRole('list', { name: 'Documents' }).getByRole('listitem')).toHaveCount(6);
  await expectNoAxeViolationsInBothThemes(page, { label: 'library' });
});

// The reader's states reached from one load, each checked in both themes: a load of its own per
// state added a page and a start of the app each, for the same checks. (Each axe run brings its own
// time allowance: see expectNoAxeViolations.)
test('the reader as opened, expanded, collapsed and with its key help has no axe violations', async ({
  page,
}) => {
  await page.goto(ARTICLE);
  await expect(page.getByRole('treeitem').first()).toBeVisible();
  await expectNoAxeViolationsInBothThemes(page, { label: 'reader as opened' });

  await page.getByRole('button', { name: 'Expand all' }).click();
  await expect(page.getByRole('treeitem')).toHaveCount(20);
  await expectNoAxeViolationsInBothThemes(page, { label: 'reader expanded' });

  await page.getByRole('button', { name: 'Collapse all' }).click();
  await expect(page.getByRole('treeitem')).toHaveCount(5);
  await expectNoAxeViolationsInBothThemes(page, { label: 'reader collapsed' });

  await page.getByRole('button', { name: /Keys/ }).click();
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await expectNoAxeViolationsInBothThemes(page, { label: 'key help' });
});

test('the reader with a permalinked comment has no axe violations', async ({ page }) => {
  await page.goto(`${ARTICLE}?sort=top#comment-1.1.1.1.1.1`);
  await expect(page.locator('[id="comment-1.1.1.1.1.1"]')).toBeFocused();
  await settledHighlight(page, '1.1.1.1.1.1');
  await expectNoAxeViolationsInBothThemes(page, { label: 'reader with a permalinked comment' });
});

test('an article without comments has no axe violations', async ({ page }) => {
  await page.goto('/articles/004_3397e821ada74a21');
  await expect(page.getByText('No comments on this page')).toBeVisible();
  await page.getByTestId('diagnostics').locator('summary').click();
  await expectNoAxeViolationsInBothThemes(page, { label: 'article without comments' });
});

test('the 404 page has no axe violations', async ({ page }) => {
  await page.goto('/articles/missing');
  await expect(page.getByRole('heading', { name: 'No such document' })).toBeVisible();
  await expectNoAxeViolationsInBothThemes(page, { label: '404' });
});

test('the reader at 375 px has no axe violations', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(`${ARTICLE}#comment-1.1.1.1.1.1`);
  await expect(page.locator('[id="comment-1.1.1.1.1.1"]')).toBeVisible();
  await settledHighlight(page, '1.1.1.1.1.1');
  await expectNoAxeViolationsInBothThemes(page, { label: 'reader at 375 px' });
});
