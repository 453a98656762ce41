import { expect, gotoBeforeTheApp, test } from './fixtures';

test('the library lists the bundled documents with their facts', async ({ page }) => {
  // A page pasted before the app has run is not taken: hydrating the field would wipe it.
  await gotoBeforeTheApp(page, '/', async () => {
    await page.getByLabel('Paste a page').pressSequentially('Titre');
    await expect(page.getByLabel('Paste a page')).toHaveValue('');
  });
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  // The five seeds and the generated sample, in one list.
  const cards = page.getByRole('list', { name: 'Documents' }).getByRole('listitem');
  await expect(cards).toHaveCount(6);
  const first = cards.filter({ hasText: 'Sergueï Lavrov a averti' });
  await expect(first).toContainText('French');
  await expect(first.getByTestId('comment-count')).toHaveText('20 comments');
  await expect(first).toContainText(/\d[\d,]* words/);
  const sputnik = cards.filter({ hasText: 'Vertice Lavrov-Blinken' });
  await expect(sputnik).toContainText('Italian');
  await expect(sputnik).toContainText('January 2022');
  await expect(sputnik.getByTestId('comment-count')).toHaveText('No comments');
  const sample = cards.filter({ hasText: 'Fil benchmark' });
  await expect(sample).toContainText('Generated sample');
  await expect(sample.getByTestId('comment-count')).toHaveText('100,000 comments');
});

test('opens seed 000 from the library and finds its deepest reply', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: /Sergueï Lavrov a averti/ }).click();
  await expect(page).toHaveURL(/\/articles\/000_78ca0d792cd5fe59$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Sergueï Lavrov a averti');
  await expect(page.getByTestId('comment-counts')).toHaveText('20 found of 20 declared');
  await page.getByRole('button', { name: 'Expand all' }).click();
  await expect(page.locator('[id="comment-1.1.1.1.1.1"]')).toBeVisible();
});

test('an article without comments is shown on its own, without its page chrome', async ({
  page,
}) => {
  await page.goto('/articles/001_23f4eac121c41481');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'L’OTAN doit comprendre l’importance de rencontrer la Russie à mi-chemin — diplomate senior',
  );
  await expect(page.getByText('Russian Politics & Diplomacy')).toBeVisible();
  await expect(page.getByText('No comments on this page')).toBeVisible();
  await expect(page.getByText(/^PREV /)).toBeHidden();
  await expect(page.getByText('For Latest Updates')).toBeHidden();
});

test('the theme follows the system and a chosen theme is remembered', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect(page.locator('html')).toHaveClass(/dark/);
  const toggle = page.getByRole('button', { name: /theme/ });
  await toggle.click(); // system → light
  await expect(page.locator('html')).not.toHaveClass(/dark/);
  await page.reload();
  await expect(page.locator('html')).not.toHaveClass(/dark/);
  await expect(page.getByRole('button', { name: /^Light theme/ })).toBeVisible();
  await page.getByRole('button', { name: /theme/ }).click(); // light → dark
  await page.emulateMedia({ colorScheme: 'light' });
  await page.reload();
  await expect(page.locator('html')).toHaveClass(/dark/);
});
