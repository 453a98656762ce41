// `npm run lighthouse`: Lighthouse's accessibility audit of the library and the reader, in each
// interface language, on the production build. Prints one score per page and language, the
// audits that failed, and exits non-zero unless every score is 100 (issue 13, point 4).
//
// Lighthouse is fetched by `npm exec` at a pinned version rather than kept in the lock file: it
// brings ~190 MB of dependencies that no other command needs. 12.8 is its newest release that
// runs on Node 20 (13.x asks for Node 22.19). It drives Debian's Chromium (scripts/chromium.ts).

import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE } from './chromium.ts';
import { freePort, waitForServer } from './previewServer.ts';

const LIGHTHOUSE = 'lighthouse@12.8.2';
const PAGES = [
  ['library', '/'],
  ['reader', '/articles/000_78ca0d792cd5fe59'],
] as const;
const LANGUAGES = ['en', 'fr', 'it'] as const;

type Audit = { id: string; title: string; score: number | null; scoreDisplayMode: string };
type Report = {
  categories: { accessibility: { score: number | null } };
  audits: Record<string, Audit>;
};

const root = join(import.meta.dirname, '..');
const vite = join(root, 'node_modules', '.bin', 'vite');

/** One Lighthouse run: the accessibility score (0–100) and the ids and titles of failed audits. */
function audit(url: string, language: string, out: string): { score: number; failed: string[] } {
  const report = join(out, `report-${language}.json`);
  const flags = [...CHROMIUM_ARGS, '--headless=new', `--lang=${language}`].join(' ');
  execFileSync(
    'npm',
    [
      'exec',
      '--yes',
      `--package=${LIGHTHOUSE}`,
      '--',
      'lighthouse',
      url,
      '--only-categories=accessibility',
      '--output=json',
      `--output-path=${report}`,
      '--quiet',
      `--chrome-flags=${flags}`,
    ],
    {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, CHROME_PATH: CHROMIUM_EXECUTABLE },
    },
  );
  const result = JSON.parse(readFileSync(report, 'utf8')) as Report;
  const failed = Object.values(result.audits)
    .filter((entry) => entry.scoreDisplayMode === 'binary' && entry.score === 0)
    .map((entry) => `${entry.id}: ${entry.title}`);
  return { score: Math.round((result.categories.accessibility.score ?? 0) * 100), failed };
}

async function main(): Promise<void> {
  const out = mkdtempSync(join(tmpdir(), 'fil-lighthouse-'));
  const dist = join(out, 'dist');
  execFileSync(vite, ['build', '--logLevel', 'error', '--outDir', dist, '--emptyOutDir'], {
    cwd: root,
    stdio: 'inherit',
  });
  const port = await freePort();
  const base = `http://localhost:${port}`;
  const server = spawn(
    vite,
    ['preview', '--port', String(port), '--strictPort', '--outDir', dist, '--logLevel', 'error'],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  let below = 0;
  try {
    await waitForServer(base);
    for (const [name, path] of PAGES) {
      for (const language of LANGUAGES) {
        const { score, failed } = audit(`${base}${path}`, language, out);
        if (score < 100) below++;
        console.log(`${name.padEnd(8)} ${language}  accessibility ${score}`);
        for (const line of failed) console.log(`    failed ${line}`);
      }
    }
  } finally {
    server.kill();
    rmSync(out, { recursive: true, force: true });
  }
  console.log(below === 0 ? 'every score is 100' : `${below} score(s) below 100`);
  process.exitCode = below === 0 ? 0 : 1;
}

await main();
