// The insights view (`/articles/:id/insights`): seed 000's figures, worked out by hand from the
// seed and checked against the built document, the data tables against the summaries, and the
// links from bars and rows back into the reader.

import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, expectNoAxeViolationsInBothThemes, test } from './fixtures';
import { builtComments, flatten } from './threadData';

const SEED = '000_78ca0d792cd5fe59';
const ARTICLE = `/articles/${SEED}`;
const INSIGHTS = `${ARTICLE}/insights`;
const MINUS = '\u2212';

const section = (page: Page, id: string) => page.getByTestId(`insights-${id}`);
const summaryOf = (page: Page, id: string) => section(page, id).getByTestId('summary');
/** The table behind a section's "Data table" disclosure, opened. */
async function dataTable(page: Page, id: string): Promise<Locator> {
  await section(page, id).locator('summary').click();
  const table = section(page, id).getByRole('table');
  await expect(table).toBeVisible();
  return table;
}
/** Each body row as [row header, cells…], as shown. */
const rowsOf = (table: Locator) =>
  table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? '')),
    );

/** Opens the insights view and waits for the figures. */
async function openInsights(page: Page, url = INSIGHTS) {
  await page.goto(url);
  await expect(page.getByTestId('insights')).toBeVisible({ timeout: 60_000 });
}

/** Seed 000 as the view should count it, from the built document (not from src/thread). */
function seedFigures() {
  const flat = flatten(builtComments(SEED));
  const byScore = new Map<number, number>();
  const byDepth = new Map<number, number>();
  for (const { comment, depth } of flat) {
    byScore.set(comment.score, (byScore.get(comment.score) ?? 0) + 1);
    byDepth.set(depth, (byDepth.get(depth) ?? 0) + 1);
  }
  return { count: flat.length, byScore, byDepth };
}

const score = (value: number) => (value > 0 ? `+${value}` : value < 0 ? `${MINUS}${-value}` : '0');

test('the reader links to the insights, which show seed 000 exactly', async ({ page }) => {
  await page.goto(ARTICLE);
  await expect(page.getByRole('treeitem').first()).toBeVisible();
  const views = page.getByRole('navigation', { name: 'Thread views' });
  await expect(views.getByRole('link', { name: 'Comments' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await views.getByRole('link', { name: 'Insights' }).click();
  await expect(page).toHaveURL(INSIGHTS);
  await expect(page.getByTestId('insights')).toBeVisible();
  await expect(views.getByRole('link', { name: 'Insights' })).toHaveAttribute(
    'aria-current',
    'page',
  );

  // Worked out by hand from seeds/000: 20 comments scored −14 (1.1.1) to +8 (1.2), six levels
  // (1.1.1.1.1.1 is the deepest), and comment 1 holds 9 of the 19 replies.
  const figures = page.getByTestId('key-figures');
  await expect(figures).toContainText('Comments20');
  await expect(figures).toContainText(`Scores${MINUS}14 to +8`);
  await expect(figures).toContainText('Levels6');
  await expect(figures).toContainText('Largest subthreadcomment 1, 9 replies');
  await expect(figures).toContainText('Quotes3');
  await expect(summaryOf(page, 'scores')).toHaveText(
    `Scores run from ${MINUS}14 to +8 with a median of 0; the most common is 0 (6 of 20 comments).`,
  );
  await expect(summaryOf(page, 'depth')).toHaveText(
    'Replies go 6 levels deep; level 2 holds the most comments (6 of 20).',
  );
  await expect(summaryOf(page, 'largest')).toHaveText(
    'The largest subthread is under comment 1, with 9 replies.',
  );
  const largest = section(page, 'largest').getByRole('table');
  const [first] = await rowsOf(largest);
  expect(first?.[0]).toMatch(/^Comment 1Pour autant que l'on puisse comprendre/);
  expect(first?.slice(1)).toEqual(['9', `${MINUS}12`, '0.75']);
  // Heat ranks only comments with 2 replies or more, and the page says so.
  await expect(section(page, 'hottest')).toContainText('among comments with at least 2 replies');
  // One bin per score: grey holds 0 alone.
  await expect(section(page, 'scores')).toContainText('below zero zero above zero');
  // 22 January, 09:32 to 23 January, 16:08; the gaps over an hour cut it into 8 chapters.
  await expect(summaryOf(page, 'activity')).toContainText('20 dated comments over 31 hours');
  await expect(summaryOf(page, 'activity')).toContainText('in 8 chapters');
  await expect(section(page, 'activity').getByRole('link', { name: /^Chapter/ })).toHaveCount(8);

  await views.getByRole('link', { name: 'Comments' }).click();
  await expect(page).toHaveURL(ARTICLE);
  await expect(page.getByRole('treeitem').first()).toBeVisible();
});

test('the data tables hold the figures of the summaries and the bars', async ({ page }) => {
  await openInsights(page);
  const { count, byScore, byDepth } = seedFigures();
  expect(count).toBe(20);

  // Scores: one row per score from −14 to +8, zeros included, summing to 20.
  const scores = await rowsOf(await dataTable(page, 'scores'));
  const expectedScores = [];
  for (let value = -14; value <= 8; value++)
    expectedScores.push([score(value), String(byScore.get(value) ?? 0)]);
  expect(scores.map(([label, cells]) => [label, cells?.replace(/ with score.*$/, '')])).toEqual(
    expectedScores,
  );
  expect(scores.find(([label]) => label === '0')?.[1]).toMatch(/^6/);
  // Each non-empty bar is a link named with the same count.
  const bars = section(page, 'scores').locator('svg a');
  await expect(bars).toHaveCount(byScore.size);
  await expect(bars.filter({ hasText: 'Score 0:' })).toHaveAttribute(
    'aria-label',
    'Score 0: 6 comments',
  );

  // Levels: 5, 6, 4, 2, 2, 1 (hand count) — level 2's 6 is the summary's.
  const depths = await rowsOf(await dataTable(page, 'depth'));
  expect(depths.map(([, cell]) => Number.parseInt(cell ?? '', 10))).toEqual([5, 6, 4, 2, 2, 1]);
  expect(depths.map(([, cell]) => Number.parseInt(cell ?? '', 10))).toEqual(
    [1, 2, 3, 4, 5, 6].map((depth) => byDepth.get(depth)),
  );
  await expect(summaryOf(page, 'depth')).toContainText('level 2 holds the most comments (6 of 20)');

  // Activity: the busiest hour of the summary is the table's largest row, with the same count.
  // One row per hour from 22 January, 09:00 to 23 January, 16:00, empty hours included.
  const activity = await dataTable(page, 'activity');
  await expect(activity.locator('thead th').first()).toHaveText('Hour');
  const hours = await rowsOf(activity);
  expect(hours).toHaveLength(32);
  const counts = hours.map(([, cell]) => Number.parseInt(cell ?? '', 10));
  expect(counts.reduce((sum, value) => sum + value, 0)).toBe(20);
  const busiest = hours[counts.indexOf(Math.max(...counts))];
  expect(busiest?.[0]).toBe('22 Jan 2022, 10:00–11:00');
  await expect(summaryOf(page, 'activity')).toContainText(
    'the busiest hour was 22 Jan 2022, 10:00–11:00 with 4',
  );
  expect(Math.max(...counts)).toBe(4);
});

test('a subthread row opens its comment in the reader, focused and highlighted', async ({
  page,
}) => {
  await openInsights(page);
  await section(page, 'largest').getByRole('link', { name: 'Comment 1', exact: true }).click();
  await expect(page).toHaveURL(`${ARTICLE}#comment-1`);
  const target = page.locator('[id="comment-1"]');
  await expect(target).toHaveClass(/comment-highlight/);
  await expect(target).toBeFocused();
});

test('a histogram bar opens the reader with its comments marked', async ({ page }) => {
  await openInsights(page);
  await section(page, 'scores').getByRole('link', { name: 'Score 0: 6 comments' }).click();
  await expect(page).toHaveURL(`${ARTICLE}?show=score:0..0`);
  await expect(page.getByRole('group', { name: 'Filter' })).toContainText('1 of 6');
});

test('the keyboard reaches the bars from the view links and follows them', async ({ page }) => {
  await openInsights(page);
  await page.getByRole('link', { name: 'Insights' }).focus();
  await page.keyboard.press('Tab');
  const focused = () =>
    page.evaluate(() => {
      const element = document.activeElement;
      return element
        ? `${element.closest('svg') ? 'svg ' : ''}${element.getAttribute('aria-label')}`
        : null;
    });
  // The first bar of the histogram: score −14, one comment (1.1.1).
  expect(await focused()).toBe(`svg Score ${MINUS}14: 1 comment`);
  await page.keyboard.press('Tab');
  expect(await focused()).toBe(`svg Score ${MINUS}12: 1 comment`);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`${ARTICLE}?show=score:-12..-12`);
});

test('a failure says so and offers to try again', async ({ page }) => {
  // The worker's script cannot load: the figures fail, with a message and a way to retry.
  await page.route('**/insights.worker*', (route) => route.abort());
  await page.goto(INSIGHTS);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The figures could not be worked out.');
  await page.unroute('**/insights.worker*');
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByTestId('key-figures')).toContainText('Comments20');
  await expect(page.getByRole('alert')).toHaveCount(0);
});

/** Opens every "Data table" disclosure and waits for its table (rendered once opened). */
async function openDataTables(page: Page) {
  const disclosures = page.locator('details');
  const count = await disclosures.count();
  for (let k = 0; k < count; k++) await disclosures.nth(k).locator('summary').click();
  await expect(page.locator('details table')).toHaveCount(count);
}

test('seed 000 insights pass axe, data tables open, and so do the view links', async ({ page }) => {
  await openInsights(page);
  await expectNoAxeViolationsInBothThemes(page, { label: 'closed' });
  await openDataTables(page);
  await expectNoAxeViolationsInBothThemes(page, { label: 'data tables open' });
  await page
    .getByRole('navigation', { name: 'Thread views' })
    .getByRole('link', { name: 'Comments' })
    .click();
  await expect(page.getByRole('treeitem').first()).toBeVisible();
  await expectNoAxeViolationsInBothThemes(page, {
    include: 'nav[aria-label="Thread views"]',
    label: "reader's view links",
  });
});

test('the 100,000-comment sample: figures, a bounded page, axe', async ({ page }) => {
  test.setTimeout(120_000);
  await openInsights(page, '/articles/sample-100k/insights');
  await expect(page.getByTestId('key-figures')).toContainText('Comments100,000');
  await openDataTables(page);
  // Its weeks of comments are binned by the day, and the table's heading says so.
  await expect(section(page, 'activity').locator('thead th').first()).toHaveText('Day');
  // Long tables are paged: the whole page stays within design.md §6's 2,000 elements.
  expect(await page.evaluate(() => document.getElementsByTagName('*').length)).toBeLessThan(2000);
  await expectNoAxeViolations(page, { label: '100,000 comments, data tables open' });
});
