// Vite plugin: the deploy recipe (issue 15): _headers and _redirects in the built folder, and the
// preview server applying them. Filled in by the deploy work.

import type { Plugin } from 'vite';

export function deployRecipe(): Plugin {
  return { name: 'fil-deploy-recipe' };
}
