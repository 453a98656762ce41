// In-thread search: `/` goes to the box, matches are counted across the whole thread (collapsed
// comments too), Enter and Shift+Enter move between them, the current one is revealed, scrolled
// to and marked, Escape clears and then leaves.

import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolationsInBothThemes, gotoBeforeTheApp, test } from './fixtures';
import { builtComments, flatten, occurrences } from './threadData';

const SEED = '000_78ca0d792cd5fe59';
const BIG = 'sample-100k';

const comment = (page: Page, id: string) => page.locator(`[id="comment-${id}"]`);
const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search the comments' });
const status = (page: Page) => page.locator('[data-query]');
const currentMatch = (page: Page) => page.locator('mark[data-current-match]');

async function open(page: Page, id: string) {
  await page.goto(`/articles/${id}`);
  await expect(page.getByRole('treeitem').first()).toBeVisible({ timeout: 60_000 });
}

/** How often the phrase occurs, and the comments that hold it, in source order. */
function expected(id: string, phrase: string) {
  const holding = flatten(builtComments(id)).filter(
    (entry) => occurrences(entry.comment, phrase) > 0,
  );
  const total = holding.reduce((sum, entry) => sum + occurrences(entry.comment, phrase), 0);
  return { total, holding };
}

test.describe('seed 000', () => {
  test('counts matches in collapsed comments too and reveals the current one', async ({ page }) => {
    // Typed before the app has run, text is not taken: hydrating the fields would wipe it.
    await gotoBeforeTheApp(page, `/articles/${SEED}`, async () => {
      await searchBox(page).pressSequentially('lav');
      await page.getByRole('spinbutton', { name: /Collapse at score/ }).pressSequentially('5');
      await expect(searchBox(page)).toHaveValue('');
      await expect(page.getByRole('spinbutton', { name: /Collapse at score/ })).toHaveValue('-10');
    });
    // Comment 1 starts collapsed, and with it 9 replies.
    await expect(comment(page, '1')).toHaveAttribute('aria-expanded', 'false');
    const { total, holding } = expected(SEED, 'lavrov');
    expect(total).toBeGreaterThan(3);
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('/');
    await expect(searchBox(page)).toBeFocused();
    await page.keyboard.type('lavrov');
    await expect(status(page)).toHaveText(`1 of ${total}`);
    await expect(currentMatch(page)).toHaveText(/^lavrov$/i);
    await expect(currentMatch(page)).toBeInViewport();
    const first = holding[0]!.comment.id;
    await expect(comment(page, first).locator('mark[data-current-match]')).toHaveCount(1);
    await expect(comment(page, first)).toHaveAttribute('aria-expanded', 'true');

    // Enter walks the matches in order and wraps; Shift+Enter walks back.
    for (let k = 2; k <= total; k++) {
      await page.keyboard.press('Enter');
      await expect(status(page)).toHaveText(`${k} of ${total}`);
    }
    await page.keyboard.press('Enter');
    await expect(status(page)).toHaveText(`1 of ${total}`);
    await page.keyboard.press('Shift+Enter');
    await expect(status(page)).toHaveText(`${total} of ${total}`);
    const last = holding.at(-1)!.comment.id;
    await expect(comment(page, last).locator('mark[data-current-match]')).toHaveCount(1);
    await expect(currentMatch(page)).toBeInViewport();
    await expect(searchBox(page)).toBeFocused();
  });

  test('opens the ancestors of a match deep in a collapsed branch', async ({ page }) => {
    await open(page, SEED);
    await searchBox(page).fill('Qui êtes-vous');
    await expect(status(page)).toHaveText('1 of 1');
    const target = comment(page, '1.1.1.1.1.1');
    await expect(target).toBeVisible();
    await expect(target.locator('mark')).toHaveText('Qui êtes-vous');
    for (const id of ['1', '1.1', '1.1.1', '1.1.1.1', '1.1.1.1.1'])
      await expect(comment(page, id)).toHaveAttribute('aria-expanded', 'true');
  });

  test('finds accented words typed without their accents, and marks them as written', async ({
    page,
  }) => {
    await open(page, SEED);
    await searchBox(page).fill('qui etes-vous');
    await expect(status(page)).toHaveText('1 of 1');
    await expect(comment(page, '1.1.1.1.1.1').locator('mark')).toHaveText('Qui êtes-vous');
    const { total } = expected(SEED, 'reponse');
    expect(total).toBe(expected(SEED, 'réponse').total);
    expect(total).toBeGreaterThan(5);
    await searchBox(page).fill('reponse');
    await expect(status(page)).toHaveText(`1 of ${total}`);
    await expect(currentMatch(page)).toHaveText(/^réponse$/i);
  });

  test('finds authors and quotes, says when nothing matches, and Escape clears then leaves', async ({
    page,
  }) => {
    await open(page, SEED);
    await searchBox(page).fill('VIKTORTARIANIK');
    const { total } = expected(SEED, 'viktortarianik');
    await expect(status(page)).toHaveText(`1 of ${total}`);
    // Comment 2's inferred author, then the quote in 2.2 that names it.
    await expect(comment(page, '2').locator('mark')).toHaveCount(1);
    await expect(comment(page, '2.2').locator('blockquote mark')).toHaveCount(1);

    await searchBox(page).fill('no such words anywhere');
    await expect(status(page)).toHaveText('No matches');
    await expect(page.getByRole('button', { name: 'Next match' })).toBeDisabled();
    await expect(page.locator('mark')).toHaveCount(0);

    await searchBox(page).fill('lavrov');
    await expect(status(page)).toHaveText(/^1 of/);
    await searchBox(page).press('Escape');
    await expect(searchBox(page)).toHaveValue('');
    await expect(page.locator('mark')).toHaveCount(0);
    await expect(status(page)).toHaveText('');
    await searchBox(page).press('Escape');
    await expect(searchBox(page)).not.toBeFocused();
  });

  test('the key help lists / and Ctrl F for search', async ({ page }) => {
    await open(page, SEED);
    await page.getByRole('button', { name: /Keys/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog).toContainText('Search the thread');
    await expect(dialog.locator('kbd', { hasText: '/' })).toHaveCount(1);
    await expect(dialog.getByRole('row', { name: /Ctrl F.*Search a long thread/ })).toHaveCount(1);
  });

  test('marked matches have no axe violations', async ({ page }) => {
    await open(page, SEED);
    await searchBox(page).fill('la');
    await expect(status(page)).toHaveText(/^1 of/);
    await expect(page.locator('mark').nth(2)).toBeVisible();
    await expectNoAxeViolationsInBothThemes(page, { label: 'search matches' });
  });
});

test.describe('the 100,000-comment thread', () => {
  test.describe.configure({ timeout: 120_000 });

  test('finds a known phrase across the whole thread and counts right', async ({ page }) => {
    // Authors (inferred from quotes) and quote headers: "Lecteur 49", "Lecteur 490" … "Lecteur 49999".
    const phrase = 'Lecteur 49';
    const { total, holding } = expected(BIG, phrase);
    expect(total).toBeGreaterThan(10);
    await open(page, BIG);
    await page.keyboard.press('/');
    await expect(searchBox(page)).toBeFocused();
    await page.keyboard.type(phrase);
    await expect(status(page)).toHaveText(`1 of ${total.toLocaleString('en')}`, {
      timeout: 30_000,
    });
    const first = comment(page, holding[0]!.comment.id);
    await expect(first.locator('mark[data-current-match]')).toHaveText(phrase);
    await expect(currentMatch(page)).toBeInViewport();

    await page.keyboard.press('Enter');
    await expect(status(page)).toHaveText(`2 of ${total.toLocaleString('en')}`);
    await expect(currentMatch(page)).toBeInViewport();
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.press('Shift+Enter');
    await expect(status(page)).toHaveText(
      `${total.toLocaleString('en')} of ${total.toLocaleString('en')}`,
    );
    // The last match sits in a comment from the end of the thread, whatever was collapsed.
    const last = comment(page, holding.at(-1)!.comment.id);
    await expect(last.locator('mark[data-current-match]')).toBeInViewport();
    const nodes = await page
      .getByRole('tree', { name: 'Comments' })
      .evaluate((tree) => tree.querySelectorAll('*').length + 1);
    expect(nodes).toBeLessThanOrEqual(1500);

    // The browser's find sees only the rendered rows: Ctrl+F comes to this box instead.
    await last.click();
    await expect(searchBox(page)).not.toBeFocused();
    await page.keyboard.press('Control+f');
    await expect(searchBox(page)).toBeFocused();
    // Its text is selected, ready to be typed over.
    await expect
      .poll(() =>
        searchBox(page).evaluate(
          (box: HTMLInputElement) => box.selectionEnd! - box.selectionStart!,
        ),
      )
      .toBe(phrase.length);
  });
});
