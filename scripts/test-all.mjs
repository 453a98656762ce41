#!/usr/bin/env node
// `npm test`: type check, lint, unit tests (vitest), browser tests (Playwright in Chromium).
// Every step runs even when an earlier one fails, so one run shows everything; their output is
// streamed as it comes. Then a summary table and, as the very last line, `N passed, M failed`.
// Exit code 0 only when nothing failed.
//
// Counting: the type check and the lint are one test each (passed when the tool exits 0). Each
// vitest test and each Playwright test is one test, read from their JSON reports
// (test-results/vitest.json, test-results/playwright.json). Besides the failed tests:
//   - a test file that fails without a failing test (import error, failing hook) is one failure;
//   - a Playwright error outside any test (web server did not start, spec does not compile) is
//     one failure each;
//   - a tool that exits non-zero with nothing failed in its report, or leaves no report at all
//     (crash, not installed, Chromium missing), is one failure.
// Skipped and todo tests count neither way; the summary mentions them. Playwright's "flaky"
// tests (failed, then passed on a retry) count as passed and are mentioned too.
//
// Runs without stdin and with CI=true; plain Node ESM, no dependencies.

import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const resultsDir = path.join(root, 'test-results');
const VITEST_REPORT = 'test-results/vitest.json';
const PLAYWRIGHT_REPORT = 'test-results/playwright.json';
// A step that runs longer than this is stopped and counted as failed (a hang must not hang CI).
const STEP_TIMEOUT_MS = Number(process.env.TEST_ALL_STEP_TIMEOUT_MS) || 30 * 60 * 1000;

const out = (text = '') => process.stdout.write(`${text}\n`);
const bin = (name) =>
  path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

let interrupted = null; // the signal that stopped the run
let current = null; // the running child

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    interrupted ??= signal;
    // Children run in their own process group (so a timeout can stop a whole tree): pass it on.
    if (current?.pid) killTree(current, signal);
  });
}

function killTree(child, signal) {
  try {
    if (process.platform === 'win32') child.kill(signal);
    else process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

/**
 * Runs a command with our stdout and stderr, no stdin. Resolves to
 * { code, signal, error?, timedOut?, seconds }.
 */
function run(command, args) {
  const started = Date.now();
  return new Promise((resolve) => {
    let child;
    let timedOut = false;
    const finish = (result) => {
      clearTimeout(timer);
      current = null;
      resolve({ ...result, timedOut, seconds: (Date.now() - started) / 1000 });
    };
    const timer = setTimeout(() => {
      timedOut = true;
      process.stderr.write(
        `test-all: stopping \`${command} ${args.join(' ')}\` after ${STEP_TIMEOUT_MS / 60000} min\n`,
      );
      killTree(child, 'SIGTERM');
      setTimeout(() => killTree(child, 'SIGKILL'), 10_000).unref();
    }, STEP_TIMEOUT_MS);
    try {
      child = spawn(command, args, {
        cwd: root,
        stdio: ['ignore', 'inherit', 'inherit'],
        env: process.env,
        detached: process.platform !== 'win32',
        shell: process.platform === 'win32',
      });
    } catch (error) {
      finish({ code: null, signal: null, error });
      return;
    }
    current = child;
    child.on('error', (error) => finish({ code: null, signal: null, error }));
    child.on('exit', (code, signal) => finish({ code, signal }));
  });
}

/** Why a finished command did not succeed, or '' when it did. */
function problem(result, name) {
  if (result.error?.code === 'ENOENT') return `${name} not found (run npm ci)`;
  if (result.error) return `${name} could not start: ${result.error.message}`;
  if (result.timedOut) return `${name} timed out`;
  if (result.signal) return `${name} killed by ${result.signal}`;
  if (result.code !== 0) return `${name} exited with code ${result.code}`;
  return '';
}

function readJson(relativePath) {
  try {
    return JSON.parse(readFileSync(path.join(root, relativePath), 'utf8'));
  } catch {
    return null;
  }
}

// --- the steps: each returns { passed, failed, notes[] }

async function toolStep(name, command, args) {
  const result = await run(command, args);
  const why = problem(result, name);
  return {
    passed: why ? 0 : 1,
    failed: why ? 1 : 0,
    notes: why ? [why] : [],
    seconds: result.seconds,
  };
}

async function vitestStep() {
  rmSync(path.join(root, VITEST_REPORT), { force: true });
  const result = await run(bin('vitest'), [
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${VITEST_REPORT}`,
  ]);
  const why = problem(result, 'vitest');
  const report = readJson(VITEST_REPORT);
  const notes = [];
  if (!report || typeof report.numPassedTests !== 'number') {
    notes.push(why || 'vitest wrote no report', 'no report: counted as 1 failure');
    return { passed: 0, failed: 1, notes, seconds: result.seconds };
  }
  const passed = report.numPassedTests;
  let failed = report.numFailedTests ?? 0;
  const brokenFiles = (report.testResults ?? []).filter(
    (file) =>
      file.status === 'failed' &&
      !(file.assertionResults ?? []).some((test) => test.status === 'failed'),
  ).length;
  if (brokenFiles > 0) {
    failed += brokenFiles;
    notes.push(`${plural(brokenFiles, 'test file')} failed outside any test`);
  }
  if (why && failed === 0) {
    failed = 1;
    notes.push(`${why} (counted as 1 failure)`);
  }
  const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  if (skipped > 0) notes.push(`${skipped} skipped/todo`);
  return { passed, failed, notes, seconds: result.seconds };
}

async function playwrightStep() {
  rmSync(path.join(root, PLAYWRIGHT_REPORT), { force: true });
  const chromium = await run(process.execPath, [path.join('scripts', 'ensure-chromium.mjs')]);
  if (chromium.code !== 0) {
    return {
      passed: 0,
      failed: 1,
      notes: ['no usable Chromium (see above): browser tests not run, counted as 1 failure'],
      seconds: chromium.seconds,
    };
  }
  if (interrupted) return { passed: 0, failed: 0, notes: ['not run'], seconds: chromium.seconds };

  const result = await run(bin('playwright'), ['test']);
  const seconds = chromium.seconds + result.seconds;
  const why = problem(result, 'playwright');
  const report = readJson(PLAYWRIGHT_REPORT);
  const stats = report?.stats;
  const notes = [];
  if (!stats || typeof stats.expected !== 'number') {
    notes.push(why || 'playwright wrote no report', 'no report: counted as 1 failure');
    return { passed: 0, failed: 1, notes, seconds };
  }
  const flaky = stats.flaky ?? 0;
  const passed = stats.expected + flaky;
  let failed = stats.unexpected ?? 0;
  const errors = Array.isArray(report.errors) ? report.errors.length : 0;
  if (errors > 0) {
    failed += errors;
    notes.push(`${plural(errors, 'error')} outside tests`);
  }
  if (why && failed === 0) {
    failed = 1;
    notes.push(`${why} (counted as 1 failure)`);
  }
  if (flaky > 0) notes.push(`${flaky} flaky (passed on retry)`);
  if (stats.skipped > 0) notes.push(`${stats.skipped} skipped`);
  return { passed, failed, notes, seconds };
}

const steps = [
  {
    title: 'Type check',
    command: 'tsc --noEmit -p tsconfig.json',
    run: () => toolStep('tsc', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']),
  },
  {
    title: 'Lint',
    command: 'eslint --max-warnings 0 .',
    run: () => toolStep('eslint', bin('eslint'), ['--max-warnings', '0', '.']),
  },
  {
    title: 'Unit tests',
    command: `vitest run --reporter=default --reporter=json --outputFile=${VITEST_REPORT}`,
    run: vitestStep,
  },
  {
    title: 'Browser tests',
    command: 'node scripts/ensure-chromium.mjs && playwright test',
    run: playwrightStep,
  },
];

async function main() {
  mkdirSync(resultsDir, { recursive: true });
  // `npm test` has already run this as pretest; it costs nothing when node_modules is current,
  // and makes `node scripts/test-all.mjs` work on its own.
  if (!existsSync(path.join(root, 'node_modules', '.fil-deps-stamp'))) {
    await run(process.execPath, [path.join('scripts', 'ensure-deps.mjs'), '--quiet']);
  }

  const rows = [];
  for (const [index, step] of steps.entries()) {
    if (interrupted) {
      rows.push({
        title: step.title,
        passed: 0,
        failed: 0,
        notes: ['not run'],
        seconds: 0,
        skipped: true,
      });
      continue;
    }
    out();
    out(`==> [${index + 1}/${steps.length}] ${step.title}: ${step.command}`);
    let row;
    try {
      row = await step.run();
    } catch (error) {
      process.stderr.write(`test-all: ${error?.stack ?? error}\n`);
      row = { passed: 0, failed: 1, notes: [`crashed: ${error?.message ?? error}`], seconds: 0 };
    }
    rows.push({ title: step.title, ...row });
  }
  if (interrupted)
    rows.push({
      title: `(interrupted by ${interrupted})`,
      passed: 0,
      failed: 1,
      notes: [],
      seconds: 0,
    });

  const passed = rows.reduce((sum, row) => sum + row.passed, 0);
  const failed = rows.reduce((sum, row) => sum + row.failed, 0);
  const seconds = rows.reduce((sum, row) => sum + row.seconds, 0);

  const table = [
    ['Step', 'Result', 'Passed', 'Failed', 'Time', 'Notes'],
    ...rows.map((row) => [
      row.title,
      row.skipped ? 'not run' : row.failed > 0 ? 'FAILED' : 'ok',
      String(row.passed),
      String(row.failed),
      `${row.seconds.toFixed(1)}s`,
      row.notes.join('; '),
    ]),
    [
      'Total',
      failed > 0 ? 'FAILED' : 'ok',
      String(passed),
      String(failed),
      `${seconds.toFixed(1)}s`,
      '',
    ],
  ];
  const widths = table[0].map((_, column) =>
    Math.max(...table.map((cells) => cells[column].length)),
  );
  const rightAligned = new Set([2, 3, 4]);
  out();
  out('==> Summary');
  for (const cells of table) {
    out(
      cells
        .map((cell, column) =>
          column === cells.length - 1
            ? cell
            : rightAligned.has(column)
              ? cell.padStart(widths[column])
              : cell.padEnd(widths[column]),
        )
        .join('  ')
        .trimEnd(),
    );
  }
  out(`${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

process.exitCode = await main();
