// Property tests: arbitrary documents survive format → parse; arbitrary input never throws and
// never loses a line.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isChrome, isMetadata } from './article.ts';
import { unaccountedLines } from './accounting.ts';
import { formatDocument } from './format.ts';
import { LANGUAGES } from './lexicon.ts';
import { parseDocument } from './parse.ts';
import { DOCUMENT_FORMAT, type Comment, type ParsedDocument, type RemovedLine } from './types.ts';
import { walkComments } from './walk.ts';

const RUNS = { numRuns: 150 };

// Text: starts with a lower-case letter (so it is never a header, date, count or quote line) and
// mixes in what must stay text: NBSP, « », typographic quotes, U+FFFD, markup, Cyrillic.
const firstChars = [...'abcdefghijklmnopqrstuvwxyzéàçœжщ'];
const innerChars = [...firstChars, ...'ABCDEFXYZ0123456789 \u00a0«»“”’\'"?!.,;:<>/=*_[]()-\ufffd'];
const word = fc.string({ unit: fc.constantFrom(...firstChars), minLength: 1, maxLength: 8 });
const textLine = fc
  .tuple(
    fc.constantFrom(...firstChars),
    fc.string({ unit: fc.constantFrom(...innerChars), maxLength: 40 }),
  )
  .map(([first, rest]) => (first + rest).replace(/[ \u00a0]+$/, ''))
  // What the parser sets aside by design is not article text to round-trip.
  .filter((line) => !isChrome(line) && !isMetadata(line));
// Lines that look like structure but are body text because no date line follows them.
const trickyLine = fc.constantFrom(
  '1. Premier point',
  '2022',
  '3. +4 voix',
  '<script>alert(1)</script>',
  '[a](javascript:x)',
);
const paragraph = fc
  .array(fc.oneof({ weight: 5, arbitrary: textLine }, { weight: 1, arbitrary: trickyLine }), {
    minLength: 1,
    maxLength: 3,
  })
  .map((lines) => lines.join('\n'));
const articleParagraph = fc
  .array(textLine, { minLength: 1, maxLength: 3 })
  .map((lines) => lines.join('\n'));
const capitalised = word.map((w) => w[0]!.toUpperCase() + w.slice(1));

const pad2 = (n: number) => String(n).padStart(2, '0');
const postedAt = fc
  .record({
    year: fc.integer({ min: 1990, max: 2035 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    time: fc.option(fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))),
  })
  .map(
    ({ year, month, day, time }) =>
      `${year}-${pad2(month)}-${pad2(day)}${time ? `T${pad2(time[0])}:${pad2(time[1])}` : ''}`,
  );

const node = fc.record({
  // Mostly one level deeper or a sibling, sometimes a climb back up: trees reach depth 50.
  depthStep: fc.oneof(
    { weight: 6, arbitrary: fc.constant(1) },
    { weight: 3, arbitrary: fc.constant(0) },
    { weight: 2, arbitrary: fc.integer({ min: -50, max: -1 }) },
  ),
  score: fc.integer({ min: -999, max: 999 }),
  postedAt,
  paragraphs: fc.array(paragraph, { maxLength: 3 }),
  quoteMode: fc.constantFrom('none', 'none', 'parent', 'orphan'),
  authorName: fc.array(capitalised, { minLength: 1, maxLength: 2 }).map((words) => words.join(' ')),
});

/** Builds a tree from preorder nodes with depths, then fills quotes the parser can resolve. */
type NodeSpec = typeof node extends fc.Arbitrary<infer T> ? T : never;

function buildTree(nodes: readonly NodeSpec[]): Comment[] {
  const topLevel: Comment[] = [];
  const path: Comment[] = [];
  const authorOf = new Map<Comment, string>();
  const parentOf = new Map<Comment, Comment | null>();
  const pending: { comment: Comment; mode: string }[] = [];
  for (const [i, spec] of nodes.entries()) {
    const depth = i === 0 ? 1 : Math.min(50, Math.max(1, path.length + spec.depthStep));
    path.length = depth - 1;
    const parent = path.at(-1) ?? null;
    const siblings = parent ? parent.children : topLevel;
    const comment: Comment = {
      id: parent ? `${parent.id}.${siblings.length + 1}` : String(siblings.length + 1),
      line: 0,
      endLine: 0,
      score: spec.score,
      // January is spelt in one language only, so the document's language is always decidable.
      postedAt: i === 0 ? spec.postedAt.replace(/^(\d{4})-\d{2}/, '$1-01') : spec.postedAt,
      author: null,
      quote: null,
      paragraphs: spec.paragraphs,
      children: [],
    };
    siblings.push(comment);
    path.push(comment);
    authorOf.set(comment, spec.authorName);
    parentOf.set(comment, parent);
    pending.push({ comment, mode: spec.quoteMode });
  }
  for (const { comment, mode } of pending) {
    const parent = parentOf.get(comment) ?? null;
    if (mode === 'parent' && parent && parent.paragraphs.length > 0) {
      const author = authorOf.get(parent)!;
      comment.quote = { author, text: parent.paragraphs[0]!.split('\n')[0]!, commentId: parent.id };
      parent.author = author;
    } else if (mode === 'orphan') {
      // "§" never occurs in generated text, so this quote matches no ancestor.
      comment.quote = {
        author: authorOf.get(comment)!,
        text: `§${comment.id}§ nowhere`,
        commentId: null,
      };
    }
  }
  return topLevel;
}

/** The parser's duplicate-title rule (article.ts isTitleRepeat): the title, or a slug of its words. */
function repeatsTitle(line: string, title: string): boolean {
  if (line === title) return true;
  const words = (text: string) =>
    text
      .toLowerCase()
      .split(/\s+/)
      .map((word) => word.replace(/[^\p{L}\p{N}]/gu, ''))
      .filter((word) => word !== '');
  const titleWords = new Set(words(title));
  const lineWords = words(line);
  return (
    titleWords.size >= 4 &&
    lineWords.length >= 4 &&
    lineWords.length >= titleWords.size / 2 &&
    lineWords.every((word) => titleWords.has(word))
  );
}

const documentArbitrary = fc
  .record({
    title: fc.array(word, { minLength: 1, maxLength: 8 }).map((words) => words.join(' ')),
    siteMode: fc.constantFrom('none', 'suffix', 'url'),
    siteWords: fc.array(capitalised, { minLength: 1, maxLength: 3 }),
    published: fc.option(fc.constantFrom('2021', '2021-05', '2022-01-21')),
    language: fc.constantFrom(...LANGUAGES),
    body: fc.array(articleParagraph, { maxLength: 4 }),
    chrome: fc.array(textLine, { maxLength: 3 }),
    declareCount: fc.boolean(),
    nodes: fc.array(node, { minLength: 1, maxLength: 80 }),
  })
  // A body line that repeats the title is set aside by design (duplicate-title).
  .filter((spec) =>
    spec.body.every((paragraph) =>
      paragraph.split('\n').every((line) => !repeatsTitle(line, spec.title)),
    ),
  )
  .map((spec): ParsedDocument => {
    const comments = buildTree(spec.nodes);
    const host = `www.${spec.siteWords.join('').toLowerCase()}.example`;
    const url = spec.siteMode === 'url' ? `https://${host}/article` : null;
    const published = url === null ? null : spec.published;
    const removed: RemovedLine[] = [];
    if (url !== null)
      removed.push({ line: 1, text: ` date ${published ?? '-'} ${url}`, reason: 'metadata' });
    for (const text of spec.chrome) removed.push({ line: 0, text, reason: 'chrome' });
    return {
      format: DOCUMENT_FORMAT,
      id: 'generated',
      title: spec.title,
      language: spec.language,
      source: {
        url,
        published,
        site: spec.siteMode === 'suffix' ? spec.siteWords.join(' ') : url === null ? null : host,
      },
      // Line numbers are left out of the comparison; the formatter reads their order only.
      titleLine: 3,
      body: spec.body.map((text) => ({ text, line: 0, endLine: 0 })),
      removed,
      declaredCommentCount: spec.declareCount ? spec.nodes.length : null,
      declaredCountLine: null,
      comments,
      diagnostics: [],
    };
  });

const LINE_KEYS = new Set(['line', 'endLine', 'titleLine', 'declaredCountLine']);
/** The document without line numbers (and without keys set to undefined). */
const withoutLines = (value: unknown): unknown =>
  JSON.parse(JSON.stringify(value, (key, v: unknown) => (LINE_KEYS.has(key) ? undefined : v)));

function countOrphans(comments: readonly Comment[]): number {
  let orphans = 0;
  walkComments(comments, (comment) => {
    if (comment.quote && comment.quote.commentId === null) orphans++;
  });
  return orphans;
}

describe('format → parse round trip', () => {
  it('gives back any document (depth up to 50, any scores, quotes, unicode text)', () => {
    fc.assert(
      fc.property(documentArbitrary, (doc) => {
        const text = formatDocument(doc);
        const reparsed = parseDocument(text, { id: doc.id });
        const { diagnostics, ...rest } = reparsed;
        expect(withoutLines(rest)).toEqual(withoutLines({ ...doc, diagnostics: undefined }));
        // The only diagnostics are the quotes that were built to match nothing.
        expect(diagnostics.map((entry) => entry.code)).toEqual(
          Array(countOrphans(doc.comments)).fill('quote-unresolved'),
        );
        expect(unaccountedLines(text, reparsed)).toEqual([]);
        // Formatting is stable: the text of the reparsed document is the same text.
        expect(formatDocument(reparsed)).toBe(text);
      }),
      RUNS,
    );
  });
});

// Lines shaped like the format's pieces, at random indentation: the parser must cope with any mix.
const fragment = fc.oneof(
  fc.constantFrom('', ' ', '\u00a0', '\t'),
  fc
    .tuple(fc.integer({ min: 0, max: 12 }), fc.constantFrom('+', '-', '- ', '−', '', '–'))
    .map(([n, sign]) => `${n}. ${sign}${n * 3}`),
  fc.constantFrom(
    '22 janvier 2022 09: 32',
    '1 May 2022',
    '22 января 2022 г. 09:32',
    '31 février 2022',
    '5 marzo 2023 14:02',
    '22 janv',
  ),
  fc.constantFrom(
    'Citation : Ann',
    'Quote: Bob',
    'Цитата:',
    'date 2022-01 https://x.example/a',
    '20',
    '20 commentaires',
    'PREV next',
    '----',
    // Crawl variants (issue 10): the marker with text, dates above a title, metadata lines,
    // other spaces after a sign, a foreign layout's signs.
    'date 2022-01-21 Le ministre a déclaré',
    'date 2022-01',
    'Monday, January 24, 2022',
    'lundi 24 janvier 2022 à 11h57',
    '2022-01-21T11:57+0100',
    "/html/head/meta[@name='og:title']/@content",
    'https://cdn.example.org/p.jpg',
    '1. -\u00a012',
    '2. +\u202f3',
    'reply',
    '2 days ago',
    '5 points',
  ),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
);
const randomDocument = fc
  .array(fc.tuple(fc.constantFrom('', '  ', '    ', '\t', '      ', ' \t'), fragment), {
    maxLength: 60,
  })
  .chain((lines) =>
    fc
      .constantFrom('\n', '\r\n', '\r')
      .map((eol) => lines.map(([indent, text]) => indent + text).join(eol)),
  );

describe('random input', () => {
  it('never throws and loses no line (format-shaped lines)', () => {
    fc.assert(
      fc.property(randomDocument, (text) => {
        const parsed = parseDocument(text);
        expect(unaccountedLines(text, parsed)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('never throws and loses no line (any string)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        expect(unaccountedLines(text, parseDocument(text))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary bytes, however they are decoded', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        for (const encoding of ['utf-8', 'latin1', 'utf-16le']) {
          const text = new TextDecoder(encoding).decode(bytes);
          expect(unaccountedLines(text, parseDocument(text))).toEqual([]);
        }
      }),
      { numRuns: 200 },
    );
  });
});
