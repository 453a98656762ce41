import { transformAsync } from '@babel/core';
import type { Plugin } from 'vite';

/** Runs Lingui's macro (Babel) on the source files that import it, before plugin-react's Oxc. */
export function linguiMacro(): Plugin {
  return {
    name: 'fil-lingui-macro',
    enforce: 'pre',
    transform: {
      filter: { id: /\/src\/.*\.tsx?$/, code: /@lingui\/(?:core|react)\/macro/ },
      async handler(code, id) {
        const result = await transformAsync(code, {
          filename: id,
          babelrc: false,
          configFile: false,
          sourceMaps: true,
          parserOpts: { plugins: ['typescript', 'jsx'] },
          plugins: ['@lingui/babel-plugin-lingui-macro'],
        });
        return result?.code ? { code: result.code, map: result.map } : null;
      },
    },
  };
}
