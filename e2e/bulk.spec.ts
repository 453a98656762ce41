// Bulk actions on a selection of the library: export as a zip of the original texts and as JSON
// Lines of the parsed documents (read back here with fflate and JSON.parse), delete with one
// undo notice, and undo bringing every document back as it was.

import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { expect, expectNoAxeViolations, flattenedPage, test } from './fixtures';
import type { Page } from '@playwright/test';

const FILES = [
  { name: 'alpha.txt', title: 'Alpha', comment: 'Premier avis.' },
  { name: 'beta.txt', title: 'Beta', comment: 'Second avis.' },
  // Two files of the same name in different folders: the zip numbers the second.
  { name: 'alpha.txt', title: 'Gamma', comment: 'Troisième avis.' },
  { name: 'delta.txt', title: 'Delta', comment: 'Quatrième avis.' },
];

/** A document that comes with Fil, short enough to export quickly. */
const SEED_ID = '003_6850249380d4cfb7';
const SEED_TEXT = readFileSync(join(import.meta.dirname, '..', 'seeds', `${SEED_ID}.txt`), 'utf8');
const seedBox = (page: Page) =>
  page.getByRole('checkbox', { name: /^Select Russia - Lavrov sulle garanzie di sicurezza/ });

const fileInput = (page: Page) => page.getByLabel('Choose text files to import');
const checkbox = (page: Page, title: string) =>
  page.getByRole('checkbox', { name: `Select ${title}` });
const bar = (page: Page) => page.getByRole('region', { name: 'Selection' });
const notice = (page: Page) => page.getByRole('status').filter({ hasText: / deleted\./ });

async function importFiles(page: Page, files: readonly (typeof FILES)[number][]) {
  await fileInput(page).setInputFiles(
    files.map((file) => ({
      name: file.name,
      mimeType: 'text/plain',
      buffer: Buffer.from(flattenedPage(file.title, file.comment)),
    })),
  );
  for (const file of files) await expect(checkbox(page, file.title)).toBeVisible();
}

/** Where each title's link leads: the document's id, as the library knows it. */
async function hrefs(page: Page, titles: readonly string[]): Promise<(string | null)[]> {
  return Promise.all(
    titles.map((title) =>
      page.getByRole('link', { name: title, exact: true }).first().getAttribute('href'),
    ),
  );
}

async function downloaded(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    bar(page).getByRole('button', { name: button, exact: true }).click(),
  ]);
  return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
}

test('a selection exports as a zip and as JSON Lines, is deleted at once and comes back with Undo', async ({
  page,
}) => {
  await page.goto('/');
  await importFiles(page, FILES);
  const titles = FILES.map((file) => file.title);
  const before = await hrefs(page, titles);
  expect(before.every((href) => href?.startsWith('/articles/'))).toBe(true);

  // Three imports and a document that comes with Fil.
  await checkbox(page, 'Alpha').check();
  await checkbox(page, 'Beta').check();
  await checkbox(page, 'Gamma').check();
  await seedBox(page).check();
  await expect(bar(page).getByText('4 documents selected')).toBeVisible();
  await expect(bar(page)).toContainText('Delete keeps the 1 document that comes with Fil.');
  await expectNoAxeViolations(page, { label: 'light, bar shown' });

  const zip = await downloaded(page, 'Export as zip');
  expect(zip.name).toMatch(/^fil-texts-\d{4}-\d\d-\d\d\.zip$/);
  const files = unzipSync(new Uint8Array(zip.bytes));
  // In the selection's order (the list's), names made unique; nothing else.
  expect(Object.keys(files).sort()).toEqual(
    ['alpha.txt', 'beta.txt', 'alpha (2).txt', `${SEED_ID}.txt`].sort(),
  );
  const alphas = [strFromU8(files['alpha.txt']!), strFromU8(files['alpha (2).txt']!)];
  expect(alphas.sort()).toEqual([
    flattenedPage('Alpha', 'Premier avis.'),
    flattenedPage('Gamma', 'Troisième avis.'),
  ]);
  expect(strFromU8(files['beta.txt']!)).toBe(flattenedPage('Beta', 'Second avis.'));
  expect(strFromU8(files[`${SEED_ID}.txt`]!)).toBe(SEED_TEXT);
  await expect(bar(page).getByRole('status')).toContainText('4 documents exported as');

  const jsonl = await downloaded(page, 'Export as JSON Lines');
  expect(jsonl.name).toMatch(/\.jsonl$/);
  const text = jsonl.bytes.toString('utf8');
  expect(text.endsWith('\n')).toBe(true);
  const documents = text
    .slice(0, -1)
    .split('\n')
    .map(
      (line) =>
        JSON.parse(line) as {
          format: string;
          id: string;
          title: string;
          comments: { paragraphs: string[] }[];
        },
    );
  expect(documents.map((doc) => doc.format)).toEqual(Array(4).fill('comment-thread/2'));
  const byTitle = new Map(documents.map((doc) => [doc.title, doc]));
  expect(['Alpha', 'Beta', 'Gamma'].map((title) => `/articles/${byTitle.get(title)?.id}`)).toEqual(
    before.slice(0, 3),
  );
  expect(documents.map((doc) => doc.id)).toContain(SEED_ID);
  expect(byTitle.get('Beta')?.comments[0]?.paragraphs).toEqual(['Second avis.']);

  // Delete: the three imports go, the bundled one stays; one notice, focus on its Undo.
  await bar(page).getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(notice(page)).toHaveText(
    /3 documents deleted\. 1 document that comes with Fil was kept\.\s*Undo/,
  );
  await expect(notice(page).getByRole('button', { name: 'Undo' })).toBeFocused();
  for (const title of ['Alpha', 'Beta', 'Gamma'])
    await expect(checkbox(page, title)).toHaveCount(0);
  await expect(checkbox(page, 'Delta')).toBeVisible();
  await expect(bar(page)).toHaveCount(0);
  await expectNoAxeViolations(page, { label: 'light, undo notice' });

  await notice(page).getByRole('button', { name: 'Undo' }).click();
  await expect(notice(page)).toHaveCount(0);
  for (const title of titles) await expect(checkbox(page, title)).toBeVisible();
  expect(await hrefs(page, titles)).toEqual(before);
  // Each opens: its article and its comment.
  for (const [i, file] of FILES.slice(0, 3).entries()) {
    await page.goto(before[i]!);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(file.title);
    await expect(page.getByRole('treeitem').first()).toContainText(file.comment);
  }
});

test.describe('dark theme', () => {
  test.use({ colorScheme: 'dark' });

  test('the bar, a selection of bundled documents only, and two undo notices stacked', async ({
    page,
  }) => {
    await page.goto('/');
    await importFiles(page, FILES.slice(0, 2));
    await seedBox(page).check();
    await expect(bar(page)).toContainText('This document comes with Fil: it cannot be deleted.');
    const remove = bar(page).getByRole('button', { name: 'Delete', exact: true });
    await expect(remove).toHaveAttribute('aria-disabled', 'true');
    await checkbox(page, 'Alpha').check();
    await expectNoAxeViolations(page, { label: 'dark, bar shown' });
    await remove.click();
    await expect(notice(page)).toContainText('1 document deleted.');
    // A row's own delete while the bulk notice is up: both notices, one above the other.
    await page.getByRole('button', { name: 'Delete Beta' }).click();
    const rowNotice = page.getByRole('status').filter({ hasText: 'Deleted “Beta”.' });
    await expect(rowNotice).toBeVisible();
    await expect(rowNotice.getByRole('button', { name: 'Undo' })).toBeFocused();
    const [bulkBox, rowBox] = [await notice(page).boundingBox(), await rowNotice.boundingBox()];
    expect(bulkBox && rowBox && bulkBox.y + bulkBox.height <= rowBox.y).toBe(true);
    await expectNoAxeViolations(page, { label: 'dark, two undo notices' });
    // Each Undo brings back its own: the bulk one Alpha, while Beta's notice stays.
    await notice(page).getByRole('button', { name: 'Undo' }).click();
    await expect(checkbox(page, 'Alpha')).toBeVisible();
    await expect(notice(page)).toHaveCount(0);
    await expect(rowNotice).toBeVisible();
    await expect(checkbox(page, 'Beta')).toHaveCount(0);
  });
});
