import { useEffect, useState } from 'react';
import type { EntryLike } from './droppedEntries';

/**
 * What was dropped: files alone (as dataTransfer.files gives them), or entries when a folder
 * is among them (walked with filesOfEntries: a folder's File in dataTransfer.files is an
 * unreadable placeholder).
 */
export type Dropped =
  | { readonly kind: 'files'; readonly files: readonly File[] }
  | { readonly kind: 'entries'; readonly entries: readonly EntryLike[] };

const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') === true;

/**
 * The dropped items' entries, read during the drop event (the DataTransfer is emptied after
 * it); [] where the browser has no webkitGetAsEntry or gives none (a DataTransfer built by a
 * script).
 */
function entriesOf(transfer: DataTransfer): EntryLike[] {
  const entries: EntryLike[] = [];
  for (const item of transfer.items) {
    if (item.kind !== 'file') continue;
    const entry = item.webkitGetAsEntry?.() ?? null;
    if (entry) entries.push(entry);
  }
  return entries;
}

/** Files and folders dropped anywhere on the page; `dragging` while some are held over it. */
export function useFileDrop(onDrop: (dropped: Dropped) => void): boolean {
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    let depth = 0; // dragenter/dragleave fire for every child element crossed
    const enter = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth++;
      setDragging(true);
    };
    const leave = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const over = (event: DragEvent) => {
      if (hasFiles(event)) event.preventDefault(); // allows the drop
    };
    const drop = (event: DragEvent) => {
      const transfer = event.dataTransfer;
      if (!transfer || !hasFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const entries = entriesOf(transfer);
      if (entries.some((entry) => entry.isDirectory)) {
        onDrop({ kind: 'entries', entries });
        return;
      }
      const files = [...transfer.files];
      if (files.length > 0) onDrop({ kind: 'files', files });
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [onDrop]);
  return dragging;
}
