// Browser measurement for the insights view (issue 12), used by scripts/bench.ts on the built
// site. The reader is open and idle; the clock starts at the click on "Insights" (the event's
// timeStamp, so input delay counts) and stops just after the frame that first shows the last
// section, the quotes, is painted (a requestAnimationFrame callback runs before that frame's
// paint, a task it queues runs after it; see readerBench.ts) — the ranked tables and the quotes
// render a frame after the charts, in a transition, and their work must count too. Main-thread
// tasks over 50 ms (PerformanceObserver 'longtask') are collected from the click to one frame
// after that paint: the chart code loading, the worker's input built on the main thread, the
// figures (in a worker) and every section rendered must each leave the page responsive.
//
// Two threads: the bundled 100,000-comment sample (many top-level comments), and the same
// generator's 100,000 comments put under one top-level comment, imported through the library
// — the shape where the input, built a top-level subtree at a time, was once one long task.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { generateThread } from './generate-thread.ts';
import type { Figure } from './importBench.ts';

const SAMPLE = 'sample-100k';
const VIEWPORT = { width: 1280, height: 800 };
const RUNS = 5;
/** Runs on the one-subtree thread: one import, then the view opened again in the same tab. */
const ONE_SUBTREE_RUNS = 3;
const COMMENTS = 100_000;

type Probe = { painted: number; longest: number; tasks: number };
type ProbeWindow = { filInsights?: Promise<Probe> };

/** Median of the samples (the upper middle one of an even count), as readerBench.ts. */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * From the reader open at `articleUrl`: settles it, clicks "Insights" and measures as the
 * header says.
 */
async function clickToInsights(page: Page, articleUrl: string): Promise<Probe> {
  await page.goto(articleUrl);
  // A prerendered page shows its rows before it answers input: wait until it does.
  await page.locator('#root[data-interactive]').waitFor({ state: 'attached', timeout: 120_000 });
  // Let the reader settle (its lazy parts, the rail) before the clock can start.
  await page.waitForTimeout(1500);
  await page.evaluate(() => {
    const tasks: { start: number; duration: number }[] = [];
    const collect = (entries: PerformanceEntryList) => {
      for (const entry of entries) tasks.push({ start: entry.startTime, duration: entry.duration });
    };
    const observer = new PerformanceObserver((list) => collect(list.getEntries()));
    observer.observe({ type: 'longtask' });
    (window as unknown as ProbeWindow).filInsights = new Promise((resolve) => {
      addEventListener(
        'click',
        (click) => {
          const start = click.timeStamp;
          const frame = () => {
            if (!document.querySelector('[data-testid="insights-quotes"]'))
              return requestAnimationFrame(frame);
            setTimeout(() => {
              const painted = performance.now() - start;
              // One more frame: a task that the last section's paint set off counts too.
              requestAnimationFrame(() =>
                setTimeout(() => {
                  collect(observer.takeRecords());
                  observer.disconnect();
                  // A task that began before the click is not the view's; the click's own
                  // handling starts at or after its timeStamp.
                  const during = tasks.filter((task) => task.start + task.duration >= start);
                  resolve({
                    painted,
                    longest: Math.max(0, ...during.map((task) => task.duration)),
                    tasks: during.length,
                  });
                }),
              );
            });
          };
          requestAnimationFrame(frame);
        },
        { capture: true, once: true },
      );
    });
  });
  await page
    .getByRole('navigation', { name: 'Thread views' })
    .getByRole('link', { name: 'Insights' })
    .click();
  return page.evaluate(() => (window as unknown as ProbeWindow).filInsights!);
}

/**
 * The generator's thread (the sample's settings, another seed) with all its comments moved one
 * level down under a single top-level comment; the declared count follows.
 */
function oneSubtreeText(): string {
  const { text } = generateThread({ comments: COMMENTS, seed: 11, wordsPerComment: 14 });
  const lines = text.split('\n');
  const first = lines.findIndex((line) => /^ {4}1\. /.test(line));
  const declared = lines.indexOf(String(COMMENTS));
  return [
    ...lines.slice(0, first).map((line, k) => (k === declared ? String(COMMENTS + 1) : line)),
    '    1. +3',
    '      1 janvier 2022 00: 00',
    '      Le commentaire sous lequel tout le fil répond.',
    '',
    ...lines.slice(first).map((line) => (line === '' ? line : `  ${line}`)),
  ].join('\n');
}

/** Imports the one-subtree thread through the library; the reader's address for it. */
async function importOneSubtree(page: Page, baseUrl: string): Promise<string> {
  const folder = mkdtempSync(join(tmpdir(), 'fil-bench-'));
  const file = join(folder, 'one-subtree.txt');
  writeFileSync(file, oneSubtreeText());
  try {
    await page.goto(`${baseUrl}/`);
    // The prerendered library shows before it answers input: wait until it does.
    await page.locator('#root[data-interactive]').waitFor({ state: 'attached' });
    await page.getByLabel('Choose text files to import').setInputFiles(file);
    const outcome = page.locator('[data-import-name="one-subtree.txt"] [data-import-outcome]');
    await outcome.waitFor({ timeout: 120_000 });
    const href = await outcome.getByRole('link').getAttribute('href');
    if (href === null) throw new Error('the one-subtree thread was not imported');
    return `${baseUrl}${href}`;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const ms = (value: number) => `${value.toFixed(0)} ms`;
const perRun = (longest: readonly number[]) =>
  longest.map((value) => (value === 0 ? '–' : ms(value))).join(', ');

export async function measureInsights(browser: Browser, baseUrl: string): Promise<Figure[]> {
  const painted: number[] = [];
  const longest: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
    // tsx compiles with esbuild's keepNames, which wraps named functions in __name().
    await context.addInitScript('globalThis.__name = (target) => target;');
    const result = await clickToInsights(await context.newPage(), `${baseUrl}/articles/${SAMPLE}`);
    painted.push(result.painted);
    longest.push(result.longest);
    await context.close();
  }

  const onePainted: number[] = [];
  const oneLongest: number[] = [];
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
  await context.addInitScript('globalThis.__name = (target) => target;');
  const page = await context.newPage();
  const oneSubtree = await importOneSubtree(page, baseUrl);
  for (let run = 0; run < ONE_SUBTREE_RUNS; run++) {
    const result = await clickToInsights(page, oneSubtree);
    onePainted.push(result.painted);
    oneLongest.push(result.longest);
  }
  await context.close();

  const worst = Math.max(...longest);
  const oneWorst = Math.max(...oneLongest);
  return [
    {
      what: `insights view, 100,000 comments (click on "Insights" → every section painted, median of ${RUNS})`,
      value: `${ms(median(painted))} (max ${ms(Math.max(...painted))})`,
      target: '≤ 1000 ms',
      holds: median(painted) <= 1000,
    },
    {
      what: 'longest main-thread task from that click to a frame after the last section',
      value: `${worst === 0 ? 'none over 50 ms' : ms(worst)} (per run: ${perRun(longest)})`,
      target: '≤ 50 ms',
      holds: worst <= 50,
    },
    {
      what: `insights view, 100,000 comments under one top-level comment (median of ${ONE_SUBTREE_RUNS}, the view reopened in one tab)`,
      value: `${ms(median(onePainted))} (max ${ms(Math.max(...onePainted))})`,
      target: '',
      holds: null,
    },
    {
      what: 'longest main-thread task there, click to a frame after the last section',
      value: `${oneWorst === 0 ? 'none over 50 ms' : ms(oneWorst)} (per run: ${perRun(oneLongest)})`,
      target: '≤ 50 ms',
      holds: oneWorst <= 50,
    },
  ];
}
