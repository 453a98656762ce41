// Paging arithmetic for every list that grows with the input (parser notes, set-aside lines,
// article paragraphs, the library): a page shows at most `size` items, so the number of
// elements on screen stays bounded however long the list is.

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
