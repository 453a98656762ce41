import { t } from '@lingui/core/macro';
import { lazy, Suspense, type RefObject } from 'react';
import type { ThreadSearch as Search } from './useThreadSearch';
import { withMessages } from '../../locales/catalogues';

// The search's workings load when the reader first goes to the box, not with the first paint.
const SearchEngine = lazy(() =>
  withMessages(import('./SearchEngine')).then((m) => ({ default: m.SearchEngine })),
);

type Props = {
  readonly search: Search;
  readonly inputRef: RefObject<HTMLInputElement | null>;
  /** Escape in an empty box: back to the thread. */
  readonly onLeave: () => void;
};

const stepClass =
  'h-7 w-7 rounded-md border border-slate-300 hover:bg-slate-100 disabled:opacity-50 dark:border-slate-700 dark:hover:bg-slate-800';

/** The search box, kept in view at the top of the window while the thread scrolls under it. */
export function ThreadSearch({ search, inputRef, onLeave }: Props) {
  const none = search.total === 0;
  return (
    <div
      role="search"
      // 24 px of bar below its controls: a row's button half under the bar is then under the
      // bar's plain edge, never partly under a control, and keeps its 24 × 24 px target free
      // (WCAG 2.5.8; axe's target-size counts controls on top, not plain backgrounds).
      className="sticky top-0 z-10 flex items-center gap-2 border-b border-slate-200 bg-white pb-6 pt-2 text-sm dark:border-slate-800 dark:bg-slate-950"
    >
      <input
        ref={inputRef}
        type="search"
        value={search.query}
        onChange={(event) => search.setQuery(event.target.value)}
        onFocus={search.prepare}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            search.step(event.shiftKey ? -1 : 1);
          } else if (event.key === 'Escape') {
            event.preventDefault();
            if (search.query) search.setQuery('');
            else onLeave();
          }
        }}
        aria-label={t`Search the comments`}
        aria-keyshortcuts="/"
        placeholder={t({
          message: 'Search comments  /',
          comment: 'placeholder of the search box; / is the key that goes to it',
        })}
        className="min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-2 py-1 dark:border-slate-700 dark:bg-slate-900"
      />
      <span
        aria-live="polite"
        // The query the shown matches are for: tests and the bench wait on it.
        data-query={search.foldedQuery}
        className="tabular-nums text-slate-700 dark:text-slate-300"
      >
        {search.status}
      </span>
      <button
        type="button"
        className={stepClass}
        aria-label={t`Previous match`}
        disabled={none}
        onClick={() => search.step(-1)}
      >
        ↑
      </button>
      <button
        type="button"
        className={stepClass}
        aria-label={t`Next match`}
        disabled={none}
        onClick={() => search.step(1)}
      >
        ↓
      </button>
      {search.engine && (
        <Suspense fallback={null}>
          <SearchEngine {...search.engine} />
        </Suspense>
      )}
    </div>
  );
}
