import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/parser/parse.ts';
import { flatten } from '../src/parser/testing.ts';
import { generateChain } from './generate-chain.ts';

/** The comment at the bottom of the first-child chain, and its depth. */
function deepest(doc: ReturnType<typeof parseDocument>) {
  let comment = doc.comments[0]!;
  let depth = 1;
  while (comment.children.length > 0) {
    comment = comment.children[0]!;
    depth++;
  }
  return { comment, depth };
}

describe('generateChain', () => {
  it('is deterministic and seed-dependent', () => {
    expect(generateChain({ depth: 50, seed: 3 }).text).toBe(
      generateChain({ depth: 50, seed: 3 }).text,
    );
    expect(generateChain({ depth: 50, seed: 4 }).text).not.toBe(
      generateChain({ depth: 50, seed: 3 }).text,
    );
  });

  it('writes the seeds’ layout: header, date line, body, two more spaces a level', () => {
    const lines = generateChain({ depth: 2, seed: 1 }).text.split('\n');
    const comments = lines.slice(lines.findIndex((line) => /^ {4}1\. /.test(line)));
    expect(comments[0]).toMatch(/^ {4}1\. (\+\d+|- \d+|0)$/);
    expect(comments[1]).toMatch(/^ {6}\d{1,2} [a-zé]+ 2022 \d\d:\d\d$/);
    expect(comments[2]).toBe('      Réponse au niveau 1.');
    expect(comments[3]).toMatch(/^ {6}1\. (\+\d+|- \d+|0)$/);
    expect(comments[4]).toMatch(/^ {8}\d{1,2} [a-zé]+ 2022 \d\d:\d\d$/);
  });

  it('gives a chain the parser reads back as one comment per level', () => {
    const { text, stats } = generateChain({ depth: 300, seed: 5 });
    const doc = parseDocument(text, { id: 'chain' });
    const all = flatten(doc.comments);
    expect(all).toHaveLength(300);
    expect(all.map((entry) => entry.depth)).toEqual(Array.from({ length: 300 }, (_, i) => i + 1));
    expect(all.reduce((sum, entry) => sum + entry.comment.score, 0)).toBe(stats.scoreSum);
    expect(deepest(doc).comment.id).toBe(stats.deepestId);
    expect(doc.declaredCommentCount).toBe(300);
    expect(doc.diagnostics).toEqual([]);
  });

  it('makes a 5,000-deep chain of about 75 MB that parses to depth 5,000', () => {
    const { text, stats } = generateChain({ depth: 5000 });
    expect(text.length).toBeGreaterThan(70e6);
    expect(text.length).toBeLessThan(80e6);
    const doc = parseDocument(text, { id: 'deep' });
    const bottom = deepest(doc);
    expect(bottom.depth).toBe(5000);
    expect(bottom.comment.id).toBe(stats.deepestId);
    expect(bottom.comment.id).toHaveLength(2 * 5000 - 1);
    expect(doc.diagnostics).toEqual([]);
  });

  it('indents with tabs: 8,000 levels stay under the 100 MB import limit', () => {
    const { text } = generateChain({ depth: 8000, step: 'tab' });
    expect(new TextEncoder().encode(text).length).toBeLessThan(100 * 1024 * 1024);
    expect(text).toContain('\n\t\t1. ');
    const doc = parseDocument(text, { id: 'tabs' });
    expect(deepest(doc).depth).toBe(8000);
    expect(doc.diagnostics).toEqual([]);
  });

  it('refuses a depth below 1 and a step that is not a positive integer', () => {
    expect(() => generateChain({ depth: 0 })).toThrow(RangeError);
    expect(() => generateChain({ depth: 3, step: 0 })).toThrow(RangeError);
    expect(() => generateChain({ depth: 3, step: 1.5 })).toThrow(RangeError);
  });
});

describe('text export of a deep chain', () => {
  it('writes a tab a level past depth 32, so an 8,000-deep chain exports within the import limit', async () => {
    const { formatDocument } = await import('../src/parser/format.ts');
    const { text } = generateChain({ depth: 8_000, step: 'tab', seed: 2 });
    const doc = parseDocument(text, { id: 'chain' });
    const exported = formatDocument(doc);
    // Two spaces a level would make this 192 MB; the input is about 96 MB.
    expect(exported.length).toBeLessThanOrEqual(text.length * 1.05);
    expect(exported.split('\n').find((line) => /^\t+1\. /.test(line))).toBeDefined();
    const again = parseDocument(exported, { id: 'chain' });
    expect(deepest(again).depth).toBe(8_000);
    expect(again.diagnostics.filter((entry) => entry.code === 'indent-jump')).toEqual([]);
  });

  it('keeps the seeds’ two spaces a level for a shallow thread', async () => {
    const { formatDocument } = await import('../src/parser/format.ts');
    const exported = formatDocument(parseDocument(generateChain({ depth: 32, seed: 2 }).text));
    expect(exported).not.toContain('\t');
  });
});
