// Where the browser tests' build goes, for playwright.config.ts and scripts/e2eBuild.ts.

/**
 * The port the browser tests serve on: E2E_PORT, to run a second checkout next to one already
 * serving on 4173, else 4173.
 */
export function e2ePort(): number {
  return Number(process.env.E2E_PORT) || 4173;
}

/** The build's folder: its own per port, so that two runs never serve each other's build. */
export function e2eOutDir(): string {
  return process.env.E2E_PORT ? `dist-e2e-${e2ePort()}` : 'dist';
}
