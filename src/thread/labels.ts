// What a comment is called in the reader's labels: its author, whom it replies to, and the
// ancestors whose thread lines run down the left edge of its row.

import type { Comment } from '../parser/types';
import type { ThreadIndex } from './threadIndex';

/** Indentation stops growing after this many levels on narrow screens; a "replying to" cue takes over. */
export const NARROW_LEVELS = 3;
/** The same on wide screens; also the most ancestor lines a row draws. */
export const WIDE_LEVELS = 10;

/** An ancestor's thread line, drawn down the left edge of each of its descendants' rows. */
export type AncestorLine = { readonly id: string; readonly label: string };

/** The comment's author, or 'anonymous' when the page named none. */
export function authorLabel(comment: Comment): string {
  return comment.author ?? 'anonymous';
}

/**
 * Whom comment i replies to, for the "replying to" cue: the parent's author, else
 * 'comment <id>'; null for a top-level comment (or an index out of range).
 */
export function parentLabel(index: ThreadIndex, i: number): string | null {
  const parent = index.parent[i] ?? -1;
  if (parent === -1) return null;
  const comment = index.comments[parent];
  if (comment === undefined) return null;
  return comment.author ?? `comment ${comment.id}`;
}

// Memoised per comment index: rows re-render often, ancestors never change. Returning the same
// array each time also lets the memoised row skip its re-render.
const ancestorCache = new WeakMap<ThreadIndex, Map<number, readonly AncestorLine[]>>();

/**
 * The thread lines of comment i's nearest WIDE_LEVELS ancestors, outermost first (nearest
 * last); [] for a top-level comment. The same array is returned for the same index and i.
 */
export function ancestorLines(index: ThreadIndex, i: number): readonly AncestorLine[] {
  let cache = ancestorCache.get(index);
  if (!cache) ancestorCache.set(index, (cache = new Map()));
  let lines = cache.get(i);
  if (!lines) {
    const found: AncestorLine[] = [];
    for (
      let a = index.parent[i] ?? -1;
      a !== -1 && found.length < WIDE_LEVELS;
      a = index.parent[a] ?? -1
    ) {
      const ancestor = index.comments[a]!;
      found.push({ id: ancestor.id, label: authorLabel(ancestor) });
    }
    lines = found.reverse();
    cache.set(i, lines);
  }
  return lines;
}
