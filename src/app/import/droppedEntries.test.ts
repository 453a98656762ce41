import { describe, expect, it } from 'vitest';
import {
  filesOfEntries,
  type DirectoryEntryLike,
  type EntryLike,
  type FileEntryLike,
} from './droppedEntries';

// Entries as Chromium hands them for a dropped folder: a directory reader that gives at most
// `batch` entries per readEntries call and then an empty batch, callbacks called later.

const later = (call: () => void) => queueMicrotask(call);

function fileEntry(fullPath: string, fails = false): FileEntryLike {
  const name = fullPath.split('/').at(-1)!;
  return {
    isFile: true,
    isDirectory: false,
    name,
    fullPath,
    file(success, failure) {
      later(() =>
        fails
          ? failure?.(new DOMException('A requested file could not be found.', 'NotFoundError'))
          : success(new File([fullPath], name)),
      );
    },
  };
}

function folderEntry(fullPath: string, children: EntryLike[], batch = 2): DirectoryEntryLike {
  return {
    isFile: false,
    isDirectory: true,
    name: fullPath.split('/').at(-1)!,
    fullPath,
    createReader() {
      let at = 0;
      return {
        readEntries(success) {
          const next = children.slice(at, at + batch);
          at += next.length;
          later(() => success(next));
        },
      };
    },
  };
}

describe('filesOfEntries', () => {
  it('walks folders and sub-folders, reading every batch, with paths from what was dropped', async () => {
    const dropped = folderEntry('/crawl', [
      fileEntry('/crawl/a.txt'),
      folderEntry('/crawl/2022', [
        fileEntry('/crawl/2022/b.txt'),
        fileEntry('/crawl/2022/c.txt'),
        fileEntry('/crawl/2022/d.txt'),
        folderEntry('/crawl/2022/empty', []),
      ]),
      fileEntry('/crawl/e.png'),
    ]);
    const found: number[] = [];
    const { files, failures } = await filesOfEntries([dropped, fileEntry('/loose.txt')], (n) =>
      found.push(n),
    );
    // Told after each file, folders and images counted as they come: 6 files in all.
    expect(found).toEqual([1, 2, 3, 4, 5, 6]);
    expect(files.map((item) => item.path)).toEqual([
      'crawl/a.txt',
      'crawl/2022/b.txt',
      'crawl/2022/c.txt',
      'crawl/2022/d.txt',
      'crawl/e.png',
      'loose.txt',
    ]);
    expect(await files[1]!.file.text()).toBe('/crawl/2022/b.txt');
    expect(failures).toEqual([]);
  });

  it('lists an entry that cannot be read and goes on with the rest', async () => {
    const broken: DirectoryEntryLike = {
      ...folderEntry('/crawl/locked', []),
      createReader: () => ({
        readEntries: (_success, failure) =>
          later(() => failure?.(new DOMException('Access denied.', 'NotReadableError'))),
      }),
    };
    const dropped = folderEntry('/crawl', [
      fileEntry('/crawl/gone.txt', true),
      broken,
      fileEntry('/crawl/ok.txt'),
    ]);
    const { files, failures } = await filesOfEntries([dropped]);
    expect(files.map((item) => item.path)).toEqual(['crawl/ok.txt']);
    expect(failures).toEqual([
      { path: 'crawl/gone.txt', detail: 'A requested file could not be found.' },
      { path: 'crawl/locked', detail: 'Access denied.' },
    ]);
  });

  it('walks a folder tree 10,000 deep without recursion', async () => {
    let deepest: EntryLike = fileEntry('/deep.txt');
    for (let depth = 0; depth < 10_000; depth++) deepest = folderEntry(`/d${depth}`, [deepest]);
    const { files } = await filesOfEntries([deepest]);
    expect(files).toHaveLength(1);
  });
});
