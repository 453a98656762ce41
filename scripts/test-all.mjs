#!/usr/bin/env node
// `npm test`: runs the type check, the lint, the unit tests and the browser tests (the package.json
// scripts of those names), every one even when an earlier one fails, then prints a line per step
// and, as the very last line, `N passed, M failed`. Exit code 0 only when nothing failed.
//
// The type check and the lint count as one test each. Vitest's and Playwright's tests are counted
// from their JSON reports; a test file or Playwright error that fails outside any test counts as
// one failure, and so does a step that exits non-zero with no failure in its report (or no report:
// crash, no Chromium). Skipped tests count neither way.

import { spawnSync } from 'node:child_process';
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

rmSync(root + VITEST, { force: true });
rmSync(root + PLAYWRIGHT, { force: true });
const lines = [];
let passed = 0;
let failed = 0;
for (const [title, args, count] of steps) {
  process.stdout.write(`\n==> ${title}: npm run ${args.join(' ')}\n`);
  const { status } = spawnSync('npm', ['run', '--silent', ...args], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    shell: process.platform === 'win32',
  });
  let [p, f] = count(status === 0) ?? [0, 1]; // no report: one failure
  if (status !== 0 && f === 0) f = 1;
  passed += p;
  failed += f;
  lines.push(`${title}: ${p} passed, ${f} failed${status === 0 ? '' : ` (exit code ${status})`}`);
}
process.stdout.write(`\n${lines.join('\n')}\n${passed} passed, ${failed} failed\n`);
process.exitCode = failed === 0 ? 0 : 1;
