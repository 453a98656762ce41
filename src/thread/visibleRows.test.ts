import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Comment } from '../parser/types';
import type { CollapseState } from './collapse';
import {
  collapseAll,
  expandAll,
  initialCollapseState,
  isCollapsed,
  setCollapsed,
  withThreshold,
} from './collapse';
import type { ThreadOrder } from './sort';
import { orderThread, SORT_MODES } from './sort';
import type { ThreadIndex } from './threadIndex';
import { ancestorsOf, buildThreadIndex } from './threadIndex';
import { makeChain, makeComment, makeFlat, threadArbitrary } from './testTrees';
import { rowPositions, visibleRows } from './visibleRows';

// 1 (5) ─┬─ 1.1 (1) ─── 1.1.1 (-3)
//        └─ 1.2 (-12)  ─── 1.2.1 (0)
// 2 (2)
const sample = () => [
  makeComment('1', 5, null, [
    makeComment('1.1', 1, null, [makeComment('1.1.1', -3, null)]),
    makeComment('1.2', -12, null, [makeComment('1.2.1', 0, null)]),
  ]),
  makeComment('2', 2, null),
];

const rowIds = (index: ThreadIndex, rows: ReturnType<typeof visibleRows>) =>
  rows.map((row) => index.comments[row.index]?.id);

describe('visibleRows', () => {
  const index = buildThreadIndex(sample());
  const source = orderThread(index, 'source');
  const comment = (id: string) => index.comments[index.indexById.get(id) ?? -1] as Comment;

  it('lists everything in preorder when nothing is collapsed', () => {
    const rows = visibleRows(index, source, expandAll(initialCollapseState()));
    expect(rowIds(index, rows)).toEqual(['1', '1.1', '1.1.1', '1.2', '1.2.1', '2']);
    expect(rows.map((row) => row.depth)).toEqual([1, 2, 3, 2, 3, 1]);
    expect(rows.map((row) => [row.posInSet, row.setSize])).toEqual([
      [1, 2],
      [1, 2],
      [1, 1],
      [2, 2],
      [1, 1],
      [2, 2],
    ]);
    expect(rows.every((row) => !row.collapsed && row.hiddenCount === 0)).toBe(true);
  });

  it('hides the replies of a comment below the threshold and counts them', () => {
    const rows = visibleRows(index, source, initialCollapseState());
    expect(rowIds(index, rows)).toEqual(['1', '1.1', '1.1.1', '1.2', '2']);
    const collapsedRow = rows[3];
    expect(collapsedRow).toMatchObject({ collapsed: true, hiddenCount: 1, depth: 2 });
  });

  it('hides whole subtrees, not just children', () => {
    const state = setCollapsed(initialCollapseState(), comment('1'), true);
    const rows = visibleRows(index, source, state);
    expect(rowIds(index, rows)).toEqual(['1', '2']);
    expect(rows[0]).toMatchObject({ collapsed: true, hiddenCount: 4 });
  });

  it('marks a collapsed leaf with nothing hidden', () => {
    const state = setCollapsed(initialCollapseState(), comment('2'), true);
    const rows = visibleRows(index, source, state);
    expect(rows.at(-1)).toMatchObject({ collapsed: true, hiddenCount: 0 });
  });

  it('shows only the top level after collapse all', () => {
    const rows = visibleRows(index, source, collapseAll(initialCollapseState()));
    expect(rowIds(index, rows)).toEqual(['1', '2']);
    expect(rows.map((row) => row.hiddenCount)).toEqual([4, 0]);
  });

  it('follows the chosen order at every level', () => {
    const rows = visibleRows(index, orderThread(index, 'top'), expandAll(initialCollapseState()));
    expect(rowIds(index, rows)).toEqual(['1', '1.1', '1.1.1', '1.2', '1.2.1', '2']);
    const rowsBottom = visibleRows(
      index,
      orderThread(index, 'controversial'),
      expandAll(initialCollapseState()),
    );
    expect(rowIds(index, rowsBottom)).toEqual(['2', '1', '1.2', '1.2.1', '1.1', '1.1.1']);
    expect(rowsBottom[0]).toMatchObject({ posInSet: 1, setSize: 2, depth: 1 });
  });

  it('maps every comment to its row position, or -1 when it is hidden', () => {
    const rows = visibleRows(index, source, initialCollapseState());
    // Rows: 1, 1.1, 1.1.1, 1.2 (collapsed, hiding 1.2.1), 2.
    expect([...rowPositions(rows, index.comments.length)]).toEqual([0, 1, 2, 3, -1, 4]);
  });

  it('is empty for an empty thread', () => {
    const empty = buildThreadIndex([]);
    expect(visibleRows(empty, orderThread(empty, 'top'), initialCollapseState())).toEqual([]);
  });
});

/** Reference preorder: sort every comment by its path of sibling positions in `order`. */
function referencePreorder(index: ThreadIndex, order: ThreadOrder): number[] {
  const position = new Array<number>(index.comments.length).fill(-1);
  order.roots.forEach((i, k) => (position[i] = k));
  order.children.forEach((children) => children.forEach((i, k) => (position[i] = k)));
  const path = (i: number) => [i, ...ancestorsOf(index, i)].reverse().map((j) => position[j] ?? -1);
  const paths = index.comments.map((_, i) => ({ i, path: path(i) }));
  paths.sort((a, b) => {
    for (let k = 0; k < Math.min(a.path.length, b.path.length); k++) {
      const difference = (a.path[k] ?? 0) - (b.path[k] ?? 0);
      if (difference !== 0) return difference;
    }
    return a.path.length - b.path.length;
  });
  return paths.map((entry) => entry.i);
}

/** A random collapse state for a thread: base, threshold and some overrides. */
const collapseArbitrary = fc.record({
  base: fc.constantFrom('threshold', 'all-collapsed', 'all-expanded'),
  threshold: fc.integer({ min: -5, max: 5 }),
  overrides: fc.array(fc.constantFrom(undefined, true, false), { maxLength: 300 }),
});

function makeCollapseState(
  index: ThreadIndex,
  spec: typeof collapseArbitrary extends fc.Arbitrary<infer T> ? T : never,
): CollapseState {
  let state = withThreshold(spec.threshold);
  if (spec.base === 'all-collapsed') state = collapseAll(state);
  if (spec.base === 'all-expanded') state = expandAll(state);
  spec.overrides.forEach((collapsed, i) => {
    const comment = index.comments[i];
    if (comment !== undefined && collapsed !== undefined) {
      state = setCollapsed(state, comment, collapsed);
    }
  });
  return state;
}

describe('visibleRows invariants', () => {
  it('with nothing collapsed, visits every comment once in preorder of the order', () => {
    fc.assert(
      fc.property(threadArbitrary(), fc.constantFrom(...SORT_MODES), (topLevel, mode) => {
        const index = buildThreadIndex(topLevel);
        const order = orderThread(index, mode);
        const rows = visibleRows(index, order, expandAll(initialCollapseState()));
        expect(rows.map((row) => row.index)).toEqual(referencePreorder(index, order));
        for (const row of rows) expect(row.depth).toBe(index.depth[row.index]);
      }),
    );
  });

  it('with collapse, shows exactly the comments with no collapsed ancestor', () => {
    fc.assert(
      fc.property(
        threadArbitrary(),
        fc.constantFrom(...SORT_MODES),
        collapseArbitrary,
        (topLevel, mode, collapseSpec) => {
          const index = buildThreadIndex(topLevel);
          const order = orderThread(index, mode);
          const state = makeCollapseState(index, collapseSpec);
          const rows = visibleRows(index, order, state);

          const hidden = rows.reduce((sum, row) => sum + row.hiddenCount, 0);
          expect(rows.length + hidden).toBe(index.comments.length);

          const shown = (i: number) =>
            ancestorsOf(index, i).every((a) => {
              const ancestor = index.comments[a];
              return ancestor !== undefined && !isCollapsed(state, ancestor);
            });
          const expected = referencePreorder(index, order).filter(shown);
          expect(rows.map((row) => row.index)).toEqual(expected);

          for (const row of rows) {
            const comment = index.comments[row.index];
            if (comment === undefined) throw new Error('row outside the index');
            expect(row.collapsed).toBe(isCollapsed(state, comment));
            expect(row.hiddenCount).toBe(row.collapsed ? index.descendantCount[row.index] : 0);
            const parent = index.parent[row.index] ?? -1;
            const siblings = parent < 0 ? order.roots : (order.children[parent] ?? []);
            expect(row.setSize).toBe(siblings.length);
            expect(siblings[row.posInSet - 1]).toBe(row.index);
          }
        },
      ),
    );
  });

  it('handles a 5,000-deep chain and 100,000 flat comments', () => {
    const chain = buildThreadIndex(makeChain(5000));
    const chainRows = visibleRows(
      chain,
      orderThread(chain, 'new'),
      expandAll(initialCollapseState()),
    );
    expect(chainRows).toHaveLength(5000);
    expect(chainRows.at(-1)).toMatchObject({ index: 4999, depth: 5000 });

    const flat = buildThreadIndex(makeFlat(100_000));
    const flatRows = visibleRows(flat, orderThread(flat, 'top'), initialCollapseState());
    // Scores cycle through -20…20: those at -10 or below start collapsed (and hide nothing).
    expect(flatRows).toHaveLength(100_000);
    expect(flatRows.filter((row) => row.collapsed).length).toBeGreaterThan(20_000);
  });
});
