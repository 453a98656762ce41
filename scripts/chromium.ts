// The browser every test and benchmark drives: Debian's Chromium (Playwright cannot download
// its own here), with the flags a machine that reaches nothing beyond localhost needs —
// without them Chromium stalls on background connections that are refused.

export const CHROMIUM_EXECUTABLE = process.env.PLAYWRIGHT_CHROMIUM || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
