// Property: comment trees of any depth (long reply chains, up to 10,000 deep, mixed with
// branching) survive JSON export and import and text export and import unchanged. Deep values
// are compared with an explicit stack: expect().toEqual recurses and overflows near depth 5,000.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDocument } from '../parser/format.ts';
import { writeJson } from '../parser/json.ts';
import { parseDocument } from '../parser/parse.ts';
import { documentOf, treeWithoutLines } from '../parser/testing.ts';
import type { Comment, ParsedDocument } from '../parser/types.ts';
import { readDocumentJson } from './documentJson.ts';
import { jsonProblemText } from './messages.ts';

/** A stretch of the tree: climb `climb` levels back up, then add a chain `chain` comments long. */
type Run = { readonly climb: number; readonly chain: number };

/** What a comment says; comment i takes contents[i % contents.length]. */
type Content = { readonly score: number; readonly postedAt: string; readonly paragraphs: string[] };

// Lower-case words: never a header, a date, a count or a quote line.
const WORDS = [
  'le',
  'fil',
  'réponse',
  'sécurité',
  'dialogue',
  '«',
  '»',
  'question',
  'moscou',
  'été',
];
const pad2 = (n: number) => String(n).padStart(2, '0');

const content: fc.Arbitrary<Content> = fc.record({
  score: fc.integer({ min: -60, max: 60 }),
  // Every comment has a date: a header is a header only with a date line under it.
  postedAt: fc
    .tuple(
      fc.integer({ min: 2000, max: 2030 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 28 }),
      fc.option(fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))),
    )
    .map(
      ([year, month, day, time]) =>
        `${year}-${pad2(month)}-${pad2(day)}${time ? `T${pad2(time[0])}:${pad2(time[1])}` : ''}`,
    ),
  paragraphs: fc.array(
    fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 }).map((w) => w.join(' ')),
    { minLength: 1, maxLength: 2 },
  ),
});

/**
 * The tree the runs describe, built without recursion; no comment deeper than maxDepth (a chain
 * that would go deeper continues as siblings at maxDepth). Ids are paths, as the parser gives.
 */
function buildTree(runs: readonly Run[], contents: readonly Content[], maxDepth: number) {
  const roots: Comment[] = [];
  // path[d] is the comment open at depth d + 1; its children take the next comment.
  const path: Comment[] = [];
  let made = 0;
  let deepest = 0;
  for (const run of runs) {
    path.length -= Math.min(run.climb, path.length);
    for (let k = 0; k < run.chain; k++) {
      if (path.length === maxDepth) path.pop();
      const parent = path[path.length - 1];
      const siblings = parent ? parent.children : roots;
      const { score, postedAt, paragraphs } = contents[made % contents.length]!;
      const comment: Comment = {
        id: `${parent ? `${parent.id}.` : ''}${siblings.length + 1}`,
        line: 0,
        endLine: 0,
        score,
        postedAt,
        author: null,
        quote: null,
        paragraphs,
        children: [],
      };
      siblings.push(comment);
      path.push(comment);
      made++;
      deepest = Math.max(deepest, path.length);
    }
  }
  return { roots, deepest, count: made };
}

function deepDocument(comments: Comment[]): ParsedDocument {
  return documentOf(comments, {
    id: 'deep',
    title: 'Un fil profond',
    language: 'fr',
    body: [{ text: 'Un article court.', line: 3, endLine: 3 }],
  });
}

/**
 * The first path where a and b differ ('' when they are equal), compared with an explicit stack:
 * plain data only (objects, arrays, strings, numbers, booleans, null).
 */
function difference(a: unknown, b: unknown): string {
  const stack: [unknown, unknown, string][] = [[a, b, '']];
  while (stack.length > 0) {
    const [x, y, at] = stack.pop()!;
    if (x === y) continue;
    if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null)
      return `${at || 'value'}: ${String(x).slice(0, 40)} ≠ ${String(y).slice(0, 40)}`;
    if (Array.isArray(x) !== Array.isArray(y)) return `${at}: array and object`;
    const xKeys = Object.keys(x);
    const yKeys = Object.keys(y);
    if (xKeys.join() !== yKeys.join()) return `${at}: keys ${xKeys.join()} ≠ ${yKeys.join()}`;
    const xRecord = x as Record<string, unknown>;
    const yRecord = y as Record<string, unknown>;
    // Paths are kept short: a deep chain's path would be as long as its ids.
    for (const key of xKeys)
      stack.push([xRecord[key], yRecord[key], at.length > 60 ? at : `${at}/${key}`]);
  }
  return '';
}

const runs = (maxRuns: number, maxClimb: number, maxChain: number) =>
  fc.array(
    fc.record({ climb: fc.nat({ max: maxClimb }), chain: fc.integer({ min: 1, max: maxChain }) }),
    { minLength: 1, maxLength: maxRuns },
  );
const contents = fc.array(content, { minLength: 1, maxLength: 12 });

/** Export as JSON (writeJson), import (readDocumentJson): the same document, lines included. */
function jsonRoundTrip(doc: ParsedDocument, indent = 2): void {
  const read = readDocumentJson(writeJson(doc, { indent })!);
  if (!read.ok) throw new Error(jsonProblemText(read.problem));
  expect(difference(read.doc, doc)).toBe('');
}

/** Export as text (formatDocument), import (parseDocument): the same tree, lines aside. */
function textRoundTrip(doc: ParsedDocument, deepest: number): void {
  const parsed = parseDocument(formatDocument(doc), { id: doc.id });
  expect(parsed.diagnostics).toEqual([]);
  expect(difference(treeWithoutLines(parsed.comments), treeWithoutLines(doc.comments))).toBe('');
  let depth = 0;
  for (let level = parsed.comments; level.length > 0; level = level[level.length - 1]!.children)
    depth++;
  expect(depth).toBeLessThanOrEqual(deepest);
}

describe('trees of any depth round-trip', () => {
  it('difference finds what differs, however deep', () => {
    const a = buildTree(
      [{ climb: 0, chain: 2000 }],
      [{ score: 1, postedAt: '2022-01-01', paragraphs: ['a'] }],
      3000,
    );
    const b = buildTree(
      [{ climb: 0, chain: 2000 }],
      [{ score: 1, postedAt: '2022-01-01', paragraphs: ['a'] }],
      3000,
    );
    expect(difference(a.roots, b.roots)).toBe('');
    let last = b.roots[0]!;
    while (last.children.length > 0) last = last.children[0]!;
    last.score = 2;
    expect(difference(a.roots, b.roots)).toMatch(/: 1 ≠ 2$/);
  });

  it('shallow, bushy trees: JSON and text', () => {
    fc.assert(
      fc.property(runs(30, 6, 12), contents, (r, c) => {
        const { roots, deepest } = buildTree(r, c, 60);
        const doc = deepDocument(roots);
        jsonRoundTrip(doc);
        textRoundTrip(doc, deepest);
      }),
      { numRuns: 100 },
    );
  });

  it('long chains mixed with branches, up to 10,000 deep: JSON', () => {
    // Ids are paths, so a chain 10,000 deep holds 100 MB of ids: few runs, compact JSON.
    fc.assert(
      fc.property(runs(4, 3000, 6000), contents, (r, c) => {
        const { roots, deepest } = buildTree(r, c, 10_000);
        expect(deepest).toBeLessThanOrEqual(10_000);
        jsonRoundTrip(deepDocument(roots), 0);
      }),
      {
        numRuns: 1,
        // Always once: a chain the whole 10,000 deep.
        examples: [
          [
            [{ climb: 0, chain: 10_000 }],
            [{ score: -3, postedAt: '2022-01-22T09:32', paragraphs: ['fil'] }],
          ],
        ],
      },
    );
  });

  it('long chains mixed with branches, up to 10,000 deep: text (a tab a level past 32)', () => {
    fc.assert(
      fc.property(runs(4, 3000, 6000), contents, (r, c) => {
        const { roots, deepest } = buildTree(r, c, 10_000);
        textRoundTrip(deepDocument(roots), deepest);
      }),
      {
        numRuns: 1,
        examples: [
          [
            [{ climb: 0, chain: 10_000 }],
            [{ score: 12, postedAt: '2022-01-22T09:32', paragraphs: ['réponse'] }],
          ],
        ],
      },
    );
  });
});
