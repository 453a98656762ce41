import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generateChain } from '../../scripts/generate-chain';
import { writeJson } from '../parser/json';
import { parseDocument } from '../parser/parse';
import type { ParsedDocument } from '../parser/types';
import { importBytes, tooLargeProblem } from './importJob';
import { MAX_IMPORT_BYTES, type ImportProblem } from './importProtocol';
import { importProblemText } from './messages';

const seed000 = readFileSync(
  fileURLToPath(new URL('../../seeds/000_78ca0d792cd5fe59.txt', import.meta.url)),
);
const encode = (text: string) => new TextEncoder().encode(text);

/** Why the outcome was refused, as the reader reads it (in English); throws for a parsed one. */
function refusal(outcome: ReturnType<typeof importBytes>): string {
  if (outcome.kind !== 'refused') throw new Error('expected a refusal');
  return importProblemText(outcome.reason);
}

/** Fails the test with the reason when the outcome was refused. */
function failRefused(reason: ImportProblem): never {
  throw new Error(importProblemText(reason));
}

describe('importBytes', () => {
  it('parses a page into a summary and the document as JSON', async () => {
    const stages: string[] = [];
    const outcome = importBytes(new Uint8Array(seed000), 'seed.txt', null, (stage) =>
      stages.push(stage),
    );
    expect(stages).toEqual(['decoding', 'parsing', 'packing']);
    if (outcome.kind !== 'parsed') failRefused(outcome.reason);
    expect(outcome.summary).toMatchObject({ origin: 'imported', commentCount: 20, language: 'fr' });
    expect(outcome.summary.id).toMatch(/^doc-[0-9a-f]+$/);
    expect(outcome.notices).toEqual([]);
    const doc = JSON.parse(await outcome.documentJson.text());
    expect(doc.comments).toHaveLength(5);
    expect(doc.id).toBe(outcome.summary.id);
  });

  it('gives the same id to the same text, so importing twice does not duplicate', () => {
    const first = importBytes(encode('Titre\n\nTexte.'), 'a.txt', null);
    const second = importBytes(encode('Titre\n\nTexte.'), 'b.txt', null);
    expect(
      first.kind === 'parsed' && second.kind === 'parsed' && first.summary.id === second.summary.id,
    ).toBe(true);
  });

  it('refuses an empty or blank file', () => {
    const empty = importBytes(new Uint8Array(), 'empty.txt', null);
    expect(empty).toMatchObject({ kind: 'refused', reason: { code: 'empty', name: 'empty.txt' } });
    expect(refusal(empty)).toBe('empty.txt is empty: there is nothing to read.');
    expect(importBytes(encode(' \n\t\n'), 'blank.txt', null)).toMatchObject({ kind: 'refused' });
  });

  it('refuses binary noise', () => {
    const noise = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256);
    const outcome = importBytes(noise, 'noise.bin', null);
    expect(outcome).toMatchObject({
      kind: 'refused',
      reason: { code: 'binary', name: 'noise.bin' },
    });
    expect(refusal(outcome)).toContain('does not look like a saved page');
  });

  it('says what a truncated page is missing and when a page has no comments', () => {
    const text = seed000.toString('utf8');
    const cut = importBytes(
      encode(text.slice(0, text.indexOf("Il s'agit de la prochaine"))),
      'cut.txt',
      null,
    );
    expect(cut.kind === 'parsed' && cut.notices).toEqual([
      {
        code: 'diagnostic',
        diagnostic: expect.objectContaining({
          code: 'count-mismatch',
          message: 'The page declares 20 comments but 12 were found; the page may be cut short.',
        }),
      },
    ]);
    const article = importBytes(
      encode('Titre\n\nUn article sans commentaires.'),
      'article.txt',
      null,
    );
    expect(article.kind === 'parsed' && article.notices).toEqual([{ code: 'no-comments' }]);
    const copied = importBytes(
      encode(
        'Reader A 2 days ago | next [–]\n\nA comment.\n\nreply\n\nReader B 1 day ago | parent | next [–]\n\nreply',
      ),
      'copied.txt',
      null,
    );
    expect(copied.kind === 'parsed' && copied.notices).toEqual([
      {
        code: 'diagnostic',
        diagnostic: expect.objectContaining({
          code: 'foreign-layout',
          message: expect.stringMatching(
            /look like a comment section in a layout Fil does not read yet/,
          ),
        }),
      },
    ]);
  });

  it('names an untitled page after its file', () => {
    const outcome = importBytes(encode('\n\n1. +1\n  1 May 2022\n  hello'), 'notes.txt', null);
    expect(outcome.kind === 'parsed' && outcome.summary.title).toBe('notes');
  });

  it('leaves an untitled pasted page untitled: no interface word is stored', async () => {
    const outcome = importBytes(encode('\n\n1. +1\n  1 May 2022\n  hello'), '', null);
    if (outcome.kind !== 'parsed') throw new Error('expected a document');
    expect(outcome.summary.title).toBe('');
    expect(JSON.parse(await outcome.documentJson.text())).toMatchObject({ title: '' });
  });
});

describe('tooLargeProblem', () => {
  it('refuses files above the limit, with the sizes', () => {
    expect(tooLargeProblem('small.txt', MAX_IMPORT_BYTES)).toBeNull();
    const problem = tooLargeProblem('huge.txt', 200 * 1024 * 1024);
    expect(problem).toEqual({ code: 'too-large', name: 'huge.txt', size: 200 * 1024 * 1024 });
    expect(importProblemText(problem!)).toBe(
      'huge.txt is 200 MB; Fil imports files up to 100 MB, since it keeps everything in your browser’s memory.',
    );
  });
});

describe('importBytes with a document exported as JSON', () => {
  const exported = parseDocument(seed000.toString('utf8'), { id: '000_78ca0d792cd5fe59' });
  const documentOf = async (outcome: ReturnType<typeof importBytes>) => {
    if (outcome.kind !== 'parsed') failRefused(outcome.reason);
    return JSON.parse(await outcome.documentJson.text()) as ParsedDocument;
  };

  it('reads it back as it is instead of parsing it as a page', async () => {
    const json = writeJson(exported, { indent: 2 })!;
    const stages: string[] = [];
    const outcome = importBytes(encode(json), 'seed.json', null, (stage) => stages.push(stage));
    expect(stages).toEqual(['decoding', 'parsing', 'packing']);
    const doc = await documentOf(outcome);
    expect(doc).toEqual({ ...exported, id: outcome.kind === 'parsed' && outcome.summary.id });
    expect(outcome).toMatchObject({
      kind: 'parsed',
      notices: [],
      summary: { origin: 'imported', commentCount: 20, title: exported.title },
    });
  });

  it('gives it an id of its own, not the one written in the file', async () => {
    const outcome = importBytes(encode(writeJson(exported)!), 'seed.json', null);
    const doc = await documentOf(outcome);
    expect(doc.id).toMatch(/^doc-[0-9a-f]+$/);
    expect(doc.id).not.toBe(exported.id);
    // The same file twice is the same document.
    const again = importBytes(encode(writeJson(exported)!), 'copy.json', null);
    expect(again.kind === 'parsed' && again.summary.id).toBe(doc.id);
  });

  it('upgrades a document of format 1 and names an untitled one after its file', async () => {
    const old = {
      format: 'comment-thread/1',
      id: 'old',
      title: '',
      language: 'fr',
      source: { url: null, published: null, site: null },
      body: ['Un paragraphe.'],
      removed: [],
      declaredCommentCount: null,
      comments: [
        {
          id: '1',
          line: 4,
          score: -3,
          postedAt: '2022-01-22T09:32',
          author: null,
          quote: null,
          paragraphs: ['Bonjour.'],
          children: [],
        },
      ],
      diagnostics: [],
    };
    const doc = await documentOf(importBytes(encode(JSON.stringify(old)), 'old.json', null));
    expect(doc).toMatchObject({
      format: 'comment-thread/2',
      title: 'old',
      body: [{ text: 'Un paragraphe.', line: 0, endLine: 0 }],
      comments: [{ id: '1', line: 4, endLine: 4, score: -3 }],
    });
  });

  it('refuses a broken document with the reason', () => {
    const broken = JSON.parse(writeJson(exported)!) as { comments: { score?: number }[] };
    delete broken.comments[1]!.score;
    expect(refusal(importBytes(encode(JSON.stringify(broken)), 'broken.json', null))).toBe(
      'broken.json looks like a document exported from Fil as JSON, but it cannot be read: comment 2 has no score.',
    );
    const cut = importBytes(encode('{"format": "comment-thread/2", "id": '), 'cut.json', null);
    expect(cut).toMatchObject({
      kind: 'refused',
      reason: { code: 'bad-json', name: 'cut.json', problem: { code: 'not-json' } },
    });
    expect(refusal(cut)).toContain('not valid JSON');
  });

  it('parses a page that merely starts with a brace as a page', () => {
    const outcome = importBytes(encode('{Titre}\n\nTexte.'), 'brace.txt', null);
    expect(outcome.kind === 'parsed' && outcome.summary.title).toBe('{Titre}');
  });

  it('reads a 5,000-deep chain exported as JSON to the same tree as its text', async () => {
    const { text } = generateChain({ depth: 5000 });
    const fromText = await documentOf(importBytes(encode(text), 'chain.txt', null));
    const json = writeJson(fromText, { indent: 2 })!;
    const fromJson = await documentOf(importBytes(encode(json), 'chain.json', null));
    // Compared as JSON text: toEqual recurses and overflows the stack at this depth.
    expect(writeJson(fromJson.comments)).toBe(writeJson(fromText.comments));
    let depth = 0;
    for (let level = fromJson.comments; level.length > 0; level = level[0]!.children) depth++;
    expect(depth).toBe(5000);
  });
});
