import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { faviconParts, fullBleedSvg, MASKABLE_MARK_SCALE, sizedSvg } from './pwaIcons.ts';

const favicon = readFileSync(new URL('../public/favicon.svg', import.meta.url), 'utf8');

describe('the install icons drawn from the favicon', () => {
  it('takes its background colour and its mark', () => {
    const { fill, mark } = faviconParts(favicon);
    expect(fill).toBe('#1e3a8a');
    expect(mark).toMatch(/^<path d="M9 7v18/);
    expect(mark).not.toContain('<rect');
  });

  it('keeps the maskable mark inside the safe zone (radius 40 % of the side)', () => {
    // The mark's farthest points from the centre (16,16) of the 32-unit box are (9,7), (9,25) and
    // (23,25): √(7² + 9²) ≈ 11.40 units, plus half the 2.5-unit stroke: 12.65. The safe radius is
    // 0.4 × 32 = 12.8 units, too tight unscaled.
    expect(12.65 * MASKABLE_MARK_SCALE).toBeLessThanOrEqual(12.8 - 2);
    const svg = fullBleedSvg(favicon, 512, MASKABLE_MARK_SCALE);
    expect(svg).toContain('width="512" height="512"');
    expect(svg).toContain('<rect width="32" height="32" fill="#1e3a8a"/>');
    expect(svg).toContain('translate(16 16) scale(0.8) translate(-16 -16)');
  });

  it('draws the favicon itself at a size', () => {
    expect(sizedSvg(favicon, 192)).toMatch(/^<svg width="192" height="192" xmlns=/);
  });

  it('says what is wrong with a favicon it cannot read', () => {
    expect(() => faviconParts('<svg><circle r="4"/></svg>')).toThrow(/expected a <rect/);
  });
});
