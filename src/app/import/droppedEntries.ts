// Folders dropped on the page: the browser hands over entries (File and Directory Entries API,
// DataTransferItem.webkitGetAsEntry), walked here into files with their paths, sub-folders
// included, with an explicit stack (a folder tree of any depth) and no byte read.

import type { PickedFile, Unreadable } from './fileSelection';

/** What the walk uses of a FileSystemEntry (structural: tests hand plain objects). */
export interface EntryLike {
  readonly isFile: boolean;
  readonly isDirectory: boolean;
  readonly name: string;
  /** '/crawl/2022/page.txt': the path from what was dropped. */
  readonly fullPath: string;
}

/** What the walk uses of a FileSystemFileEntry. */
export interface FileEntryLike extends EntryLike {
  file(success: (file: File) => void, failure?: (error: DOMException) => void): void;
}

/** What the walk uses of a FileSystemDirectoryEntry. */
export interface DirectoryEntryLike extends EntryLike {
  createReader(): {
    readEntries(
      success: (entries: EntryLike[]) => void,
      failure?: (error: DOMException) => void,
    ): void;
  };
}

/** An entry that could not be read (a file moved away meanwhile, a folder not allowed). */
export type EntryFailure = Unreadable;

const isFileEntry = (entry: EntryLike): entry is FileEntryLike => entry.isFile;
const isDirectoryEntry = (entry: EntryLike): entry is DirectoryEntryLike => entry.isDirectory;

const detailOf = (error: unknown) =>
  error instanceof Error || error instanceof DOMException ? error.message : String(error);

function fileOf(entry: FileEntryLike): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

/**
 * Every entry of a folder: readEntries gives them in batches (Chromium: 100 at a time) and
 * an empty batch at the end, so it is called until one comes back empty.
 */
async function entriesOf(folder: DirectoryEntryLike): Promise<EntryLike[]> {
  const reader = folder.createReader();
  const all: EntryLike[] = [];
  for (;;) {
    const batch = await new Promise<EntryLike[]>((resolve, reject) =>
      reader.readEntries(resolve, reject),
    );
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

/**
 * The files under the dropped entries, each with its path from what was dropped
 * ('crawl/2022/page.txt', no leading slash), folders walked depth-first with an explicit stack;
 * an entry that cannot be read is listed in `failures` and the walk goes on. `onFound` is told
 * how many files are found so far, after each (a big folder takes seconds to walk).
 */
export async function filesOfEntries(
  roots: readonly EntryLike[],
  onFound?: (files: number) => void,
): Promise<{ files: PickedFile[]; failures: EntryFailure[] }> {
  const files: PickedFile[] = [];
  const failures: EntryFailure[] = [];
  const stack = [...roots].reverse();
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const path = entry.fullPath.replace(/^\/+/, '') || entry.name;
    try {
      if (isFileEntry(entry)) {
        files.push({ file: await fileOf(entry), path });
        onFound?.(files.length);
      } else if (isDirectoryEntry(entry)) {
        const children = await entriesOf(entry);
        // Pushed last first, so that they come off the stack in the folder's order; a loop,
        // since a folder of 100,000 files is too many arguments for one push.
        for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
      }
    } catch (error) {
      failures.push({ path, detail: detailOf(error) });
    }
  }
  return { files, failures };
}
