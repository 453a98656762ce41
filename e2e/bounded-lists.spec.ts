// Every list that grows with the input stays within the page's element budget: parser notes,
// set-aside lines, article paragraphs and the library are shown a page at a time. The
// expectations are computed from the generated text itself (where its quotes and chrome lines
// are), not from Fil's own grouping code.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { generateThread } from '../scripts/generate-thread';
import { expect, expectNoAxeViolations, test } from './fixtures';

/** Elements a page may hold with every panel open. */
const BUDGET = 2000;
const NOTES_PER_PAGE = 10;
const CHROME_LINES = 300;

const elementCount = (page: Page) => page.evaluate(() => document.querySelectorAll('*').length);

/**
 * A 100,000-comment page whose quotes name comments that cannot be found, with a block of site
 * chrome before the comments; the 1-based lines of the quoting comments' headers, in order.
 */
function orphanThread() {
  const { text, stats } = generateThread({
    comments: 100_000,
    seed: 7,
    wordsPerComment: 14,
    orphanQuotes: true,
  });
  const lines = text.split('\n');
  // The generator's article ends at line 6; an indented block after it reads as site chrome.
  const chrome = Array.from({ length: CHROME_LINES }, (_, k) => `    Abonnez-vous ${k + 1}`);
  lines.splice(6, 0, ...chrome, '');
  // A quote block starts two lines under its comment's header (the date line between).
  const quoting: number[] = [];
  lines.forEach((line, k) => {
    if (/^\s+Citation : /.test(line)) quoting.push(k - 1);
  });
  return { text: lines.join('\n'), lines, quotes: stats.quotes, quoting };
}

async function importFile(page: Page, name: string, text: string) {
  // From a file on disk: the browser reads it where it is. As a buffer, Playwright would send
  // the 15 MB through the protocol as base64, which took 12 s on a busy machine.
  const path = test.info().outputPath(name);
  writeFileSync(path, text);
  await page.goto('/');
  await page.getByLabel('Choose text files to import').setInputFiles(path);
  const row = page.locator(`[data-import-name="${name}"]`);
  await expect(row.locator('[data-import-outcome="saved"]')).toBeVisible({ timeout: 90_000 });
  await row.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 60_000 });
}

const noteLines = (group: Locator) =>
  group
    .locator('[data-note-line]')
    .evaluateAll((items) => items.map((item) => Number(item.getAttribute('data-note-line'))));

const group = (page: Page, title: RegExp) =>
  page.locator('[data-note-group]').filter({ has: page.getByText(title) });

test.describe('a 100,000-comment page with thousands of notes', () => {
  // Importing 15 MB and indexing 100,000 comments takes several seconds on a busy machine.
  test.describe.configure({ timeout: 240_000 });

  test('groups, pages and links its notes within the element budget, in both themes', async ({
    page,
  }) => {
    const thread = orphanThread();
    expect(thread.quoting).toHaveLength(thread.quotes);
    await importFile(page, 'orphans.txt', thread.text);
    await expect(page.getByRole('treeitem').first()).toBeVisible({ timeout: 60_000 });

    const panel = page.getByTestId('diagnostics');
    await expect(panel.locator('summary').first()).toContainText(
      `${thread.quotes.toLocaleString('en')} parser notes`,
    );
    await panel.locator('summary').first().click();

    // The group's title carries the count; its first page holds the first quoting comments.
    const quotes = group(page, /quotes not found in the comments they reply to$/);
    await expect(quotes.getByTestId('note-group-title')).toHaveText(
      `${thread.quotes.toLocaleString('en')} quotes not found in the comments they reply to`,
    );
    await expect.poll(() => noteLines(quotes)).toEqual(thread.quoting.slice(0, NOTES_PER_PAGE));
    const chrome = group(page, /lines of site chrome/);
    await expect(chrome.getByTestId('note-group-title')).toHaveText(
      `${CHROME_LINES} lines of site chrome (menus, prompts, counters)`,
    );

    // Paging replaces the page: the next ten notes, no more elements than before.
    await quotes.getByRole('button', { name: /^Next/ }).click();
    await expect(quotes.getByTestId('pager-range').first()).toHaveText(
      `11–20 of ${thread.quotes.toLocaleString('en')}`,
    );
    await expect
      .poll(() => noteLines(quotes))
      .toEqual(thread.quoting.slice(NOTES_PER_PAGE, 2 * NOTES_PER_PAGE));
    await chrome.getByRole('button', { name: /^Next/ }).click();
    await expect(chrome.getByTestId('pager-range')).toHaveText(`11–20 of ${CHROME_LINES}`);

    // The lines around a note come from the imported bytes, numbered, the note's line marked.
    const note = quotes.locator('[data-note-line]').first();
    const line = Number(await note.getAttribute('data-note-line'));
    await note.locator('summary', { hasText: 'Lines around' }).click();
    const around = note.getByTestId('lines-around');
    await expect(around.getByRole('listitem')).toHaveCount(5);
    await expect(around.locator('[data-target-line]')).toContainText(
      thread.lines[line - 1]!.trim(),
    );
    await expect(around.getByRole('listitem').first()).toContainText(
      (line - 2).toLocaleString('en'),
    );
    await chrome.locator('summary', { hasText: 'Lines around' }).first().click();
    await expect(chrome.getByTestId('lines-around')).toContainText('Abonnez-vous 11');

    const opened = await elementCount(page);
    expect(opened).toBeLessThanOrEqual(BUDGET);

    await expectNoAxeViolations(page, {
      include: '[data-testid="diagnostics"]',
      label: 'notes panel open, light',
    });
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(page.locator('html')).toHaveClass(/dark/);
    await expectNoAxeViolations(page, {
      include: '[data-testid="diagnostics"]',
      label: 'notes panel open, dark',
    });

    // A note about a comment links to it, and following the link shows that comment.
    const message = await note.locator('p').nth(1).textContent();
    const about = /in comment ([\d.]+) /.exec(message ?? '')?.[1];
    expect(about).toBeDefined();
    const link = note.getByRole('link', { name: `comment ${about}` });
    await expect(link).toHaveAttribute(
      'href',
      new RegExp(`#comment-${about!.replace(/\./g, '\\.')}$`),
    );
    await link.click();
    await expect(page).toHaveURL(new RegExp(`#comment-${about!.replace(/\./g, '\\.')}$`));
    await expect(page.locator(`[id="comment-${about}"]`)).toBeInViewport();
    expect(await elementCount(page)).toBeLessThanOrEqual(BUDGET);
  });
});

test('the lines around a seed’s set-aside line come from its text asset', async ({ page }) => {
  const id = '001_23f4eac121c41481';
  const lines = readFileSync(join(import.meta.dirname, '..', 'seeds', `${id}.txt`), 'utf8')
    .replace(/^\ufeff/, '')
    .split(/\r\n?|\n/);
  await page.goto(`/articles/${id}`);
  await page.getByTestId('diagnostics').locator('summary').first().click();
  const note = page.locator('[data-note-group] [data-note-line]').first();
  const line = Number(await note.getAttribute('data-note-line'));
  await note.locator('summary', { hasText: 'Lines around' }).click();
  await expect(note.locator('[data-target-line]')).toContainText(lines[line - 1]!.trim());
  await expectNoAxeViolations(page, {
    include: '[data-testid="diagnostics"]',
    label: 'seed lines around',
  });
});

test('when the text cannot be had, the panel says so', async ({ page }) => {
  await page.route(/\/seeds\/[^/]+\.txt$/, (route) => route.fulfill({ status: 404, body: '' }));
  await page.goto('/articles/001_23f4eac121c41481');
  await page.getByTestId('diagnostics').locator('summary').first().click();
  const note = page.locator('[data-note-group] [data-note-line]').first();
  await note.locator('summary', { hasText: 'Lines around' }).click();
  await expect(note).toContainText('could not be loaded');
  await expect(note.getByTestId('lines-around')).toHaveCount(0);
});

test('an article of 100,000 paragraphs is shown a page at a time', async ({ page }) => {
  test.setTimeout(120_000);
  const paragraphs = Array.from({ length: 100_000 }, (_, k) => `Paragraphe numéro ${k + 1}.`);
  await importFile(page, 'long.txt', ['Un très long article', '', ...paragraphs].join('\n\n'));
  const text = page.getByTestId('article-text');
  await expect(text.locator('p')).toHaveCount(50);
  await expect(text.locator('p').first()).toHaveText('Paragraphe numéro 1.');
  const pages = page.getByRole('navigation', { name: 'Pages of paragraphs' });
  await expect(pages.getByTestId('pager-range')).toHaveText('1–50 of 100,000');
  await pages.getByRole('button', { name: /^Next/ }).click();
  await expect(pages.getByTestId('pager-range')).toHaveText('51–100 of 100,000');
  await expect(text.locator('p').first()).toHaveText('Paragraphe numéro 51.');
  // The focus moves up with the new page, not left on a button now off screen.
  await expect(text.locator('xpath=..')).toBeFocused();
  await expect(text.locator('p')).toHaveCount(50);
  expect(await elementCount(page)).toBeLessThanOrEqual(BUDGET);
});

test('a comment of 100,000 paragraphs is shown a page at a time; search brings the page of its match', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const paragraphs = Array.from({ length: 100_000 }, (_, k) =>
    k === 99_876
      ? '    Une aiguille dans la botte, une aiguille encore.'
      : `    Paragraphe ${k + 1} du commentaire.`,
  );
  const text = ['Un article', '', 'Texte.', '', '1. +3', '    22 janvier 2022 09:32', ''].join(
    '\n',
  );
  await importFile(page, 'long-comment.txt', text + paragraphs.join('\n\n'));
  const comment = page.locator('[id="comment-1"]');
  await expect(comment.locator('p')).toHaveCount(50);
  const pages = comment.getByRole('navigation', { name: 'Pages of paragraphs in comment 1' });
  await expect(pages.getByTestId('pager-range')).toHaveText('1–50 of 100,000');
  expect(await elementCount(page)).toBeLessThanOrEqual(BUDGET);
  await pages.getByRole('button', { name: /^Next/ }).click();
  await expect(comment.locator('p').first()).toHaveText('Paragraphe 51 du commentaire.');

  const search = page.getByRole('searchbox', { name: 'Search the comments' });
  await search.fill('aiguille');
  await expect(pages.getByTestId('pager-range')).toHaveText('99,851–99,900 of 100,000');
  await expect(comment.locator('mark').first()).toHaveText('aiguille');
  // Turned away from the match, the next match (in the same paragraph) brings its page back.
  await pages.getByRole('button', { name: /^Previous/ }).click();
  await expect(pages.getByTestId('pager-range')).toHaveText('99,801–99,850 of 100,000');
  await search.press('Enter');
  await expect(page.locator('[data-query]')).toHaveText('2 of 2');
  await expect(pages.getByTestId('pager-range')).toHaveText('99,851–99,900 of 100,000');
  expect(await elementCount(page)).toBeLessThanOrEqual(BUDGET);
});

test('a library of 1,005 imports renders only the rows near the screen', async ({ page }) => {
  // Writing 3,012 records takes about 10 s with both cores busy.
  test.setTimeout(60_000);
  // One import through the page; 1,004 copies of its stored records written straight into
  // IndexedDB (importing a thousand files through the page takes minutes).
  await page.goto('/');
  await page.getByLabel('Paste a page').fill('Document 1\n\nLe texte du document.');
  await page.getByRole('button', { name: 'Import pasted text' }).click();
  const count = page.getByTestId('library-count');
  // The six bundled documents and the import.
  await expect(count).toHaveText('7 documents');
  await page.evaluate(async (copies) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('fil');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const stores = [...db.objectStoreNames];
    const tx = db.transaction(stores, 'readwrite');
    const originals = await Promise.all(
      stores.map(
        (store) =>
          new Promise<{ store: string; record: Record<string, unknown> }>((resolve) => {
            const request = tx.objectStore(store).getAll();
            request.onsuccess = () => resolve({ store, record: request.result[0] });
          }),
      ),
    );
    for (let k = 2; k <= copies + 1; k++) {
      for (const { store, record } of originals) {
        const copy: Record<string, unknown> = { ...record, id: `copy-${k}` };
        if ('summary' in record) {
          const summary = record.summary as Record<string, unknown>;
          copy.summary = { ...summary, id: `copy-${k}`, title: `Document ${k}` };
          copy.importedAt = new Date(Date.UTC(2020, 0, 1, 0, 0, k)).toISOString();
        }
        tx.objectStore(store).put(copy);
      }
    }
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  }, 1004);

  await page.reload();
  await expect(count).toHaveText('1,011 documents');
  const list = page.getByRole('list', { name: 'Documents' });
  const rows = list.getByRole('listitem');
  // Latest import first: the one imported through the page, then the copies, newest first.
  await expect(rows.first()).toContainText('Document 1');
  await expect(rows.nth(1)).toContainText('Document 1005');
  await expect(rows.first()).toHaveAttribute('aria-setsize', '1011');
  expect(await rows.count()).toBeLessThan(60);
  expect(await elementCount(page)).toBeLessThanOrEqual(BUDGET);

  // The last document, by scrolling to the end and by the keyboard; the page stays as small.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const last = list.locator('[aria-posinset="1011"]');
  await expect(last).toBeInViewport();
  await expect(last).toContainText('Fil benchmark');
  expect(await elementCount(page)).toBeLessThanOrEqual(BUDGET);
  await page.evaluate(() => window.scrollTo(0, 0));
  await rows.first().locator('[data-row-link]').focus();
  await page.keyboard.press('End');
  await expect(last.locator('[data-row-link]')).toBeFocused();
  await expect(last).toBeInViewport();
  expect(await elementCount(page)).toBeLessThanOrEqual(BUDGET);

  // And by search: a copy's title.
  await page.getByRole('searchbox', { name: 'Search the library' }).fill('document 517');
  await expect(count).toHaveText('1 of 1,011 documents');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Document 517');
});

test('a pick of 45 files to check lists them 20 at a time, with the batch counted', async ({
  page,
}) => {
  await page.goto('/');
  // Empty files: each is refused with its reason, so each is a file to check.
  const files = Array.from({ length: 45 }, (_, k) => ({
    name: `page-${String(k + 1).padStart(2, '0')}.txt`,
    mimeType: 'text/plain',
    buffer: Buffer.from(''),
  }));
  await page.getByLabel('Choose text files to import').setInputFiles(files);
  const batch = page.locator('[data-import-batch="done"]');
  await expect(batch).toHaveAttribute('data-failed', '45', { timeout: 60_000 });
  await expect(batch).toHaveAttribute('data-imported', '0');
  await expect(page.getByRole('heading', { name: '45 files to check' })).toBeVisible();
  const rows = page.getByRole('list', { name: '45 files to check' }).locator(':scope > li');
  await expect(rows).toHaveCount(20);
  const pager = page.getByRole('navigation', { name: 'Pages of files to check' });
  await expect(pager.getByTestId('pager-range')).toHaveText('1–20 of 45');
  const next = pager.getByRole('button', { name: 'Next page of files to check' });
  await next.click();
  await next.click();
  await expect(pager.getByTestId('pager-range')).toHaveText('41–45 of 45');
  await expect(rows).toHaveCount(5);
  // On the last page Next says it is disabled but keeps the keyboard focus where it was.
  await expect(next).toHaveAttribute('aria-disabled', 'true');
  await expect(next).toBeFocused();
  await next.press('Enter');
  await expect(pager.getByTestId('pager-range')).toHaveText('41–45 of 45');
  // Within one pick the files keep their order: the last page holds the last five.
  await expect(rows.first()).toHaveAttribute('data-import-name', 'page-41.txt');
});
