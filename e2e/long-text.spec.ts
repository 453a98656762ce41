// Text a reader brings, with no place to break it (a pasted URL as a title, a long user name, a
// long file name), wraps wherever it is shown: no page scrolls sideways, at 320 px or at 1440 px.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** ~190 characters with no break opportunity (letters and underscores), like a pasted URL. */
const TITLE = 'Sergueï_Lavrov_averti_Blinken_conséquences_ignorer_exigences_sécurité_russes_'
  .repeat(3)
  .slice(0, 190);
/** A quoted author's name, as long and as unbroken. */
const AUTHOR = 'Mikhaïl_Lermontov_de_Genève_et_de_Moscou_'.repeat(3);
const FILE_NAME = `${TITLE}.txt`;
/** An address pasted at the start of the first comment: its first words, in the insights. */
const ADDRESS = `https://example.org/${'reponse_a_Blinken_'.repeat(8)}`;

/**
 * Seed 000 with TITLE as its title (its first line), AUTHOR for its quoted author and ADDRESS
 * opening its first comment.
 */
function longTextPage(): Buffer {
  const seed = readFileSync(
    join(import.meta.dirname, '..', 'seeds', '000_78ca0d792cd5fe59.txt'),
    'utf8',
  );
  const lines = seed.split('\n');
  lines[0] = TITLE;
  const text = lines
    .join('\n')
    .replaceAll('Citation : Mikhaïl L.', `Citation : ${AUTHOR}`)
    .replace('      Pour autant que', `      ${ADDRESS} Pour autant que`);
  return Buffer.from(text);
}

/**
 * The page's sideways overflow: the document's scroll and client widths and, to say where it
 * comes from, the widest few elements reaching past the viewport.
 */
function overflow(page: Page) {
  return page.evaluate(() => {
    const root = document.documentElement;
    const past = [...document.querySelectorAll('body *')]
      .map((element) => ({ element, right: element.getBoundingClientRect().right }))
      .filter(({ right }) => right > root.clientWidth + 1)
      .sort((a, b) => b.right - a.right)
      .slice(0, 5)
      .map(
        ({ element, right }) => `${element.tagName.toLowerCase()}.${element.className} → ${right}`,
      );
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, past };
  });
}

async function expectNoSidewaysScroll(page: Page, where: string) {
  const { scrollWidth, clientWidth, past } = await overflow(page);
  expect.soft(scrollWidth, `${where}: ${past.join('; ')}`).toBeLessThanOrEqual(clientWidth);
}

for (const width of [320, 1440]) {
  test(`a title, an author and a file name with no break wrap at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/');
    await page.getByLabel('Choose text files to import').setInputFiles([
      { name: FILE_NAME, mimeType: 'text/plain', buffer: longTextPage() },
      // Refused (empty): the file's name is in the reason.
      { name: `vide_${FILE_NAME}`, mimeType: 'text/plain', buffer: Buffer.from('') },
    ]);
    const result = page.locator(`[data-import-name="${FILE_NAME}"]`);
    await expect(result.locator('[data-import-outcome="saved"]')).toContainText(TITLE);
    await expect(page.locator(`[data-import-name="vide_${FILE_NAME}"]`)).toContainText('is empty');
    const row = page.locator('main li[data-document-id]').filter({ hasText: TITLE });
    await expect(row.getByRole('link', { name: TITLE })).toBeVisible();
    await expectNoSidewaysScroll(page, 'library');

    // Searched for, unbroken: the search box holds it (the count and the empty list's
    // message do not repeat it).
    const count = page.getByTestId('library-count');
    await page.getByRole('searchbox').first().fill(`${TITLE}_introuvable`);
    await expect(count).toHaveAttribute('data-library-query', `${TITLE}_introuvable`);
    await expect(page.locator('main li[data-document-id]')).toHaveCount(0);
    await expectNoSidewaysScroll(page, 'library search');
    await page.getByRole('searchbox').first().fill('');
    await expect(count).toHaveAttribute('data-library-query', '');

    await row.getByRole('link', { name: TITLE }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
    await expect(page.getByText(AUTHOR).first()).toBeVisible();
    await expectNoSidewaysScroll(page, 'article');

    await page
      .getByRole('link', { name: /Insights/ })
      .first()
      .click();
    await expect(page.getByTestId('insights')).toBeVisible({ timeout: 60_000 });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
    const pair = page.getByRole('row').filter({ hasText: AUTHOR }).first();
    await expect(pair).toBeVisible();
    await expect(page.getByRole('row').filter({ hasText: ADDRESS }).first()).toBeVisible();
    await expectNoSidewaysScroll(page, 'insights');

    // The reader filtered to the quotes of that author: the filter bar names them.
    await pair.getByRole('link').click();
    await expect(page.getByText(new RegExp(`quoting ${AUTHOR}`))).toBeVisible();
    await expectNoSidewaysScroll(page, 'article, filtered by the author');

    // Deleted: the undo notice names the title, within the screen.
    await page.goto('/');
    await row.getByRole('button', { name: /^Delete / }).click();
    const notice = page.getByRole('status').filter({ hasText: 'Deleted' });
    await expect(notice).toContainText(TITLE);
    const box = (await notice.boundingBox())!;
    expect.soft(box.x + box.width, 'the undo notice').toBeLessThanOrEqual(width);
    const spill = await notice.evaluate((element) => element.scrollWidth - element.clientWidth);
    expect.soft(spill, 'the undo notice’s text spills out of it').toBeLessThanOrEqual(0);
    await expectNoSidewaysScroll(page, 'library, undo notice');
  });
}
