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
 * features and the unused UI, each once. Chromium reads only the last such switch.
 */
function disableFeaturesSwitch(defaults: readonly string[]): string {
  return `--disable-features=${[...new Set([...defaults, ...UNUSED_UI_FEATURES])].join(',')}`;
}

/** The flags for a Playwright launch (the tests, the bench, the icons). */
export const CHROMIUM_ARGS = [
  ...BASE_CHROMIUM_ARGS,
  disableFeaturesSwitch(PLAYWRIGHT_DISABLED_FEATURES),
];
