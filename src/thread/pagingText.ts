// What a pager says about its page, in the interface language: loaded with the pager, which
// shows only for lists longer than a page.

import { t } from '@lingui/core/macro';
import { count } from './numbers';
import type { Page } from './paging';

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
