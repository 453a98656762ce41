// Filters: a set of comments named in the reader's address (`?show=score:-14..-10`), which the
// insights view links to from its bars and rows. The reader keeps the thread whole, marks the
// comments that match, opens the way to them and steps through them as it does search matches.

import type { Comment } from '../parser/types';
import type { ThreadIndex } from './threadIndex';
import { formatWallTime, postedAtTime } from './time';

/** The URL search parameter that holds a filter. */
export const FILTER_PARAM = 'show';

export type CommentFilter =
  /** Scores from min to max, both included. */
  | { readonly kind: 'score'; readonly min: number; readonly max: number }
  /** One level: 1 for top-level comments. */
  | { readonly kind: 'depth'; readonly depth: number }
  /** Posted in [from, to): postedAtTime milliseconds (wall-clock time as written). */
  | { readonly kind: 'time'; readonly from: number; readonly to: number }
  /** Comments that quote `to`, written by `from` (null: by an author the page does not name). */
  | { readonly kind: 'quote'; readonly from: string | null; readonly to: string };

const INTEGER = /^[-+]?\d{1,15}$/;

/**
 * The filter a `show` parameter names, or null when it names none (missing, unknown kind,
 * malformed, or an empty range). Formats are those of formatFilter:
 * `score:<min>..<max>`, `depth:<n>`, `time:<YYYY-MM-DDTHH:MM>..<YYYY-MM-DDTHH:MM>`,
 * `quote:<from>><to>` with both names percent-encoded (from empty for an unnamed author).
 */
export function parseFilter(value: string | null): CommentFilter | null {
  if (value === null) return null;
  const colon = value.indexOf(':');
  if (colon < 0) return null;
  const kind = value.slice(0, colon);
  const rest = value.slice(colon + 1);
  if (kind === 'depth') {
    const depth = INTEGER.test(rest) ? Number(rest) : Number.NaN;
    return depth >= 1 ? { kind, depth } : null;
  }
  if (kind === 'quote') {
    const split = rest.indexOf('>');
    if (split < 0) return null;
    try {
      const from = decodeURIComponent(rest.slice(0, split));
      const to = decodeURIComponent(rest.slice(split + 1));
      return to === '' ? null : { kind, from: from === '' ? null : from, to };
    } catch {
      return null; // a malformed escape
    }
  }
  const range = rest.split('..');
  if (range.length !== 2) return null;
  const [low = '', high = ''] = range;
  if (kind === 'score') {
    if (!INTEGER.test(low) || !INTEGER.test(high)) return null;
    const min = Number(low);
    const max = Number(high);
    return min <= max ? { kind, min, max } : null;
  }
  if (kind === 'time') {
    const from = postedAtTime(low);
    const to = postedAtTime(high);
    return from < to ? { kind, from, to } : null;
  }
  return null;
}

/** The `show` parameter's value for a filter; parseFilter reads it back to an equal filter. */
export function formatFilter(filter: CommentFilter): string {
  switch (filter.kind) {
    case 'score':
      return `score:${filter.min}..${filter.max}`;
    case 'depth':
      return `depth:${filter.depth}`;
    case 'time':
      return `time:${formatWallTime(filter.from)}..${formatWallTime(filter.to)}`;
    case 'quote':
      return `quote:${encodeURIComponent(filter.from ?? '')}>${encodeURIComponent(filter.to)}`;
  }
}

/** Whether comment i of the index is in the filter. */
export function matchesFilter(filter: CommentFilter, index: ThreadIndex, i: number): boolean {
  const comment: Comment | undefined = index.comments[i];
  if (comment === undefined) return false;
  switch (filter.kind) {
    case 'score':
      return comment.score >= filter.min && comment.score <= filter.max;
    case 'depth':
      return index.depth[i] === filter.depth;
    case 'time': {
      const time = postedAtTime(comment.postedAt);
      return time >= filter.from && time < filter.to;
    }
    case 'quote':
      return comment.quote?.author === filter.to && comment.author === filter.from;
  }
}

/**
 * The comments in the filter, in `display` order (sort.ts's displayOrder: the order the rows
 * show when all are open), as an Int32Array of comment indices. O(n) for n comments.
 */
export function filterMatches(
  filter: CommentFilter,
  index: ThreadIndex,
  display: Int32Array,
): Int32Array {
  const matched: number[] = [];
  for (const i of display) if (matchesFilter(filter, index, i)) matched.push(i);
  return Int32Array.from(matched);
}
