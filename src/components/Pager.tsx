import { describeRange, type Page } from '../thread/paging';
import { Button } from './Button';

type Props = {
  readonly page: Page;
  readonly onPage: (page: number) => void;
  /** What is paged, for the navigation's and the buttons' names: 'notes', 'paragraphs'. */
  readonly items: string;
  /** The navigation's name when the default ("Pages of notes") is taken by another pager. */
  readonly label?: string;
  readonly className?: string;
};

/**
 * Previous and next for a list shown a page at a time, with where the page sits in the list
 * ("21–40 of 11,325"). Nothing when the list fits on one page. The ends are aria-disabled, not
 * disabled: a disabled button drops the keyboard focus to the page when it is reached with it.
 */
export function Pager({ page, onPage, items, label, className = '' }: Props) {
  if (page.pages <= 1) return null;
  const first = page.page === 0;
  const last = page.page === page.pages - 1;
  return (
    <nav
      aria-label={label ?? `Pages of ${items}`}
      className={`flex flex-wrap items-center gap-2 text-sm ${className}`}
    >
      <Button
        aria-disabled={first}
        onClick={() => {
          if (!first) onPage(page.page - 1);
        }}
      >
        Previous<span className="sr-only"> page of {items}</span>
      </Button>
      <span
        aria-live="polite"
        className="tabular-nums text-slate-700 dark:text-slate-300"
        data-testid="pager-range"
      >
        {describeRange(page)}
      </span>
      <Button
        aria-disabled={last}
        onClick={() => {
          if (!last) onPage(page.page + 1);
        }}
      >
        Next<span className="sr-only"> page of {items}</span>
      </Button>
    </nav>
  );
}
