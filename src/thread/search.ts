// In-thread search: every comment's author, quote and paragraphs, collapsed or not, in the order
// the thread is shown.
//
// The index is one string: each comment's searchable fields, case-folded, joined by a separator
// no query can hold, comment after comment in index order, with the offset where each comment
// starts. A query is then one native indexOf scan over that string (about 10 MB for 100,000
// comments) and a merge with the comment offsets: O(text + matches) per keystroke, no per-comment
// work in JavaScript beyond a count. The index is built in slices so that building it never
// holds the page for long. The reader loads this module when it first searches.

import { t } from '@lingui/core/macro';
import type { Comment } from '../parser/types';
import { count } from './numbers';
import { foldText, searchFields, SEPARATOR } from './searchText';

export type SearchIndex = {
  /** The folded fields of every comment, each followed by SEPARATOR. */
  readonly text: string;
  /** Where comment i's fields start in `text`; starts[comments.length] is text.length. */
  readonly starts: Int32Array;
};

/**
 * Builds the index a slice of `sliceSize` comments at a time: each `next()` does one slice, and
 * the last one returns the index. `buildSearchIndex` runs it to the end at once.
 */
export function* searchIndexBuilder(
  comments: readonly Comment[],
  sliceSize = 5000,
): Generator<void, SearchIndex, void> {
  const starts = new Int32Array(comments.length + 1);
  const slices: string[] = [];
  let length = 0;
  for (let first = 0; first < comments.length; first += sliceSize) {
    const parts: string[] = [];
    for (let i = first; i < Math.min(comments.length, first + sliceSize); i++) {
      const part = searchFields(comments[i]!).join(SEPARATOR) + SEPARATOR;
      starts[i] = length;
      length += part.length;
      parts.push(part);
    }
    slices.push(foldText(parts.join('')));
    yield;
  }
  starts[comments.length] = length;
  return { text: slices.join(''), starts };
}

export function buildSearchIndex(comments: readonly Comment[]): SearchIndex {
  const builder = searchIndexBuilder(comments, comments.length || 1);
  for (;;) {
    const step = builder.next();
    if (step.done) return step.value;
  }
}

export type SearchMatches = {
  /** The folded query; '' matches nothing. */
  readonly query: string;
  /** Comments that hold at least one match, in display order. */
  readonly comments: Int32Array;
  /** before[k]: matches in comments[0 … k-1]; before[comments.length] is the total. */
  readonly before: Int32Array;
  readonly total: number;
};

/** Non-overlapping occurrences of `query` across the thread, counted per comment, in `order`. */
export function findMatches(
  searchIndex: SearchIndex,
  order: Int32Array,
  query: string,
): SearchMatches {
  // A query never spans two fields: it cannot hold the separator.
  const needle = query.trim() === '' ? '' : foldText(query).replaceAll(SEPARATOR, '');
  const { text, starts } = searchIndex;
  const counts = new Int32Array(starts.length - 1);
  let comment = 0;
  let matchedComments = 0;
  if (needle !== '') {
    for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) {
      while (starts[comment + 1]! <= at) comment++;
      if (counts[comment] === 0) matchedComments++;
      counts[comment]!++;
    }
  }
  const comments = new Int32Array(matchedComments);
  const before = new Int32Array(matchedComments + 1);
  let k = 0;
  for (const i of order) {
    const count = counts[i] ?? 0;
    if (count === 0) continue;
    comments[k] = i;
    before[k + 1] = before[k]! + count;
    k++;
  }
  return { query: needle, comments, before, total: before[matchedComments]! };
}

export type MatchPosition = {
  /** Index of the comment that holds the match. */
  readonly comment: number;
  /** Which of that comment's matches, from 0, in searchFields order. */
  readonly occurrence: number;
};

/** Match number k (from 0) of the results, or null when there is no such match. */
export function matchAt(matches: SearchMatches, k: number): MatchPosition | null {
  if (k < 0 || k >= matches.total) return null;
  let low = 0;
  let high = matches.comments.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if (matches.before[middle]! <= k) low = middle;
    else high = middle - 1;
  }
  return { comment: matches.comments[low]!, occurrence: k - matches.before[low]! };
}

/** The number (from 0) of the match at `position` in these results, or -1 when it is not one. */
export function matchNumber(matches: SearchMatches, position: MatchPosition): number {
  const k = matches.comments.indexOf(position.comment);
  if (k < 0) return -1;
  const number = matches.before[k]! + position.occurrence;
  return number < matches.before[k + 1]! ? number : -1;
}

/** The next (step 1) or previous (step -1) match number, wrapping around at either end. */
export function stepMatch(current: number, total: number, step: 1 | -1): number {
  if (total === 0) return -1;
  return (((current + step) % total) + total) % total;
}

/** A search's results and where the reader is in them. */
export type Found = {
  /** The query as typed. */
  readonly text: string;
  readonly matches: SearchMatches;
  /** Number of the current match, from 0; -1 when there is none. */
  readonly current: number;
};

/**
 * Searches for `text` and starts at the first match; the same text searched again (in another
 * order, after a re-sort) stays on the match it was on.
 */
export function search(
  searchIndex: SearchIndex,
  order: Int32Array,
  text: string,
  previous: Found | null,
): Found {
  const matches = findMatches(searchIndex, order, text);
  const kept = previous?.text === text ? matchAt(previous.matches, previous.current) : null;
  const current = kept ? Math.max(0, matchNumber(matches, kept)) : matches.total > 0 ? 0 : -1;
  return { text, matches, current };
}

/** The same results, one match further (1) or back (-1). */
export function step(found: Found, direction: 1 | -1): Found {
  return { ...found, current: stepMatch(found.current, found.matches.total, direction) };
}

/** '3 of 41', or 'No matches', in the interface language, numbers grouped as it groups them. */
export function describeFound(found: Found): string {
  if (found.matches.total === 0) return t`No matches`;
  const current = count(found.current + 1);
  const total = count(found.matches.total);
  return t({
    message: `${current} of ${total}`,
    comment: 'search results: the current match of all',
  });
}
