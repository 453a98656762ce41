import { t } from '@lingui/core/macro';
import { useRef, useState } from 'react';
import { count } from '../components/formatting';
import { Pager } from '../components/Pager';
import type { LibraryEntry } from '../library/queries';
import { pageOf } from '../thread/paging';
import { DocumentCard } from './DocumentCard';

/**
 * Imported documents shown at once. A reader can import thousands of pages; paging keeps the
 * library's element count bounded (virtualization and search are for a later change).
 */
const CARDS_PER_PAGE = 50;

type Props = {
  /** Newest first. */
  readonly entries: readonly LibraryEntry[];
  readonly onDelete: (entry: LibraryEntry) => void;
  readonly onRename: (entry: LibraryEntry, title: string) => void;
};

/** The reader's imports, a page of cards at a time. */
export function ImportedDocuments({ entries, onDelete, onRename }: Props) {
  const [pageNumber, setPageNumber] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  // Clamped: deleting the last card of the last page shows the page before it.
  const page = pageOf(entries.length, CARDS_PER_PAGE, pageNumber);
  const items = t({
    message: 'your imports',
    comment: 'what the library’s pager pages through: “Pages of your imports”',
  });
  const turn = (next: number) => {
    setPageNumber(next);
    heading.current?.scrollIntoView({ block: 'start' });
    // With the list's start: the focus must not stay on a button now off screen.
    heading.current?.focus({ preventScroll: true });
  };
  return (
    <section aria-labelledby="imported-heading" className="mt-6">
      <h2
        ref={heading}
        id="imported-heading"
        tabIndex={-1}
        className="scroll-mt-4 text-lg font-semibold"
      >
        {t`Your imports`}{' '}
        <span className="font-normal text-slate-600 dark:text-slate-400">
          ({count(entries.length)})
        </span>
      </h2>
      <Pager page={page} onPage={turn} items={items} className="mt-2" />
      <ul className="mt-4 grid gap-4 md:grid-cols-2" aria-label={t`Your imports`}>
        {entries.slice(page.start, page.end).map((entry) => (
          <DocumentCard
            key={entry.id}
            document={entry}
            heading="h3"
            onDelete={onDelete}
            onRename={onRename}
          />
        ))}
      </ul>
      <Pager
        page={page}
        onPage={turn}
        items={items}
        label={t({
          message: 'Pages of your imports, after the list',
          comment: 'the second pager of the library’s imports, below the list',
        })}
        className="mt-4"
      />
    </section>
  );
}
