// The interface in English, French and Italian (issue 13, point 3): chosen from the browser's
// language, switched and remembered, <html lang> following it, and the document's own text
// carrying the document's language whatever the interface's. axe in each language and theme.

import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolationsInBothThemes, test } from './fixtures';

const FRENCH_ARTICLE = '/articles/000_78ca0d792cd5fe59';
const ITALIAN_ARTICLE = '/articles/004_3397e821ada74a21';

/** The words each spec looks for, as a French or Italian reader sees them. */
const INTERFACE = {
  fr: {
    browser: 'fr-FR',
    skip: 'Aller au contenu',
    library: 'Bibliothèque',
    comments: '20 commentaires',
    expandAll: 'Tout déplier',
    collapseAll: 'Tout replier',
    insights: 'Statistiques',
    // Seed 000's comments were written in January 2022.
    month: /^\d+ janvier 2022, \d\d:\d\d$/,
  },
  it: {
    browser: 'it-IT',
    skip: 'Vai al contenuto',
    library: 'Libreria',
    comments: '20 commenti',
    expandAll: 'Espandi tutti',
    collapseAll: 'Comprimi tutti',
    insights: 'Statistiche',
    month: /^\d+ gennaio 2022, \d\d:\d\d$/,
  },
} as const;

async function openReader(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('treeitem').first()).toBeVisible();
}

for (const [locale, words] of Object.entries(INTERFACE)) {
  test.describe(`${locale} interface`, () => {
    test.use({ locale: words.browser });

    // Each page on the way is also checked with axe in both themes once reached (the system's
    // scheme switched, which leaves it dark).
    test('the browser’s language chooses it, and a reader’s path reads in it and passes axe', async ({
      page,
    }) => {
      await page.goto('/');
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.getByRole('heading', { level: 1, name: words.library })).toBeVisible();
      await expect(page.getByRole('link', { name: words.skip })).toBeAttached();
      await expect(page.getByText(words.comments).first()).toBeVisible();
      await expectNoAxeViolationsInBothThemes(page, { label: `library, ${locale}` });

      await page.getByRole('link', { name: /Sergueï Lavrov a averti/ }).click();
      await expect(page.getByRole('treeitem').first()).toBeVisible();
      await page.getByRole('button', { name: words.expandAll }).click();
      await expect(page.getByRole('treeitem')).toHaveCount(20);
      // Dates in the interface's language, as written (the full date is the title).
      await expect(page.locator('[role="treeitem"] time').first()).toHaveAttribute(
        'title',
        words.month,
      );
      await expectNoAxeViolationsInBothThemes(page, { label: `reader expanded, ${locale}` });
      await page.getByRole('button', { name: words.collapseAll }).click();
      await expect(page.getByRole('treeitem')).toHaveCount(5);

      await page.getByRole('link', { name: words.insights }).click();
      await expect(page.getByTestId('insights')).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.getByTestId('key-figures')).toBeVisible();
      await expectNoAxeViolationsInBothThemes(page, { label: `insights, ${locale}` });
    });
  });
}

test('the switch changes the interface at once and is remembered', async ({ page, context }) => {
  await openReader(page, FRENCH_ARTICLE);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('button', { name: 'Expand all' }).click();
  await expect(page.getByRole('treeitem')).toHaveCount(20);

  await page.getByLabel('Language').selectOption('fr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('button', { name: INTERFACE.fr.collapseAll })).toBeVisible();
  // The page is not re-mounted: what the reader opened stays open, in the new language.
  await expect(page.getByRole('treeitem')).toHaveCount(20);
  await expect(page.getByRole('button', { name: /^Replier le commentaire/ }).first()).toBeVisible();

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('button', { name: INTERFACE.fr.expandAll })).toBeVisible();

  await page.getByLabel('Langue').selectOption('it');
  await expect(page.getByRole('button', { name: INTERFACE.it.expandAll })).toBeVisible();
  const other = await context.newPage();
  await other.goto('/');
  await expect(other.locator('html')).toHaveAttribute('lang', 'it');

  await other.getByLabel('Lingua').selectOption('en');
  await expect(other.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
});

test('a document’s text carries its own language in any interface', async ({ page }) => {
  // A French document in the English interface.
  await openReader(page, FRENCH_ARTICLE);
  await page.getByRole('button', { name: 'Expand all' }).click();
  await expect(page.getByRole('treeitem')).toHaveCount(20);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'fr');
  await expect(page.getByTestId('article-text')).toHaveAttribute('lang', 'fr');
  // Every comment's text, and none of the interface's controls.
  const comments = page.getByRole('treeitem');
  for (let index = 0; index < 20; index++)
    await expect(comments.nth(index).locator('p[lang="fr"]').first()).toBeAttached();
  await expect(page.locator('[lang="fr"] button, [lang="fr"] [role="button"]')).toHaveCount(0);

  // An Italian document (the seeds' Italian pages have no comments) in the French interface.
  await page.getByLabel('Language').selectOption('fr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await page.goto(ITALIAN_ARTICLE);
  await expect(page.getByTestId('article-text')).toHaveAttribute('lang', 'it');
  await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'it');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
});
