import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Comment, ParsedDocument } from '../src/parser/types.ts';
import { generateChain } from './generate-chain.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Runs the CLI as `npm run --silent parse -- …` does: node with tsx, from the project root. */
function parse(args: readonly string[], input?: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/parse.ts', ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('scripts/parse.ts', () => {
  it('prints a 5,000-deep reply chain as JSON that reads back to depth 5,000', () => {
    const folder = mkdtempSync(join(tmpdir(), 'fil-parse-'));
    const file = join(folder, 'chain.txt');
    const { text, stats } = generateChain({ depth: 5000 });
    writeFileSync(file, text);

    const { status, stdout, stderr } = parse([file]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const doc = JSON.parse(stdout) as ParsedDocument;
    expect(doc.format).toBe('comment-thread/2');
    expect(doc.id).toBe('chain');
    let deepest: Comment = doc.comments[0]!;
    let depth = 1;
    while (deepest.children.length > 0) {
      expect(deepest.children).toHaveLength(1);
      deepest = deepest.children[0]!;
      depth++;
    }
    expect(depth).toBe(5000);
    expect(deepest.id).toBe(stats.deepestId);
    expect(deepest.paragraphs).toEqual(['Réponse au niveau 5000.']);
    // Indented, but no deeper than the writer's cap: the output stays near the compact size.
    expect(stdout).toContain('\n  "comments": [');
    expect(stdout.length).toBeLessThan(40e6);
  });

  it('reads standard input for -', () => {
    const { status, stdout } = parse(['-'], generateChain({ depth: 3 }).text);
    expect(status).toBe(0);
    expect((JSON.parse(stdout) as ParsedDocument).comments[0]!.children[0]!.children[0]!.id).toBe(
      '1.1.1',
    );
  });

  it('exits 2 with one line on stderr when the file cannot be read', () => {
    const missing = parse([join(tmpdir(), 'fil-no-such-file.txt')]);
    expect(missing.status).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toMatch(/^parse: cannot read .*fil-no-such-file\.txt: ENOENT\n$/);

    const folder = parse([tmpdir()]);
    expect(folder.status).toBe(2);
    expect(folder.stderr).toMatch(/^parse: cannot read .*: EISDIR\n$/);
  });
});
