#!/usr/bin/env node
// `npm test`: runs the type check, the lint, the unit tests and the browser tests (the package.json
// scripts of those names), every one even when an earlier one fails, then prints a line per step
// and, as the very last line, `N passed, M failed`. Exit code 0 only when nothing failed.
//
// The type check, the lint and the production build the browser tests run against go side by
// side (each mostly one core; the build prerenders and writes the service worker), their output
// printed in turn; the unit tests then take every core, and the browser tests serve that build
// (E2E_PREBUILT, playwright.config.ts) instead of building it again.
//
// The type check and the lint count as one test each. Vitest's and Playwright's tests are counted
// from their JSON reports; a test file or Playwright error that fails outside any test counts as
// one failure, and so does a step that exits non-zero with no failure in its report (or no report:
// crash, no Chromium). Skipped tests count neither way.

import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const VITEST = 'test-results/vitest.json';
// As in playwright.config.ts.
const PLAYWRIGHT = process.env.E2E_PORT
  ? `test-results/playwright-${Number(process.env.E2E_PORT)}.json`
  : 'test-results/playwright.json';

const readReport = (file) => {
  try {
    return JSON.parse(readFileSync(root + file, 'utf8'));
  } catch {
    return null;
  }
};

const steps = [
  ['Type check', ['typecheck'], (ok) => (ok ? [1, 0] : [0, 1])],
  ['Lint', ['lint'], (ok) => (ok ? [1, 0] : [0, 1])],
  [
    'Unit tests',
    ['unit', '--', '--reporter=default', '--reporter=json', `--outputFile=${VITEST}`],
    () => {
      const report = readReport(VITEST);
      if (typeof report?.numPassedTests !== 'number') return null;
      const brokenFiles = report.testResults.filter(
        (file) =>
          file.status === 'failed' && !file.assertionResults.some((t) => t.status === 'failed'),
      ).length;
      return [report.numPassedTests, report.numFailedTests + brokenFiles];
    },
  ],
  [
    'Browser tests',
    ['e2e'],
    () => {
      const report = readReport(PLAYWRIGHT);
      if (typeof report?.stats?.expected !== 'number') return null;
      const { expected, flaky, unexpected } = report.stats;
      return [expected + flaky, unexpected + report.errors.length];
    },
  ],
];

/**
 * Runs `npm run --silent <args>` and resolves with its exit status. With `capture`, its output is
 * kept and resolved with, for `record` to print once the step is over (steps that run side by side
 * would interleave theirs); without, it goes straight to this one's.
 */
function run(args, { capture = true, env = process.env } = {}) {
  const stdio = capture ? 'pipe' : 'inherit';
  const child = spawn('npm', ['run', '--silent', ...args], {
    cwd: root,
    env,
    stdio: ['ignore', stdio, stdio],
    shell: process.platform === 'win32',
  });
  const output = [];
  child.stdout?.on('data', (chunk) => output.push(chunk));
  child.stderr?.on('data', (chunk) => output.push(chunk));
  return new Promise((resolve) => {
    child.on('close', (status) =>
      resolve({ status, output: capture ? Buffer.concat(output) : null }),
    );
    child.on('error', (error) => {
      const message = Buffer.from(`${error.message}\n`);
      if (!capture) process.stderr.write(message);
      resolve({ status: 1, output: capture ? message : null });
    });
  });
}

rmSync(root + VITEST, { force: true });
rmSync(root + PLAYWRIGHT, { force: true });
const lines = [];
let passed = 0;
let failed = 0;
/** Counts a finished step and keeps its line; prints its header and output when it kept them. */
const record = ([title, args, count], { status, output }) => {
  if (output) {
    process.stdout.write(`\n==> ${title}: npm run ${args.join(' ')}\n`);
    process.stdout.write(output);
  }
  let [p, f] = count(status === 0) ?? [0, 1]; // no report: one failure
  if (status !== 0 && f === 0) f = 1;
  passed += p;
  failed += f;
  lines.push(`${title}: ${p} passed, ${f} failed${status === 0 ? '' : ` (exit code ${status})`}`);
};
const header = ([title, args]) =>
  process.stdout.write(`\n==> ${title}: npm run ${args.join(' ')}\n`);

const [typecheck, lint, unit, e2e] = steps;
const build = run(['build:e2e']);
const [typechecked, linted] = await Promise.all([run(typecheck[1]), run(lint[1])]);
record(typecheck, typechecked);
record(lint, linted);
const built = await build;
process.stdout.write('\n==> The build the browser tests serve: npm run build:e2e\n');
process.stdout.write(built.output);
header(unit);
record(unit, await run(unit[1], { capture: false }));
header(e2e);
// Without a build (it failed), the browser tests build it themselves and show why it fails.
const e2eEnv = built.status === 0 ? { ...process.env, E2E_PREBUILT: '1' } : process.env;
record(e2e, await run(e2e[1], { capture: false, env: e2eEnv }));
process.stdout.write(`\n${lines.join('\n')}\n${passed} passed, ${failed} failed\n`);
process.exitCode = failed === 0 ? 0 : 1;
