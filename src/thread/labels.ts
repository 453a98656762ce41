// What a comment is called in the reader's labels and where its row sits: its author, the cue
// that says whom it replies to, and the ancestors whose thread lines run down its left edge.
//
// Indentation grows only where the thread branches (issue 13): a row is indented one column
// further than its parent only when the parent has two or more replies. A chain of single
// replies stays at its head's indent, each link marked by a "replying to" cue, so a chain 5,000
// deep is as wide as one reply. aria-level still says the true depth.

import { t } from '@lingui/core/macro';
import { count } from './numbers';
import type { ThreadIndex } from './threadIndex';
import type { VisibleRow } from './visibleRows';

/** The most thread lines a row draws on narrow screens; past them a "replying to" cue says where it is. */
export const NARROW_LEVELS = 2;
/** The same on wide screens. */
export const WIDE_LEVELS = 10;

/**
 * An ancestor's thread line, drawn down the left edge of each of its descendants' rows: its id
 * and author (null when the page named none; authorLabel words it in the interface language).
 */
export type AncestorLine = { readonly id: string; readonly author: string | null };

/** The comment's author, or 'anonymous' (in the interface language) when the page named none. */
export function authorLabel(comment: { readonly author: string | null }): string {
  return (
    comment.author ??
    t({ message: 'anonymous', comment: 'a comment whose author the page does not name' })
  );
}

/**
 * Per comment index: `indent`, how many of its ancestors branch (have two or more replies), and
 * `branchParent`, the nearest of them (-1 for none). An ancestor of a shown row is expanded, so
 * its replies are all shown: "has two or more shown replies" is "has two or more replies", and
 * neither depends on the collapse state or the sort.
 */
type BranchShape = { readonly indent: Int32Array; readonly branchParent: Int32Array };

const shapeCache = new WeakMap<ThreadIndex, BranchShape>();

/** The index's BranchShape: one forward pass (parents precede children in preorder), cached. */
function branchShape(index: ThreadIndex): BranchShape {
  let shape = shapeCache.get(index);
  if (!shape) {
    const count = index.comments.length;
    const indent = new Int32Array(count);
    const branchParent = new Int32Array(count).fill(-1);
    for (let i = 0; i < count; i++) {
      const p = index.parent[i] ?? -1;
      if (p < 0) continue;
      const branches = (index.children[p]?.length ?? 0) >= 2;
      indent[i] = (indent[p] ?? 0) + (branches ? 1 : 0);
      branchParent[i] = branches ? p : (branchParent[p] ?? -1);
    }
    shape = { indent, branchParent };
    shapeCache.set(index, shape);
  }
  return shape;
}

/**
 * Columns comment i's row is indented by: the number of its ancestors with two or more replies
 * (0 for a top-level comment or an index out of range). Rows draw at most NARROW_LEVELS or
 * WIDE_LEVELS of them.
 */
export function indentOf(index: ThreadIndex, i: number): number {
  return branchShape(index).indent[i] ?? 0;
}

/**
 * Whether comment i is its parent's only reply: its row then sits at its parent's indent, right
 * under it, and continues a chain. False for a top-level comment.
 */
export function continuesChain(index: ThreadIndex, i: number): boolean {
  const p = index.parent[i] ?? -1;
  return p >= 0 && index.children[p]?.length === 1;
}

/** Whom a row says it replies to, and whether the cue shows on wide screens too. */
export type ReplyCue = { readonly text: string; readonly everywhere: boolean };

/**
 * The "replying to" cue of comment i, or null when its place says it all. Short at any depth:
 * it names the parent by its author, else by its place among its siblings in the shown order
 * ('reply 2 of 3'), never by its id path.
 * - A chain's link (the parent's only reply, same indent, right under it): always, naming an
 *   anonymous parent 'the comment above'.
 * - A row indented past the lines drawn (more than NARROW_LEVELS, or WIDE_LEVELS, branching
 *   ancestors), which sits as far in as its parent: on narrow screens, or everywhere.
 * `rows` and `positions` are the shown rows and each comment's row (readerRows); null for a
 * top-level comment or an index out of range.
 */
export function replyCue(
  index: ThreadIndex,
  i: number,
  rows: readonly VisibleRow[],
  positions: Int32Array,
): ReplyCue | null {
  const p = index.parent[i] ?? -1;
  const parent = index.comments[p];
  if (p < 0 || parent === undefined) return null;
  const author = parent.author;
  if (continuesChain(index, i))
    return {
      text: author !== null ? t`replying to ${author}` : t`replying to the comment above`,
      everywhere: true,
    };
  const indent = indentOf(index, i);
  if (indent <= NARROW_LEVELS) return null;
  const everywhere = indent > WIDE_LEVELS;
  if (author !== null) return { text: t`replying to ${author}`, everywhere };
  // Past the lines the parent is itself a reply: a top-level comment's replies are at indent 1.
  const row = rows[positions[p] ?? -1];
  if (row === undefined) {
    // Not shown (no row to count in): its number among its siblings in the source.
    const number = parent.id.split('.').at(-1) ?? '';
    return { text: t`replying to reply ${number}`, everywhere };
  }
  const position = count(row.posInSet);
  const siblings = count(row.setSize);
  return { text: t`replying to reply ${position} of ${siblings}`, everywhere };
}

// Memoised per comment index: rows re-render often, ancestors never change. Returning the same
// array each time also lets the memoised row skip its re-render. It holds no words, so that a
// change of interface language finds nothing stale in it.
const ancestorCache = new WeakMap<ThreadIndex, Map<number, readonly AncestorLine[]>>();

/**
 * The thread lines of comment i's nearest WIDE_LEVELS branching ancestors (those with two or
 * more replies: one line per column the row is indented by), outermost first, nearest last; []
 * for a top-level comment or a chain under one. The same array is returned for the same index
 * and i. O(WIDE_LEVELS), whatever the depth.
 */
export function ancestorLines(index: ThreadIndex, i: number): readonly AncestorLine[] {
  let cache = ancestorCache.get(index);
  if (!cache) ancestorCache.set(index, (cache = new Map()));
  let lines = cache.get(i);
  if (!lines) {
    const { branchParent } = branchShape(index);
    const found: AncestorLine[] = [];
    for (let a = branchParent[i] ?? -1; a !== -1 && found.length < WIDE_LEVELS;) {
      const ancestor = index.comments[a]!;
      found.push({ id: ancestor.id, author: ancestor.author });
      a = branchParent[a] ?? -1;
    }
    lines = found.reverse();
    cache.set(i, lines);
  }
  return lines;
}
