import { t } from '@lingui/core/macro';
import { useId, type ReactNode, type Ref, type RefObject } from 'react';
import { Button } from '../../components/Button';
import { selectedText } from '../../components/selectionText';
import {
  directionLabel,
  selectAllText,
  shownText,
  sortLabel,
  unselectedText,
} from './collectionText';
import { NATURAL_DIRECTION, SORT_KEYS, type SortKey } from './libraryView';
import { selectAll } from './selection';
import type { Collection } from './useCollection';

type Props = {
  readonly collection: Collection;
  /** What can be done to the selection (the bulk actions), beside it. */
  readonly actions: ReactNode;
  readonly barRef: Ref<HTMLDivElement>;
  /** The search box: where the focus goes when the button pressed goes away. */
  readonly searchRef: RefObject<HTMLInputElement | null>;
  /** Clears the search and filters (and moves the focus to the search box). */
  readonly onClearFilters: () => void;
};

const isSortKey = (value: string): value is SortKey =>
  (SORT_KEYS as readonly string[]).includes(value);

/**
 * Above the list, and on wide screens stuck to the top of the window as the list scrolls: the
 * search box, the sort, how many documents are shown, and the selection with its actions.
 */
export function CollectionBar({ collection, actions, barRef, searchRef, onClearFilters }: Props) {
  const { view, changeView, shown, total, filtered, search, selection } = collection;
  const sortId = useId();
  const shownCount = shown.entries.length;
  const selectedCount = selection.selected.size;
  const allSelected = selectedCount >= shownCount;
  const pending = search.pending;
  return (
    <div
      ref={barRef}
      className="z-10 space-y-2 border-b border-slate-200 bg-white py-2 md:sticky md:top-0 dark:border-slate-800 dark:bg-slate-950"
    >
      <div className="flex flex-wrap items-center gap-2">
        <input
          ref={searchRef}
          type="search"
          value={view.query}
          onChange={(event) => collection.setQuery(event.target.value)}
          aria-label={t`Search the library`}
          placeholder={t({
            message: 'Search titles and articles',
            comment: 'placeholder of the library’s search box',
          })}
          className="min-w-0 flex-[1_1_12rem] rounded-md border border-slate-300 bg-white px-2 py-1.5 dark:border-slate-700 dark:bg-slate-900"
        />
        <span className="flex w-full items-center gap-2 text-sm sm:w-auto">
          <label htmlFor={sortId} className="whitespace-nowrap">
            {t({ message: 'Sort by', comment: 'label of the sort menu' })}
          </label>
          <select
            id={sortId}
            value={view.sort}
            onChange={(event) => {
              const sort = event.target.value;
              // A sort chosen starts in its own direction (newest, most, A to Z first).
              if (isSortKey(sort))
                changeView({ ...view, sort, direction: NATURAL_DIRECTION[sort] }, 'push');
            }}
            className="min-h-8 min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-1 py-1 sm:flex-none dark:border-slate-700 dark:bg-slate-900"
          >
            {SORT_KEYS.map((sort) => (
              <option key={sort} value={sort}>
                {sortLabel(sort)}
              </option>
            ))}
          </select>
          <Button
            className="min-h-8 whitespace-nowrap px-2!"
            onClick={() =>
              changeView({ ...view, direction: view.direction === 'asc' ? 'desc' : 'asc' }, 'push')
            }
          >
            <span aria-hidden="true">{view.direction === 'asc' ? '↑ ' : '↓ '}</span>
            {directionLabel(view.sort, view.direction)}
          </Button>
        </span>
      </div>
      <div className="flex min-h-8 flex-wrap items-center gap-x-3 gap-y-1 text-sm">
        <p
          role="status"
          data-testid="library-count"
          data-library-query={pending ? undefined : view.query}
          data-library-index={search.indexed}
          className="font-medium tabular-nums"
        >
          {pending ? t`Searching…` : shownText(shownCount, total, filtered)}
        </p>
        {filtered && (
          <Button className="min-h-8" onClick={onClearFilters}>
            {t`Clear filters`}
          </Button>
        )}
        {search.titlesOnly && view.query.trim() !== '' && (
          <p className="text-slate-600 dark:text-slate-400">
            {t`Searching titles only: article texts are still being indexed.`}
          </p>
        )}
        {/* Just after an import or a restore: the new documents' texts are read and indexed
            (a moment, longer on a busy machine), their titles searched meanwhile. */}
        {search.newTextsPending && view.query.trim() !== '' && (
          <p className="text-slate-600 dark:text-slate-400">
            {t`New documents are searched by title until their texts are indexed.`}
          </p>
        )}
      </div>
      <div className="flex min-h-8 flex-wrap items-center gap-x-3 gap-y-1 text-sm">
        {/* Said as it changes (Space on a row says what it did); shown while the actions,
            which say it too, are not. */}
        <p
          role="status"
          className={selectedCount > 0 ? 'sr-only' : 'text-slate-700 dark:text-slate-300'}
        >
          {selectedCount > 0 ? selectedText(selectedCount) : t`No document selected`}
        </p>
        {/* Both stay while the list shows documents, dimmed when there is nothing to do, so
            that the focus stays on the one just pressed. */}
        {shownCount > 0 && (
          <Button
            className="min-h-8"
            aria-disabled={allSelected || undefined}
            aria-keyshortcuts="Control+A Meta+A"
            onClick={() => {
              if (allSelected) return;
              collection.changeSelection((was) =>
                selectAll(
                  was,
                  shown.entries.map((entry) => entry.id),
                ),
              );
            }}
          >
            {selectAllText(shownCount)}
          </Button>
        )}
        {shownCount > 0 && (
          <Button
            className="min-h-8"
            aria-disabled={selectedCount === 0 || undefined}
            aria-keyshortcuts="Escape"
            onClick={() => {
              if (selectedCount > 0) collection.clearSelection();
            }}
          >
            {t`Clear selection`}
          </Button>
        )}
        {/* What a search or filter did to the selection (it keeps only what they show); in
            the page while empty, so that what it says is announced. */}
        <p role="status" className="text-slate-700 dark:text-slate-300">
          {collection.unselected > 0 ? unselectedText(collection.unselected) : ''}
        </p>
        {actions}
      </div>
    </div>
  );
}
