import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../parser/parse';
import { flatten } from '../parser/testing';
import { articleTextOf, summarize } from './summary';

const seed = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../../seeds/${name}.txt`, import.meta.url)), 'utf8');

describe('summarize', () => {
  it('counts the comments and words of seed 000', () => {
    const doc = parseDocument(seed('000_78ca0d792cd5fe59'), { id: '000' });
    const summary = summarize(doc, 'seed');
    expect(summary).toMatchObject({
      id: '000',
      origin: 'seed',
      language: 'fr',
      commentCount: 20,
      declaredCommentCount: 20,
    });
    const expectedWords = [
      doc.title,
      ...doc.body.map((paragraph) => paragraph.text),
      ...flatten(doc.comments).flatMap((entry) => entry.comment.paragraphs),
    ]
      .join(' ')
      .split(/\s+/)
      .filter(Boolean).length;
    expect(summary.wordCount).toBe(expectedWords);
  });

  it('reports an article without comments', () => {
    const summary = summarize(parseDocument(seed('004_3397e821ada74a21'), { id: '004' }), 'seed');
    expect(summary).toMatchObject({
      commentCount: 0,
      published: '2022-01',
      site: 'it.sputniknews.com',
      language: 'it',
    });
    expect(summary.wordCount).toBeGreaterThan(300);
  });
});

describe('articleTextOf', () => {
  it('is the article paragraphs one a line, without the title', () => {
    const doc = parseDocument('Le titre du jour\n\nPremier paragraphe.\n\nSecond paragraphe.\n', {
      id: 'a',
    });
    expect(doc.title).toBe('Le titre du jour');
    expect(articleTextOf(doc)).toBe('Premier paragraphe.\nSecond paragraphe.');
  });

  it('is empty for a page without an article', () => {
    expect(articleTextOf({ body: [] })).toBe('');
  });
});
