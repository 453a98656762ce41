import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Comment } from '../parser/types';
import type { CollapseBase } from './collapse';
import { collapseAll, expandAll, initialCollapseState, setCollapsed } from './collapse';
import type { NavigationCommand } from './navigation';
import { navigate } from './navigation';
import { orderThread, SORT_MODES } from './sort';
import type { ThreadIndex } from './threadIndex';
import { buildThreadIndex } from './threadIndex';
import { makeChain, makeComment, makeFlat, numberComments, threadArbitrary } from './testTrees';
import type { VisibleRow } from './visibleRows';
import { visibleRows } from './visibleRows';

// Rows (all expanded, source order):
// 0 1
// 1   1.1
// 2     1.1.1
// 3     1.1.2
// 4   1.2
// 5   1.3
// 6     1.3.1
// 7 2
// 8 3
// 9   3.1
const sample = () => [
  makeComment('1', 0, null, [
    makeComment('1.1', 0, null, [makeComment('1.1.1', 0, null), makeComment('1.1.2', 0, null)]),
    makeComment('1.2', 0, null),
    makeComment('1.3', 0, null, [makeComment('1.3.1', 0, null)]),
  ]),
  makeComment('2', 0, null),
  makeComment('3', 0, null, [makeComment('3.1', 0, null)]),
];

function setup(collapsedIds: readonly string[] = []) {
  const index = buildThreadIndex(sample());
  let state = expandAll(initialCollapseState());
  for (const id of collapsedIds) {
    state = setCollapsed(state, index.comments[index.indexById.get(id) ?? -1] as Comment, true);
  }
  const rows = visibleRows(index, orderThread(index, 'source'), state);
  const rowOf = (id: string) => rows.findIndex((row) => index.comments[row.index]?.id === id);
  const idAt = (position: number | null) =>
    position === null ? null : (index.comments[rows[position]?.index ?? -1]?.id ?? '?');
  const go = (fromId: string | null, command: NavigationCommand) =>
    idAt(navigate(rows, index, fromId === null ? null : rowOf(fromId), command));
  return { index, rows, go };
}

describe('navigate', () => {
  it('with nothing focused, next and top-level go to the first row', () => {
    const { go, rows, index } = setup();
    expect(go(null, 'next')).toBe('1');
    expect(go(null, 'top-level')).toBe('1');
    for (const command of ['previous', 'next-sibling', 'previous-sibling', 'parent'] as const) {
      expect(go(null, command)).toBeNull();
    }
    expect(navigate(rows, index, rows.length + 3, 'next')).toBe(0);
    expect(navigate([], index, null, 'next')).toBeNull();
    expect(navigate([], index, null, 'top-level')).toBeNull();
  });

  it('next / previous move to adjacent rows', () => {
    const { go } = setup();
    expect(go('1', 'next')).toBe('1.1');
    expect(go('1.1.2', 'next')).toBe('1.2');
    expect(go('3.1', 'next')).toBeNull();
    expect(go('1.2', 'previous')).toBe('1.1.2');
    expect(go('1', 'previous')).toBeNull();
  });

  it('next / previous skip collapsed subtrees', () => {
    const { go } = setup(['1.1']);
    expect(go('1.1', 'next')).toBe('1.2');
    expect(go('1.2', 'previous')).toBe('1.1');
  });

  it('next-sibling skips the subtree and stops at the last sibling', () => {
    const { go } = setup();
    expect(go('1', 'next-sibling')).toBe('2');
    expect(go('1.1', 'next-sibling')).toBe('1.2');
    expect(go('1.1.1', 'next-sibling')).toBe('1.1.2');
    expect(go('1.1.2', 'next-sibling')).toBeNull();
    expect(go('1.3', 'next-sibling')).toBeNull();
    expect(go('3', 'next-sibling')).toBeNull();
    expect(go('3.1', 'next-sibling')).toBeNull();
  });

  it('next-sibling over a partly collapsed subtree', () => {
    const { go } = setup(['1.1', '1.3']);
    expect(go('1', 'next-sibling')).toBe('2');
    expect(go('1.1', 'next-sibling')).toBe('1.2');
    expect(go('1.2', 'next-sibling')).toBe('1.3');
  });

  it('previous-sibling skips the subtree and stops at the first sibling', () => {
    const { go } = setup();
    expect(go('2', 'previous-sibling')).toBe('1');
    expect(go('3', 'previous-sibling')).toBe('2');
    expect(go('1.2', 'previous-sibling')).toBe('1.1');
    expect(go('1.3', 'previous-sibling')).toBe('1.2');
    expect(go('1.1.2', 'previous-sibling')).toBe('1.1.1');
    expect(go('1.1', 'previous-sibling')).toBeNull();
    expect(go('1', 'previous-sibling')).toBeNull();
    expect(go('3.1', 'previous-sibling')).toBeNull();
  });

  it('previous-sibling over a partly collapsed subtree', () => {
    const { go } = setup(['1.1']);
    expect(go('2', 'previous-sibling')).toBe('1');
    expect(go('1.2', 'previous-sibling')).toBe('1.1');
  });

  it('parent goes up one level; nothing above the top level', () => {
    const { go } = setup();
    expect(go('1.1.2', 'parent')).toBe('1.1');
    expect(go('1.3', 'parent')).toBe('1');
    expect(go('3.1', 'parent')).toBe('3');
    expect(go('2', 'parent')).toBeNull();
  });

  it('top-level goes to the top-level ancestor, or stays on a top-level comment', () => {
    const { go } = setup();
    expect(go('1.1.2', 'top-level')).toBe('1');
    expect(go('1.3.1', 'top-level')).toBe('1');
    expect(go('3.1', 'top-level')).toBe('3');
    expect(go('2', 'top-level')).toBe('2');
  });

  it('first and last go to the first and last visible rows, from anywhere or nowhere', () => {
    const { go, rows, index } = setup();
    expect(go('1.1.2', 'first')).toBe('1');
    expect(go('1', 'first')).toBe('1');
    expect(go(null, 'first')).toBe('1');
    expect(go('1.1.2', 'last')).toBe('3.1');
    expect(go('3.1', 'last')).toBe('3.1');
    expect(go(null, 'last')).toBe('3.1');
    expect(navigate(rows, index, rows.length + 3, 'last')).toBe(rows.length - 1);
    expect(navigate([], index, null, 'first')).toBeNull();
    expect(navigate([], index, null, 'last')).toBeNull();
  });

  it('last stops at a collapsed comment, not at a reply hidden inside it', () => {
    expect(setup(['3']).go('1', 'last')).toBe('3');
    expect(setup(['1']).go('1', 'last')).toBe('3.1');
    // The first row is the first row, whatever is collapsed under it.
    expect(setup(['1', '3']).go('3', 'first')).toBe('1');
  });

  it('first-child goes to the first reply of an expanded comment; none for a leaf', () => {
    const { go } = setup();
    expect(go('1', 'first-child')).toBe('1.1');
    expect(go('1.1', 'first-child')).toBe('1.1.1');
    expect(go('1.3', 'first-child')).toBe('1.3.1');
    expect(go('3', 'first-child')).toBe('3.1');
    // Leaves: the next row is a sibling's or an uncle's, not a reply.
    expect(go('1.1.1', 'first-child')).toBeNull();
    expect(go('1.2', 'first-child')).toBeNull();
    expect(go('2', 'first-child')).toBeNull();
    expect(go('3.1', 'first-child')).toBeNull();
    expect(go(null, 'first-child')).toBeNull();
  });

  it('first-child finds nothing under a collapsed comment', () => {
    const { go } = setup(['1.1', '3']);
    expect(go('1.1', 'first-child')).toBeNull();
    expect(go('3', 'first-child')).toBeNull();
    expect(go('1', 'first-child')).toBe('1.1');
  });

  it('follows the current order, not source order', () => {
    const index = buildThreadIndex([
      makeComment('1', 1, null, [makeComment('1.1', 1, null), makeComment('1.2', 9, null)]),
      makeComment('2', 5, null),
    ]);
    const rows = visibleRows(index, orderThread(index, 'top'), expandAll(initialCollapseState()));
    const ids = (position: number | null) =>
      position === null ? null : index.comments[rows[position]?.index ?? -1]?.id;
    // Rows: 2, 1, 1.2, 1.1
    expect(ids(navigate(rows, index, 0, 'next-sibling'))).toBe('1');
    expect(ids(navigate(rows, index, 1, 'previous-sibling'))).toBe('2');
    expect(ids(navigate(rows, index, 2, 'next-sibling'))).toBe('1.1');
    expect(ids(navigate(rows, index, 3, 'previous-sibling'))).toBe('1.2');
    expect(navigate(rows, index, 3, 'next-sibling')).toBeNull();
    // The first reply in this order: 1.2 (score 9) before 1.1.
    expect(ids(navigate(rows, index, 1, 'first-child'))).toBe('1.2');
  });
});

/** Straightforward linear scans, as the reference for the fast moves. */
function referenceMove(rows: readonly VisibleRow[], from: number, command: NavigationCommand) {
  const depth = rows[from]?.depth ?? 0;
  const scan = (step: 1 | -1, stop: (row: VisibleRow) => boolean) => {
    for (let p = from + step; p >= 0 && p < rows.length; p += step) {
      const row = rows[p];
      if (row !== undefined && stop(row)) return p;
    }
    return null;
  };
  const sameLevel = (p: number | null) => (p !== null && rows[p]?.depth === depth ? p : null);
  switch (command) {
    case 'next':
      return from + 1 < rows.length ? from + 1 : null;
    case 'previous':
      return from > 0 ? from - 1 : null;
    case 'next-sibling':
      return sameLevel(scan(1, (row) => row.depth <= depth));
    case 'previous-sibling':
      return sameLevel(scan(-1, (row) => row.depth <= depth));
    case 'parent':
      return scan(-1, (row) => row.depth < depth);
    case 'top-level':
      return depth === 1 ? from : scan(-1, (row) => row.depth === 1);
    case 'first-child':
      // In a preorder, a row one level deeper right after a row is its child.
      return rows[from + 1]?.depth === depth + 1 ? from + 1 : null;
    case 'first':
      return rows.length > 0 ? 0 : null;
    case 'last':
      return rows.length > 0 ? rows.length - 1 : null;
  }
}

const COMMANDS: readonly NavigationCommand[] = [
  'next',
  'previous',
  'next-sibling',
  'previous-sibling',
  'parent',
  'top-level',
  'first-child',
  'first',
  'last',
];

const scenario = fc.record({
  topLevel: threadArbitrary(),
  mode: fc.constantFrom(...SORT_MODES),
  base: fc.constantFrom<CollapseBase>('threshold', 'all-collapsed', 'all-expanded'),
  toggles: fc.array(fc.nat(), { maxLength: 40 }),
});

function rowsFor(spec: typeof scenario extends fc.Arbitrary<infer T> ? T : never) {
  const index: ThreadIndex = buildThreadIndex(spec.topLevel);
  let state = initialCollapseState(-1);
  if (spec.base === 'all-collapsed') state = collapseAll(state);
  if (spec.base === 'all-expanded') state = expandAll(state);
  for (const pick of spec.toggles) {
    const comment = index.comments[pick % Math.max(1, index.comments.length)];
    if (comment !== undefined) state = setCollapsed(state, comment, pick % 3 !== 0);
  }
  return { index, rows: visibleRows(index, orderThread(index, spec.mode), state) };
}

describe('navigate invariants', () => {
  it('agrees with linear scans for every command from every row', () => {
    fc.assert(
      fc.property(scenario, (spec) => {
        const { index, rows } = rowsFor(spec);
        for (let from = 0; from < rows.length; from++) {
          for (const command of COMMANDS) {
            expect(navigate(rows, index, from, command)).toBe(referenceMove(rows, from, command));
          }
        }
      }),
    );
  });

  it('next then previous returns to the start', () => {
    fc.assert(
      fc.property(scenario, (spec) => {
        const { index, rows } = rowsFor(spec);
        for (let from = 0; from < rows.length - 1; from++) {
          const next = navigate(rows, index, from, 'next');
          expect(next).toBe(from + 1);
          expect(navigate(rows, index, next, 'previous')).toBe(from);
        }
      }),
    );
  });

  it('parent of a depth-d row is its parent comment, at depth d - 1', () => {
    fc.assert(
      fc.property(scenario, (spec) => {
        const { index, rows } = rowsFor(spec);
        rows.forEach((row, from) => {
          const target = navigate(rows, index, from, 'parent');
          if (row.depth === 1) {
            expect(target).toBeNull();
          } else {
            expect(target).not.toBeNull();
            const parentRow = rows[target ?? -1];
            expect(parentRow?.depth).toBe(row.depth - 1);
            expect(parentRow?.index).toBe(index.parent[row.index]);
          }
        });
      }),
    );
  });

  it('sibling moves are inverse to each other', () => {
    fc.assert(
      fc.property(scenario, (spec) => {
        const { index, rows } = rowsFor(spec);
        for (let from = 0; from < rows.length; from++) {
          const next = navigate(rows, index, from, 'next-sibling');
          if (next !== null) {
            expect(rows[next]?.posInSet).toBe((rows[from]?.posInSet ?? 0) + 1);
            expect(navigate(rows, index, next, 'previous-sibling')).toBe(from);
          }
        }
      }),
    );
  });

  it('moves along a 5,000-deep chain and 100,000 flat comments', () => {
    const chain = buildThreadIndex(makeChain(5000));
    const chainRows = visibleRows(
      chain,
      orderThread(chain, 'source'),
      expandAll(initialCollapseState()),
    );
    expect(navigate(chainRows, chain, 4999, 'top-level')).toBe(0);
    expect(navigate(chainRows, chain, 4999, 'parent')).toBe(4998);
    expect(navigate(chainRows, chain, 0, 'next-sibling')).toBeNull();
    expect(navigate(chainRows, chain, 4999, 'previous-sibling')).toBeNull();
    expect(navigate(chainRows, chain, 2500, 'first-child')).toBe(2501);
    expect(navigate(chainRows, chain, 4999, 'first-child')).toBeNull();
    expect(navigate(chainRows, chain, 2500, 'first')).toBe(0);
    expect(navigate(chainRows, chain, 0, 'last')).toBe(4999);
    // Collapsed half way down: the last visible row is the collapsed comment.
    const halfway = visibleRows(
      chain,
      orderThread(chain, 'source'),
      setCollapsed(expandAll(initialCollapseState()), chain.comments[2500]!, true),
    );
    expect(navigate(halfway, chain, 0, 'last')).toBe(2500);
    expect(navigate(halfway, chain, 2500, 'first-child')).toBeNull();
    expect(navigate(halfway, chain, 2500, 'parent')).toBe(2499);

    const flat = buildThreadIndex(makeFlat(100_000));
    const flatRows = visibleRows(flat, orderThread(flat, 'old'), initialCollapseState());
    expect(navigate(flatRows, flat, 0, 'next-sibling')).toBe(1);
    expect(navigate(flatRows, flat, 99_999, 'previous-sibling')).toBe(99_998);
    expect(navigate(flatRows, flat, 50_000, 'top-level')).toBe(50_000);
    expect(navigate(flatRows, flat, 50_000, 'parent')).toBeNull();
  });

  it('skips a large expanded subtree in one move', () => {
    // One top-level comment with 100,000 replies, then a second top-level comment.
    const replies = makeFlat(100_000);
    const topLevel = numberComments([makeComment('', 0, null, replies), makeComment('', 0, null)]);
    const index = buildThreadIndex(topLevel);
    const rows = visibleRows(
      index,
      orderThread(index, 'source'),
      expandAll(initialCollapseState()),
    );
    expect(navigate(rows, index, 0, 'next-sibling')).toBe(100_001);
    expect(navigate(rows, index, 100_001, 'previous-sibling')).toBe(0);
    expect(navigate(rows, index, 100_000, 'parent')).toBe(0);
  });
});
