// Importing a whole folder (issue 14): sub-folders read, non-pages skipped with their paths,
// the same folder again recognised as duplicates, Cancel keeping what is done. Folders are
// written to a temporary directory and given to the folder input (`webkitdirectory`).

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, expectNoAxeViolations, holdWorkerAfter, storedCount, test } from './fixtures';
import type { Page } from '@playwright/test';

/** Writes `files` (path → content) under a new folder named `name`; its path. */
function folder(name: string, files: Record<string, string | Buffer>): string {
  const root = join(mkdtempSync(join(tmpdir(), 'fil-folder-')), name);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

const thread = (title: string) =>
  [
    title,
    '',
    'Le texte de l’article.',
    '',
    '    1. +3',
    '      22 janvier 2022 09: 32',
    '      Premier commentaire.',
  ].join('\n');

/** A document as Fil's Export JSON writes it (design.md §2). */
const exported = JSON.stringify({
  format: 'comment-thread/2',
  id: 'exported',
  title: 'Un document exporté',
  titleLine: 1,
  language: 'fr',
  source: { url: null, published: '2022-01-21', site: null },
  body: [{ text: 'Un paragraphe.', line: 3, endLine: 3 }],
  removed: [],
  declaredCommentCount: null,
  declaredCountLine: null,
  comments: [
    {
      id: '1',
      line: 5,
      endLine: 7,
      score: 4,
      postedAt: '2022-01-22T09:32',
      author: null,
      quote: null,
      paragraphs: ['Un commentaire.'],
      children: [],
    },
  ],
  diagnostics: [],
});

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');

const folderInput = (page: Page) => page.getByLabel('Choose a folder to import');
const batch = (page: Page) => page.locator('[data-import-batch]').first();
const row = (page: Page, path: string) => page.locator(`[data-import-name="${path}"]`);

test('a folder: pages in sub-folders imported, others skipped with their paths; again: duplicates', async ({
  page,
}) => {
  const root = folder('crawl', {
    'page-a.txt': thread('Première page'),
    '2022/janvier/page-b.txt': thread('Deuxième page'),
    'exports/document.json': exported,
    'images/photo.png': PNG,
    '.DS_Store': Buffer.from([0, 0, 0, 1, 0x42, 0x75, 0x64, 0x31]),
  });
  await holdWorkerAfter(page, 3);
  await page.goto('/');
  await folderInput(page).setInputFiles(root);

  await expect(batch(page)).toHaveAttribute('data-import-batch', 'done');
  await expect(batch(page)).toContainText('Folder “crawl”: 3 imported, 2 skipped.');
  await expect(row(page, 'images/photo.png')).toContainText('Skipped: not a page Fil reads');
  await expect(row(page, '.DS_Store')).toContainText('Skipped: a hidden file');
  const imported = page.getByRole('list', { name: 'Just imported' });
  await expect(imported.getByRole('link', { name: 'Première page' })).toBeVisible();
  await expect(row(page, '2022/janvier/page-b.txt')).toContainText(
    'Imported and saved in this browser: Deuxième page',
  );
  await expect(row(page, 'exports/document.json').getByRole('link')).toHaveText(
    'Un document exporté',
  );
  expect(await storedCount(page)).toBe(3);

  // The same folder again, held mid-way (the worker has its first 3 requests only: the new
  // batch waits for none of them to come back before the panel is checked).
  await folderInput(page).setInputFiles(root);
  const again = batch(page);
  await expect(again).toHaveAttribute('data-import-batch', 'running');
  const progress = page.getByRole('progressbar', { name: 'Import progress' });
  await expect(progress).toHaveAttribute('max', '3');
  await expect(again).toContainText('0 of 3 files');
  await expectNoAxeViolations(page, { label: 'folder import running, light' });
  await page.evaluate(() =>
    (window as unknown as { filReleaseImports(): void }).filReleaseImports(),
  );

  await expect(again).toHaveAttribute('data-import-batch', 'done');
  await expect(again).toContainText('Folder “crawl”: 3 already in your library, 2 skipped.');
  await expect(again).toHaveAttribute('data-duplicates', '3');
  await expect(
    page
      .getByRole('region', { name: /files to check/ })
      .locator('[data-import-outcome="duplicate"]'),
  ).toHaveCount(3);
  await expect(
    page
      .locator('[data-import-name="page-a.txt"] [data-import-outcome="duplicate"]')
      .getByRole('link', { name: 'Première page' }),
  ).toBeVisible();
  expect(await storedCount(page)).toBe(3);

  // Dismissing the newer batch takes its button away: the focus goes to the other's Dismiss.
  const dismiss = page.getByRole('button', { name: 'Dismiss' });
  await dismiss.first().click();
  await expect(page.locator('[data-import-batch]')).toHaveCount(1);
  await expect(dismiss).toBeFocused();
});

test.describe('cancel', () => {
  test.use({ colorScheme: 'dark' });

  test('Cancel keeps what is imported, imports nothing more and says what was not', async ({
    page,
  }) => {
    const pages: Record<string, string> = { 'notes.pdf': '%PDF-1.4' };
    for (let i = 1; i <= 40; i++)
      pages[`${i <= 20 ? 'first' : 'second'}/page-${i}.txt`] = thread(`Page numéro ${i}`);
    const root = folder('pages', pages);
    await holdWorkerAfter(page, 3);
    await page.goto('/');
    await folderInput(page).setInputFiles(root);

    const progress = page.getByRole('progressbar', { name: 'Import progress' });
    await expect(progress).toHaveAttribute('value', '3');
    await expect(progress).toHaveAttribute('max', '40');
    await expect(batch(page)).toContainText('3 of 40 files');
    await expect(
      page.getByRole('status').filter({ hasText: 'Importing 40 files.' }),
    ).toBeAttached();
    await expectNoAxeViolations(page, { label: 'folder import running, dark' });

    await page.getByRole('button', { name: 'Cancel import' }).click();
    await expect(batch(page)).toHaveAttribute('data-import-batch', 'done');
    await expect(batch(page)).toContainText('Folder “pages”: 3 imported, 1 skipped, 37 cancelled.');
    await expect(page.getByRole('status').filter({ hasText: '37 cancelled' })).toBeAttached();
    await expect(progress).toHaveCount(0);
    // Cancel went with the running batch: the focus is on the batch's summary, not lost.
    await expect(batch(page).getByText('Folder “pages”: 3 imported')).toBeFocused();
    await expectNoAxeViolations(page, { label: 'folder import cancelled, dark' });
    // The last batch dismissed: the focus goes to the panel's heading.
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await expect(page.locator('[data-import-batch]')).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Add your own pages' })).toBeFocused();

    // The held requests reach the worker now: nothing of them is stored.
    await page.evaluate(() =>
      (window as unknown as { filReleaseImports(): void }).filReleaseImports(),
    );
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Library' })).toBeVisible();
    expect(await storedCount(page)).toBe(3);
  });
});
