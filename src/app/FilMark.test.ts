import { readFileSync } from 'node:fs';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FilMark } from './FilMark';

/** The elements of an SVG text, in order, each as its name and attributes. */
function shapes(svg: string): { name: string; attributes: Record<string, string> }[] {
  return [...svg.matchAll(/<([a-z]+)((?:\s+[\w:-]+="[^"]*")*)\s*\/?>/g)].map((match) => ({
    name: match[1]!,
    attributes: Object.fromEntries(
      [...match[2]!.matchAll(/([\w:-]+)="([^"]*)"/g)].map((pair) => [pair[1]!, pair[2]!]),
    ),
  }));
}

describe('FilMark', () => {
  it('draws what public/favicon.svg draws, hidden from assistive technology', () => {
    const file = shapes(readFileSync(new URL('../../public/favicon.svg', import.meta.url), 'utf8'));
    const [root, ...drawing] = shapes(renderToStaticMarkup(createElement(FilMark, { size: 24 })));
    // Inline in HTML, the svg needs no xmlns; it takes the file's viewBox.
    expect(root).toEqual({
      name: 'svg',
      attributes: {
        viewBox: file[0]!.attributes.viewBox,
        width: '24',
        height: '24',
        'aria-hidden': 'true',
      },
    });
    expect(file[0]!.attributes.viewBox).toBe('0 0 32 32');
    expect(drawing).toEqual(file.slice(1));
    expect(drawing.length).toBeGreaterThan(0);
  });
});
