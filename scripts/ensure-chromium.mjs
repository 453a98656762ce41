#!/usr/bin/env node
// Makes sure the Chromium that Playwright drives is there: $PLAYWRIGHT_CHROMIUM when set, else
// Debian's /usr/bin/chromium. When /usr/bin/chromium is missing and we are root, installs Debian's
// package with apt-get; otherwise says exactly what to run. Exit 0 when Chromium runs, 1 otherwise.
// Playwright's own browser download is not used: these machines reach the npm registry and the
// Debian mirrors, not Playwright's CDN. Everything is printed on stderr.
//
//   node scripts/ensure-chromium.mjs

import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import path from 'node:path';

const DEFAULT_PATH = '/usr/bin/chromium';
const explicit = process.env.PLAYWRIGHT_CHROMIUM?.trim() || '';

function log(message) {
  process.stderr.write(`ensure-chromium: ${message}\n`);
}

/** `{ version }` when `executable --version` exits 0, else `{ problem }` saying why not. */
function probe(executable) {
  if (!existsSync(executable)) return { problem: `${executable} does not exist` };
  try {
    accessSync(executable, constants.X_OK);
  } catch {
    return { problem: `${executable} is not executable` };
  }
  // Debian's launcher script prints a harmless `[: ... unexpected operator` on stderr: only the
  // exit code and stdout count.
  const result = spawnSync(executable, ['--version'], {
    stdio: ['ignore', 'pipe', 'ignore'],
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (result.error)
    return { problem: `${executable} --version could not run (${result.error.message})` };
  if (result.status !== 0) {
    const how = result.signal
      ? `was killed by ${result.signal}`
      : `exited with code ${result.status}`;
    return { problem: `${executable} --version ${how}` };
  }
  const version = result.stdout.trim().split('\n').pop() ?? '';
  if (!version) return { problem: `${executable} --version printed nothing` };
  return { version };
}

const HOW_TO_FIX = [
  'Install Debian’s Chromium:',
  '    sudo apt-get update && sudo apt-get install -y chromium',
  'or point PLAYWRIGHT_CHROMIUM at a Chromium or Chrome you already have, e.g.:',
  '    PLAYWRIGHT_CHROMIUM=/path/to/chromium npm test',
];

function giveUp(lines) {
  for (const line of lines) log(line);
  process.exit(1);
}

// 1. An explicit PLAYWRIGHT_CHROMIUM is used as given: installing Debian's package would not make
//    a wrong path work, so say what is wrong instead.
if (explicit) {
  const found = probe(explicit);
  if (found.version) {
    log(`using ${found.version} (${explicit}, from PLAYWRIGHT_CHROMIUM)`);
    process.exit(0);
  }
  giveUp([
    `PLAYWRIGHT_CHROMIUM is set, but ${found.problem}.`,
    `Point PLAYWRIGHT_CHROMIUM at a working Chromium or Chrome binary, or unset it to use ${DEFAULT_PATH}.`,
  ]);
}

// 2. Debian's Chromium.
const found = probe(DEFAULT_PATH);
if (found.version) {
  log(`using ${found.version} (${DEFAULT_PATH})`);
  process.exit(0);
}
log(`the browser tests need Chromium, but ${found.problem}.`);

// 3. Install it when we can.
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = (process.env.PATH ?? '').split(path.delimiter).some((dir) => {
  try {
    accessSync(path.join(dir || '.', 'apt-get'), constants.X_OK);
    return true;
  } catch {
    return false;
  }
});
if (!hasApt) {
  giveUp([
    'apt-get is not available here, so it cannot be installed automatically.',
    'Install Chromium with your system’s package manager and set PLAYWRIGHT_CHROMIUM to its path, e.g.:',
    '    PLAYWRIGHT_CHROMIUM=/path/to/chromium npm test',
  ]);
}
if (!isRoot) {
  giveUp(['Not running as root, so it cannot be installed automatically.', ...HOW_TO_FIX]);
}

log('installing Debian’s chromium package with apt-get (as root)...');
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
for (const args of [['update'], ['install', '-y', 'chromium']]) {
  log(`running: apt-get ${args.join(' ')}`);
  // apt's stdout goes to our stderr: callers may parse our stdout.
  const result = spawnSync('apt-get', args, { stdio: ['ignore', 2, 2], env });
  if (result.status !== 0) {
    const how = result.error
      ? `could not run (${result.error.message})`
      : result.signal
        ? `was killed by ${result.signal}`
        : `failed with exit code ${result.status}`;
    giveUp([`\`apt-get ${args.join(' ')}\` ${how}; see its output above.`, ...HOW_TO_FIX]);
  }
}

const installed = probe(DEFAULT_PATH);
if (!installed.version) {
  giveUp([`apt-get installed chromium, but ${installed.problem}.`, ...HOW_TO_FIX]);
}
log(`installed ${installed.version} (${DEFAULT_PATH})`);
