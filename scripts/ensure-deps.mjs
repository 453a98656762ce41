#!/usr/bin/env node
// Runs `npm ci` when node_modules is missing or stale, and nothing else.
//
//   node scripts/ensure-deps.mjs [--quiet]
//
// Stale means node_modules/.deps-stamp (written after a successful `npm ci`) does not hold the
// hash of the current package-lock.json: by content, since git sets mtimes arbitrarily. `npm ci`
// itself checks that package.json and the lock agree. Plain Node, no dependencies; it prints on
// stderr only (`npm run --silent parse` prints JSON on stdout), and with --quiet nothing at all
// when there is nothing to do.

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const stamp = `${root}node_modules/.deps-stamp`;
const log = (message) => process.stderr.write(`ensure-deps: ${message}\n`);
const read = (file) => {
  try {
    return readFileSync(file);
  } catch {
    return null;
  }
};

const lock = read(`${root}package-lock.json`);
const hash = lock && createHash('sha256').update(lock).digest('hex');
if (hash && read(stamp)?.toString().trim() === hash) {
  if (!process.argv.includes('--quiet')) log('dependencies are up to date');
  process.exit(0);
}

log('node_modules is missing or does not match package-lock.json: running npm ci');
const npm = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], {
  cwd: root,
  stdio: ['ignore', process.stderr, process.stderr],
  shell: process.platform === 'win32',
});
if (npm.status !== 0) {
  log(`ERROR: npm ci ${npm.error ? `could not start (${npm.error.message})` : 'failed'}.`);
  log('Fix the problem shown above (network access to the npm registry, disk space,');
  log('package.json and package-lock.json out of step), then run `npm ci` yourself or try again.');
  process.exit(1);
}
writeFileSync(stamp, `${hash}\n`);
log('dependencies installed');
