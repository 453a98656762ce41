// The browser every test drives is launched as scripts/chromium.ts says: its one
// --disable-features switch still carries Playwright's own list (Chromium keeps only the last
// such switch), a window opens without the omnibox UI, which cost every test a renderer, and no
// spare renderer is kept beside the pages.

import { chromium, type Browser } from '@playwright/test';
import {
  CHROMIUM_EXECUTABLE,
  PLAYWRIGHT_DISABLED_FEATURES,
  TEST_CHROMIUM_ARGS,
} from '../scripts/chromium.ts';
import { expect, test } from './fixtures';

/** The features named by the last --disable-features switch of a command line. */
function disabledFeatures(args: readonly string[]): string[] {
  const last = args.filter((arg) => arg.startsWith('--disable-features=')).at(-1);
  return last ? last.slice('--disable-features='.length).split(',') : [];
}

/** The addresses of the browser's own UI pages (`browser_ui` targets) once a page is open. */
async function browserUiPages(browser: Browser): Promise<string[]> {
  const page = await browser.newPage();
  const session = await browser.newBrowserCDPSession();
  const { targetInfos } = await session.send('Target.getTargets');
  await session.detach();
  await page.close();
  return targetInfos.filter((target) => target.type === 'browser_ui').map((target) => target.url);
}

/** Renderer processes of `browser` once one page is open and has loaded. */
async function renderersWithOnePage(browser: Browser): Promise<number> {
  const page = await browser.newPage();
  await page.goto('data:text/html,<title>One page</title>');
  // Chromium starts its spare renderer after the navigation; this leaves it the time.
  await page.waitForTimeout(1_500);
  const session = await browser.newBrowserCDPSession();
  const { processInfo } = await session.send('SystemInfo.getProcessInfo');
  await session.detach();
  await page.close();
  return processInfo.filter((process) => process.type === 'renderer').length;
}

test('the tests’ Chromium keeps no spare renderer beside the page', async () => {
  // Playwright's own launch keeps one, else the last check could not fail.
  const plain = await chromium.launch({ executablePath: CHROMIUM_EXECUTABLE, args: [] });
  try {
    expect(
      await renderersWithOnePage(plain),
      'Chromium keeps a spare renderer (else SPARE_RENDERER_FEATURE can go)',
    ).toBeGreaterThan(1);
  } finally {
    await plain.close();
  }
  const launched = await chromium.launch({
    executablePath: CHROMIUM_EXECUTABLE,
    args: TEST_CHROMIUM_ARGS,
  });
  try {
    expect(await renderersWithOnePage(launched)).toBe(1);
  } finally {
    await launched.close();
  }
});

test('the tests’ Chromium keeps Playwright’s disabled features and opens windows without the omnibox UI', async ({
  browser,
}) => {
  // Playwright's own launch, without our flags (`args: []`: the runner's `chromium` otherwise
  // takes playwright.config.ts's): what its switch names, and that its windows do load the
  // omnibox UI, else the last check could not fail.
  const server = await chromium.launchServer({ executablePath: CHROMIUM_EXECUTABLE, args: [] });
  try {
    const playwrightDefaults = disabledFeatures(server.process().spawnargs);
    expect(playwrightDefaults, 'Playwright launches with a --disable-features list').not.toEqual(
      [],
    );
    expect(
      PLAYWRIGHT_DISABLED_FEATURES,
      'scripts/chromium.ts copies every feature Playwright disables',
    ).toEqual(expect.arrayContaining(playwrightDefaults));
    const plain = await chromium.connect(server.wsEndpoint());
    expect(
      (await browserUiPages(plain)).filter((url) => url.startsWith('chrome://omnibox-popup')),
      'Chromium still loads the omnibox UI for a window (else UNUSED_UI_FEATURES can go)',
    ).not.toEqual([]);
    await plain.close();
  } finally {
    await server.close();
  }
  // The browser this test was given, launched as playwright.config.ts says.
  expect(await browserUiPages(browser)).toEqual([]);
});
