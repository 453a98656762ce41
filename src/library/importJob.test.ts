import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importBytes, tooLargeReason } from './importJob';
import { MAX_IMPORT_BYTES } from './importProtocol';

const seed000 = readFileSync(
  fileURLToPath(new URL('../../seeds/000_78ca0d792cd5fe59.txt', import.meta.url)),
);
const encode = (text: string) => new TextEncoder().encode(text);

describe('importBytes', () => {
  it('parses a page into a summary and the document as JSON', async () => {
    const stages: string[] = [];
    const outcome = importBytes(new Uint8Array(seed000), 'seed.txt', null, (stage) =>
      stages.push(stage),
    );
    expect(stages).toEqual(['decoding', 'parsing', 'packing']);
    if (outcome.kind !== 'parsed') throw new Error(outcome.reason);
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
    expect(importBytes(new Uint8Array(), 'empty.txt', null)).toMatchObject({
      kind: 'refused',
      reason: 'empty.txt is empty: there is nothing to read.',
    });
    expect(importBytes(encode(' \n\t\n'), 'blank.txt', null)).toMatchObject({ kind: 'refused' });
  });

  it('refuses binary noise', () => {
    const noise = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256);
    const outcome = importBytes(noise, 'noise.bin', null);
    expect(outcome.kind).toBe('refused');
    expect(outcome.kind === 'refused' && outcome.reason).toContain(
      'does not look like a saved page',
    );
  });

  it('says what a truncated page is missing and when a page has no comments', () => {
    const text = seed000.toString('utf8');
    const cut = importBytes(
      encode(text.slice(0, text.indexOf("Il s'agit de la prochaine"))),
      'cut.txt',
      null,
    );
    expect(cut.kind === 'parsed' && cut.notices).toEqual([
      'The page declares 20 comments but 12 were found; the page may be cut short.',
    ]);
    const article = importBytes(
      encode('Titre\n\nUn article sans commentaires.'),
      'article.txt',
      null,
    );
    expect(article.kind === 'parsed' && article.notices).toEqual([
      'No comments found: it reads as an article.',
    ]);
  });

  it('names an untitled page after its file', () => {
    const outcome = importBytes(encode('\n\n1. +1\n  1 May 2022\n  hello'), 'notes.txt', null);
    expect(outcome.kind === 'parsed' && outcome.summary.title).toBe('notes');
  });
});

describe('tooLargeReason', () => {
  it('refuses files above the limit, with the sizes', () => {
    expect(tooLargeReason('small.txt', MAX_IMPORT_BYTES)).toBeNull();
    expect(tooLargeReason('huge.txt', 200 * 1024 * 1024)).toBe(
      'huge.txt is 200 MB; Fil imports files up to 100 MB, since it keeps everything in your browser’s memory.',
    );
  });
});
