// Golden fixtures: the exact ParsedDocument of each seed, under version control.
// `UPDATE=1 npx vitest run src/parser/golden.test.ts` rewrites them; read every diff.

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDocument } from './parse.ts';

const seedsDir = fileURLToPath(new URL('../../seeds/', import.meta.url));
const goldenDir = fileURLToPath(new URL('./golden/', import.meta.url));
const seeds = readdirSync(seedsDir).filter((name) => name.endsWith('.txt'));

describe('golden fixtures', () => {
  it('covers the five seeds', () => {
    expect(seeds).toHaveLength(5);
  });

  it.each(seeds)('%s parses to its checked-in JSON', (name) => {
    const id = name.replace(/\.txt$/, '');
    const actual = `${JSON.stringify(parseDocument(readFileSync(seedsDir + name, 'utf8'), { id }), null, 2)}\n`;
    const goldenPath = `${goldenDir}${id}.json`;
    if (process.env.UPDATE === '1') writeFileSync(goldenPath, actual);
    expect(existsSync(goldenPath), `missing ${goldenPath}: run with UPDATE=1`).toBe(true);
    expect(actual).toBe(readFileSync(goldenPath, 'utf8'));
  });
});
