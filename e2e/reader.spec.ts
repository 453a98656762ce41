import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const SEED = '000_78ca0d792cd5fe59';
const ARTICLE = `/articles/${SEED}`;

const comment = (page: Page, id: string) => page.locator(`[id="comment-${id}"]`);
const toggleOf = (page: Page, id: string) =>
  comment(page, id).locator('button[data-toggle]').first();
const treeItems = (page: Page) =>
  page.getByRole('tree', { name: 'Comments' }).getByRole('treeitem');
const topLevelIds = async (page: Page) =>
  page
    .locator('[role="treeitem"][aria-level="1"]')
    .evaluateAll((items) => items.map((item) => item.id.slice('comment-'.length)));
/** Opens a page of the reader and waits until the thread is on screen. */
async function open(page: Page, url: string) {
  await page.goto(url);
  await expect(
    page.getByRole('tree', { name: 'Comments' }).getByRole('treeitem').first(),
  ).toBeVisible();
}
const focusedCommentId = (page: Page) =>
  page.evaluate(() =>
    document.activeElement?.getAttribute('role') === 'treeitem'
      ? document.activeElement.id.slice('comment-'.length)
      : null,
  );

test.describe('reading seed 000', () => {
  test('holds 20 comments with the right nesting once everything is expanded', async ({ page }) => {
    await open(page, ARTICLE);
    await page.getByRole('button', { name: 'Expand all' }).click();
    await expect(treeItems(page)).toHaveCount(20);
    const depths = await treeItems(page).evaluateAll((items) =>
      items.map((item) => [
        item.id,
        item.getAttribute('data-depth'),
        item.getAttribute('aria-level'),
      ]),
    );
    expect(depths.slice(0, 7)).toEqual([
      ['comment-1', '1', '1'],
      ['comment-1.1', '2', '2'],
      ['comment-1.1.1', '3', '3'],
      ['comment-1.1.1.1', '4', '4'],
      ['comment-1.1.1.1.1', '5', '5'],
      ['comment-1.1.1.1.1.1', '6', '6'],
      ['comment-1.1.1.1.2', '5', '5'],
    ]);
    await expect(comment(page, '1.1.1.1.1.1')).toHaveAttribute('data-score', '1');
    await expect(comment(page, '2.2')).toContainText('Mais il fallait le faire.');
    // No element other than a comment's root has an id starting with "comment-".
    const stray = await page.locator('[id^="comment-"]:not([role="treeitem"])').count();
    expect(stray).toBe(0);
  });

  test('sorting by top puts the two 0-score top-level comments first, and survives reload', async ({
    page,
  }) => {
    await open(page, ARTICLE);
    await expect.poll(() => topLevelIds(page)).toEqual(['1', '2', '3', '4', '5']);
    await page
      .getByRole('navigation', { name: 'Sort comments' })
      .getByRole('link', { name: 'Top' })
      .click();
    await expect(page).toHaveURL(/\?sort=top$/);
    await expect.poll(() => topLevelIds(page)).toEqual(['4', '5', '3', '2', '1']);
    await page.reload();
    await expect.poll(() => topLevelIds(page)).toEqual(['4', '5', '3', '2', '1']);
    await expect(page.getByRole('link', { name: 'Top' })).toHaveAttribute('aria-current', 'true');
    // The sort applies at every level: under 2, +5 (2.1) before +3 (2.2), and the reverse
    // for controversial.
    await page.getByRole('button', { name: 'Expand all' }).click();
    // Read after each action until it settles: the order changes on the render after a click.
    const childrenOf2 = () =>
      page
        .locator('[role="treeitem"][aria-level="2"]')
        .evaluateAll((items) =>
          items.map((item) => item.id).filter((id) => id.startsWith('comment-2.')),
        );
    await expect.poll(childrenOf2).toEqual(['comment-2.1', 'comment-2.2']);
    await page.getByRole('link', { name: 'Controversial' }).click();
    await expect(page).toHaveURL(/\?sort=controversial$/);
    await expect.poll(childrenOf2).toEqual(['comment-2.2', 'comment-2.1']);
    await page.goBack();
    await expect(page).toHaveURL(/\?sort=top$/);
  });

  // One load for the toggles as the thread opens: each step leaves the others' comments as they
  // were (comment 2 is expanded again before the thread line collapses 3).
  test('comment 1 starts collapsed; a toggle or a thread line collapses a comment, and that survives a re-sort', async ({
    page,
  }) => {
    await open(page, ARTICLE);
    // Comment 1 starts collapsed with 9 replies hidden.
    await expect(comment(page, '1')).toHaveAttribute('aria-expanded', 'false');
    await expect(comment(page, '1')).toContainText('9 replies hidden');
    await expect(toggleOf(page, '1')).toHaveAccessibleName(/score −12, 9 replies/);

    // Collapsing comment 2 hides its 4 descendants.
    await expect(comment(page, '2.1.1')).toBeVisible();
    const toggle = toggleOf(page, '2');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(toggle).toHaveAccessibleName(/score −7, 4 replies/);
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(comment(page, '2')).toContainText('4 replies hidden');
    for (const id of ['2.1', '2.1.1', '2.2', '2.2.1'])
      await expect(comment(page, id)).toHaveCount(0);
    await toggle.click();
    await expect(comment(page, '2.2.1')).toBeVisible();

    // The line drawn down the left edge of reply 3.2 belongs to comment 3.
    await expect(comment(page, '3.1')).toBeVisible();
    await comment(page, '3.2').locator('[data-thread-line="3"]').click();
    await expect(comment(page, '3')).toHaveAttribute('aria-expanded', 'false');
    await expect(comment(page, '3')).toContainText('2 replies hidden');
    await expect(comment(page, '3.1')).toHaveCount(0);

    // A collapsed comment stays collapsed through a re-sort.
    await toggleOf(page, '2').click();
    await expect(comment(page, '2')).toHaveAttribute('aria-expanded', 'false');
    await page.getByRole('link', { name: 'Newest' }).click();
    await expect(page).toHaveURL(/\?sort=new$/);
    await expect(comment(page, '2')).toHaveAttribute('aria-expanded', 'false');
    await expect(comment(page, '2.1')).toHaveCount(0);
  });

  test('the default threshold of −10 collapses 1, 1.1.1, 1.1.1.1.1 and 1.2.1; −15 expands them', async ({
    page,
  }) => {
    await open(page, ARTICLE);
    const collapsedIds = () =>
      page
        .locator('[role="treeitem"][aria-expanded="false"]')
        .evaluateAll((items) => items.map((item) => item.id.slice('comment-'.length)));
    await expect.poll(() => collapsedIds()).toEqual(['1']);
    await toggleOf(page, '1').click();
    await expect.poll(() => collapsedIds()).toEqual(['1.1.1', '1.2.1']);
    await toggleOf(page, '1.1.1').click();
    await expect.poll(() => collapsedIds()).toEqual(['1.1.1.1.1', '1.2.1']);
    await expect(comment(page, '1.1.1.1.1')).toContainText('1 reply hidden');

    await page.getByLabel('Collapse at score ≤').fill('-15');
    await expect.poll(() => collapsedIds()).toEqual([]);
    await expect(treeItems(page)).toHaveCount(20);
    // The threshold is remembered.
    await page.reload();
    await expect(page.getByLabel('Collapse at score ≤')).toHaveValue('-15');
    await expect(treeItems(page)).toHaveCount(20);
  });

  test('low-scored comments are dimmed and marked', async ({ page }) => {
    await open(page, `${ARTICLE}#comment-1.2.1`);
    await expect(comment(page, '1.2.1')).toContainText('Low score');
    await expect(comment(page, '1.2')).not.toContainText('Low score');
  });

  test('permalink to 1.1.1.1.1.1 expands its ancestors, scrolls to it and highlights it', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 600 });
    await open(page, `${ARTICLE}#comment-1.1.1.1.1.1`);
    const target = comment(page, '1.1.1.1.1.1');
    await expect(target).toBeVisible();
    await expect(target).toBeInViewport();
    await expect(target).toHaveClass(/comment-highlight/);
    await expect(target).toBeFocused();
    for (const id of ['1', '1.1', '1.1.1', '1.1.1.1', '1.1.1.1.1'])
      await expect(comment(page, id)).toHaveAttribute('aria-expanded', 'true');
  });

  test('the quote in 1.1 links to comment 1', async ({ page }) => {
    await open(page, `${ARTICLE}#comment-1.1`);
    const link = comment(page, '1.1').getByRole('link', { name: 'Mikhaïl L. wrote' });
    await expect(link).toHaveAttribute('href', `${ARTICLE}#comment-1`);
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${ARTICLE}#comment-1$`));
    await expect(comment(page, '1')).toHaveClass(/comment-highlight/);
    await expect(comment(page, '1')).toBeFocused();
    await expect(comment(page, '1')).toContainText('Mikhaïl L.');
  });

  test('the link action copies the comment URL', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await open(page, ARTICLE);
    await comment(page, '2.1')
      .getByRole('button', { name: /Copy link/ })
      .first()
      .click();
    await expect(page.getByRole('status')).toHaveText('Link copied to the clipboard.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
      new RegExp(`${ARTICLE}#comment-2\\.1$`),
    );
    await expect(page).toHaveURL(/#comment-2\.1$/);
  });
});

test.describe('keyboard', () => {
  test('j, k, J, K, p, t move focus; Enter, Space and arrows toggle; ? shows the keys', async ({
    page,
  }) => {
    await open(page, `${ARTICLE}?sort=source`);
    await page.getByRole('button', { name: 'Expand all' }).click();
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('j');
    await expect.poll(() => focusedCommentId(page)).toBe('1');
    await page.keyboard.press('j');
    await expect.poll(() => focusedCommentId(page)).toBe('1.1');
    await page.keyboard.press('k');
    await expect.poll(() => focusedCommentId(page)).toBe('1');
    await page.keyboard.press('Shift+J');
    await expect.poll(() => focusedCommentId(page)).toBe('2');
    await page.keyboard.press('Shift+J');
    await expect.poll(() => focusedCommentId(page)).toBe('3');
    await page.keyboard.press('Shift+K');
    await expect.poll(() => focusedCommentId(page)).toBe('2');
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await expect.poll(() => focusedCommentId(page)).toBe('2.1.1');
    await page.keyboard.press('p');
    await expect.poll(() => focusedCommentId(page)).toBe('2.1');
    await page.keyboard.press('j');
    await page.keyboard.press('t');
    await expect.poll(() => focusedCommentId(page)).toBe('2');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => focusedCommentId(page)).toBe('2.1');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => focusedCommentId(page)).toBe('2');

    const toggle = toggleOf(page, '2');
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(comment(page, '2')).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press(' ');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('ArrowLeft');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('ArrowRight');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    // Focus stays visible: the focused comment draws an outline.
    const outline = await comment(page, '2').evaluate(
      (element) => getComputedStyle(element).outlineStyle,
    );
    expect(outline).not.toBe('none');

    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('Next sibling');
    await expect(dialog.getByRole('row', { name: /^Home First comment$/ })).toBeVisible();
    await expect(dialog.getByRole('row', { name: /^End Last comment shown/ })).toBeVisible();
    await expect(
      dialog.getByRole('row', {
        name: /^→ Expand the comment; if expanded, go to its first reply$/,
      }),
    ).toBeVisible();
    await expect(
      dialog.getByRole('row', { name: /^← Collapse the comment; if collapsed, go to its parent$/ }),
    ).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  test('Right and Left follow the tree view pattern: open, first reply; close, parent', async ({
    page,
  }) => {
    // As opened: 1 (score -12) and 1.1.1 (-14) collapsed, 1.1 and 1.1.1.1 not.
    await open(page, `${ARTICLE}?sort=source`);
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('j');
    await expect(comment(page, '1')).toBeFocused();
    await expect(comment(page, '1')).toHaveAttribute('aria-expanded', 'false');
    // Right on a closed comment opens it; on an open one, goes to its first reply.
    await page.keyboard.press('ArrowRight');
    await expect(comment(page, '1')).toHaveAttribute('aria-expanded', 'true');
    await expect(comment(page, '1')).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(comment(page, '1.1')).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(comment(page, '1.1.1')).toBeFocused();
    await expect(comment(page, '1.1.1')).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('ArrowRight');
    await expect(comment(page, '1.1.1')).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('ArrowRight');
    await expect(comment(page, '1.1.1.1')).toBeFocused();

    // Left on an open comment closes it; on a closed one, goes to its parent.
    await page.keyboard.press('ArrowLeft');
    await expect(comment(page, '1.1.1.1')).toHaveAttribute('aria-expanded', 'false');
    await expect(comment(page, '1.1.1.1')).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(comment(page, '1.1.1')).toBeFocused();
    await expect(comment(page, '1.1.1')).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('ArrowLeft');
    await expect(comment(page, '1.1.1')).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('ArrowLeft');
    await expect(comment(page, '1.1')).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(comment(page, '1')).toBeFocused();
    await expect(comment(page, '1.1')).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('ArrowLeft');
    await expect(comment(page, '1')).toHaveAttribute('aria-expanded', 'false');
    // A closed top-level comment: Left does nothing.
    await page.keyboard.press('ArrowLeft');
    await expect(comment(page, '1')).toBeFocused();
    await expect(comment(page, '1')).toHaveAttribute('aria-expanded', 'false');

    // An open comment without replies: Right does nothing.
    await comment(page, '4').focus();
    await expect(comment(page, '4')).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('ArrowRight');
    await expect(comment(page, '4')).toBeFocused();
    await expect(comment(page, '4')).toHaveAttribute('aria-expanded', 'true');
  });

  test('Home and End focus the first and the last visible comment and scroll to it', async ({
    page,
  }) => {
    // Top first: 4, 5, 3, 2, then 1 (score -12, collapsed) last; under 1, 1.2 (8) before
    // 1.1 (7), whose reply 1.1.1 (-14) starts collapsed.
    await open(page, `${ARTICLE}?sort=top`);
    await comment(page, '4').focus();
    await page.keyboard.press('End');
    await expect(comment(page, '1')).toBeFocused();
    await expect(comment(page, '1')).toBeInViewport();
    await page.keyboard.press('Home');
    await expect(comment(page, '4')).toBeFocused();
    await expect(comment(page, '4')).toBeInViewport();
    // Opened, 1's last visible descendant is 1.1.1: the replies inside it stay hidden.
    await comment(page, '1').focus();
    await page.keyboard.press('ArrowRight');
    await expect(comment(page, '1')).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Home');
    await expect(comment(page, '4')).toBeFocused();
    await page.keyboard.press('End');
    await expect(comment(page, '1.1.1')).toBeFocused();
    await expect(comment(page, '1.1.1')).toHaveAttribute('aria-expanded', 'false');
    await expect(comment(page, '1.1.1')).toBeInViewport();
    // From a button inside a comment too.
    await comment(page, '3')
      .getByRole('button', { name: /Copy link/ })
      .first()
      .focus();
    await page.keyboard.press('Home');
    await expect(comment(page, '4')).toBeFocused();
  });

  test('j and k never leave the focused comment under the sticky search bar', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 600 });
    await open(page, `${ARTICLE}?sort=source`);
    await page.getByRole('button', { name: 'Expand all' }).click();
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    const bar = page.getByRole('search');
    /** Where the focused comment is, against the bar's bottom and the window's. */
    const place = () =>
      page.evaluate(() => {
        const row = document.activeElement!.getBoundingClientRect();
        const barBottom = document.querySelector('[role="search"]')!.getBoundingClientRect().bottom;
        return {
          // Its top below the bar (≥ 0), and how much of it shows.
          top: row.top - barBottom,
          shown: Math.min(row.bottom, innerHeight) - Math.max(row.top, barBottom),
          fits: row.height <= innerHeight - barBottom,
        };
      });
    // Down all 20 comments and back up. A comment that fits below the bar is never partly
    // under it; a taller one (2.2) fills what the bar leaves free.
    for (const key of [...Array<string>(19).fill('j'), ...Array<string>(19).fill('k')]) {
      await page.keyboard.press(key);
      // The scroll follows the focus within a frame or two.
      await expect
        .poll(async () => {
          const { top, shown, fits } = await place();
          return shown > 0 && (!fits || top >= 0);
        })
        .toBe(true);
    }

    // Tab to a button whose row is scrolled half under the bar: it comes out from under it.
    const link = comment(page, '2.1').getByRole('button', { name: /Copy link/ });
    const { y } = (await link.boundingBox())!;
    await page.evaluate((by) => window.scrollBy(0, by), y - 20);
    // The bar is stuck at the top of the window, over the button.
    expect((await bar.boundingBox())!.y).toBe(0);
    expect((await link.boundingBox())!.y).toBeLessThan((await bar.boundingBox())!.height);
    await link.focus();
    const barBox = (await bar.boundingBox())!;
    expect((await link.boundingBox())!.y).toBeGreaterThanOrEqual(barBox.y + barBox.height);
  });

  test('keys typed into the threshold field stay in the field', async ({ page }) => {
    await open(page, ARTICLE);
    const field = page.getByLabel('Collapse at score ≤');
    await field.focus();
    await page.keyboard.press('j');
    await expect(field).toBeFocused();
  });
});

test.describe('robustness', () => {
  test('an unknown document gives a 404 page with a way back', async ({ page }) => {
    await page.goto('/articles/no-such-document');
    await expect(page.getByRole('heading', { name: 'No such document' })).toBeVisible();
    await page.getByRole('link', { name: 'Back to the library' }).click();
    await expect(page.getByRole('heading', { name: 'Library' })).toBeVisible();
    await page.goto('/nowhere/at/all');
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  });

  test('a comment that fails to render is caught and the page stays', async ({ page }) => {
    await page.route(/\/seeds\/000_[^/]+\.json$/, async (route) => {
      const response = await route.fetch();
      const doc = await response.json();
      // A malformed comment: a paragraph that is not text makes its rendering throw.
      doc.comments[1].paragraphs = [{ not: 'text' }];
      await route.fulfill({ response, json: doc });
    });
    // Rendered afresh (a query the build did not draw): the document differs from its HTML.
    await open(page, `${ARTICLE}?sort=source`);
    await expect(comment(page, '2')).toContainText('This comment could not be shown.');
    await expect(comment(page, '3')).toContainText('derniers avertissements chinois');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });

  test('parser diagnostics show in a quiet panel that opens on demand', async ({ page }) => {
    await page.route(/\/seeds\/000_[^/]+\.json$/, async (route) => {
      const response = await route.fetch();
      const doc = await response.json();
      doc.diagnostics = [
        {
          code: 'count-mismatch',
          severity: 'warning',
          line: 3,
          message: 'The page declares 21 comments but 20 were found.',
        },
      ];
      await route.fulfill({ response, json: doc });
    });
    // Rendered afresh (a query the build did not draw): the document differs from its HTML.
    await open(page, `${ARTICLE}?sort=source`);
    const panel = page.getByTestId('diagnostics');
    await expect(panel).toContainText('1 parser note');
    await expect(panel.getByText('The page declares 21 comments')).toBeHidden();
    await panel.locator('summary').click();
    await expect(panel.getByText('The page declares 21 comments')).toBeVisible();
  });
});

test.describe('layout', () => {
  // One load, two widths: the page lays itself out again when the viewport narrows.
  test('has no horizontal scroll at 375 or 320 px, even six levels deep', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await open(page, `${ARTICLE}#comment-1.1.1.1.1.1`);
    await expect(comment(page, '1.1.1.1.1.1')).toBeVisible();
    await expect(comment(page, '1.1.1.1.1.1')).toContainText('replying to');
    for (const width of [375, 320]) {
      await page.setViewportSize({ width, height: 800 });
      await expect
        .poll(() => page.evaluate(() => document.documentElement.clientWidth))
        .toBe(width);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `sideways scroll at ${width} px`).toBe(0);
    }
  });

  test('indents only where the thread branches, and keeps the true depth in aria-level', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await open(page, `${ARTICLE}?sort=source`);
    await page.getByRole('button', { name: 'Expand all' }).click();
    const textX = async (id: string) =>
      (await page.locator(`[id="body-${id}"] > div`).last().boundingBox())!.x;
    // 1 has two replies, so 1.1 is indented; 1.1 → 1.1.1 → 1.1.1.1 is a chain of single replies
    // and stays there, each link saying whom it replies to; 1.1.1.1 has two replies again.
    const [x1, x11, x111, x1111, x11111] = await Promise.all(
      ['1', '1.1', '1.1.1', '1.1.1.1', '1.1.1.1.1'].map(textX),
    );
    expect(x11! - x1!).toBe(24);
    expect(x111).toBe(x11);
    expect(x1111).toBe(x11);
    expect(x11111! - x1111!).toBe(24);
    await expect(comment(page, '1.1.1.1')).toHaveAttribute('aria-level', '4');
    await expect(comment(page, '1.1.1.1').locator('[data-reply-cue]')).toHaveText(
      '↳ replying to Mikhaïl L.',
    );
    await expect(comment(page, '1.1.1').locator('[data-reply-cue]')).toHaveText(
      '↳ replying to the comment above',
    );
    // An indented reply says nothing: its place says whom it replies to.
    await expect(comment(page, '1.1.1.1.2').locator('[data-reply-cue]')).toHaveCount(0);
    await expect(comment(page, '1.1.1.1.1').locator('[data-thread-line]')).toHaveCount(3);
  });

  test('targets are at least 24 × 24 px, and each comment is named by what it shows', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await open(page, ARTICLE);
    await page.getByRole('button', { name: 'Expand all' }).click();
    const sizes = await page
      .locator('[role="treeitem"] :is(button, [data-thread-line])')
      .evaluateAll((targets) =>
        targets
          .filter((target) => target.getClientRects().length > 0)
          .map((target) => {
            const { width, height } = target.getBoundingClientRect();
            return Math.min(width, height);
          }),
      );
    // Per comment: the toggle, the link and at least one thread line.
    expect(sizes.length).toBeGreaterThan(60);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(24);
    // The comment's name is its content: score, author and words as shown, not a label beside them.
    const first = comment(page, '1');
    await expect(first).not.toHaveAttribute('aria-label');
    await expect(first).toHaveAccessibleName(/−12 Mikhaïl L\..*Lavrov/);
  });

  test('puts the article beside the thread on wide screens and above it on narrow ones', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await open(page, ARTICLE);
    const article = await page
      .getByRole('heading', { name: 'Article' })
      .locator('..')
      .boundingBox();
    const thread = await page
      .getByRole('heading', { name: /^Comments/ })
      .locator('..')
      .boundingBox();
    expect(thread!.x).toBeGreaterThan(article!.x + article!.width - 1);
    await page.setViewportSize({ width: 375, height: 900 });
    const narrowArticle = await page
      .getByRole('heading', { name: 'Article' })
      .locator('..')
      .boundingBox();
    const narrowThread = await page
      .getByRole('heading', { name: /^Comments/ })
      .locator('..')
      .boundingBox();
    expect(narrowThread!.y).toBeGreaterThan(narrowArticle!.y + narrowArticle!.height - 1);
  });
});
