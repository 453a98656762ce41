import { t } from '@lingui/core/macro';
import {
  useCallback,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type CSSProperties,
  type ReactNode,
} from 'react';
import { Button } from '../../components/Button';
import type { LibraryEntry } from '../../library/queries';
import { CollectionBar } from './CollectionBar';
import { DocumentList } from './DocumentList';
import { listKeysText } from './collectionText';
import { FilterPanel } from './FilterPanel';
import { withoutFilters, type LibraryView } from './libraryView';
import type { Collection } from './useCollection';
import type { HistoryMode } from './useLibraryView';

type Props = {
  readonly collection: Collection;
  /** Whether the library holds any import (else it says how to add some). */
  readonly hasImports: boolean;
  /** The bulk actions, shown beside the selection. */
  readonly actions: ReactNode;
  readonly onDelete: (entry: LibraryEntry) => void;
  readonly onRename: (entry: LibraryEntry, title: string) => void;
};

/** Whether the keyboard has ⌘ (Apple's systems) rather than Ctrl for selecting all. */
const APPLE = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** The sticky bar's height (0 where it does not stick: small screens), as it changes. */
function useStickyHeight(): [number, (element: HTMLDivElement | null) => void] {
  const [bar, setBar] = useState<HTMLDivElement | null>(null);
  const [height, setHeight] = useState(0);
  useLayoutEffect(() => {
    if (bar === null) return;
    const measure = () =>
      setHeight(getComputedStyle(bar).position === 'sticky' ? bar.offsetHeight : 0);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(bar);
    addEventListener('resize', measure);
    return () => {
      observer.disconnect();
      removeEventListener('resize', measure);
    };
  }, [bar]);
  return [height, setBar];
}

/** A new search or view starts at the top of the list when the page was scrolled into it. */
function toTopOf(element: HTMLElement | null): void {
  if (element === null) return;
  const top = element.getBoundingClientRect().top + window.scrollY;
  if (window.scrollY > top) window.scrollTo({ top });
}

/**
 * Every document of the library in one list: search, filters and sort (kept in the address),
 * the count, the selection, and the rows, rendered only near the screen.
 */
export function LibraryCollection({ collection, hasImports, actions, onDelete, onRename }: Props) {
  const headingId = useId();
  const filtersId = useId();
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [barHeight, setBar] = useStickyHeight();
  const section = useRef<HTMLElement>(null);
  const searchBox = useRef<HTMLInputElement>(null);
  const keysHintId = useId();
  const { view, shown, filtered } = collection;

  const { setQuery, changeView } = collection;
  const typed = useCallback(
    (query: string) => {
      toTopOf(section.current);
      setQuery(query);
    },
    [setQuery],
  );
  const changed = useCallback(
    (next: LibraryView, mode: HistoryMode) => {
      toTopOf(section.current);
      changeView(next, mode);
    },
    [changeView],
  );
  const scrolling = { ...collection, setQuery: typed, changeView: changed };
  // The button pressed goes away with the filters: the focus goes to the search box, emptied.
  const clearFilters = () => {
    searchBox.current?.focus();
    changed(withoutFilters(view), 'push');
  };

  return (
    <section
      ref={section}
      aria-labelledby={headingId}
      className="mt-10"
      style={{ '--collection-bar': `${barHeight + 8}px` } as CSSProperties}
    >
      <h2 id={headingId} className="text-lg font-semibold">
        {t({ message: 'Documents', comment: 'heading of the library’s list of documents' })}
      </h2>
      {!hasImports && (
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
          {t`You have not imported any pages yet: the list holds the documents that come with Fil.`}
        </p>
      )}
      <div className="mt-3 md:grid md:grid-cols-[13rem_minmax(0,1fr)] md:gap-6">
        <div className="md:sticky md:top-2 md:max-h-[calc(100vh-1rem)] md:self-start md:overflow-y-auto">
          <Button
            className="min-h-8 md:hidden"
            aria-expanded={filtersOpen}
            aria-controls={filtersId}
            onClick={() => setFiltersOpen((open) => !open)}
          >
            {t({ message: 'Filters', comment: 'button that shows the library’s filters' })}
          </Button>
          <FilterPanel
            id={filtersId}
            view={view}
            languages={shown.languages}
            onChange={changed}
            className={`${filtersOpen ? 'mt-3' : 'hidden'} md:mt-0 md:block`}
          />
        </div>
        <div className="min-w-0">
          <CollectionBar
            collection={scrolling}
            actions={actions}
            barRef={setBar}
            searchRef={searchBox}
            onClearFilters={clearFilters}
          />
          {/* How the list is used from the keyboard: its rows' description. Not on a phone's
              width, where a keyboard is rare and the line would wrap. */}
          <p
            id={keysHintId}
            className="mt-2 hidden text-xs text-slate-600 sm:block dark:text-slate-400"
          >
            {listKeysText(APPLE)}
          </p>
          {shown.entries.length === 0 && !collection.search.pending ? (
            <div className="mt-6 text-slate-700 dark:text-slate-300">
              <p>
                {filtered
                  ? t`No document matches this search and these filters.`
                  : t`The library is empty.`}
              </p>
              {filtered && (
                <Button size="medium" className="mt-3" onClick={clearFilters}>
                  {t`Clear filters`}
                </Button>
              )}
            </div>
          ) : (
            <DocumentList
              entries={shown.entries}
              selection={collection.selection}
              onSelection={collection.changeSelection}
              onDelete={onDelete}
              onRename={onRename}
              barHeight={barHeight}
              labelledBy={headingId}
              describedBy={keysHintId}
            />
          )}
        </div>
      </div>
    </section>
  );
}
