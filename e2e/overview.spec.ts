// The overview rail beside the thread (issue 12): a slider named "Thread overview" that draws
// every visible row, moves by top-level comment with the keys, scrolls the thread where it is
// clicked or dragged, follows collapse-all, stays within 50 elements, opens from an "Overview"
// tab on narrow screens, and passes axe in both themes.
//
// Expected rows are worked out here from the built documents (e2e/threadData.ts), apart from
// src/thread: the rows shown as a thread opens are its comments in source order, without the
// replies of those at or below the collapse threshold (−10).

import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolationsInBothThemes, test } from './fixtures';
import { builtComments, type DataComment } from './threadData';

const SEED = '/articles/000_78ca0d792cd5fe59';
const BIG = '/articles/sample-100k';
const THRESHOLD = -10;

type Row = { id: string; depth: number; score: number };

/** The rows a thread shows as it opens: preorder, not entering comments at or below −10. */
function openingRows(topLevel: DataComment[]): Row[] {
  const rows: Row[] = [];
  const pending: [DataComment, number][] = topLevel.map((c) => [c, 1] as [DataComment, number]);
  pending.reverse();
  for (let entry = pending.pop(); entry; entry = pending.pop()) {
    const [comment, depth] = entry;
    rows.push({ id: comment.id, depth, score: comment.score });
    if (comment.score <= THRESHOLD) continue;
    for (let k = comment.children.length - 1; k >= 0; k--)
      pending.push([comment.children[k]!, depth + 1]);
  }
  return rows;
}

const en = (value: number) => value.toLocaleString('en');
const signed = (score: number) =>
  score > 0 ? `+${en(score)}` : score < 0 ? `\u2212${en(-score)}` : '0';
/** What the rail says at row r (0-based) of `rows`. */
const says = (rows: Row[], r: number) =>
  `comment ${en(r + 1)} of ${en(rows.length)}, depth ${rows[r]!.depth}, score ${signed(rows[r]!.score)}`;

const rail = (page: Page) => page.getByRole('slider', { name: /overview/i });
const comment = (page: Page, id: string) => page.locator(`[id="comment-${id}"]`);

async function open(page: Page, url: string) {
  await page.goto(url);
  await expect(
    page.getByRole('tree', { name: 'Comments' }).getByRole('treeitem').first(),
  ).toBeVisible({ timeout: 60_000 });
  await expect(rail(page)).toBeVisible({ timeout: 10_000 });
}

/** Clicks the rail at `fraction` of its height (inside its border, where it draws). */
async function clickAt(page: Page, fraction: number) {
  const { width, height } = await rail(page).evaluate((el) => ({
    width: el.clientWidth,
    height: el.clientHeight,
  }));
  await rail(page).click({ position: { x: width / 2, y: fraction * height } });
}

/** Pixels of the rail's top canvas (matches, focus, frame) in exactly this colour. */
const pixelsOf = (page: Page, rgb: readonly [number, number, number]) =>
  rail(page).evaluate((el, [r, g, b]) => {
    const canvas = el.querySelectorAll('canvas')[1]!;
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    let found = 0;
    for (let o = 0; o < data.length; o += 4)
      if (data[o] === r && data[o + 1] === g && data[o + 2] === b && data[o + 3] === 255) found++;
    return found;
  }, rgb);

test.describe('seed 000', () => {
  const rows = openingRows(builtComments('000_78ca0d792cd5fe59'));

  test('the rail is a slider over every visible row, of at most 50 elements, reached with Tab', async ({
    page,
  }) => {
    await open(page, SEED);
    const added = await page
      .getByTestId('overview-rail')
      .evaluate((el) => el.querySelectorAll('*').length + 1);
    expect(added).toBeLessThanOrEqual(50);
    const slider = rail(page);
    await expect(slider).toHaveAttribute('aria-valuemin', '1');
    await expect(slider).toHaveAttribute('aria-valuemax', String(rows.length));
    await expect(slider).toHaveAttribute('aria-orientation', 'vertical');
    await page.getByRole('searchbox', { name: 'Search the comments' }).focus();
    let reached = false;
    for (let presses = 0; presses < 100 && !reached; presses++) {
      await page.keyboard.press('Tab');
      reached = await slider.evaluate((el) => el === document.activeElement);
    }
    expect(reached).toBe(true);
  });

  test('arrow, Page, Home and End keys move by top-level comment and scroll there', async ({
    page,
  }) => {
    // Rows 0, 1, 6, 9 and 10 are the top-level comments 1 to 5.
    expect(rows.map((row) => row.depth)).toEqual([1, 1, 2, 3, 2, 3, 1, 2, 2, 1, 1]);
    await open(page, SEED);
    const slider = rail(page);
    await slider.focus();
    await page.keyboard.press('Home');
    await expect(slider).toHaveAttribute('aria-valuetext', says(rows, 0));
    expect(says(rows, 0)).toBe('comment 1 of 11, depth 1, score \u221212');
    await page.keyboard.press('ArrowDown');
    await expect(slider).toHaveAttribute(
      'aria-valuetext',
      'comment 2 of 11, depth 1, score \u22127',
    );
    await expect(slider).toHaveAttribute('aria-valuenow', '2');
    await page.keyboard.press('ArrowDown');
    await expect(slider).toHaveAttribute('aria-valuetext', says(rows, 6));
    await expect(comment(page, '3')).toBeInViewport();
    await page.keyboard.press('ArrowUp');
    await expect(slider).toHaveAttribute('aria-valuetext', says(rows, 1));
    await expect(comment(page, '2')).toBeInViewport();
    // Ten top-level comments on: past the last one, so the last one.
    await page.keyboard.press('PageDown');
    await expect(slider).toHaveAttribute('aria-valuetext', says(rows, 10));
    await expect(comment(page, '5')).toBeInViewport();
    await page.keyboard.press('PageUp');
    await expect(slider).toHaveAttribute('aria-valuetext', says(rows, 0));
    await page.keyboard.press('End');
    await expect(slider).toHaveAttribute('aria-valuenow', '11');
    // The keys were the rail's: focus stayed on it.
    await expect(slider).toBeFocused();
  });

  test('a click scrolls the thread to the row at that height, and the reader keys still work beside it', async ({
    page,
  }) => {
    await open(page, SEED);
    // The middle of row 7's eleventh of the rail.
    await clickAt(page, 7.5 / 11);
    await expect(rail(page)).toHaveAttribute('aria-valuetext', says(rows, 7));
    await expect(comment(page, rows[7]!.id)).toBeInViewport();

    await rail(page).focus();
    await page.keyboard.press('ArrowDown');
    await comment(page, '2').focus();
    await page.keyboard.press('j');
    await expect(comment(page, '2.1')).toBeFocused();
    await page.keyboard.press('k');
    await expect(comment(page, '2')).toBeFocused();
  });

  test('marks search matches and the focused comment', async ({ page }) => {
    await open(page, SEED);
    const MATCH: [number, number, number] = [0xa2, 0x1c, 0xaf];
    const FOCUS: [number, number, number] = [0x1d, 0x4e, 0xd8];
    expect(await pixelsOf(page, MATCH)).toBe(0);
    expect(await pixelsOf(page, FOCUS)).toBe(0);
    await page.getByRole('searchbox', { name: 'Search the comments' }).fill('Lavrov');
    await expect.poll(() => pixelsOf(page, MATCH)).toBeGreaterThan(0);
    await comment(page, '3').focus();
    await expect.poll(() => pixelsOf(page, FOCUS)).toBeGreaterThan(0);
  });

  test('redraws in the other theme when the reader switches it', async ({ page }) => {
    await open(page, SEED);
    // The right edge of the lower canvas is the rail's track: slate-200, slate-900 when dark.
    const track = () =>
      rail(page).evaluate((el) => {
        const canvas = el.querySelector('canvas')!;
        const [r, g, b] = canvas.getContext('2d')!.getImageData(canvas.width - 1, 1, 1, 1).data;
        return [r, g, b];
      });
    await expect.poll(track).toEqual([0xe2, 0xe8, 0xf0]);
    // System (light here) → light → dark.
    await page.getByRole('button', { name: /switch to light theme/ }).click();
    await page.getByRole('button', { name: /switch to dark theme/ }).click();
    await expect.poll(track).toEqual([0x0f, 0x17, 0x2a]);
  });
});

test.describe('the 100,000-comment sample', () => {
  test.describe.configure({ timeout: 120_000 });
  const topLevel = builtComments('sample-100k');
  const rows = openingRows(topLevel);
  const tops = rows.flatMap((row, r) => (row.depth === 1 ? [r] : []));

  test('Page keys move ten top-level comments, End goes to the last row', async ({ page }) => {
    await open(page, BIG);
    const slider = rail(page);
    await expect(slider).toHaveAttribute('aria-valuemax', String(rows.length));
    await slider.focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('PageDown');
    await expect(slider).toHaveAttribute('aria-valuetext', says(rows, tops[10]!));
    await expect(comment(page, rows[tops[10]!]!.id)).toBeInViewport();
    await page.keyboard.press('ArrowDown');
    await expect(slider).toHaveAttribute('aria-valuetext', says(rows, tops[11]!));
    await page.keyboard.press('End');
    await expect(slider).toHaveAttribute('aria-valuetext', says(rows, rows.length - 1));
    await expect(comment(page, rows.at(-1)!.id)).toBeInViewport();
  });

  test('a click and a drag scroll the thread to the row at that height', async ({ page }) => {
    await open(page, BIG);
    const slider = rail(page);
    const near = async (fraction: number) => {
      // A CSS pixel of the rail holds about 60 rows: the row is checked to within 1 %.
      const now = Number(await slider.getAttribute('aria-valuenow'));
      expect(Math.abs(now - 1 - fraction * rows.length)).toBeLessThan(rows.length / 100);
      await expect(comment(page, rows[now - 1]!.id)).toBeInViewport();
      await expect(slider).toHaveAttribute('aria-valuetext', says(rows, now - 1));
    };
    await clickAt(page, 0.5);
    await expect.poll(() => slider.getAttribute('aria-valuenow')).not.toBe('1');
    await near(0.5);

    const box = (await slider.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.6, { steps: 5 });
    await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.85, { steps: 5 });
    await page.mouse.up();
    await expect
      .poll(async () => Number(await slider.getAttribute('aria-valuenow')) / rows.length)
      .toBeGreaterThan(0.8);
    await near(0.85);
  });

  test('collapse all leaves the top-level comments on the rail', async ({ page }) => {
    await open(page, BIG);
    await page.getByRole('button', { name: 'Collapse all' }).click();
    await expect(rail(page)).toHaveAttribute('aria-valuemax', String(topLevel.length));
    await expect(rail(page)).toHaveAttribute(
      'aria-valuetext',
      new RegExp(`^comment \\d[\\d,]* of ${en(topLevel.length)}, depth 1, score (0|\\+|\u2212)`),
    );
    const added = await page
      .getByTestId('overview-rail')
      .evaluate((el) => el.querySelectorAll('*').length + 1);
    expect(added).toBeLessThanOrEqual(50);
  });
});

test.describe('narrow screen', () => {
  test.use({ viewport: { width: 375, height: 800 } });

  test('an "Overview" tab opens and closes the rail, and covers no text while closed', async ({
    page,
  }) => {
    await page.goto(SEED);
    const tab = page.getByRole('button', { name: 'Overview' });
    await tab.scrollIntoViewIfNeeded();
    await expect(tab).toHaveAttribute('aria-expanded', 'false');
    await expect(rail(page)).toBeHidden();
    // The tab sits beside the thread, in the page's margin, not over it.
    const tree = (await page.getByRole('tree', { name: 'Comments' }).boundingBox())!;
    const tabBox = (await tab.boundingBox())!;
    expect(tabBox.x).toBeGreaterThanOrEqual(tree.x + tree.width);
    expect(tabBox.x + tabBox.width).toBeLessThanOrEqual(375);

    await tab.click();
    await expect(tab).toHaveAttribute('aria-expanded', 'true');
    await expect(rail(page)).toBeVisible();
    const controls = await tab.getAttribute('aria-controls');
    await expect(page.locator(`[id="${controls}"]`)).toBeVisible();
    // Escape on the rail closes it and gives focus back to the tab.
    await rail(page).focus();
    await page.keyboard.press('Escape');
    await expect(tab).toHaveAttribute('aria-expanded', 'false');
    await expect(tab).toBeFocused();
    await expect(rail(page)).toBeHidden();
  });
});

// axe on the rail in both themes (the system's scheme switched once the state is reached).
test.describe('axe', () => {
  test('the rail beside the thread', async ({ page }) => {
    await open(page, SEED);
    await rail(page).focus();
    await page.keyboard.press('ArrowDown');
    await expectNoAxeViolationsInBothThemes(page, {
      include: '[data-testid="overview-rail"]',
      label: 'overview rail, wide',
    });
  });

  test('the rail opened on a narrow screen', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(SEED);
    const tab = page.getByRole('button', { name: 'Overview' });
    await tab.scrollIntoViewIfNeeded();
    await tab.click();
    await expect(rail(page)).toBeVisible();
    await expectNoAxeViolationsInBothThemes(page, {
      include: '[data-testid="overview-rail"]',
      label: 'overview rail, narrow and open',
    });
  });
});
