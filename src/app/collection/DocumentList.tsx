import { defaultRangeExtractor, useWindowVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { LibraryEntry } from '../../library/queries';
import { DocumentRow } from './DocumentRow';
import { listCommand } from './listKeys';
import { clear, extendTo, selectAll, toggle, type Selection } from './selection';

type Props = {
  /** The documents shown, in order. */
  readonly entries: readonly LibraryEntry[];
  readonly selection: Selection;
  readonly onSelection: (change: (selection: Selection) => Selection) => void;
  readonly onDelete: (entry: LibraryEntry) => void;
  readonly onRename: (entry: LibraryEntry, title: string) => void;
  /** Height of the sticky bar above the list (px): rows scrolled to stay clear of it. */
  readonly barHeight: number;
  readonly labelledBy: string;
  /** The id of the text that says which keys the list takes: each row link's description. */
  readonly describedBy: string;
};

/** A row's height before it is measured: one line of title, one of facts. */
const ESTIMATED_ROW = 64;

/** The list's distance from the top of the document, kept as what is above it changes size. */
function useDocumentOffset(element: HTMLElement | null): number {
  const [offset, setOffset] = useState(0);
  useLayoutEffect(() => {
    if (element === null) return;
    const measure = () => setOffset(element.getBoundingClientRect().top + window.scrollY);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [element]);
  return offset;
}

/**
 * The library's documents, one row each, rendered only near the screen (TanStack Virtual's
 * window virtualizer: the page scrolls, not a box), so that 10,000 documents make a few dozen
 * rows. A list whose rows say their place (aria-posinset of aria-setsize); one tab stop, the
 * active row's link (the rows' controls out of the tab order but its own), moved with the keys
 * of listKeys.ts. The active row is always rendered, wherever the page is scrolled, so that the
 * focus is never lost with a row that scrolled away.
 */
/** The viewport assumed until the list measures the window's, in CSS pixels. */
const FIRST_RECT = { width: 1280, height: 1200 };

export function DocumentList({
  entries,
  selection,
  onSelection,
  onDelete,
  onRename,
  barHeight,
  labelledBy,
  describedBy,
}: Props) {
  const [list, setList] = useState<HTMLUListElement | null>(null);
  const scrollMargin = useDocumentOffset(list);
  const ids = useMemo(() => entries.map((entry) => entry.id), [entries]);
  const places = useMemo(() => new Map(ids.map((id, index) => [id, index])), [ids]);
  const [activeId, setActiveId] = useState<string | null>(null);
  // The first row when the active one is gone (deleted, filtered out).
  const active = (activeId === null ? undefined : places.get(activeId)) ?? 0;

  const virtualizer = useWindowVirtualizer({
    count: entries.length,
    estimateSize: () => ESTIMATED_ROW,
    overscan: 6,
    scrollMargin,
    // Not the window's scrollY, its default: while the list mounts that is still the previous
    // page's (a thread scrolled far down), which the virtualizer would scroll back to and hold
    // through its size adjustments. The scroll memory (src/app/scrollMemory.ts) puts the page
    // where this history entry was, after the list's first layout.
    initialOffset: 0,
    // The rows of a first screen before the window is measured: the same in the build's
    // prerender and in the render that hydrates it, and enough to fill most screens.
    initialRect: FIRST_RECT,
    getItemKey: (index) => ids[index]!,
    rangeExtractor: (range) => {
      const indexes = defaultRangeExtractor(range);
      if (entries.length > 0 && !indexes.includes(active)) {
        indexes.push(active);
        indexes.sort((a, b) => a - b);
      }
      return indexes;
    },
    scrollPaddingStart: barHeight + 8,
    scrollPaddingEnd: 8,
  });

  // The row to focus once rendered: moved to with a key, it may not have been in the DOM.
  const focusNext = useRef<string | null>(null);
  useLayoutEffect(() => {
    const id = focusNext.current;
    if (id === null || list === null) return;
    const link = list.querySelector<HTMLElement>(
      `[data-document-id="${CSS.escape(id)}"] [data-row-link]`,
    );
    if (link === null) return;
    focusNext.current = null;
    link.focus({ preventScroll: true });
  });

  const moveTo = (index: number) => {
    const id = ids[index]!;
    setActiveId(id);
    focusNext.current = id;
    virtualizer.scrollToIndex(index, { align: 'auto' });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const target = event.target as HTMLElement;
    if (!target.matches('[data-row-link]')) return;
    const id = target.closest<HTMLElement>('[data-document-id]')?.dataset.documentId;
    const at = id === undefined ? undefined : places.get(id);
    if (at === undefined) return;
    const range = virtualizer.range;
    const page = range ? range.endIndex - range.startIndex + 1 : 1;
    const command = listCommand(event, at, ids.length, page);
    if (command === null) return;
    event.preventDefault();
    switch (command.kind) {
      case 'move':
        if (command.extend) onSelection((was) => extendTo(was, ids[command.to]!, ids, ids[at]));
        moveTo(command.to);
        return;
      case 'toggle':
        onSelection((was) =>
          command.extend ? extendTo(was, ids[at]!, ids) : toggle(was, ids[at]!),
        );
        return;
      case 'select-all':
        onSelection((was) => selectAll(was, ids));
        return;
      case 'clear':
        onSelection(clear);
        return;
    }
  };

  // A row's checkbox: selects (a range with Shift) and makes the row the tab stop.
  const onToggle = useCallback(
    (id: string, extend: boolean) => {
      onSelection((was) => (extend ? extendTo(was, id, ids) : toggle(was, id)));
      setActiveId(id);
      focusNext.current = id;
    },
    [ids, onSelection],
  );

  return (
    <ul
      ref={setList}
      aria-labelledby={labelledBy}
      onKeyDown={onKeyDown}
      // The tab stop follows the focus: a row reached by a click or Tab becomes the active one.
      onFocus={(event) => {
        const id = (event.target as HTMLElement).closest<HTMLElement>('[data-document-id]')?.dataset
          .documentId;
        if (id !== undefined && id !== activeId) setActiveId(id);
      }}
      className="relative mt-2"
      style={{ height: virtualizer.getTotalSize() }}
    >
      {virtualizer.getVirtualItems().map((item) => {
        const entry = entries[item.index]!;
        return (
          <DocumentRow
            key={item.key as string}
            entry={entry}
            position={item.index + 1}
            setSize={entries.length}
            selected={selection.selected.has(entry.id)}
            active={item.index === active}
            top={item.start - scrollMargin}
            rowRef={virtualizer.measureElement}
            describedBy={describedBy}
            onToggle={onToggle}
            onDelete={onDelete}
            onRename={onRename}
          />
        );
      })}
    </ul>
  );
}
