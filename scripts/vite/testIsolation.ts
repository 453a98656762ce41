// Which unit test files run in a module graph of their own (Vitest's default) and which share
// one per worker (`isolate: false`, the "Per-File Isolation Settings" recipe of Vitest's guide).
//
// Isolating a file costs its setup and imports again (about 20 s of the unit tests' 60 on two
// cores here). Most files test pure functions and need none of it. A file that replaces
// something the next file would see (a global, a module, the clock, or a spy) keeps its own
// graph. That is decided from the file's text, so a new test that mocks is isolated without a
// list to keep up to date.

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * What makes a test file need isolation: Vitest's guide lists stubbed globals and env, mocked
 * modules, and patched prototypes. Here that means a fake IndexedDB installed as a global, fake
 * timers, and spies (vi.spyOn replaces a method on a shared object until restored).
 */
const SHARES_STATE =
  /\bvi\.(?:mock|doMock|unmock|stubGlobal|stubEnv|useFakeTimers|spyOn)\b|fake-indexeddb\/auto|\.prototype\.\w+\s*=/;

/** Every file under `dir` (a path relative to `root`) whose name ends in `.test.ts`. */
function testFiles(root: string, dir: string): string[] {
  const out: string[] = [];
  const stack = [join(root, dir)];
  for (let folder = stack.pop(); folder !== undefined; folder = stack.pop()) {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) stack.push(path);
      else if (entry.name.endsWith('.test.ts')) out.push(relative(root, path));
    }
  }
  return out;
}

/**
 * The test files under `dirs` (paths relative to `root`) that need a module graph of their own,
 * sorted, as paths relative to `root` with forward slashes (Vitest's include patterns).
 */
export function filesNeedingIsolation(root: string, dirs: readonly string[]): string[] {
  return dirs
    .flatMap((dir) => testFiles(root, dir))
    .filter((file) => SHARES_STATE.test(readFileSync(join(root, file), 'utf8')))
    .map((file) => file.split('\\').join('/'))
    .sort();
}
