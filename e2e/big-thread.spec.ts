// The generated 100,000-comment sample: it opens, renders only what is on screen (the thread
// stays within 1,500 DOM nodes), scrolls to its end without losing its place, takes permalinks
// deep inside, and keeps the reader's keys, collapse and sort.

import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, gotoBeforeTheApp, test } from './fixtures';
import { builtComments, flatten } from './threadData';

const BIG = '/articles/sample-100k';
const MAX_THREAD_NODES = 1500;
const THRESHOLD = -10;

// Parsing 25 MB of JSON and indexing 100,000 comments takes a few seconds on a busy machine.
test.describe.configure({ timeout: 120_000 });

const comment = (page: Page, id: string) => page.locator(`[id="comment-${id}"]`);

async function openBig(page: Page, url = BIG) {
  await page.goto(url);
  await expect(
    page.getByRole('tree', { name: 'Comments' }).getByRole('treeitem').first(),
  ).toBeVisible({
    timeout: 60_000,
  });
}

/** Elements in the thread, the tree itself included. */
const threadNodes = (page: Page) =>
  page
    .getByRole('tree', { name: 'Comments' })
    .evaluate((tree) => tree.querySelectorAll('*').length + 1);

const focusedId = (page: Page) =>
  page.evaluate(() =>
    document.activeElement?.getAttribute('role') === 'treeitem'
      ? document.activeElement.id.slice('comment-'.length)
      : null,
  );

const all = flatten(builtComments('sample-100k'));

/** The last row of the thread as it opens: down the last replies while they are not collapsed. */
function lastShownId(): string {
  let current = builtComments('sample-100k').at(-1)!;
  while (current.score > THRESHOLD && current.children.length > 0)
    current = current.children.at(-1)!;
  return current.id;
}

/**
 * A comment past the middle, five levels deep, under an ancestor that starts collapsed, in a
 * top-level thread of at least two replies (for the sibling key).
 */
const deep = all.find(
  (entry, position) =>
    position > 50_000 &&
    entry.depth >= 5 &&
    entry.ancestors.some((ancestor) => ancestor.score <= THRESHOLD) &&
    entry.ancestors[0]!.children.length >= 2,
)!;
const topOfDeep = deep.comment.id.split('.')[0]!;

test('the 100,000-comment thread opens with only what is on screen in the DOM', async ({
  page,
}) => {
  await openBig(page);
  await expect(page.getByTestId('comment-counts')).toContainText('100,000 found');
  expect(await threadNodes(page)).toBeLessThanOrEqual(MAX_THREAD_NODES);
  const items = page.getByRole('treeitem');
  expect(await items.count()).toBeLessThan(100);
  // Screen readers still get the tree's shape from each row.
  await expect(items.first()).toHaveAttribute('aria-level', '1');
  await expect(items.first()).toHaveAttribute('aria-posinset', '1');
  await expect(items.first()).toHaveAttribute(
    'aria-setsize',
    String(builtComments('sample-100k').length),
  );
  await expect(items.first()).toHaveAttribute('aria-expanded', /true|false/);
  const stray = await page.locator('[id^="comment-"]:not([role="treeitem"])').count();
  expect(stray).toBe(0);
  await expectNoAxeViolations(page, { label: 'the 100,000-comment thread' });
});

test('scrolls to the end of the thread, whether before it hydrates or just before a render, staying within the DOM bound', async ({
  page,
}) => {
  const last = comment(page, lastShownId());
  const atBottom = () =>
    page.evaluate(
      () => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2,
    );
  // The reader scrolls the prerendered page to its end before the app has run. Hydrated, the
  // thread keeps them at the end.
  await gotoBeforeTheApp(page, BIG, async () => {
    await expect(page.getByRole('treeitem').first()).toBeVisible({ timeout: 60_000 });
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  });
  // Rows are measured as they come into view; the page stays at the end while they are.
  await expect(last).toBeInViewport({ ratio: 1 });
  await expect.poll(atBottom).toBe(true);

  // From the top again, then to the end: a scroll's event waits for the next frame, and a render
  // can commit first (here the reader's focus moving to a row, without scrolling). It must take
  // the new place, not the one from before the scroll.
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(last).toHaveCount(0);
  await page.evaluate(() => {
    window.scrollTo(0, document.documentElement.scrollHeight);
    document.querySelector<HTMLElement>('[role="treeitem"]')!.focus({ preventScroll: true });
  });
  await expect(last).toBeInViewport({ ratio: 1 });
  await expect.poll(atBottom).toBe(true);
  expect(await threadNodes(page)).toBeLessThanOrEqual(MAX_THREAD_NODES);

  // Opened again with that place at the end recorded for its address, and scrolled before the
  // app ran: the reader's own place stands, the recorded one is not put back over it.
  await gotoBeforeTheApp(page, BIG, async () => {
    await expect(page.getByRole('treeitem').first()).toBeVisible({ timeout: 60_000 });
    await page.evaluate(() => window.scrollTo(0, 3000));
  });
  // The place memory puts a place back in the frame after the app's first render.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  await expect(last).toHaveCount(0);
  expect(Math.abs((await page.evaluate(() => window.scrollY)) - 3000)).toBeLessThan(1000);
});

test('a permalink deep inside expands its ancestors, scrolls to it and focuses it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 700 });
  await openBig(page, `${BIG}#comment-${deep.comment.id}`);
  const target = comment(page, deep.comment.id);
  await expect(target).toBeInViewport();
  await expect(target).toBeFocused();
  await expect(target).toHaveClass(/comment-highlight/);
  await expect(target).toHaveAttribute('aria-level', String(deep.depth));
  for (const ancestor of deep.ancestors.slice(-3))
    await expect(comment(page, ancestor.id)).toHaveAttribute('aria-expanded', 'true');
  expect(await threadNodes(page)).toBeLessThanOrEqual(MAX_THREAD_NODES);

  // Keys work on rows that have to be brought into the DOM first.
  await page.keyboard.press('t');
  await expect.poll(() => focusedId(page)).toBe(topOfDeep);
  await expect(comment(page, topOfDeep)).toBeInViewport();
  await page.keyboard.press('j');
  await expect.poll(() => focusedId(page)).toBe(`${topOfDeep}.1`);
  await page.keyboard.press('Shift+J');
  await expect.poll(() => focusedId(page)).toBe(`${topOfDeep}.2`);
  await page.keyboard.press('p');
  await expect.poll(() => focusedId(page)).toBe(topOfDeep);
  await page.keyboard.press('Enter');
  await expect(comment(page, topOfDeep)).toHaveAttribute('aria-expanded', 'false');
});

test('scrolling up through rows never measured keeps what is on screen in place', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 700 });
  await openBig(page, `${BIG}?sort=top#comment-${deep.comment.id}`);
  await expect(comment(page, deep.comment.id)).toBeFocused();
  await page.mouse.move(900, 400);
  for (let step = 0; step < 15; step++) {
    const before = await page.evaluate(() => {
      const row = [...document.querySelectorAll('[role="treeitem"]')].find(
        (item) => item.getBoundingClientRect().top > 150,
      )!;
      return { id: row.id, top: row.getBoundingClientRect().top };
    });
    await page.mouse.wheel(0, -400);
    // Exactly the wheel's distance, give or take sub-pixel rounding: no jump.
    await expect
      .poll(() =>
        page.evaluate(
          ({ id, top }) =>
            Math.abs((document.getElementById(id)?.getBoundingClientRect().top ?? 0) - top) < 1.5,
          { id: before.id, top: before.top + 400 },
        ),
      )
      .toBe(true);
  }
  expect(await threadNodes(page)).toBeLessThanOrEqual(MAX_THREAD_NODES);
});

test('End and Home focus the last and the first visible comment, rendering it first', async ({
  page,
}) => {
  await openBig(page);
  const first = page.getByRole('treeitem').first();
  await first.focus();
  const firstId = await first.evaluate((item) => item.id.slice('comment-'.length));
  // The last row is some 100,000 rows down, far outside the rendered window.
  const last = comment(page, lastShownId());
  await expect(last).toHaveCount(0);
  await page.keyboard.press('End');
  await expect(last).toBeFocused({ timeout: 15_000 });
  await expect(last).toBeInViewport();
  expect(await threadNodes(page)).toBeLessThanOrEqual(MAX_THREAD_NODES);
  await page.keyboard.press('Home');
  await expect(comment(page, firstId)).toBeFocused({ timeout: 15_000 });
  await expect(comment(page, firstId)).toBeInViewport();
  expect(await focusedId(page)).toBe(firstId);
});

test('collapse all, expand all and sorting work and stay within the DOM bound', async ({
  page,
}) => {
  await openBig(page);
  await page.getByRole('button', { name: 'Expand all' }).click();
  await expect(page.locator('[role="treeitem"][aria-expanded="false"]')).toHaveCount(0);
  expect(await threadNodes(page)).toBeLessThanOrEqual(MAX_THREAD_NODES);
  await page.getByRole('button', { name: 'Collapse all' }).click();
  await expect(page.locator('[role="treeitem"][aria-level="1"]').first()).toBeVisible();
  await expect(page.locator('[role="treeitem"]:not([aria-level="1"])')).toHaveCount(0);
  expect(await threadNodes(page)).toBeLessThanOrEqual(MAX_THREAD_NODES);
  await page
    .getByRole('navigation', { name: 'Sort comments' })
    .getByRole('link', { name: 'Top' })
    .click();
  await expect(page).toHaveURL(/\?sort=top$/);
  // The highest score of any top-level comment comes first.
  const top = Math.max(...builtComments('sample-100k').map((entry) => entry.score));
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(page.locator('[role="treeitem"]').first()).toHaveAttribute(
    'data-score',
    String(top),
  );
  expect(await threadNodes(page)).toBeLessThanOrEqual(MAX_THREAD_NODES);
});
