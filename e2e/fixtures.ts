// Playwright's `test` with accessibility checking. Specs import `test` and `expect` from here:
//
//   import { test, expect, expectNoAxeViolations } from './fixtures';
//
//   test('library is accessible', async ({ page, axe }) => {
//     await page.goto('/');
//     await axe.expectNoViolations();                          // whole page
//     await expectNoAxeViolations(page, { include: 'main' });  // same check, standalone form
//     const results = await axe.makeAxeBuilder(['region']).analyze(); // raw axe, 'region' off
//   });
//
// Dark mode needs nothing special: `test.use({ colorScheme: 'dark' })`.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/**
 * The rule sets every page is held to: WCAG 2.0, 2.1 and 2.2, levels A and AA (2.2 adds
 * target-size at AA; its A rules are 2.0's and 2.1's), plus axe's best practices.
 */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Rules run on top of the tags: experimental in axe 4.x, so the tags alone leave them out.
 * label-content-name-mismatch is WCAG 2.5.3 (label in name), which Lighthouse checks too.
 */
export const AXE_EXTRA_RULES = ['label-content-name-mismatch'];

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;
type AxeViolation = AxeResults['violations'][number];

/** What to check, for `expectNoAxeViolations` and `axe.expectNoViolations`. */
export interface AxeCheckContext {
  /** CSS selector(s) to restrict the check to (default: the whole page). */
  include?: string | string[];
  /** CSS selector(s) to leave out. */
  exclude?: string | string[];
  /** axe rule ids to skip, e.g. ['color-contrast']; say why next to the call. */
  disableRules?: string[];
  /** Names the state being checked in the failure message, e.g. 'dark mode, thread expanded'. */
  label?: string;
}

/**
 * The axe-core build injected into the page for each run: the minified one. AxeBuilder's default
 * is axe-core's `source`, the unminified build (1.3 MB against 0.6 MB), which the page compiled
 * in 0.7–1.0 s before every first run on a document, against 0.5 s for this one (idle machine).
 */
const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * A fresh AxeBuilder for `page` with the project's tags and extra rules, less `disabledRules`. In legacy mode axe runs in the page
 * itself: by default it also opens a blank page to gather its results in, which on a busy
 * machine cost seconds a run, and serves only to test frames from other origins (Fil has none).
 */
export function makeAxeBuilder(page: Page, disabledRules: readonly string[] = []): AxeBuilder {
  // One rules object: AxeBuilder's disableRules would replace it, dropping the extra rules.
  const rules: Record<string, { enabled: boolean }> = {};
  for (const rule of AXE_EXTRA_RULES) rules[rule] = { enabled: true };
  for (const rule of disabledRules) rules[rule] = { enabled: false };
  // resultTypes: passes, incomplete and inapplicable keep one element each. axe builds a unique
  // selector for every element it reports, which for the passes of colour-contrast alone is every
  // piece of text: on a reader page that was 40 % of a run. The assertions read only violations.
  return new AxeBuilder({ page, axeSource: AXE_SOURCE })
    .options({ rules, resultTypes: ['violations'] })
    .withTags(AXE_TAGS)
    .setLegacyMode(true);
}

/**
 * What one axe run adds to the test's time. Axe is the heaviest step of the browser tests: on
 * the reader its colour-contrast rule alone computes the colours behind every piece of text,
 * and with both cores busy one run took 6 to 15 s, so a test of one or two runs went past the
 * 30 s it had for everything (issue 11, point 5). Each run brings its own allowance instead.
 */
const AXE_ALLOWANCE = 20_000;

const MAX_TARGETS = 3;
const MAX_SUMMARY = 300;

function formatTarget(target: AxeViolation['nodes'][number]['target']): string {
  // A target is a list of selectors, one per frame or shadow root on the way to the element.
  return target
    .map((part) => (Array.isArray(part) ? part.join(' >>> ') : String(part)))
    .join(' >>> ');
}

/** One readable paragraph per violation: rule id, impact, help text, a few offending elements. */
export function formatAxeViolations(violations: AxeViolation[]): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes;
      const lines = [
        `- ${violation.id} [${violation.impact ?? 'unknown impact'}] ${violation.help} ` +
          `(${nodes.length} element${nodes.length === 1 ? '' : 's'})`,
      ];
      for (const node of nodes.slice(0, MAX_TARGETS))
        lines.push(`    ${formatTarget(node.target)}`);
      if (nodes.length > MAX_TARGETS) lines.push(`    ...and ${nodes.length - MAX_TARGETS} more`);
      const summary = nodes[0]?.failureSummary
        ?.trim()
        .replace(/:\s*\n\s*/g, ': ')
        .replace(/\s*\n\s*/g, '; ');
      if (summary) {
        lines.push(
          `    first: ${summary.length > MAX_SUMMARY ? `${summary.slice(0, MAX_SUMMARY - 1)}…` : summary}`,
        );
      }
      lines.push(`    ${violation.helpUrl}`);
      return lines.join('\n');
    })
    .join('\n');
}

/**
 * Runs axe on `page` (as it is now: wait for the state you mean to check first) and fails the
 * test with a readable list of violations. The full results are attached to the test report.
 */
export async function expectNoAxeViolations(
  page: Page,
  context: AxeCheckContext = {},
): Promise<void> {
  const { timeout } = base.info();
  if (timeout > 0) base.info().setTimeout(timeout + AXE_ALLOWANCE); // 0: no limit (debugging)
  let builder = makeAxeBuilder(page, context.disableRules);
  if (context.include) builder = builder.include(context.include);
  if (context.exclude) builder = builder.exclude(context.exclude);
  const results = await builder.analyze();
  const { violations } = results;

  if (violations.length > 0) {
    await base.info().attach(`axe violations${context.label ? ` (${context.label})` : ''}`, {
      body: JSON.stringify(violations, null, 2),
      contentType: 'application/json',
    });
  }
  const where = `${results.url}${context.label ? ` (${context.label})` : ''}`;
  const message =
    `${violations.length} axe violation${violations.length === 1 ? '' : 's'} on ${where}:\n` +
    formatAxeViolations(violations);
  expect(violations.length, message).toBe(0);
}

/**
 * `expectNoAxeViolations` in the light theme and then in the dark one, on the page as it is: the
 * system's colour scheme is switched (emulateMedia), which the page follows while the reader has
 * chosen no theme of their own, so a state reached once is checked in both. Fails when the page
 * did not change colour with it. Leaves the page dark.
 */
export async function expectNoAxeViolationsInBothThemes(
  page: Page,
  context: AxeCheckContext = {},
): Promise<void> {
  const background = () =>
    page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  let light = '';
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    // The new scheme's styles, and the animations they start (a permalinked comment's glow starts
    // again in the other theme's colours), are there from the next frame: wait for it to settle.
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    await animationsSettled(page);
    if (colorScheme === 'light') light = await background();
    else expect(await background(), 'the page follows the dark scheme').not.toBe(light);
    const label = context.label ? `${context.label}, ${colorScheme}` : colorScheme;
    await expectNoAxeViolations(page, { ...context, label });
  }
}

export interface AxeFixture {
  /** A fresh AxeBuilder for the test's page with the project's tags and rules, less `disabledRules`. */
  makeAxeBuilder(disabledRules?: readonly string[]): AxeBuilder;
  /** `expectNoAxeViolations` for the test's page. */
  expectNoViolations(context?: AxeCheckContext): Promise<void>;
}

/** What the app logs when a prerendered page's hydration did not match (src/app/main.tsx). */
const HYDRATION_MISMATCH = 'Fil: hydration';

/** What the app logs when a message has no entry in the active catalogue (src/app/main.tsx). */
const MISSING_MESSAGE = 'Fil: no message';

/**
 * What Chromium logs when it refuses something: a Content-Security-Policy violation (Chromium 156:
 * "Loading the script '…' violates the following Content Security Policy directive…", "Applying
 * inline style violates…"; older versions: "Refused to load…"), or a file refused for its type
 * under `X-Content-Type-Options: nosniff` ("Refused to execute script from…").
 */
const REFUSED = /^Refused to |violates the following Content Security Policy directive/;

/** The page-side name the CSP check reports `securitypolicyviolation` events through. */
const CSP_BINDING = '__filCspViolation';

export const test = base.extend<{
  axe: AxeFixture;
  consoleLines: readonly string[];
  catalogueComplete: undefined;
  noCspViolation: undefined;
  hydrationMatches: undefined;
}>({
  // A prerendered page is on screen before its scripts run, and its buttons do nothing until
  // React has hydrated it: every navigation by goto or reload waits for `#root[data-interactive]`
  // (src/app/main.tsx), as a reader's first click would need it to. Pages without the app's root
  // (about:blank, a file) and pages without scripts wait for nothing.
  page: async ({ page, javaScriptEnabled }, provide) => {
    const interactive = async () => {
      if (javaScriptEnabled === false) return;
      await page.waitForFunction(
        () => document.getElementById('root')?.hasAttribute('data-interactive') ?? true,
        null,
        { timeout: 60_000 },
      );
    };
    const goto = page.goto.bind(page);
    const reload = page.reload.bind(page);
    page.goto = async (url, options) => {
      const response = await goto(url, options);
      await interactive();
      return response;
    };
    page.reload = async (options) => {
      const response = await reload(options);
      await interactive();
      return response;
    };
    await provide(page);
  },
  // `provide` is Playwright's `use`, renamed so react-hooks/rules-of-hooks does not take it for React's.
  axe: async ({ page }, provide) => {
    await provide({
      makeAxeBuilder: (disabledRules) => makeAxeBuilder(page, disabledRules),
      expectNoViolations: (context) => expectNoAxeViolations(page, context),
    });
  },
  // The page's console lines, from its creation on: one listener for the checks below.
  consoleLines: async ({ page }, provide) => {
    const lines: string[] = [];
    page.on('console', (message) => lines.push(message.text()));
    await provide(lines);
  },
  // Every spec fails when a prerendered page did not hydrate as the build drew it (React then
  // renders it afresh, and src/app/main.tsx logs `Fil: hydration …`).
  hydrationMatches: [
    async ({ consoleLines }, provide) => {
      await provide(undefined);
      const mismatches = consoleLines.filter((line) => line.startsWith(HYDRATION_MISMATCH));
      expect(mismatches, 'prerendered pages that did not hydrate').toEqual([]);
    },
    { auto: true },
  ],
  // Every spec fails when the page asked for a message its catalogue lacks: a production build
  // would show the message's id. That happens when the catalogues were not extracted again
  // after a change (npm run i18n:extract).
  catalogueComplete: [
    async ({ consoleLines }, provide) => {
      await provide(undefined);
      const missing = consoleLines.filter((line) => line.startsWith(MISSING_MESSAGE));
      expect(missing, 'messages missing from the catalogue').toEqual([]);
    },
    { auto: true },
  ],
  // Every spec fails when the browser refused something under the site's Content-Security-Policy
  // (the <meta> tag, and the headers of the deploy recipe, which `vite preview` applies):
  //  - the page's `securitypolicyviolation` events, reported as they happen (a navigation would
  //    lose any kept in the page). The listener is an init script, which Playwright adds through
  //    the DevTools protocol (Page.addScriptToEvaluateOnNewDocument), not as a <script> in the
  //    page: the policy does not apply to it, as it does not to page.evaluate;
  //  - Chromium's console lines for them, in the page;
  //  - the same lines in the workers (the import's, the insights'), which have a policy of their
  //    own from their script's headers: neither the page's events nor Playwright's console events
  //    carry them, so a DevTools session attached to each worker reads its log (Log.enable also
  //    replays what was logged before it).
  noCspViolation: [
    async ({ page, consoleLines }, provide) => {
      const refused: string[] = [];
      await page.exposeBinding(CSP_BINDING, (_source, text: string) => {
        refused.push(text);
      });
      await page.addInitScript((binding) => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const report = (
            window as unknown as Record<string, ((text: string) => void) | undefined>
          )[binding];
          void report?.(
            `${event.effectiveDirective} refused ${event.blockedURI || '(inline)'} ` +
              `in ${event.documentURI} (${event.sourceFile || 'no file'}:${event.lineNumber})`,
          );
        });
      }, CSP_BINDING);
      const devtools = await page.context().newCDPSession(page);
      devtools.on('Target.attachedToTarget', ({ sessionId, targetInfo }) => {
        if (targetInfo.type !== 'worker') return;
        const enable = JSON.stringify({ id: 1, method: 'Log.enable' });
        // A worker may be gone before this arrives.
        devtools.send('Target.sendMessageToTarget', { sessionId, message: enable }).catch(() => {});
      });
      devtools.on('Target.receivedMessageFromTarget', ({ message }) => {
        const { method, params } = JSON.parse(message) as {
          method?: string;
          params?: { entry?: { text: string; url?: string } };
        };
        const entry = params?.entry;
        if (method === 'Log.entryAdded' && entry && REFUSED.test(entry.text))
          refused.push(`worker ${entry.url ?? ''}: ${entry.text}`);
      });
      await devtools.send('Target.setAutoAttach', {
        autoAttach: true,
        waitForDebuggerOnStart: false,
        flatten: false,
      });
      await provide(undefined);
      await devtools.detach().catch(() => {});
      refused.push(...consoleLines.filter((line) => REFUSED.test(line)));
      expect(refused, 'refused by the Content-Security-Policy').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * Waits until the page has no running animation (a permalinked comment's 2 s glow, say): axe
 * then sees the colours the page settles on, not a frame half-way.
 */
export async function animationsSettled(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => document.getAnimations().length), { timeout: 10_000 })
    .toBe(0);
}

/** A small page in the flattened format: a title, a one-paragraph article and one comment. */
export function flattenedPage(title: string, comment: string): string {
  return [
    `${title} – Le Site`,
    '',
    `L’article « ${title} », en un paragraphe.`,
    '',
    '1. +3',
    '  22 janvier 2022 09: 32',
    `  ${comment}`,
  ].join('\n');
}

/** How many documents the library holds in IndexedDB (its `entries` store, counted). */
export const storedCount = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('fil');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const counting = db.transaction('entries').objectStore('entries').count();
          counting.onerror = () => reject(counting.error);
          counting.onsuccess = () => {
            db.close();
            resolve(counting.result);
          };
        };
      }),
  );

/**
 * Opens `url` with the app's entry chunk held back until `whileShown` has run on the page as the
 * build drew it (a prerendered page shows before its scripts run), then lets the app start and
 * waits for it as `goto` does. `whileShown` runs once the boot script has asked for the entry,
 * which it does after the page's first frame: the page is then as a reader first sees it, its
 * boot script run (the root alone can be parsed before that script has run, and text typed then
 * was taken: a flaky test).
 */
export async function gotoBeforeTheApp(
  page: Page,
  url: string,
  whileShown: () => Promise<void>,
): Promise<void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  let asked = () => {};
  const requested = new Promise<void>((resolve) => (asked = resolve));
  const entry = /\/assets\/app-[^/]+\.js$/;
  await page.route(entry, async (route) => {
    asked();
    await held;
    await route.continue();
  });
  const opened = page.goto(url);
  try {
    await Promise.race([
      requested,
      opened.then(() => {
        throw new Error(`${url} loaded without asking for the app's entry`);
      }),
    ]);
    await expect(page.locator('#root[data-prerendered]')).toBeAttached();
    await whileShown();
  } finally {
    release();
  }
  await opened;
  await page.unroute(entry);
}

/**
 * Holds the import worker's requests after the first `pass` ones until `filReleaseImports()`:
 * a batch that stays mid-way while the test looks at it.
 */
export async function holdWorkerAfter(page: Page, pass: number) {
  await page.addInitScript((allowed) => {
    const post = Worker.prototype.postMessage;
    const held: [Worker, unknown][] = [];
    let left = allowed;
    let open = false;
    Worker.prototype.postMessage = function postMessage(this: Worker, message: unknown) {
      if (open || left-- > 0) post.call(this, message);
      else held.push([this, message]);
    };
    Object.assign(window, {
      filReleaseImports() {
        open = true;
        for (const [worker, message] of held.splice(0)) post.call(worker, message);
      },
    });
  }, pass);
}
