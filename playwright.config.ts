import { availableParallelism } from 'node:os';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_EXECUTABLE, TEST_CHROMIUM_ARGS } from './scripts/chromium.ts';
import { e2eOutDir, e2ePort } from './scripts/e2eTarget.ts';

// Browser tests run against the production build (`vite build` + `vite preview`) in Debian's
// Chromium: Playwright cannot download its own browsers on machines that reach only the npm
// registry and the Debian mirrors. `node scripts/ensure-chromium.mjs` checks or installs it.
// E2E_PORT only for running a second checkout next to one already serving on 4173.
const port = e2ePort();
// A second checkout or a parallel run on another port builds into its own folder and report.
const outDir = e2eOutDir();
const report = process.env.E2E_PORT
  ? `test-results/playwright-${port}.json`
  : 'test-results/playwright.json';
const baseURL = `http://localhost:${port}`;
const CI = !!process.env.CI;

export default defineConfig({
  testDir: 'e2e',
  // Screenshots of failures land here; not test-results/ itself, which Playwright empties at the
  // start of a run and which also holds vitest.json.
  outputDir: process.env.E2E_PORT ? `test-results/playwright-${port}` : 'test-results/playwright',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: true,
  forbidOnly: CI,
  retries: 0,
  workers: Math.max(1, Math.min(2, availableParallelism())),
  // scripts/test-all.mjs reads the JSON report to count the tests.
  reporter: [['list'], ['json', { outputFile: report }]],
  use: {
    baseURL,
    // The interface follows the browser's language (issue 13): specs read English unless they
    // ask for another; without this the machine's LANG would choose.
    locale: 'en-GB',
    screenshot: 'only-on-failure',
    trace: 'off',
    // The built site's service worker would precache ~27 MB in every test's fresh context: only
    // e2e/offline.spec.ts lets it register. Elsewhere the page's registration only logs
    // Playwright's warning "Service Worker registration blocked by Playwright".
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: CHROMIUM_EXECUTABLE,
          args: TEST_CHROMIUM_ARGS,
        },
      },
    },
  ],
  webServer: {
    // Built once per run (by `npm test` beside the type check and the lint, then E2E_PREBUILT
    // says so: scripts/test-all.mjs); the production build is what users get.
    command: `${process.env.E2E_PREBUILT ? '' : `npx vite build --logLevel warn --outDir ${outDir} && `}npx vite preview --port ${port} --strictPort --outDir ${outDir}`,
    url: baseURL,
    // Locally an already running `npm run preview` is reused (it serves whatever dist/ it was
    // started with: rebuild it, or stop it, after changing src/).
    reuseExistingServer: !CI,
    timeout: 180_000,
  },
});
