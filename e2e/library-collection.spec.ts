// The library as one collection: search over titles and article text, filters and sorts kept
// in the address (reload, back), the count, the keyboard and the selection. Four small pages
// are imported through the file input beside the six bundled documents (five seeds and the
// generated sample).

import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, expectNoAxeViolationsInBothThemes, test } from './fixtures';

const PAGES = [
  {
    name: 'geneve.txt',
    text: ' date 2021-03-05\nLa réunion de Genève\n\nLes négociations ont repris à Genève entre les délégations, et la séance a duré toute la journée.\n\n    1. +3\n      22 janvier 2022 09:32\n      Très bien, une réponse claire.\n',
  },
  {
    name: 'ginevra.txt',
    text: ' date 2022-01\nIl vertice di Ginevra\n\nIl ministro è arrivato per parlare della sicurezza europea e della città.\n',
  },
  {
    name: 'summit.txt',
    text: ' date 2023\nA quiet week at the summit\n\nNothing happened at the summit this week; the delegates went home early and the talks were over.\n\n    1. -2\n      January 24, 2022 at 9:32 PM\n      What a waste of time.\n\n    2. +5\n      January 24, 2022 at 9:40 PM\n      Agreed.\n',
  },
  {
    name: 'undated.txt',
    text: 'Un document sans date\n\nCe texte parle de Škoda et du café crème.\n',
  },
];

const count = (page: Page) => page.getByTestId('library-count');
const list = (page: Page) => page.getByRole('list', { name: 'Documents' });
const titles = (page: Page) =>
  list(page)
    .locator('[data-row-link]')
    .evaluateAll((links) => links.map((link) => link.textContent));
const search = (page: Page) => page.getByRole('searchbox', { name: 'Search the library' });

test('search, filters and sorts change the list and live in the address', async ({ page }) => {
  await page.goto('/');
  await expect(count(page)).toHaveText('6 documents');
  await page
    .getByLabel('Choose text files to import')
    .setInputFiles(
      PAGES.map(({ name, text }) => ({ name, mimeType: 'text/plain', buffer: Buffer.from(text) })),
    );
  await expect(count(page)).toHaveText('10 documents', { timeout: 20_000 });

  // By title, then by a word of an article typed without its accent; the address follows.
  await search(page).fill('quiet');
  await expect(count(page)).toHaveText('1 of 10 documents');
  await expect(list(page).getByRole('link')).toHaveText(['A quiet week at the summit']);
  await search(page).fill('seance');
  // The imports' texts are read and indexed after the import (their titles meanwhile, which the
  // page says); on a busy machine that can take longer than an expect waits.
  await expect(count(page)).toHaveAttribute('data-library-index', 'full', { timeout: 20_000 });
  await expect(page.getByText('New documents are searched by title')).toBeHidden();
  await expect(list(page).getByRole('link')).toHaveText(['La réunion de Genève']);
  await expect(page).toHaveURL(/\/\?q=seance$/);
  await search(page).fill('');
  await expect(count(page)).toHaveText('10 documents');

  // With comments, most first: the sample, seed 000, then the imports with 2 and 1.
  await page.getByRole('radio', { name: 'With comments' }).check();
  await page.getByLabel('Sort by').selectOption('comments');
  await expect(count(page)).toHaveText('4 of 10 documents');
  await expect
    .poll(() => titles(page))
    .toEqual([
      'Fil benchmark: a thread of generated comments',
      "Sergueï Lavrov a averti le secrétaire d'État Blinken des conséquences d'ignorer les exigences de sécurité russes",
      'A quiet week at the summit',
      'La réunion de Genève',
    ]);
  await page.getByRole('button', { name: 'Most first' }).click();
  await expect(list(page).getByRole('link').first()).toHaveText('La réunion de Genève');
  await page.getByRole('checkbox', { name: 'English (1)' }).check();
  await expect(count(page)).toHaveText('1 of 10 documents');
  await expect(page).toHaveURL(/\/\?lang=en&comments=with&sort=comments&dir=asc$/);

  // Reload: the same view. Back: one choice undone at a time.
  await page.reload();
  await expect(count(page)).toHaveText('1 of 10 documents');
  await expect(page.getByRole('checkbox', { name: 'English (1)' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'With comments' })).toBeChecked();
  await expect(page.getByLabel('Sort by')).toHaveValue('comments');
  await page.goBack();
  await expect(count(page)).toHaveText('4 of 10 documents');
  await expect(page.getByRole('button', { name: 'Fewest first' })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('button', { name: 'Most first' })).toBeVisible();

  // A query typed, then Back before its pause (300 ms) ends: it is never written over the
  // entry Back shows, which keeps its own (empty) query. Forward comes back to the sort.
  await search(page).fill('summit');
  await page.goBack();
  await expect(page).toHaveURL(/\/\?comments=with$/);
  await expect(search(page)).toHaveValue('');
  // Past the pause: nothing written since.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
  await expect(page).toHaveURL(/\/\?comments=with$/);
  await page.goForward();
  await expect(page).toHaveURL(/\/\?comments=with&sort=comments$/);
  await expect(page.getByRole('button', { name: 'Most first' })).toBeVisible();

  // A date range: a year and a month meet the range when one of their days does.
  await page.getByRole('button', { name: 'Clear filters' }).first().click();
  await expect(count(page)).toHaveText('10 documents');
  // The button went with the filters: the focus is on the search box, never lost.
  await expect(search(page)).toBeFocused();
  await page.getByLabel('From', { exact: true }).fill('2022-01-15');
  await page.getByLabel('To', { exact: true }).fill('2023-06-30');
  // A year (2023), two months (January 2022) and a day (1 February 2022); no undated one.
  await expect(count(page)).toHaveText('4 of 10 documents');
  await expect(page).toHaveURL(/from=2022-01-15&to=2023-06-30/);
  // (Still by comments, most first: Clear filters kept the sort.)
  await expect(list(page).getByRole('link')).toHaveText([
    'A quiet week at the summit',
    /^Russia - Lavrov sulle garanzie/,
    /^Vertice Lavrov-Blinken/,
    'Il vertice di Ginevra',
  ]);
  await search(page).fill('zzz');
  await expect(page.getByText('No document matches this search and these filters.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).last().click();
  await expect(count(page)).toHaveText('10 documents');
  await expect(search(page)).toHaveValue('');
  await expect(search(page)).toBeFocused();

  // Renamed, a document is found by its new title and no longer by the one it was parsed with
  // (its article still says "summit").
  await page.getByRole('button', { name: 'Rename A quiet week at the summit' }).click();
  await page.getByLabel('New title').fill('Calm days at the top');
  await page.getByRole('button', { name: 'Save title' }).click();
  await expect(list(page).getByRole('link', { name: 'Calm days at the top' })).toBeVisible();
  await search(page).fill('quiet');
  await expect(count(page)).toHaveText('0 of 10 documents');
  await search(page).fill('calm summit');
  await expect(list(page).getByRole('link')).toHaveText(['Calm days at the top']);
});

test('rows are reached and selected with the keyboard and the pointer; axe in both themes', async ({
  page,
}) => {
  await page.goto('/');
  await expect(count(page)).toHaveText('6 documents');
  const rows = list(page).getByRole('listitem');
  await expect(rows.first()).toHaveAttribute('aria-posinset', '1');
  await expect(rows.first()).toHaveAttribute('aria-setsize', '6');
  const links = list(page).locator('[data-row-link]');
  const boxes = list(page).getByRole('checkbox');
  const selected = page.getByRole('status').filter({ hasText: /\bselected$/ });

  // One tab stop: Tab from the button before the list lands on the first row, whose
  // description says which keys the list takes.
  await page.getByRole('button', { name: 'Clear selection' }).focus();
  await page.keyboard.press('Tab');
  await expect(links.nth(0)).toBeFocused();
  await expect(links.nth(0)).toHaveAccessibleDescription(
    'Keys: ↑ ↓ move · Space selects · Shift extends · Ctrl+A selects all · Esc clears',
  );
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  await page.keyboard.press('Shift+ArrowDown');
  await expect(links.nth(2)).toBeFocused();
  await expect(selected).toHaveText('2 documents selected');
  await expect(boxes.nth(1)).toBeChecked();
  await expect(boxes.nth(2)).toBeChecked();

  // Shift-click: from the anchor (the second row) to the fifth.
  await boxes.nth(4).click({ modifiers: ['Shift'] });
  await expect(selected).toHaveText('4 documents selected');
  const states = () =>
    boxes.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).checked));
  await expect.poll(states).toEqual([false, true, true, true, true, false]);

  // The clicked row takes the keys: Escape clears, Ctrl+A selects all, End goes to the last.
  await expect(links.nth(4)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect.poll(states).toEqual([false, false, false, false, false, false]);
  await page.keyboard.press('ControlOrMeta+a');
  await expect(selected).toHaveText('6 documents selected');
  await page.keyboard.press('End');
  await expect(links.nth(5)).toBeFocused();
  await page.keyboard.press('Home');
  await expect(links.nth(0)).toBeFocused();

  // A search keeps the selected documents it shows, and only those, and says so.
  await search(page).fill('lavrov');
  await expect(count(page)).toHaveText('4 of 6 documents');
  await expect(selected).toHaveText('4 documents selected');
  await expect(
    page.getByRole('status').filter({
      hasText: '2 selected documents hidden by the search or filters were unselected',
    }),
  ).toBeVisible();
  await expect(page.getByTestId('bulk-actions')).toBeVisible();

  // The selection's buttons stay where they were pressed, dimmed, with the focus on them.
  const clearSelection = page.getByRole('button', { name: 'Clear selection' });
  await clearSelection.click();
  await expect(selected).toHaveText('No document selected');
  await expect(clearSelection).toBeFocused();
  await expect(clearSelection).toHaveAttribute('aria-disabled', 'true');
  const selectAllShown = page.getByRole('button', { name: 'Select all 4 shown' });
  await selectAllShown.focus();
  await page.keyboard.press('Enter');
  await expect(selected).toHaveText('4 documents selected');
  await expect(selectAllShown).toBeFocused();
  await expect(selectAllShown).toHaveAttribute('aria-disabled', 'true');
  await expectNoAxeViolations(page, { label: 'library, search and selection, light' });
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveClass(/dark/);
  await expectNoAxeViolations(page, { label: 'library, search and selection, dark' });
});

// From later than To holds no day: nothing is shown, not even a month that spans both days,
// and the fields say why (their description, and a polite status as it appears).
test('a published range whose From is later than its To says so and shows nothing', async ({
  page,
}) => {
  await page.goto('/');
  await expect(count(page)).toHaveText('6 documents');
  const from = page.getByLabel('From', { exact: true });
  const to = page.getByLabel('To', { exact: true });
  await from.fill('2022-01-20');
  await to.fill('2022-01-10');
  const message = '“From” is later than “To”: no document is in this range.';
  await expect(page.getByRole('status').filter({ hasText: message })).toBeVisible();
  for (const field of [from, to]) {
    await expect(field).toHaveAccessibleDescription(message);
    await expect(field).toHaveAttribute('aria-invalid', 'true');
  }
  // Two bundled documents are dated January 2022 alone: the range holds none of its days.
  await expect(count(page)).toHaveText('0 of 6 documents');
  await expect(page).toHaveURL(/from=2022-01-20&to=2022-01-10/);
  await expectNoAxeViolationsInBothThemes(page, {
    include: 'fieldset:has(input[type="date"])',
    label: 'published range inverted',
  });

  // Set right, the range applies and the message goes.
  await to.fill('2022-01-31');
  await expect(page.getByText(message)).toBeHidden();
  await expect(from).not.toHaveAttribute('aria-invalid');
  await expect(from).toHaveAccessibleDescription('');
  await expect(count(page)).not.toHaveText('0 of 6 documents');
});
