import { describe, expect, it } from 'vitest';
import { prerenderFile, withBootScript, withPrerendered } from './prerender.ts';

const shell =
  '<!doctype html><html><head><title>Fil</title></head><body><div id="root"></div></body></html>';

describe('prerenderFile', () => {
  it('names the file each static host serves for the clean URL', () => {
    expect(prerenderFile('/')).toBe('index.html');
    expect(prerenderFile('/articles/000_78ca0d792cd5fe59')).toBe(
      'articles/000_78ca0d792cd5fe59.html',
    );
  });
});

describe('withPrerendered', () => {
  it('puts the page into the root, marked with its path', () => {
    expect(withPrerendered(shell, '/articles/a', '<p>x</p>')).toBe(
      '<!doctype html><html><head><title>Fil</title></head><body><div id="root" data-prerendered="/articles/a"><p>x</p></div></body></html>',
    );
  });

  it('keeps dollar signs in the page as text', () => {
    expect(withPrerendered(shell, '/', "<p>$& $' $$ 5$</p>")).toContain("<p>$& $' $$ 5$</p>");
  });

  it('refuses a shell without an empty root', () => {
    expect(() => withPrerendered('<div id="root">x</div>', '/', '')).toThrow(/no <div id="root">/);
  });
});

describe('withBootScript', () => {
  const built = `<head>
    <script type="module" crossorigin src="/assets/rolldown-runtime-a.js"></script>
    <script type="module" crossorigin src="/assets/app-b.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/shared-c.js">
    <link rel="stylesheet" crossorigin href="/assets/app-d.css">
  </head>`;

  it('loads only the boot script, naming the entry, and keeps the stylesheet', () => {
    expect(withBootScript(built, '/assets/boot-e.js', '/assets/app-b.js')).toBe(`<head>
    <script type="module" crossorigin src="/assets/boot-e.js" data-app-entry="/assets/app-b.js"></script>
    <link rel="stylesheet" crossorigin href="/assets/app-d.css">
  </head>`);
  });

  it('refuses a shell that does not load the entry', () => {
    expect(() => withBootScript(built, '/assets/boot-e.js', '/assets/app-x.js')).toThrow(
      /does not load \/assets\/app-x\.js/,
    );
  });
});
