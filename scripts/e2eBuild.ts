// `npm run build:e2e`: the production build the browser tests serve, into the folder
// playwright.config.ts serves (scripts/e2eTarget.ts). scripts/test-all.mjs runs it beside the
// type check and the lint, then tells Playwright it is there (E2E_PREBUILT).

import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { e2eOutDir } from './e2eTarget.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const { status } = spawnSync(
  'npx',
  ['vite', 'build', '--logLevel', 'warn', '--outDir', e2eOutDir(), '--emptyOutDir'],
  { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' },
);
process.exitCode = status ?? 1;
