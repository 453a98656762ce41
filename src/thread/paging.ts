// Paging arithmetic for every list that grows with the input (parser notes, set-aside lines,
// article paragraphs, the library): a page shows at most `size` items, so the number of
// elements on screen stays bounded however long the list is.

import { t } from '@lingui/core/macro';
import { count } from './numbers';

/** One page of a list of `total` items: items `start` (inclusive) to `end` (exclusive). */
export type Page = {
  /** 0-based page number, clamped into range. */
  readonly page: number;
  /** How many pages there are; at least 1, so an empty list still has a (blank) page. */
  readonly pages: number;
  readonly start: number;
  readonly end: number;
  readonly total: number;
};

/** Number of pages of `size` items needed for `total` items (at least 1). */
export function pageCount(total: number, size: number): number {
  if (size < 1) throw new RangeError(`page size must be at least 1, not ${size}`);
  return Math.max(1, Math.ceil(Math.max(0, total) / size));
}

/**
 * Page `page` (0-based) of `total` items, `size` a page. A page past the end (after items were
 * deleted, say) gives the last page; a negative or non-integer one gives the nearest page.
 */
export function pageOf(total: number, size: number, page: number): Page {
  const pages = pageCount(total, size);
  const clamped = Number.isFinite(page) ? Math.min(pages - 1, Math.max(0, Math.floor(page))) : 0;
  const start = clamped * size;
  return { page: clamped, pages, start, end: Math.min(Math.max(0, total), start + size), total };
}

/** The page (0-based) that holds item `index` (0-based). */
export function pageHolding(index: number, size: number): number {
  return Math.max(0, Math.floor(index / size));
}

/**
 * '51–100 of 1,005' (1-based, en dash); '7 of 7' for a one-item page; '0 of 0' when empty. In the
 * interface language, numbers grouped as it groups them.
 */
export function describeRange(page: Page): string {
  const total = count(page.total);
  const first = count(page.end <= page.start ? 0 : page.start + 1);
  if (page.end - page.start <= 1)
    return t({
      message: `${first} of ${total}`,
      comment: 'a list shown a page at a time: the one item shown, of all',
    });
  const last = count(page.end);
  return t({
    message: `${first}–${last} of ${total}`,
    comment: 'a list shown a page at a time: the first and last items shown, of all',
  });
}

/** 'page 3 of 567', in the interface language. */
export function describePage(page: Page): string {
  const number = count(page.page + 1);
  const pages = count(page.pages);
  return t`page ${number} of ${pages}`;
}
