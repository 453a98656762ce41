// Browser measurements for importing (issue 5), used by scripts/bench.ts:
//  - the longest main-thread task while the library imports a ~50 MB page (target: none over
//    50 ms), with the whole import's wall time;
//  - what handing a parsed 100,000-comment document to the main thread would cost if it
//    crossed postMessage as objects (structured clone) instead of as the JSON Blob the worker
//    sends: the measurement behind that choice.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { generateThread } from './generate-thread.ts';

export type Figure = { what: string; value: string; target: string; holds: boolean | null };

type LongTaskWindow = { filLongTasks: number[] };

export async function measureImport(page: Page, baseUrl: string): Promise<Figure[]> {
  const { text } = generateThread({ comments: 100_000, seed: 3, wordsPerComment: 56 });
  const file = join(mkdtempSync(join(tmpdir(), 'fil-bench-')), 'big-thread.txt');
  writeFileSync(file, text);
  const megabytes = Buffer.byteLength(text) / 1e6;

  await page.addInitScript(() => {
    const tasks: number[] = [];
    (window as unknown as LongTaskWindow).filLongTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
  await page.goto(`${baseUrl}/`);
  await page.getByRole('heading', { name: 'Library' }).waitFor();
  await page.evaluate(() => {
    (window as unknown as LongTaskWindow).filLongTasks.length = 0; // only the import counts
  });
  const started = Date.now();
  await page.getByLabel('Choose text files to import').setInputFiles(file);
  await page
    .locator('[data-import-name="big-thread.txt"] [data-import-outcome]')
    .waitFor({ timeout: 120_000 });
  const seconds = (Date.now() - started) / 1000;
  const outcome = await page
    .locator('[data-import-name="big-thread.txt"] [data-import-outcome]')
    .getAttribute('data-import-outcome');
  const longTasks = await page.evaluate(() => (window as unknown as LongTaskWindow).filLongTasks);
  const longest = Math.max(0, ...longTasks);

  return [
    {
      what: 'import of a generated page',
      value: `${megabytes.toFixed(1)} MB in ${seconds.toFixed(1)} s (${outcome})`,
      target: '',
      holds: null,
    },
    {
      what: 'longest main-thread task while importing it',
      value: `${longest.toFixed(0)} ms (${longTasks.length} task(s) over 50 ms)`,
      target: 'none over 50 ms',
      holds: longTasks.length === 0 && outcome === 'saved',
    },
  ];
}

/** Main-thread time to structured-clone a 100,000-comment document (what postMessage of objects costs). */
export async function measureStructuredClone(page: Page, sampleJsonUrl: string): Promise<Figure[]> {
  const { cloneMs, blobMs } = await page.evaluate(async (url) => {
    const doc: unknown = await (await fetch(url)).json();
    const clones: number[] = [];
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      structuredClone(doc);
      clones.push(performance.now() - start);
    }
    const blob = new Blob([JSON.stringify(doc)]);
    const start = performance.now();
    structuredClone(blob);
    const blobTime = performance.now() - start;
    clones.sort((a, b) => a - b);
    return { cloneMs: clones[1]!, blobMs: blobTime };
  }, sampleJsonUrl);
  return [
    {
      what: 'handing 100,000 parsed comments to the page as objects (structured clone)',
      value: `${cloneMs.toFixed(0)} ms on the main thread`,
      target: '',
      holds: null,
    },
    {
      what: 'handing them over as a JSON Blob (what Fil does)',
      value: `${blobMs.toFixed(1)} ms`,
      target: '',
      holds: null,
    },
  ];
}
