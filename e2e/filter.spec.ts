// The reader's filter (`?show=…`, src/thread/filter.ts), where the insights view's bars and rows
// lead: the comments it takes are marked, the way to each is open, and the bar steps through
// them. Expected sets are worked out here from the built document, apart from src/thread.

import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolationsInBothThemes, test } from './fixtures';
import { builtComments, type DataComment } from './threadData';

const ARTICLE = '/articles/000_78ca0d792cd5fe59';

type Flat = { comment: DataComment & { postedAt?: string | null }; depth: number };

/** Seed 000's comments in source order with their depth, from the built file. */
function flatten(): Flat[] {
  const out: Flat[] = [];
  const pending: Flat[] = builtComments('000_78ca0d792cd5fe59')
    .map((comment) => ({ comment, depth: 1 }))
    .reverse();
  for (let next = pending.pop(); next; next = pending.pop()) {
    out.push(next);
    for (const child of [...next.comment.children].reverse())
      pending.push({ comment: child, depth: next.depth + 1 });
  }
  return out;
}

const bar = (page: Page) => page.getByRole('group', { name: 'Filter' });
const marked = (page: Page) =>
  page
    .locator('[role="treeitem"][data-in-filter]')
    .evaluateAll((items) => items.map((item) => item.id.slice('comment-'.length)));

async function open(page: Page, search: string) {
  await page.goto(`${ARTICLE}${search}`);
  await expect(page.getByRole('treeitem').first()).toBeVisible();
}

test('a score range marks every comment in it, with the way to each open', async ({ page }) => {
  const expected = flatten()
    .filter(({ comment }) => comment.score >= -14 && comment.score <= -10)
    .map(({ comment }) => comment.id);
  expect(expected).toHaveLength(4);
  await open(page, '?show=score:-14..-10');
  await expect(bar(page)).toContainText('4 comments scored \u221214 to \u221210');
  await expect(bar(page)).toContainText('1 of 4');
  // All four rows are in the thread, though the threshold of −10 collapses three of them.
  await expect.poll(() => marked(page)).toEqual(expected);
  // Said in words too: the row's name, which comes from its content, includes it.
  await expect(page.locator(`[id="comment-${expected[0]}"]`)).toHaveAccessibleName(/in the filter/);

  await bar(page).getByRole('button', { name: 'Next' }).click();
  await expect(bar(page)).toContainText('2 of 4');
  await expect(page.locator(`[id="comment-${expected[1]}"]`)).toBeInViewport();
  await bar(page).getByRole('button', { name: 'Previous' }).click();
  await bar(page).getByRole('button', { name: 'Previous' }).click();
  await expect(bar(page)).toContainText('4 of 4');
  await expect(page.locator(`[id="comment-${expected[3]}"]`)).toBeInViewport();
});

test('the order of the matches follows the sort', async ({ page }) => {
  await open(page, '?sort=top&show=score:-14..-10');
  // Top first: under 1, 1.2 (+8) comes before 1.1 (+7), so 1.2.1 before 1.1.1.
  await expect.poll(() => marked(page)).toEqual(['1', '1.2.1', '1.1.1', '1.1.1.1.1']);
});

test('depth, time and quote filters take the right comments', async ({ page }) => {
  const flat = flatten();
  const deepest = flat.filter(({ depth }) => depth === 6).map(({ comment }) => comment.id);
  await open(page, '?show=depth:6');
  await expect(bar(page)).toContainText('1 comment at depth 6');
  await expect.poll(() => marked(page)).toEqual(deepest);
  await expect(page.locator(`[id="comment-${deepest[0]}"]`)).toBeInViewport();

  // 1.1.1.1.2 at 11:06 and 3.2 at 11:10 on 23 January; 12:00 itself is excluded.
  await open(page, '?show=time:2022-01-23T11:00..2022-01-23T12:00');
  await expect(bar(page)).toContainText('2 comments posted 23 Jan 2022, 11:00');
  await expect.poll(() => marked(page)).toEqual(['1.1.1.1.2', '3.2']);

  const quoting = flat
    .filter(({ comment }) => comment.author === null && comment.quote?.author === 'Mikhaïl L.')
    .map(({ comment }) => comment.id);
  await open(page, `?show=quote:%3E${encodeURIComponent('Mikhaïl L.')}`);
  await expect(bar(page)).toContainText(`${quoting.length} comments by unnamed authors quoting`);
  await expect.poll(() => marked(page)).toEqual(quoting);
});

test('a filter Fil cannot read says so and shows the whole thread; the way out keeps the sort', async ({
  page,
}) => {
  await open(page, '?sort=top&show=score:9..1');
  await expect(bar(page)).toContainText('Fil cannot pick out');
  expect(await marked(page)).toEqual([]);
  await bar(page).getByRole('link', { name: 'Show the whole thread' }).click();
  await expect(bar(page)).toHaveCount(0);
  expect(new URL(page.url()).search).toBe('?sort=top');
  await open(page, '?show=score:100..200');
  await expect(bar(page)).toContainText('No comments scored +100 to +200.');
});

test('the reader with a filter has no axe violations', async ({ page }) => {
  await open(page, '?show=score:-14..-10');
  await expect.poll(() => marked(page)).toHaveLength(4);
  await expectNoAxeViolationsInBothThemes(page, { label: 'filter' });
});
