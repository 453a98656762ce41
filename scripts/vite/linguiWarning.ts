// Vite plugin: Lingui's warning for an uncompiled message, in one line.
//
// @lingui/core warns when it meets a message that no compiler turned into a function (a raw
// catalogue): a 300-character text with no production switch, so it sat in the reader's initial
// JavaScript (~0.1 KB gzipped). Fil compiles every catalogue at build time (@lingui/vite-plugin),
// and a message missing from one is logged by Fil itself (`Fil: no message …`), so the warning
// is there for a mistake in the build alone: one line still names it and the message.

import type { Plugin } from 'vite';

/** The module holding the warning: @lingui/core's ES build (5.x). */
const LINGUI_CORE = /[\\/]@lingui[\\/]core[\\/]dist[\\/]index\.mjs$/;

/** The warning as @lingui/core 5.9 writes it; the captured name is the message's variable. */
const WARNING =
  /console\.warn\(`Uncompiled message detected! Message:\s*>\s*\$\{(\w+)\}[\s\S]*?`\)/;

/**
 * `code` (@lingui/core's module) with the warning cut to one line. Throws when the warning is not
 * found, so that an upgrade of Lingui that rewords it is noticed rather than shipped long.
 */
export function shortenWarning(code: string): string {
  if (!WARNING.test(code))
    throw new Error('fil:lingui-warning: the warning of @lingui/core was not found');
  return code.replace(
    WARNING,
    (_, message: string) => `console.warn(\`Lingui: uncompiled message: \${${message}}\`)`,
  );
}

/** Build only, like the other size plugins (the dev server's warning stays as Lingui wrote it). */
export function linguiWarning(): Plugin {
  return {
    name: 'fil:lingui-warning',
    apply: 'build',
    transform(code, id) {
      return LINGUI_CORE.test(id) ? { code: shortenWarning(code), map: null } : null;
    },
  };
}
