// The browser every test and benchmark drives: Debian's Chromium (Playwright cannot download
// its own here), with the flags a machine that reaches nothing beyond localhost needs —
// without them Chromium stalls on background connections that are refused.

export const CHROMIUM_EXECUTABLE = process.env.PLAYWRIGHT_CHROMIUM || '/usr/bin/chromium';

/** The flags every launch takes, whatever launches it (Playwright, or Lighthouse's launcher). */
export const BASE_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Browser UI that Debian's Chromium (the whole browser, in the new headless mode: 156 here) loads
 * for every window, each in a renderer process of its own, though nothing here ever opens it: the
 * omnibox's WebUI popups (chrome://omnibox-popup.top-chrome, and its AI-mode page). Playwright
 * opens a window per page, so every test paid for them: a page of the library took 3.9 CPU-s
 * to become interactive with them and 1.9 without (10 pages each, this machine), and 43 browser
 * tests ran in 1.6 min instead of 2.6. e2e/browser.spec.ts checks they stay off.
 */
const UNUSED_UI_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'] as const;

/**
 * The features Playwright 1.65 itself launches Chromium without (`disabledFeatures` in its
 * chromiumSwitches.ts). Chromium keeps only the last `--disable-features` switch it is given,
 * and Playwright puts the caller's flags after its own, so a switch of ours replaces this list
 * unless it carries it. e2e/browser.spec.ts fails when Playwright's list grows past this copy.
 */
export const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
] as const;

/**
 * The one `--disable-features` switch for a launcher whose own switch is `defaults`: those
 * features, the unused UI and `extra`, each once. Chromium reads only the last such switch.
 */
function disableFeaturesSwitch(defaults: readonly string[], extra: readonly string[] = []): string {
  return `--disable-features=${[...new Set([...defaults, ...UNUSED_UI_FEATURES, ...extra])].join(',')}`;
}

/** The flags for a Playwright launch (the bench, the icons; the tests take TEST_CHROMIUM_ARGS). */
export const CHROMIUM_ARGS = [
  ...BASE_CHROMIUM_ARGS,
  disableFeaturesSwitch(PLAYWRIGHT_DISABLED_FEATURES),
];

/**
 * The renderer Chromium keeps started ahead of the next navigation (a "spare"): one more process
 * beside every page's own. The browser tests open a new context for each test, and the spares
 * cost the suite more than they saved. Measured on this machine, with three subsets of 45–50
 * browser tests run with it and without it, one after the other: 108, 115 and 133 s with it;
 * 106, 107 and 125 s without it.
 * Left on for the bench, whose pages are timed from navigation as a reader's browser (which
 * keeps its spare) would load them.
 */
const SPARE_RENDERER_FEATURE = 'SpareRendererForSitePerProcess';

/** The flags the browser tests launch with: CHROMIUM_ARGS, and no spare renderer. */
export const TEST_CHROMIUM_ARGS = [
  ...BASE_CHROMIUM_ARGS,
  disableFeaturesSwitch(PLAYWRIGHT_DISABLED_FEATURES, [SPARE_RENDERER_FEATURE]),
];
