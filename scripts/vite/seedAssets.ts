// Vite plugin: the bundled documents, parsed at build time by Fil's own parser.
//   - the seeds/ folder, one document per .txt file;
//   - a generated 100,000-comment sample, made by the deterministic generator in scripts/
//     (so no 50 MB file sits in git).
// `virtual:fil-seeds` exports, per document, the URL of its ParsedDocument as JSON (what the
// reader's first paint needs); `virtual:fil-seed-library` their library summaries and the URL of
// the text each was parsed from (for the library and the notes panel, loaded on demand);
// `virtual:fil-seed-texts` what the library's search reads of each besides its title
// (articleTextOf: the article's paragraphs, about 12 KB in all), loaded only by the library's
// search. The build emits those
// files and the dev server answers them. The browser fetches data as data: no parser and no
// JavaScript-wrapped text on load. The text is fetched only when the reader asks to see the
// lines around a parser note: the sample's (about 15 MB) is emitted as a file rather than
// generated in the browser, which would put the generator in the bundle for a rare view.

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import {
  articleTextOf,
  summarize,
  type DocumentOrigin,
  type DocumentSummary,
} from '../../src/library/summary.ts';
import { writeJson } from '../../src/parser/json.ts';
import { contentId } from '../../src/parser/hash.ts';
import { parseDocument } from '../../src/parser/parse.ts';
import { generateThread } from '../generate-thread.ts';

const VIRTUAL_ID = 'virtual:fil-seeds';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
const LIBRARY_ID = 'virtual:fil-seed-library';
const RESOLVED_LIBRARY_ID = `\0${LIBRARY_ID}`;
const TEXTS_ID = 'virtual:fil-seed-texts';
const RESOLVED_TEXTS_ID = `\0${TEXTS_ID}`;

/** The id of the generated sample in the library and in URLs. */
export const SAMPLE_ID = 'sample-100k';
export const SAMPLE_COMMENTS = 100_000;

/**
 * Past this many characters of JSON, a bundled document is parsed in a worker and handed over in
 * batches (src/library/largeDocument.ts): parsing 1 MB takes a few milliseconds, 25 MB a third
 * of a second in one task.
 */
const LARGE_JSON = 1_000_000;

type Bundled = {
  id: string;
  text: string;
  json: string;
  summary: DocumentSummary;
  /** What the library's search reads of it besides its title (articleTextOf). */
  articleText: string;
};

function bundle(id: string, text: string, origin: DocumentOrigin): Bundled {
  const doc = parseDocument(text, { id });
  return {
    id,
    text,
    json: writeJson(doc)!,
    summary: summarize(doc, origin),
    articleText: articleTextOf(doc),
  };
}

function readSeeds(folder: string): Bundled[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) =>
      bundle(name.slice(0, -'.txt'.length), readFileSync(join(folder, name), 'utf8'), 'seed'),
    );
}

let sample: Bundled | null = null;
function generatedSample(): Bundled {
  // Short comments keep the JSON near 25 MB; the count and the nesting are what matter here.
  sample ??= bundle(
    SAMPLE_ID,
    generateThread({ comments: SAMPLE_COMMENTS, seed: 7, wordsPerComment: 14 }).text,
    'sample',
  );
  return sample;
}

/** Where the build puts a document's file: content-hashed, so it can be cached forever. */
function urlOf(id: string, content: string, extension: 'json' | 'txt', hashed: boolean): string {
  if (!hashed) return `/seeds/${id}.${extension}`;
  const hash = createHash('sha256').update(content).digest('hex').slice(0, 10);
  return `/seeds/${id}.${hash}.${extension}`;
}

/**
 * Every bundled document: the seeds (parsed now) and the generated sample (generated and parsed
 * once per process), in the library's order, each with its text, JSON and summary.
 */
export function bundledDocuments(seedsFolder: string): readonly Bundled[] {
  return [...readSeeds(seedsFolder), generatedSample()];
}

/**
 * `hashedUrls` names the files as a build does even when serving (the prerender's server, whose
 * pages must name what the build emitted).
 */
export function seedAssets(seedsFolder: string, options: { hashedUrls?: boolean } = {}): Plugin {
  let isBuild = false;
  let hashed = false;
  return {
    name: 'fil-seed-assets',
    configResolved(config) {
      isBuild = config.command === 'build';
      hashed = isBuild || options.hashedUrls === true;
    },
    resolveId(id) {
      if (id === VIRTUAL_ID) return RESOLVED_ID;
      if (id === TEXTS_ID) return RESOLVED_TEXTS_ID;
      return id === LIBRARY_ID ? RESOLVED_LIBRARY_ID : null;
    },
    load(id) {
      if (id !== RESOLVED_ID && id !== RESOLVED_LIBRARY_ID && id !== RESOLVED_TEXTS_ID) return null;
      for (const name of readdirSync(seedsFolder)) this.addWatchFile(join(seedsFolder, name));
      const documents = bundledDocuments(seedsFolder);
      if (id === RESOLVED_TEXTS_ID) {
        const texts = Object.fromEntries(
          documents.map((document) => [document.id, document.articleText]),
        );
        return `export const seedArticleTexts = ${JSON.stringify(texts)};`;
      }
      const urls: Record<string, string> = {};
      const sourceUrls: Record<string, string> = {};
      for (const document of documents) {
        // Both modules name the same files; the first one loaded emits them.
        urls[document.id] = urlOf(document.id, document.json, 'json', hashed);
        sourceUrls[document.id] = urlOf(document.id, document.text, 'txt', hashed);
        if (!isBuild || id !== RESOLVED_ID) continue;
        this.emitFile({
          type: 'asset',
          fileName: urls[document.id]!.slice(1),
          source: document.json,
        });
        this.emitFile({
          type: 'asset',
          fileName: sourceUrls[document.id]!.slice(1),
          source: document.text,
        });
      }
      if (id === RESOLVED_ID) {
        const large = documents
          .filter((document) => document.json.length > LARGE_JSON)
          .map((document) => document.id);
        return [
          `export const seedUrls = ${JSON.stringify(urls)};`,
          `export const largeSeeds = ${JSON.stringify(large)};`,
        ].join('\n');
      }
      // The id an import of a bundled document's own text would get: such an import is a
      // duplicate of the bundled one, not a second copy.
      const contentIds = Object.fromEntries(
        documents.map((document) => [contentId(document.text), document.id]),
      );
      return [
        `export const seedSummaries = ${JSON.stringify(documents.map((document) => document.summary))};`,
        `export const seedSourceUrls = ${JSON.stringify(sourceUrls)};`,
        `export const seedContentIds = ${JSON.stringify(contentIds)};`,
      ].join('\n');
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const match = /^\/seeds\/([\w.-]+)\.(json|txt)$/.exec(request.url ?? '');
        const document =
          match?.[1] === SAMPLE_ID
            ? generatedSample()
            : readSeeds(seedsFolder).find((seed) => seed.id === match?.[1]);
        if (!document) return next();
        if (match?.[2] === 'txt') {
          response.setHeader('Content-Type', 'text/plain; charset=utf-8');
          response.end(document.text);
        } else {
          response.setHeader('Content-Type', 'application/json; charset=utf-8');
          response.end(document.json);
        }
      });
    },
  };
}
