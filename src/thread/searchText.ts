// What search looks at in one comment, and where a query occurs in it: for the search
// (src/thread/search.ts) and for the rendered rows, which mark their matches with the
// commentMatches the search hands them. Both load when the reader first searches.

import type { Comment } from '../parser/types';

/** Between fields in the search index; a query never holds it. */
export const SEPARATOR = '\u0001';

/** Each accented letter met so far, without its accent: a 10 MB index meets a few hundred. */
const baseLetters: Record<string, string> = {};

/**
 * Case- and accent-insensitive form of a text that keeps every UTF-16 offset, so that offsets
 * found in the folded text are offsets in the shown text: lower case ('İ', the one letter whose
 * lower case is longer, as 'i'), Latin letters without their accents ('é' as 'e', one code unit
 * for one: the first of its canonical decomposition), 'ё' as 'е', line breaks, tabs and
 * no-break spaces as plain spaces. Readers type "reponse" for "réponse".
 */
export function foldText(text: string): string {
  return text
    .replaceAll('\u0130', 'i')
    .toLowerCase()
    .replace(
      /[\u00c0-\u024f\u1e00-\u1effё]/g,
      (letter) => (baseLetters[letter] ??= letter.normalize('NFD')[0]!),
    )
    .replaceAll('\n', ' ')
    .replaceAll('\t', ' ')
    .replaceAll('\u00a0', ' ')
    .replaceAll('\u202f', ' ');
}

/** What search looks in, in the order matches are counted: author, quote author, quote, paragraphs. */
export function searchFields(comment: Comment): string[] {
  return [
    comment.author ?? '',
    comment.quote?.author ?? '',
    comment.quote?.text ?? '',
    ...comment.paragraphs,
  ];
}

/** Start offsets of the non-overlapping occurrences of a folded query in one text. */
export function occurrencesIn(text: string, foldedQuery: string): number[] {
  const found: number[] = [];
  if (foldedQuery === '') return found;
  const folded = foldText(text);
  for (
    let at = folded.indexOf(foldedQuery);
    at !== -1;
    at = folded.indexOf(foldedQuery, at + foldedQuery.length)
  )
    found.push(at);
  return found;
}

/** occurrencesIn for each of the comment's searchFields, in that order. */
export function commentOccurrences(comment: Comment, foldedQuery: string): number[][] {
  return searchFields(comment).map((field) => occurrencesIn(field, foldedQuery));
}

/** For matches found per field, the number of each field's first match among all of them. */
export function firstMatchNumbers(found: readonly (readonly number[])[]): number[] {
  const first: number[] = [];
  let count = 0;
  for (const field of found) {
    first.push(count);
    count += field.length;
  }
  return first;
}

/**
 * The field (index into `found`) that holds the comment's `occurrence`-th match (0-based, in
 * the order firstMatchNumbers counts them); -1 when the comment has fewer matches.
 */
export function fieldOfOccurrence(
  found: readonly (readonly number[])[],
  occurrence: number,
): number {
  if (occurrence < 0) return -1;
  let count = 0;
  for (let field = 0; field < found.length; field++) {
    count += found[field]!.length;
    if (occurrence < count) return field;
  }
  return -1;
}

/** A comment's matches of a query, as its row marks them. */
export type CommentMatches = {
  /** Start offsets of the matches in each of the comment's searchFields, in order. */
  readonly found: readonly (readonly number[])[];
  /** Per field, the number (from 0) of its first match among the comment's (firstMatchNumbers). */
  readonly first: readonly number[];
  /** The field that holds match number `current` (fieldOfOccurrence); -1 for none. */
  readonly currentField: number;
};

/** The comment's matches of a folded query, and the field of its match number `current`. */
export function commentMatches(
  comment: Comment,
  foldedQuery: string,
  current: number,
): CommentMatches {
  const found = commentOccurrences(comment, foldedQuery);
  return {
    found,
    first: firstMatchNumbers(found),
    currentField: fieldOfOccurrence(found, current),
  };
}
