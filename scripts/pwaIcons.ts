// The install icons in public/icons/, drawn from public/favicon.svg by Chromium (the one the tests
// use): `npx tsx scripts/pwaIcons.ts` after a change of the favicon, then commit the PNGs.
//   icon-192.png, icon-512.png   the favicon as it is (its rounded square, transparent corners);
//   icon-maskable-512.png        full-bleed background, the mark scaled into the safe zone;
//   apple-touch-icon.png (180)   the same full-bleed square: iOS rounds the corners itself.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE } from './chromium.ts';

/** The favicon's drawing space: viewBox 0 0 32 32. */
const VIEWBOX = 32;

/**
 * A maskable icon's safe zone is the centred circle of radius 40 % of the side
 * (https://www.w3.org/TR/appmanifest/#icon-masks); 0.8 keeps the mark (its farthest point is
 * ~12.7 units from the centre, stroke included) inside it with a margin: ~10.1 of 12.8 units.
 */
export const MASKABLE_MARK_SCALE = 0.8;

/** The favicon's parts: its background rectangle and everything drawn over it. */
export function faviconParts(svg: string): { readonly fill: string; readonly mark: string } {
  const rect = /<rect\b[^>]*\bfill="([^"]+)"[^>]*\/>/.exec(svg);
  const close = svg.lastIndexOf('</svg>');
  if (!rect || close < 0) throw new Error('favicon.svg: expected a <rect fill="…"/> and </svg>');
  return { fill: rect[1]!, mark: svg.slice(rect.index + rect[0].length, close) };
}

/**
 * The full-bleed version of the favicon at `size` px: a square of its background colour, no
 * rounded corners, the mark scaled by `scale` about the centre.
 */
export function fullBleedSvg(svg: string, size: number, scale: number): string {
  const { fill, mark } = faviconParts(svg);
  const centre = VIEWBOX / 2;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${VIEWBOX} ${VIEWBOX}" width="${size}" height="${size}">` +
    `<rect width="${VIEWBOX}" height="${VIEWBOX}" fill="${fill}"/>` +
    `<g transform="translate(${centre} ${centre}) scale(${scale}) translate(${-centre} ${-centre})">${mark}</g></svg>`
  );
}

/** The favicon as it is, drawn at `size` px. */
export function sizedSvg(svg: string, size: number): string {
  return svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
}

async function main(): Promise<void> {
  const favicon = readFileSync(new URL('../public/favicon.svg', import.meta.url), 'utf8');
  const folder = fileURLToPath(new URL('../public/icons/', import.meta.url));
  mkdirSync(folder, { recursive: true });
  const icons: readonly (readonly [string, number, string])[] = [
    ['icon-192.png', 192, sizedSvg(favicon, 192)],
    ['icon-512.png', 512, sizedSvg(favicon, 512)],
    ['icon-maskable-512.png', 512, fullBleedSvg(favicon, 512, MASKABLE_MARK_SCALE)],
    ['apple-touch-icon.png', 180, fullBleedSvg(favicon, 180, 0.9)],
  ];
  const browser = await chromium.launch({
    executablePath: CHROMIUM_EXECUTABLE,
    args: CHROMIUM_ARGS,
  });
  try {
    for (const [name, size, svg] of icons) {
      const page = await browser.newPage({ viewport: { width: size, height: size } });
      await page.setContent(`<style>*{margin:0}svg{display:block}</style>${svg}`);
      writeFileSync(`${folder}${name}`, await page.screenshot({ omitBackground: true }));
      await page.close();
      console.log(`public/icons/${name}`);
    }
  } finally {
    await browser.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
