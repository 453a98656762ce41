// Which of the files the reader gives are read as pages, and the paths the panel shows for
// them. A folder holds what a crawl or a download left beside the pages (images, .DS_Store,
// saved HTML): those are listed as skipped, not read.

/** A file the reader gave and where it sat in what they chose: 'sub/page.txt', or its name. */
export type PickedFile = { readonly file: File; readonly path: string };

/**
 * Why a file is not read: 'hidden', a dot file or one in a dot folder (.DS_Store, ._page.txt,
 * .git/…: what systems and tools leave, never a page); 'not-text', an extension Fil does not
 * read as a page (.png, .pdf, .html, .csv…).
 */
export type SkipReason = 'hidden' | 'not-text';

/**
 * Extensions read as pages: text (.txt, .text) and Fil's JSON exports (.json, read back as
 * documents; a JSON that is not one is refused with the reason). HTML is left out: a saved
 * web page is markup, not the flattened text Fil reads.
 */
const PAGE_EXTENSIONS: ReadonlySet<string> = new Set(['txt', 'text', 'json']);

/**
 * Why the file at `path` (slash-separated, as PickedFile's) of MIME type `type` is not read,
 * or null when it is read: files named .txt, .text or .json, files with no extension (a crawl
 * may name pages by a hash alone; the worker refuses one that is binary, with the reason), and
 * files the system types 'text/plain' (.log, .asc…). Decided by name and type alone: no byte is
 * read on the main thread.
 */
export function skipReason(path: string, type: string): SkipReason | null {
  const segments = path.split('/');
  if (segments.some((segment) => segment.startsWith('.'))) return 'hidden';
  const name = segments.at(-1) ?? '';
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  if (extension === '' || PAGE_EXTENSIONS.has(extension) || type === 'text/plain') return null;
  return 'not-text';
}

/** Paths in the order people sort them: 'page 2' before 'page 10', accents and case aside. */
const pathOrder = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** An entry of a dropped folder that could not be read, and what the browser said. */
export type Unreadable = { readonly path: string; readonly detail: string };

/** What a pick of files or a folder comes to: what is read, what is skipped and why. */
export type Selection = {
  /** The folder chosen (or the one folder dropped), whose name the paths leave out; else null. */
  readonly folder: string | null;
  /** What is read, in path order. */
  readonly taken: readonly PickedFile[];
  /** What is not read, in path order. */
  readonly skipped: readonly { readonly path: string; readonly reason: SkipReason }[];
  /** Entries that could not be read, in the order given, their paths cut like the others. */
  readonly unreadable: readonly Unreadable[];
};

/**
 * Sorts the reader's pick by path, leaves out the folder they chose when every file (and every
 * entry of `unreadable`, those of a dropped folder that could not be read) is in it, so that
 * 'crawl/2022/page.txt' shows as '2022/page.txt', and splits what is read from what is skipped
 * (skipReason). Paths are slash-separated, without a leading slash.
 */
export function selectFiles(
  picked: readonly PickedFile[],
  unreadable: readonly Unreadable[] = [],
): Selection {
  const tops = new Set<string>();
  let nested = true;
  for (const { path } of [...picked, ...unreadable]) {
    const slash = path.indexOf('/');
    if (slash < 0) nested = false;
    else tops.add(path.slice(0, slash));
  }
  const folder = nested && tops.size === 1 ? [...tops][0]! : null;
  const within = (path: string) => (folder === null ? path : path.slice(folder.length + 1));
  const sorted = picked
    .map((item) => (folder === null ? item : { ...item, path: within(item.path) }))
    .sort((a, b) => pathOrder.compare(a.path, b.path));
  const taken: PickedFile[] = [];
  const skipped: { path: string; reason: SkipReason }[] = [];
  for (const item of sorted) {
    // Decided on the path from the chosen folder: a folder named '.crawl' is the reader's choice.
    const reason = skipReason(item.path, item.file.type);
    if (reason === null) taken.push(item);
    else skipped.push({ path: item.path, reason });
  }
  return {
    folder,
    taken,
    skipped,
    unreadable: unreadable.map((entry) => ({ ...entry, path: within(entry.path) })),
  };
}

/**
 * The files of an `<input type="file">`, each with its path: `webkitRelativePath` for a
 * folder chosen with `webkitdirectory` ('crawl/2022/page.txt'), else its name.
 */
export function pickedFromInput(files: Iterable<File>): PickedFile[] {
  const picked: PickedFile[] = [];
  for (const file of files) picked.push({ file, path: file.webkitRelativePath || file.name });
  return picked;
}
