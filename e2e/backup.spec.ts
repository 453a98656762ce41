// Storage you can trust: the storage panel says what Fil uses and asks to keep the library; a
// backup, the library cleared, and a restore give the same library (ids, titles, a rename, a
// document that opens with its comments); restoring again adds nothing; a broken file is
// refused with its reason and changes nothing.

import { readFile } from 'node:fs/promises';
import { expect, expectNoAxeViolations, flattenedPage, test } from './fixtures';
import type { Page } from '@playwright/test';

const FILES = [
  { name: 'un.txt', title: 'Premier fil', comment: 'Un avis.' },
  { name: 'deux.txt', title: 'Deuxième fil', comment: 'Deux avis.' },
  { name: 'trois.txt', title: 'Troisième fil', comment: 'Trois avis.' },
];

const panel = (page: Page) => page.getByTestId('storage-panel');
const status = (page: Page) => page.getByTestId('backup-status');
const checkbox = (page: Page, title: string) =>
  page.getByRole('checkbox', { name: `Select ${title}` });

async function importFiles(page: Page, files: readonly (typeof FILES)[number][]) {
  await page.getByLabel('Choose text files to import').setInputFiles(
    files.map((file) => ({
      name: file.name,
      mimeType: 'text/plain',
      buffer: Buffer.from(flattenedPage(file.title, file.comment)),
    })),
  );
  for (const file of files) await expect(checkbox(page, file.title)).toBeVisible();
}

/** The imported documents as the library lists them: [href, title], sorted. */
async function library(page: Page, titles: readonly string[]): Promise<[string | null, string][]> {
  const listed = await Promise.all(
    titles.map(
      async (title) =>
        [
          await page.getByRole('link', { name: title, exact: true }).first().getAttribute('href'),
          title,
        ] as [string | null, string],
    ),
  );
  return listed.sort((a, b) => a[1].localeCompare(b[1]));
}

async function backUp(page: Page): Promise<Buffer> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    panel(page).getByRole('button', { name: 'Back up the library' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^fil-backup-\d{4}-\d\d-\d\d\.zip$/);
  return readFile(await download.path());
}

async function restore(page: Page, name: string, buffer: Buffer) {
  await panel(page)
    .getByLabel('Restore from a backup')
    .setInputFiles({ name, mimeType: 'application/zip', buffer });
}

test('back up, clear, restore: the same library; again: nothing to add; a broken file: nothing changes', async ({
  page,
}) => {
  await page.goto('/');
  // What the browser says, and asking it to keep the library (headless Chromium answers at once).
  await expect(panel(page).getByTestId('storage-usage')).toContainText(/Fil uses .+ of the .+/);
  await expect(panel(page).getByRole('meter')).toBeVisible();
  await panel(page).getByRole('button', { name: 'Ask to keep my library' }).click();
  await expect(panel(page).getByTestId('storage-kept')).toHaveText(
    /This browser keeps your library|This browser did not agree to keep your library/,
  );

  await importFiles(page, FILES);
  const renamed = 'Mon titre à moi';
  await page.getByRole('button', { name: `Rename ${FILES[1]!.title}` }).click();
  await page.getByLabel('New title').fill(renamed);
  await page.getByRole('button', { name: 'Save title' }).click();
  const titles = [FILES[0]!.title, renamed, FILES[2]!.title];
  await expect(checkbox(page, renamed)).toBeVisible();
  const before = await library(page, titles);
  expect(before.every(([href]) => href?.startsWith('/articles/'))).toBe(true);

  const backup = await backUp(page);
  await expect(status(page)).toHaveText(/^Backed up 3 documents \(.+\)\.$/);

  // Cleared through the bulk actions.
  for (const title of titles) await checkbox(page, title).check();
  await page
    .getByRole('region', { name: 'Selection' })
    .getByRole('button', { name: 'Delete', exact: true })
    .click();
  for (const title of titles) await expect(checkbox(page, title)).toHaveCount(0);

  await restore(page, 'fil-backup.zip', backup);
  await expect(status(page)).toHaveText('Restored 3 documents.');
  for (const title of titles) await expect(checkbox(page, title)).toBeVisible();
  expect(await library(page, titles)).toEqual(before);
  await expectNoAxeViolations(page, { label: 'light, restore outcome' });

  await restore(page, 'fil-backup.zip', backup);
  await expect(status(page)).toHaveText(
    'Nothing to restore: all 3 documents of this backup are already in your library.',
  );

  await restore(page, 'broken.zip', Buffer.from('Not a zip at all.\n'));
  await expect(panel(page).getByRole('alert')).toHaveText(
    'This file is not a Fil backup: it is not a zip file. Your library has not changed.',
  );
  expect(await library(page, titles)).toEqual(before);

  // The renamed one opens with its title, article and comment.
  const [href] = before.find(([, title]) => title === renamed)!;
  await page.goto(href!);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(renamed);
  await expect(page.getByText('L’article « Deuxième fil », en un paragraphe.')).toBeVisible();
  await expect(page.getByRole('treeitem').first()).toContainText('Deux avis.');
});

test('a backup cut short (half of a real one) is refused as damaged, not as “not a zip”', async ({
  page,
}) => {
  await page.goto('/');
  await importFiles(page, FILES.slice(0, 2));
  const backup = await backUp(page);
  await restore(page, 'fil-backup.zip', backup.subarray(0, Math.floor(backup.length / 2)));
  await expect(panel(page).getByRole('alert')).toHaveText(
    'This backup is damaged: the file is cut short, its end is missing. A download or a copy may have stopped before the end. Your library has not changed.',
  );
  expect(await library(page, [FILES[0]!.title, FILES[1]!.title])).toHaveLength(2);
});

test.describe('dark theme', () => {
  test.use({ colorScheme: 'dark' });

  test('the storage panel and a restore outcome', async ({ page }) => {
    await page.goto('/');
    await importFiles(page, FILES.slice(0, 1));
    const backup = await backUp(page);
    await restore(page, 'fil-backup.zip', backup);
    await expect(status(page)).toHaveText(
      'Nothing to restore: the document of this backup is already in your library.',
    );
    await expectNoAxeViolations(page, { label: 'dark, storage panel and restore outcome' });
  });
});
