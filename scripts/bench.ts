// `npm run bench`: measures Fil against the targets of design.md §6 and prints each figure
// with its target. Every ratio compares two figures measured in this same run.

import { execFileSync, spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { parseDocument } from '../src/parser/parse.ts';
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE } from './chromium.ts';
import { freePort, waitForServer } from './previewServer.ts';
import { generateThread } from './generate-thread.ts';
import { measureFolderImport, measureImport, measureStructuredClone } from './importBench.ts';
import { measureInsights } from './insightsBench.ts';
import { measureLibrary } from './libraryBench.ts';
import { BASELINE_PATH, measureReader, median, writeBaseline } from './readerBench.ts';

const root = join(import.meta.dirname, '..');
// `npm run bench` starts Node with --expose-gc: a collection before each timed run keeps one
// run's garbage from being billed to the next.
const collectGarbage = (globalThis as { gc?: () => void }).gc ?? (() => {});

type Row = { what: string; value: string; target: string; holds: boolean | null };
const rows: Row[] = [];
const record = (what: string, value: string, target: string, holds: boolean | null) => {
  rows.push({ what, value, target, holds });
  console.log(
    `  ${what}: ${value}${target ? `  (target ${target}: ${holds === null ? 'n/a' : holds ? 'holds' : 'MISSED'})` : ''}`,
  );
};

/** Runs fn `runs` times after one warm-up run and returns the median wall time in ms. */
function time(runs: number, fn: () => unknown): number {
  fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    collectGarbage();
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

/** The floor any parser pays: split into lines and measure each line's indentation. */
function bareLineScan(text: string): number {
  const lines = text.split('\n');
  let indentTotal = 0;
  for (const line of lines) {
    let i = 0;
    while (line.charCodeAt(i) === 32) i++;
    indentTotal += i;
  }
  return indentTotal;
}

function parserBench(): void {
  console.log('Parser (Node, 100,000-comment generated thread)');
  // ~50 MB, as design.md §1 sizes a 100,000-comment thread.
  const generated = generateThread({ comments: 100_000, seed: 1, wordsPerComment: 56 });
  const bytes = Buffer.byteLength(generated.text, 'utf8');
  const megabytes = bytes / 1e6;
  record(
    'input size',
    `${megabytes.toFixed(1)} MB, ${generated.stats.comments.toLocaleString('en')} comments, max depth ${generated.stats.maxDepth}`,
    '',
    null,
  );

  // The first parse in a process also compiles the parser: reported on its own, then a few
  // parses let the JIT settle (its first optimisations are thrown away and redone as new
  // paths run; measured: the first three parses run 20-50 % slower than the rest).
  collectGarbage();
  const firstStart = performance.now();
  parseDocument(generated.text, { id: 'bench' });
  const firstMs = performance.now() - firstStart;
  for (let warmUp = 0; warmUp < 3; warmUp++) {
    bareLineScan(generated.text);
    parseDocument(generated.text, { id: 'bench' });
  }

  // Interleaved, so a busy moment on the machine hits both sides alike.
  const scanSamples: number[] = [];
  const parseSamples: number[] = [];
  let parsedCount = 0;
  for (let round = 0; round < 7; round++) {
    scanSamples.push(time(1, () => bareLineScan(generated.text)));
    parseSamples.push(
      time(1, () => {
        parsedCount = parseDocument(generated.text, { id: 'bench' }).comments.length;
      }),
    );
  }
  const scanMs = median(scanSamples);
  const parseMs = median(parseSamples);
  if (parsedCount === 0) throw new Error('the benchmark thread parsed to no comments');
  const throughput = megabytes / (parseMs / 1000);
  record('bare split + indent scan', `${scanMs.toFixed(0)} ms`, '', null);
  record(
    'first parse in this process (compiles the parser as it runs)',
    `${firstMs.toFixed(0)} ms, ${(megabytes / (firstMs / 1000)).toFixed(0)} MB/s`,
    '',
    null,
  );
  record('parser (median of 7, after the warm-up)', `${parseMs.toFixed(0)} ms`, '', null);
  record('parser throughput', `${throughput.toFixed(0)} MB/s`, '≥ 200 MB/s', throughput >= 200);
  const ratio = parseMs / scanMs;
  record('parser / bare scan', `${ratio.toFixed(2)}×`, '≤ 3×', ratio <= 3);

  collectGarbage();
  const heapBefore = process.memoryUsage().heapUsed;
  const kept = parseDocument(generated.text, { id: 'bench' });
  collectGarbage();
  const heapAfter = process.memoryUsage().heapUsed;
  record(
    'heap held by the parsed document',
    `${((heapAfter - heapBefore) / 1e6).toFixed(0)} MB (${kept.comments.length} top-level)`,
    '',
    null,
  );
  memoryAfterParse(generated.text);
  record(
    'peak resident memory of this process',
    `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
    '',
    null,
  );
}

/**
 * The heap before a parse, after it, and after the text and the document are dropped and a
 * full collection has run: a parser that keeps per-parse state at module level (a scratch
 * array, a cache of slices) keeps the last text alive, and the last figure stays high.
 */
function memoryAfterParse(template: string): void {
  const heap = () => {
    collectGarbage();
    return process.memoryUsage().heapUsed;
  };
  const before = heap();
  let after = 0;
  // In a scope of its own, so that nothing here holds the text or the document afterwards.
  (() => {
    // A text of its own (not the generator's string), that only this parse refers to.
    const text = Buffer.from(template, 'utf8').toString('utf8');
    const doc = parseDocument(text, { id: 'memory' });
    after = heap();
    if (doc.comments.length === 0) throw new Error('the memory check parsed no comments');
  })();
  const dropped = heap();
  const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
  record('heap before a parse (text not yet made)', mb(before), '', null);
  record('heap after it (text and document alive)', mb(after), '', null);
  const growth = dropped - before;
  record(
    'heap after dropping both, with a full collection',
    `${mb(dropped)} (${growth >= 0 ? '+' : ''}${mb(growth)} on the first)`,
    '≤ +2 MB',
    // Without --expose-gc (npm run bench gives it) nothing forced a collection: no verdict.
    'gc' in globalThis ? growth <= 2e6 : null,
  );
}

/** Gzipped JavaScript that the built index.html loads before anything else. */
function bundleBench(): void {
  console.log('\nBundle (production build)');
  execFileSync(join(root, 'node_modules', '.bin', 'vite'), ['build', '--logLevel', 'error'], {
    cwd: root,
    stdio: 'inherit',
  });
  // A prerendered page (index.html) loads its boot script, which imports the entry that app.html
  // loads at once: the initial JavaScript is every script the two name.
  const scripts = [
    ...new Set(
      ['index.html', 'app.html'].flatMap((page) =>
        [
          ...readFileSync(join(root, 'dist', page), 'utf8').matchAll(
            /<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="([^"]+\.js)"/g,
          ),
        ].map((match) => match[1]!),
      ),
    ),
  ];
  let gzipped = 0;
  for (const script of scripts)
    gzipped += gzipSync(readFileSync(join(root, 'dist', script)), { level: 9 }).length;
  const kilobytes = gzipped / 1024;
  record(
    'initial JavaScript, gzipped',
    `${kilobytes.toFixed(1)} KB in ${scripts.length} file(s)`,
    '≤ 125 KB',
    kilobytes <= 125,
  );
}

/**
 * The built site (from bundleBench) in `vite preview` on a free port, driven by Debian's
 * Chromium through Playwright; see readerBench.ts and importBench.ts for the methods.
 */
async function browserBench(): Promise<void> {
  console.log('\nReader, insights and import (headless Chromium, built site)');
  const dist = join(root, 'dist');
  const baseline = writeBaseline(dist);
  const port = await freePort();
  const baseUrl = `http://localhost:${port}`;
  const server = spawn(
    join(root, 'node_modules', '.bin', 'vite'),
    ['preview', '--port', String(port), '--strictPort', '--logLevel', 'error'],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  try {
    await waitForServer(`${baseUrl}${BASELINE_PATH}`);
    const browser = await chromium.launch({
      executablePath: CHROMIUM_EXECUTABLE,
      args: CHROMIUM_ARGS,
    });
    try {
      for (const figure of await measureReader(browser, baseUrl))
        record(figure.what, figure.value, figure.target, figure.holds);
      for (const figure of await measureInsights(browser, baseUrl))
        record(figure.what, figure.value, figure.target, figure.holds);
      const importPage = await browser.newPage();
      for (const figure of await measureImport(importPage, baseUrl))
        record(figure.what, figure.value, figure.target, figure.holds);
      for (const figure of await measureFolderImport(browser, baseUrl))
        record(figure.what, figure.value, figure.target, figure.holds);
      const sample = readdirSync(join(dist, 'seeds')).find((name) =>
        name.startsWith('sample-100k.'),
      );
      for (const figure of await measureStructuredClone(importPage, `${baseUrl}/seeds/${sample}`))
        record(figure.what, figure.value, figure.target, figure.holds);
      for (const figure of await measureLibrary(browser, baseUrl))
        record(figure.what, figure.value, figure.target, figure.holds);
    } finally {
      await browser.close();
    }
  } finally {
    server.kill();
    rmSync(join(baseline, '..'), { recursive: true, force: true });
  }
}

// `npm run bench -- parser` (or bundle, browser) runs one section; the browser section needs
// the build that the bundle section makes.
const sections = process.argv.slice(2);
const runs = (section: string) => sections.length === 0 || sections.includes(section);
if (runs('parser')) parserBench();
if (runs('bundle') || runs('browser')) bundleBench();
if (runs('browser')) await browserBench();
const missed = rows.filter((row) => row.holds === false);
console.log(
  missed.length === 0
    ? '\nAll targets hold.'
    : `\n${missed.length} target(s) missed: ${missed.map((row) => row.what).join(', ')}`,
);
