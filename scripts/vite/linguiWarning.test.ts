import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { shortenWarning } from './linguiWarning';

const require = createRequire(import.meta.url);
/** @lingui/core's ES build, as the app's build reads it. */
const linguiCore = () =>
  readFileSync(require.resolve('@lingui/core').replace(/index\.c?js$/, 'index.mjs'), 'utf8');

describe('shortenWarning', () => {
  it('cuts the installed @lingui/core warning to one line that still names the message', () => {
    const before = linguiCore();
    const after = shortenWarning(before);
    expect(before).toContain('Please compile your catalog first');
    expect(after).not.toContain('Please compile your catalog first');
    expect(after).toMatch(/console\.warn\(`Lingui: uncompiled message: \$\{\w+\}`\)/);
    expect(before.length - after.length).toBeGreaterThan(200);
  });

  it('throws on a module without the warning, so a reworded one is noticed', () => {
    expect(() => shortenWarning('console.warn(`something else`)')).toThrow(/not found/);
  });
});
