// A reply chain 5,000 comments deep (about 75 MB, each comment replying to the one before)
// imported, opened at its deepest comment, exported as JSON and as text, reloaded, and the JSON
// export imported again to the same tree: everything that walks, copies or serialises the tree
// must work at this depth (JSON.stringify and structuredClone overflow near it).

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { generateChain } from '../scripts/generate-chain.ts';
import { expect, expectNoAxeViolationsInBothThemes, test } from './fixtures';

const DEPTH = 5000;
const DEEPEST_ID = Array.from({ length: DEPTH }, () => '1').join('.');

type ExportedComment = { id: string; score: number; children: ExportedComment[] };

/** Every comment of an exported document as [id, score, depth], in source order, without recursion. */
function treeOf(json: string): [string, number, number][] {
  const doc = JSON.parse(json) as { format: string; comments: ExportedComment[] };
  expect(doc.format).toBe('comment-thread/2');
  const out: [string, number, number][] = [];
  const stack = doc.comments.map((comment) => ({ comment, depth: 1 })).reverse();
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    out.push([entry.comment.id, entry.comment.score, entry.depth]);
    const { children } = entry.comment;
    for (let k = children.length - 1; k >= 0; k--)
      stack.push({ comment: children[k]!, depth: entry.depth + 1 });
  }
  return out;
}

/**
 * Where two trees (as treeOf gives them) first differ, briefly; null when they are equal.
 * Used instead of toEqual, whose report on a failure would print 50 MB of ids.
 */
function firstDifference(
  actual: readonly (readonly unknown[])[],
  expected: readonly (readonly unknown[])[],
): string | null {
  if (actual.length !== expected.length)
    return `${actual.length} comments instead of ${expected.length}`;
  for (let k = 0; k < actual.length; k++) {
    const [a, b] = [JSON.stringify(actual[k]), JSON.stringify(expected[k])];
    if (a !== b) return `comment ${k + 1}: ${a.slice(0, 80)}… instead of ${b.slice(0, 80)}…`;
  }
  return null;
}

const importRow = (page: Page, name: string) => page.locator(`[data-import-name="${name}"]`);

/** Imports the file at `path` and gives the address of its article. */
async function importFile(page: Page, path: string, name: string): Promise<string> {
  await page.goto('/');
  await page.getByLabel('Choose text files to import').setInputFiles(path);
  const saved = importRow(page, name).locator('[data-import-outcome="saved"]');
  await expect(saved).toBeVisible({ timeout: 60_000 });
  const href = await saved.getByRole('link').getAttribute('href');
  expect(href).toMatch(/^\/articles\/doc-[0-9a-f]+$/);
  return href!;
}

/** Opens the article at its deepest comment's permalink and checks that comment is there and focused. */
async function openDeepest(page: Page, article: string) {
  await page.goto(`${article}#comment-${DEEPEST_ID}`);
  const deepest = page.locator(`[id="comment-${DEEPEST_ID}"]`);
  await expect(deepest).toBeVisible({ timeout: 30_000 });
  await expect(deepest).toHaveAttribute('data-depth', String(DEPTH));
  await expect(deepest).toHaveAttribute('aria-level', String(DEPTH));
  await expect(deepest).toBeFocused();
  await expect(deepest).toBeInViewport();
  await expect(deepest).toContainText(`Réponse au niveau ${DEPTH}.`);
  // The "replying to" cue names the parent in a few words, not by its ~10,000-character id.
  await expect(deepest.locator('[data-reply-cue]')).toHaveText('↳ replying to the comment above');
  const widths = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    document.documentElement.clientWidth,
  ]);
  expect(widths[0]).toBeLessThanOrEqual(widths[1]!);
  return deepest;
}

/** Clicks an export button and gives the downloaded file's path and text. */
async function exportAs(page: Page, button: 'Export JSON' | 'Export text', path: string) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  await download.saveAs(path);
  return readFileSync(path, 'utf8');
}

test('a 5,000-deep reply chain imports, opens at its deepest comment, exports and imports again', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const folder = mkdtempSync(join(tmpdir(), 'fil-deep-'));
  const { text, stats } = generateChain({ depth: DEPTH });
  expect(stats.deepestId).toBe(DEEPEST_ID);
  // Playwright hands a file over by path; a buffer this big it would refuse.
  const chainPath = join(folder, 'chain.txt');
  writeFileSync(chainPath, text);

  const article = await importFile(page, chainPath, 'chain.txt');
  const deepest = await openDeepest(page, article);
  const score = await deepest.getAttribute('data-score');
  // The comments above it are rendered around it, each one level up.
  await expect(page.locator(`[id="comment-${DEEPEST_ID.slice(0, -2)}"]`)).toHaveAttribute(
    'data-depth',
    String(DEPTH - 1),
  );

  // Keys and search walk the ancestors: p goes up one level, t to the top, and a search for a
  // comment 4,321 deep opens the way to it.
  await page.keyboard.press('p');
  await expect(page.locator(`[id="comment-${DEEPEST_ID.slice(0, -2)}"]`)).toBeFocused();
  await page.keyboard.press('t');
  await expect(page.locator('[id="comment-1"]')).toBeFocused();
  await page.getByRole('searchbox', { name: 'Search the comments' }).fill('niveau 4321.');
  await expect(page.locator('[data-query]')).toHaveText('1 of 1');
  const found = page.locator(`[id="comment-${DEEPEST_ID.slice(0, 2 * 4321 - 1)}"]`);
  await expect(found).toBeInViewport();
  await expect(found).toHaveAttribute('data-depth', '4321');
  await expect(found.locator('mark')).toHaveText('niveau 4321.');

  const jsonPath = join(folder, 'exported.json');
  const textPath = join(folder, 'exported.txt');
  const json = await exportAs(page, 'Export JSON', jsonPath);
  const original = treeOf(json);
  expect(original).toHaveLength(DEPTH);
  expect(original.at(-1)).toEqual([DEEPEST_ID, Number(score), DEPTH]);
  const exportedText = await exportAs(page, 'Export text', textPath);
  // Past depth 32 the formatter writes a tab a level, so the text stays near its input's size.
  // (A boolean, not toContain: a failed toContain would print all 75 MB.)
  expect(exportedText.includes(`\n${'\t'.repeat(DEPTH)}1. `)).toBe(true);
  expect(exportedText.length).toBeLessThan(text.length * 1.05);

  // Kept in IndexedDB: a reload opens it again at the same comment.
  await page.reload();
  await openDeepest(page, article);

  // The JSON export imported again gives the same tree. (The text export's way back is the
  // parser's, which src/library/deepRoundTrip.test.ts and scripts/generate-chain.test.ts take at
  // 8,000 and 10,000 levels; the browser's text import is the one this test began with.)
  const again = await importFile(page, jsonPath, 'exported.json');
  expect(again).not.toBe(article);
  const deepestAgain = await openDeepest(page, again);
  await expect(deepestAgain).toHaveAttribute('data-score', score!);
  const reexported = await exportAs(page, 'Export JSON', join(folder, 'again.json'));
  expect(firstDifference(treeOf(reexported), original)).toBeNull();
});

// Issue 13: a chain of 60 single replies under one comment, at 320 px. It stays at one indent
// (no line, no shift per level), each reply saying it continues the one above, aria-level
// keeping the true depth; its text column keeps 200 px and nothing scrolls sideways.
test('a chain of 60 replies at 320 px keeps one indent, 200 px of text and no sideways scroll', async ({
  page,
}) => {
  const { text, stats } = generateChain({ depth: 61 });
  const path = join(mkdtempSync(join(tmpdir(), 'fil-chain-')), 'chain60.txt');
  writeFileSync(path, text);
  const article = await importFile(page, path, 'chain60.txt');
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(`${article}#comment-${stats.deepestId}`);
  const deepest = page.locator(`[id="comment-${stats.deepestId}"]`);
  await expect(deepest).toBeFocused();
  await expect(deepest).toHaveAttribute('aria-level', '61');
  await expect(page.getByRole('treeitem')).toHaveCount(61);
  const layout = await page.evaluate(() => {
    const rows = [...document.querySelectorAll('[role="treeitem"]')];
    return {
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      // Each reply's text column: its left edge and width.
      text: rows.map((row) => {
        const box = row.querySelector('[id^="body-"] > div:last-child')!.getBoundingClientRect();
        return { level: Number(row.getAttribute('aria-level')), x: box.x, width: box.width };
      }),
      lines: document.querySelectorAll('[role="treeitem"] > [data-thread-line]').length,
      cues: rows.map((row) => row.querySelector('[data-reply-cue]')?.textContent ?? null),
    };
  });
  expect(layout.overflow).toBe(0);
  expect(layout.text.map((row) => row.level)).toEqual(Array.from({ length: 61 }, (_, k) => k + 1));
  // The 60th reply (level 61) starts where the 2nd (level 3) does, and so does every reply.
  expect(layout.text[60]!.x).toBe(layout.text[2]!.x);
  expect(new Set(layout.text.map((row) => row.x)).size).toBe(1);
  expect(Math.min(...layout.text.map((row) => row.width))).toBeGreaterThanOrEqual(200);
  expect(layout.lines).toBe(0);
  expect(layout.cues[0]).toBeNull();
  expect(new Set(layout.cues.slice(1))).toEqual(new Set(['↳ replying to the comment above']));
  // The permalinked row glows for 2 s: axe sees the colours it settles on once that is over
  // (the check waits for running animations), in each theme.
  await expectNoAxeViolationsInBothThemes(page, { label: 'a chain of 60 at 320 px' });
});
