// Vite plugin: the seeds/ folder, parsed at build time by Fil's own parser.
//   - `virtual:fil-seeds` exports the library's summaries and, per seed, the URL of its
//     ParsedDocument as JSON;
//   - the build emits those JSON files, the dev server answers them from seeds/ directly.
// The browser then fetches data as data: no parser and no JavaScript-wrapped text on load.

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { summarize } from '../../src/library/summary.ts';
import { parseDocument } from '../../src/parser/parse.ts';

const VIRTUAL_ID = 'virtual:fil-seeds';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

type Seed = { id: string; json: string; url: string };

function readSeeds(folder: string, hashed: boolean) {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const id = name.slice(0, -'.txt'.length);
      const doc = parseDocument(readFileSync(join(folder, name), 'utf8'), { id });
      const json = JSON.stringify(doc);
      const hash = createHash('sha256').update(json).digest('hex').slice(0, 10);
      const seed: Seed = {
        id,
        json,
        url: hashed ? `/seeds/${id}.${hash}.json` : `/seeds/${id}.json`,
      };
      return { seed, summary: summarize(doc, 'seed') };
    });
}

export function seedAssets(seedsFolder: string): Plugin {
  let isBuild = false;
  return {
    name: 'fil-seed-assets',
    configResolved(config) {
      isBuild = config.command === 'build';
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : null;
    },
    load(id) {
      if (id !== RESOLVED_ID) return null;
      const seeds = readSeeds(seedsFolder, isBuild);
      for (const name of readdirSync(seedsFolder)) this.addWatchFile(join(seedsFolder, name));
      if (isBuild) {
        for (const { seed } of seeds)
          this.emitFile({ type: 'asset', fileName: seed.url.slice(1), source: seed.json });
      }
      const urls = Object.fromEntries(seeds.map(({ seed }) => [seed.id, seed.url]));
      return [
        `export const seedSummaries = ${JSON.stringify(seeds.map(({ summary }) => summary))};`,
        `export const seedUrls = ${JSON.stringify(urls)};`,
      ].join('\n');
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const match = /^\/seeds\/([\w.-]+)\.json$/.exec(request.url ?? '');
        const seed = match
          ? readSeeds(seedsFolder, false).find(({ seed: s }) => s.id === match[1])
          : undefined;
        if (!seed) return next();
        response.setHeader('Content-Type', 'application/json; charset=utf-8');
        response.end(seed.seed.json);
      });
    },
  };
}
