import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesNeedingIsolation } from './testIsolation.ts';

/** A folder holding `files` (path relative to it → text). */
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'fil-isolation-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('filesNeedingIsolation', () => {
  it('isolates the test files that mock, stub, fake the clock or IndexedDB, spy or patch a prototype', () => {
    const root = tree({
      'src/a/mocks.test.ts': "vi.mock('./storage', () => ({}));",
      'src/a/stubs.test.ts': "beforeEach(() => vi.stubGlobal('fetch', fake));",
      'src/env.test.ts': "vi.stubEnv('MODE', 'x');",
      'src/b/c/clock.test.ts': 'vi.useFakeTimers();',
      'src/idb.test.ts': "import 'fake-indexeddb/auto';",
      'src/spy.test.ts': "vi.spyOn(console, 'error');",
      'scripts/patch.test.ts': 'Array.prototype.at = () => 1;',
      'src/pure.test.ts': "import { IDBFactory } from 'fake-indexeddb'; const f = vi.fn();",
      'src/words.test.ts': "it('says vi dot mock in prose: vimock, vi.mocked', () => {});",
      'src/helper.ts': "vi.mock('x');",
      'other/outside.test.ts': "vi.mock('x');",
    });
    expect(filesNeedingIsolation(root, ['src', 'scripts'])).toEqual([
      'scripts/patch.test.ts',
      'src/a/mocks.test.ts',
      'src/a/stubs.test.ts',
      'src/b/c/clock.test.ts',
      'src/env.test.ts',
      'src/idb.test.ts',
      'src/spy.test.ts',
    ]);
  });

  it('finds this project’s own mocking tests', () => {
    const root = join(import.meta.dirname, '..', '..');
    const isolated = filesNeedingIsolation(root, ['src', 'scripts']);
    expect(isolated).toContain('src/library/sourceText.test.ts');
    expect(isolated).toContain('src/library/storage.test.ts');
    expect(isolated).not.toContain('src/parser/parse.test.ts');
  });
});
