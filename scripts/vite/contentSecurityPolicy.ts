// Vite plugin: a Content-Security-Policy for the built site, as a <meta> tag so that it holds
// on any static host. Imported pages are only ever text; this makes sure that even a bug
// could not turn them into script. Not applied to the dev server, whose hot reload injects
// inline scripts.

import type { Plugin } from 'vite';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  // Style attributes in markup: the prerendered pages carry React's `style` props (the
  // virtualized lists' padding and positions), which hydration does not apply again. No
  // <style> element and no stylesheet from elsewhere; scripts stay 'self' only.
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'fil-content-security-policy',
    apply: 'build',
    transformIndexHtml(html) {
      return html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      );
    },
  };
}
