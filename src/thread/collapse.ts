// Which comments are collapsed. A base rule covers every comment at once, so collapse all and
// expand all are O(1) on 100,000 comments; the reader's own clicks are overrides keyed by
// comment id, so they survive a re-sort.

import type { Comment } from '../parser/types';
import type { ThreadIndex } from './threadIndex';

import { DEFAULT_THRESHOLD_SCORE } from '../library/defaults';

export const DEFAULT_THRESHOLD = DEFAULT_THRESHOLD_SCORE;

export type CollapseBase = 'threshold' | 'all-collapsed' | 'all-expanded';

export type CollapseState = {
  /** Comments scoring at or below this start collapsed (under base 'threshold') and are dimmed. */
  readonly threshold: number;
  readonly base: CollapseBase;
  /** Comment id → collapsed, where the reader departed from the base rule. */
  readonly overrides: ReadonlyMap<string, boolean>;
};

const NO_OVERRIDES: ReadonlyMap<string, boolean> = new Map();

export function initialCollapseState(threshold: number = DEFAULT_THRESHOLD): CollapseState {
  return { threshold, base: 'threshold', overrides: NO_OVERRIDES };
}

/** The base rule alone, ignoring the reader's overrides. */
export function startsCollapsed(state: CollapseState, comment: Comment): boolean {
  switch (state.base) {
    case 'threshold':
      return comment.score <= state.threshold;
    case 'all-collapsed':
      return true;
    case 'all-expanded':
      return false;
  }
}

export function isCollapsed(state: CollapseState, comment: Comment): boolean {
  return state.overrides.get(comment.id) ?? startsCollapsed(state, comment);
}

/**
 * Whether each comment (by index) is collapsed, as 1 or 0: one pass over the scores, then one
 * look-up per override. isCollapsed for every comment gives the same, but reads each comment's
 * id string, which costs several times more on 100,000 comments.
 */
export function collapsedFlags(index: ThreadIndex, state: CollapseState): Uint8Array {
  const comments = index.comments;
  const flags = new Uint8Array(comments.length);
  // Repeated ids (a malformed document) share one override: take the slow, exact path.
  if (index.indexById.size !== comments.length && state.overrides.size > 0) {
    comments.forEach((comment, i) => (flags[i] = isCollapsed(state, comment) ? 1 : 0));
    return flags;
  }
  if (state.base === 'all-collapsed') flags.fill(1);
  else if (state.base === 'threshold')
    for (let i = 0; i < comments.length; i++)
      flags[i] = comments[i]!.score <= state.threshold ? 1 : 0;
  for (const [id, collapsed] of state.overrides) {
    const i = index.indexById.get(id);
    if (i !== undefined) flags[i] = collapsed ? 1 : 0;
  }
  return flags;
}

/** Low-scored comments are shown dimmed whether or not they are collapsed. */
export function isDimmed(state: CollapseState, comment: Comment): boolean {
  return comment.score <= state.threshold;
}

/** Records `collapsed` for the comment in a copy of the overrides, or drops it when it matches the base. */
function withOverride(
  state: CollapseState,
  overrides: Map<string, boolean>,
  comment: Comment,
  collapsed: boolean,
): void {
  if (collapsed === startsCollapsed(state, comment)) overrides.delete(comment.id);
  else overrides.set(comment.id, collapsed);
}

/** Returns `state` itself when nothing changes, so React can skip the re-render. */
export function setCollapsed(
  state: CollapseState,
  comment: Comment,
  collapsed: boolean,
): CollapseState {
  if (isCollapsed(state, comment) === collapsed) return state;
  // Copying the overrides is O(overrides), which stays small: collapse all / expand all clear them.
  const overrides = new Map(state.overrides);
  withOverride(state, overrides, comment, collapsed);
  return { ...state, overrides };
}

export function toggleCollapsed(state: CollapseState, comment: Comment): CollapseState {
  return setCollapsed(state, comment, !isCollapsed(state, comment));
}

export function collapseAll(state: CollapseState): CollapseState {
  return { threshold: state.threshold, base: 'all-collapsed', overrides: NO_OVERRIDES };
}

export function expandAll(state: CollapseState): CollapseState {
  return { threshold: state.threshold, base: 'all-expanded', overrides: NO_OVERRIDES };
}

/** Back to the threshold rule with the new threshold; overrides are cleared so it takes effect. */
export function withThreshold(threshold: number): CollapseState {
  return { threshold, base: 'threshold', overrides: NO_OVERRIDES };
}

/** Expands every ancestor of comment i (not i itself), e.g. to reveal a permalink target. */
export function expandPath(state: CollapseState, index: ThreadIndex, i: number): CollapseState {
  return expandPaths(state, index, [i]);
}

/**
 * Expands every ancestor of each comment in `comments` (indices; not the comments themselves):
 * the way to all of a filter's matches at once. Each ancestor is visited once, however many
 * comments share it, so the work is O(comments + their ancestors). `state` itself when nothing
 * changes.
 */
export function expandPaths(
  state: CollapseState,
  index: ThreadIndex,
  comments: ArrayLike<number>,
): CollapseState {
  let overrides: Map<string, boolean> | null = null;
  const visited = new Uint8Array(index.comments.length);
  for (let k = 0; k < comments.length; k++) {
    let ancestor = index.parent[comments[k]!] ?? -1;
    while (ancestor >= 0 && visited[ancestor] === 0) {
      visited[ancestor] = 1;
      const comment = index.comments[ancestor];
      if (comment !== undefined && isCollapsed(state, comment)) {
        overrides ??= new Map(state.overrides);
        withOverride(state, overrides, comment, false);
      }
      ancestor = index.parent[ancestor] ?? -1;
    }
  }
  return overrides === null ? state : { ...state, overrides };
}
