#!/usr/bin/env node
// Installs npm dependencies when node_modules is missing or stale, and does nothing (fast) otherwise.
//
//   node scripts/ensure-deps.mjs [--quiet] [--force]
//
// "Stale" is decided by content, not mtimes (git sets mtimes arbitrarily): after every successful
// install we write node_modules/.fil-deps-stamp holding a hash of package.json + package-lock.json;
// when the current hash differs, we install again with `npm install` (see install() for why
// not `npm ci`). If there is no stamp yet but npm's own record of what it installed
// (node_modules/.package-lock.json) matches package-lock.json — e.g. someone ran `npm install` by
// hand — the stamp is written without reinstalling.
//
// Everything is printed on stderr, never stdout: `npm run --silent parse` prints JSON on stdout.
// With --quiet nothing at all is printed when there is nothing to do.
// Plain Node (>= 20) ESM, no dependencies: it must run before node_modules exists.

import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const quiet = args.has('--quiet');
const force = args.has('--force');

const pkgPath = path.join(root, 'package.json');
const lockPath = path.join(root, 'package-lock.json');
const nodeModules = path.join(root, 'node_modules');
const stampPath = path.join(nodeModules, '.fil-deps-stamp');
const hiddenLockPath = path.join(nodeModules, '.package-lock.json');
// Outside node_modules, because `npm ci` deletes node_modules. .cache/ is git-ignored.
const mutexPath = path.join(root, '.cache', 'ensure-deps.lock');

const STAMP_VERSION = 'fil-deps-stamp v1';

function log(message) {
  process.stderr.write(`ensure-deps: ${message}\n`);
}

function readOrNull(file) {
  try {
    return readFileSync(file);
  } catch (error) {
    if (error.code === 'ENOENT') return null;
    throw error;
  }
}

function currentHash() {
  const hash = createHash('sha256');
  for (const [name, file] of [
    ['package.json', pkgPath],
    ['package-lock.json', lockPath],
  ]) {
    const content = readOrNull(file);
    hash.update(`${name}\0${content === null ? 'missing' : content.length}\0`);
    if (content !== null) hash.update(content);
  }
  return `${STAMP_VERSION} sha256:${hash.digest('hex')}`;
}

function stampMatches(hash) {
  const stamp = readOrNull(stampPath);
  return stamp !== null && stamp.toString('utf8').trim() === hash;
}

function writeStamp() {
  // Hash again: `npm install` may have created or rewritten package-lock.json.
  writeFileSync(stampPath, `${currentHash()}\n`);
}

// Does node_modules (as recorded by npm in node_modules/.package-lock.json) hold exactly what
// package-lock.json describes, and does package-lock.json describe package.json's dependencies?
function nodeModulesMatchLock() {
  try {
    const pkg = JSON.parse(readFileSync(pkgPath, 'utf8'));
    const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
    const hidden = JSON.parse(readFileSync(hiddenLockPath, 'utf8'));
    if (!lock.packages || !hidden.packages || !lock.packages['']) return false;

    const ranges = (manifest) => {
      const all = {};
      for (const field of [
        'dependencies',
        'devDependencies',
        'optionalDependencies',
        'peerDependencies',
      ]) {
        Object.assign(all, manifest[field] ?? {});
      }
      return Object.entries(all).sort(([a], [b]) => a.localeCompare(b));
    };
    if (JSON.stringify(ranges(pkg)) !== JSON.stringify(ranges(lock.packages['']))) return false;

    for (const [key, entry] of Object.entries(lock.packages)) {
      if (key === '') continue;
      const installed = hidden.packages[key];
      if (!installed) {
        if (entry.optional) continue; // platform-specific optional packages are skipped by npm
        return false;
      }
      if (installed.version !== entry.version) return false;
    }
    for (const [key, installed] of Object.entries(hidden.packages)) {
      if (key === '') continue;
      if (!lock.packages[key]) return false;
      if (!installed.link && !existsSync(path.join(root, key))) return false;
    }
    return true;
  } catch {
    return false;
  }
}

function upToDate(hash) {
  return !force && existsSync(nodeModules) && stampMatches(hash);
}

// --- a small inter-process lock, so `npm test` and `npm start` started together don't both install.

function pidAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

async function acquireMutex() {
  mkdirSync(path.dirname(mutexPath), { recursive: true });
  let announced = false;
  const deadline = Date.now() + 15 * 60 * 1000;
  for (;;) {
    try {
      const fd = openSync(mutexPath, 'wx');
      writeFileSync(fd, `${process.pid}\n`);
      closeSync(fd);
      return () => rmSync(mutexPath, { force: true });
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
    }
    const owner = Number.parseInt(readOrNull(mutexPath)?.toString('utf8') ?? '', 10);
    let age;
    try {
      age = Date.now() - statSync(mutexPath).mtimeMs;
    } catch {
      continue; // released between our open and stat
    }
    if (
      (Number.isInteger(owner) && owner > 0 && !pidAlive(owner)) ||
      (!Number.isInteger(owner) && age > 10_000)
    ) {
      rmSync(mutexPath, { force: true }); // left behind by a process that died
      continue;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `timed out waiting for another install (pid ${owner}); delete ${mutexPath} if it is stale`,
      );
    }
    if (!announced) {
      log(`waiting for another install to finish (pid ${owner})...`);
      announced = true;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

// --- running npm

function npmCommand(npmArgs) {
  // Under `npm run`, npm_execpath is the npm that started us: use the same one.
  const execPath = process.env.npm_execpath;
  if (execPath && /npm-cli\.c?js$/.test(execPath) && existsSync(execPath)) {
    return { command: process.execPath, args: [execPath, ...npmArgs], shell: false };
  }
  return { command: 'npm', args: npmArgs, shell: process.platform === 'win32' };
}

/** Runs npm with its stdout and stderr both copied to our stderr; resolves to { code, output }. */
function runNpm(npmArgs) {
  const { command, args: fullArgs, shell } = npmCommand(npmArgs);
  log(`running: npm ${npmArgs.join(' ')}`);
  return new Promise((resolve) => {
    let output = '';
    const keep = (chunk) => {
      process.stderr.write(chunk);
      output = (output + chunk.toString('utf8')).slice(-64 * 1024);
    };
    let child;
    try {
      child = spawn(command, fullArgs, {
        cwd: root,
        stdio: ['ignore', 'pipe', 'pipe'],
        shell,
        env: process.env,
      });
    } catch (error) {
      resolve({ code: null, output: String(error) });
      return;
    }
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', (error) => {
      output += `\n${error.message}`;
      resolve({ code: null, output, error });
    });
    child.on('close', (code, signal) =>
      resolve({ code: code ?? (signal ? 128 : 1), output, signal }),
    );
  });
}

function describeFailure(what, result) {
  if (result.error?.code === 'ENOENT')
    return `could not start npm (${result.error.message}). Is npm on PATH?`;
  if (result.signal) return `${what} was killed by ${result.signal}`;
  return `${what} failed (exit code ${result.code})`;
}

async function install() {
  const hasLock = existsSync(lockPath);
  const reason = !existsSync(nodeModules)
    ? 'node_modules is missing'
    : force
      ? '--force given'
      : existsSync(stampPath)
        ? 'package.json or package-lock.json changed since the last install'
        : 'no record of a completed install';
  log(`${reason}; installing dependencies`);
  rmSync(stampPath, { force: true }); // an interrupted install must not look complete

  // `npm install` installs what package-lock.json pins. Not `npm ci`: it rejects this lock file,
  // which cannot list other platforms' optional packages (@tailwindcss/oxide-darwin-*, …)
  // because the registry these machines reach does not serve them, and it would print a
  // page of errors on every fresh clone before any fallback.
  if (!hasLock) log('no package-lock.json: `npm install` will create one; commit it');
  const result = await runNpm(['install', '--no-audit', '--no-fund']);
  if (result.code !== 0) return fail(describeFailure('npm install', result), 'npm install');
  writeStamp();
  log('dependencies installed');
  return 0;
}

function fail(message, command) {
  log(`ERROR: ${message}.`);
  log('node_modules may be incomplete. Fix the problem shown above (network access to the npm');
  log(`registry, disk space, permissions), then run this again, or run \`${command}\` yourself.`);
  return 1;
}

async function main() {
  if (!existsSync(pkgPath)) {
    log(`ERROR: no package.json in ${root}`);
    return 1;
  }
  // Fast path: two small reads and a hash.
  if (upToDate(currentHash())) {
    if (!quiet) log('dependencies are up to date');
    return 0;
  }

  const release = await acquireMutex();
  try {
    // Someone else may have installed while we waited.
    if (upToDate(currentHash())) {
      if (!quiet) log('dependencies are up to date');
      return 0;
    }
    if (!force && existsSync(nodeModules) && existsSync(lockPath) && nodeModulesMatchLock()) {
      writeStamp();
      if (!quiet)
        log(
          'node_modules matches package-lock.json; recorded that in node_modules/.fil-deps-stamp',
        );
      return 0;
    }
    return await install();
  } finally {
    release();
  }
}

let exitCode;
try {
  exitCode = await main();
} catch (error) {
  log(`ERROR: ${error?.stack ?? error}`);
  exitCode = 1;
}
process.exitCode = exitCode;
