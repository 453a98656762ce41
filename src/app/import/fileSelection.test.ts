import { describe, expect, it } from 'vitest';
import { pickedFromInput, selectFiles, skipReason, type PickedFile } from './fileSelection';

const file = (name: string, type = '', relativePath = ''): File => {
  const made = new File(['x'], name, { type });
  if (relativePath) Object.defineProperty(made, 'webkitRelativePath', { value: relativePath });
  return made;
};
const picked = (path: string, type = ''): PickedFile => ({
  file: file(path.split('/').at(-1)!, type),
  path,
});

describe('skipReason', () => {
  it('reads text pages, JSON exports and files without an extension', () => {
    expect(skipReason('page.txt', 'text/plain')).toBeNull();
    expect(skipReason('PAGE.TXT', '')).toBeNull();
    expect(skipReason('notes.text', '')).toBeNull();
    expect(skipReason('export.json', 'application/json')).toBeNull();
    expect(skipReason('2022/78ca0d792cd5fe59', '')).toBeNull();
    // What the system calls plain text, whatever its extension.
    expect(skipReason('crawl.log', 'text/plain')).toBeNull();
  });

  it('skips other files by extension, and hidden files and folders', () => {
    expect(skipReason('photo.png', 'image/png')).toBe('not-text');
    expect(skipReason('page.html', 'text/html')).toBe('not-text');
    expect(skipReason('table.csv', 'text/csv')).toBe('not-text');
    expect(skipReason('report.pdf', '')).toBe('not-text');
    expect(skipReason('.DS_Store', '')).toBe('hidden');
    expect(skipReason('2022/._page.txt', 'text/plain')).toBe('hidden');
    expect(skipReason('.git/HEAD', '')).toBe('hidden');
  });
});

describe('selectFiles', () => {
  it('leaves out the chosen folder, sorts by path as people do, and splits what is skipped', () => {
    const selection = selectFiles([
      picked('crawl/page 10.txt', 'text/plain'),
      picked('crawl/sub/b.json'),
      picked('crawl/.DS_Store'),
      picked('crawl/page 2.txt', 'text/plain'),
      picked('crawl/sub/photo.jpg', 'image/jpeg'),
      picked('crawl/Page 1.txt', 'text/plain'),
    ]);
    expect(selection.folder).toBe('crawl');
    expect(selection.taken.map((item) => item.path)).toEqual([
      'Page 1.txt',
      'page 2.txt',
      'page 10.txt',
      'sub/b.json',
    ]);
    expect(selection.skipped).toEqual([
      { path: '.DS_Store', reason: 'hidden' },
      { path: 'sub/photo.jpg', reason: 'not-text' },
    ]);
  });

  it('cuts the dropped folder from the paths of entries that could not be read too', () => {
    const gone = { path: 'crawl/2022/gone.txt', detail: 'A requested file could not be found.' };
    const selection = selectFiles([picked('crawl/a.txt'), picked('crawl/2022/b.txt')], [gone]);
    expect(selection.folder).toBe('crawl');
    expect(selection.unreadable).toEqual([{ ...gone, path: '2022/gone.txt' }]);
    // An unreadable entry outside the folder: every path stays whole, as they would for a file.
    const beside = selectFiles([picked('crawl/a.txt')], [{ path: 'other/x', detail: 'Denied.' }]);
    expect(beside.folder).toBeNull();
    expect(beside.taken.map((item) => item.path)).toEqual(['crawl/a.txt']);
    expect(beside.unreadable.map((item) => item.path)).toEqual(['other/x']);
  });

  it('keeps paths whole when files come from several places or none', () => {
    expect(selectFiles([picked('a.txt'), picked('b.txt')]).folder).toBeNull();
    const two = selectFiles([picked('one/a.txt'), picked('two/b.txt')]);
    expect(two.folder).toBeNull();
    expect(two.taken.map((item) => item.path)).toEqual(['one/a.txt', 'two/b.txt']);
    // A file beside a folder: nothing to leave out.
    expect(selectFiles([picked('one/a.txt'), picked('b.txt')]).folder).toBeNull();
  });

  it('judges a file by its path from the chosen folder: a hidden folder chosen is read', () => {
    const selection = selectFiles([picked('.crawl/a.txt'), picked('.crawl/b.txt')]);
    expect(selection.folder).toBe('.crawl');
    expect(selection.taken).toHaveLength(2);
    expect(selectFiles([]).taken).toEqual([]);
  });
});

describe('pickedFromInput', () => {
  it('takes a folder’s relative path, else the file’s name', () => {
    const files = [file('a.txt', 'text/plain', 'crawl/sub/a.txt'), file('b.txt')];
    expect(pickedFromInput(files).map((item) => item.path)).toEqual(['crawl/sub/a.txt', 'b.txt']);
  });
});
