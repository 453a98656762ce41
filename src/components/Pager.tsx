import { t } from '@lingui/core/macro';
import type { Page } from '../thread/paging';
import { describeRange } from '../thread/pagingText';
import { Button } from './Button';

type Props = {
  readonly page: Page;
  readonly onPage: (page: number) => void;
  /**
   * What is paged, in the interface language, for the navigation's and the buttons' names:
   * 'notes', 'paragraphs' (a noun phrase, placed in "Pages of …", "Next page of …").
   */
  readonly items: string;
  /** The navigation's name when the default ("Pages of notes") is taken by another pager. */
  readonly label?: string;
  readonly className?: string;
};

/**
 * Previous and next for a list shown a page at a time, with where the page sits in the list
 * ("21–40 of 11,325"). Nothing when the list fits on one page. The ends are aria-disabled, not
 * disabled: a disabled button drops the keyboard focus to the page when it is reached with it.
 * A button's name starts with its visible word ("Next page of notes"), in every language.
 */
export function Pager({ page, onPage, items, label, className = '' }: Props) {
  if (page.pages <= 1) return null;
  const first = page.page === 0;
  const last = page.page === page.pages - 1;
  // After the visible "Previous" or "Next", for screen readers only.
  const ofItems = t({
    message: `page of ${items}`,
    comment:
      'read after the pager’s button “Previous” or “Next” (“Next page of notes”); {items} names what is paged',
  });
  return (
    <nav
      aria-label={
        label ??
        t({
          message: `Pages of ${items}`,
          comment: 'a pager’s name; {items}: “notes”, “paragraphs”',
        })
      }
      className={`flex flex-wrap items-center gap-2 text-sm ${className}`}
    >
      <Button
        aria-disabled={first}
        onClick={() => {
          if (!first) onPage(page.page - 1);
        }}
      >
        {t({ message: 'Previous', comment: 'pager button: the previous page of a list' })}
        <span className="sr-only"> {ofItems}</span>
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
        {t({ message: 'Next', comment: 'pager button: the next page of a list' })}
        <span className="sr-only"> {ofItems}</span>
      </Button>
    </nav>
  );
}
