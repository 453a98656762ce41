// The documents bundled with Fil: the files in the repository's seeds/ folder, parsed at build
// time (scripts/vite/seedAssets.ts) and fetched as JSON when a page opens one.

import { largeSeeds, seedUrls } from 'virtual:fil-seeds';
import type { ParsedDocument } from '../parser/types';

export function isSeedId(id: string): boolean {
  return Object.hasOwn(seedUrls, id);
}

/**
 * A bundled document that could not be fetched (offline, a stale deployment). The page that
 * says so words `id` and `status` in the interface language: a route's loader can fail before
 * it is chosen. `message` is for developers.
 */
export class SeedLoadError extends Error {
  readonly id: string;
  /** The HTTP status of the answer. */
  readonly status: number;
  constructor(id: string, status: number) {
    super(`The document "${id}" could not be loaded (HTTP ${status}).`);
    this.name = 'SeedLoadError';
    this.id = id;
    this.status = status;
  }
}

/** The seed's parsed document, or null when there is no seed of that id. */
export async function loadSeed(id: string): Promise<ParsedDocument | null> {
  if (!isSeedId(id)) return null;
  const url = seedUrls[id]!;
  // A big thread is parsed in a worker and handed over in short tasks (the page stays
  // responsive, and a prerendered page stays readable while it loads).
  if (largeSeeds.includes(id)) {
    const { loadInWorker } = await import('./largeDocument');
    return loadInWorker(url, (status) => new SeedLoadError(id, status));
  }
  const response = await fetch(url);
  if (!response.ok) throw new SeedLoadError(id, response.status);
  return (await response.json()) as ParsedDocument;
}
