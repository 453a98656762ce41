import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  collapseAll,
  collapsedFlags,
  DEFAULT_THRESHOLD,
  expandAll,
  expandPath,
  expandPaths,
  initialCollapseState,
  isCollapsed,
  isDimmed,
  setCollapsed,
  startsCollapsed,
  toggleCollapsed,
  withThreshold,
} from './collapse';
import { buildThreadIndex } from './threadIndex';
import { makeChain, makeComment, threadArbitrary } from './testTrees';

const low = makeComment('1', -12, null);
const atThreshold = makeComment('2', -10, null);
const high = makeComment('3', 4, null);

describe('initialCollapseState', () => {
  it('uses the threshold rule with the default threshold and no overrides', () => {
    const state = initialCollapseState();
    expect(DEFAULT_THRESHOLD).toBe(-10);
    expect(state).toEqual({ threshold: -10, base: 'threshold', overrides: new Map() });
    expect(initialCollapseState(-3).threshold).toBe(-3);
  });
});

describe('startsCollapsed / isDimmed', () => {
  it('collapses and dims comments at or below the threshold', () => {
    const state = initialCollapseState();
    expect(startsCollapsed(state, low)).toBe(true);
    expect(startsCollapsed(state, atThreshold)).toBe(true);
    expect(startsCollapsed(state, high)).toBe(false);
    expect(isDimmed(state, low)).toBe(true);
    expect(isDimmed(state, atThreshold)).toBe(true);
    expect(isDimmed(state, high)).toBe(false);
  });

  it('follows the base after collapse all / expand all, while dimming keeps the threshold', () => {
    const collapsed = collapseAll(initialCollapseState());
    expect(startsCollapsed(collapsed, high)).toBe(true);
    const expanded = expandAll(initialCollapseState());
    expect(startsCollapsed(expanded, low)).toBe(false);
    expect(isDimmed(expanded, low)).toBe(true);
    expect(isDimmed(collapsed, high)).toBe(false);
  });

  it('ignores overrides', () => {
    const state = setCollapsed(initialCollapseState(), high, true);
    expect(isCollapsed(state, high)).toBe(true);
    expect(startsCollapsed(state, high)).toBe(false);
  });
});

describe('toggleCollapsed / setCollapsed', () => {
  it('toggles against the base rule', () => {
    const state = initialCollapseState();
    const once = toggleCollapsed(state, low);
    expect(isCollapsed(once, low)).toBe(false);
    const twice = toggleCollapsed(once, low);
    expect(isCollapsed(twice, low)).toBe(true);
    expect(isCollapsed(toggleCollapsed(state, high), high)).toBe(true);
  });

  it('does not modify the state it was given', () => {
    const state = initialCollapseState();
    toggleCollapsed(state, high);
    expect(isCollapsed(state, high)).toBe(false);
    expect(state.overrides.size).toBe(0);
  });

  it('only affects the comment named', () => {
    const state = toggleCollapsed(initialCollapseState(), high);
    expect(isCollapsed(state, makeComment('4', 4, null))).toBe(false);
    expect(isCollapsed(state, low)).toBe(true);
  });

  it('keys overrides by id, so they apply to the same comment however it is found', () => {
    const state = setCollapsed(initialCollapseState(), high, true);
    expect(isCollapsed(state, { ...high })).toBe(true);
  });

  it('returns the same state when nothing changes', () => {
    const state = initialCollapseState();
    expect(setCollapsed(state, high, false)).toBe(state);
    expect(setCollapsed(state, low, true)).toBe(state);
  });

  it('drops an override that returns to the base rule', () => {
    const state = toggleCollapsed(toggleCollapsed(initialCollapseState(), high), high);
    expect(state.overrides.size).toBe(0);
  });

  it('overrides win over collapse all and expand all', () => {
    const collapsed = setCollapsed(collapseAll(initialCollapseState()), high, false);
    expect(isCollapsed(collapsed, high)).toBe(false);
    expect(isCollapsed(collapsed, atThreshold)).toBe(true);
    const expanded = setCollapsed(expandAll(initialCollapseState()), high, true);
    expect(isCollapsed(expanded, high)).toBe(true);
    expect(isCollapsed(expanded, low)).toBe(false);
  });
});

describe('collapseAll / expandAll / withThreshold', () => {
  it('clear earlier overrides and keep the threshold', () => {
    const state = setCollapsed(initialCollapseState(-5), high, true);
    const expanded = expandAll(state);
    expect(expanded).toEqual({ threshold: -5, base: 'all-expanded', overrides: new Map() });
    expect(isCollapsed(expanded, high)).toBe(false);
    const collapsed = collapseAll(setCollapsed(state, low, false));
    expect(collapsed).toEqual({ threshold: -5, base: 'all-collapsed', overrides: new Map() });
    expect(isCollapsed(collapsed, low)).toBe(true);
  });

  it('withThreshold returns to the threshold rule with the new value', () => {
    const state = withThreshold(5);
    expect(state).toEqual({ threshold: 5, base: 'threshold', overrides: new Map() });
    expect(isCollapsed(state, high)).toBe(true);
    expect(isDimmed(state, high)).toBe(true);
    const lowered = withThreshold(-20);
    expect(isCollapsed(lowered, low)).toBe(false);
    expect(isCollapsed(lowered, high)).toBe(false);
  });
});

describe('expandPath', () => {
  // 1 (-20) ─── 1.1 (-15) ─── 1.1.1 (-11) ─── 1.1.1.1 (3); 1.2 (-30)
  const topLevel = [
    makeComment('1', -20, null, [
      makeComment('1.1', -15, null, [
        makeComment('1.1.1', -11, null, [makeComment('1.1.1.1', -30, null)]),
      ]),
      makeComment('1.2', -30, null),
    ]),
  ];
  const index = buildThreadIndex(topLevel);
  const at = (id: string) => index.indexById.get(id) ?? -1;
  const comment = (id: string) => index.comments[at(id)] ?? makeComment(id, 0, null);

  it('expands every ancestor but not the comment itself or others', () => {
    const state = expandPath(initialCollapseState(), index, at('1.1.1.1'));
    for (const id of ['1', '1.1', '1.1.1']) expect(isCollapsed(state, comment(id))).toBe(false);
    expect(isCollapsed(state, comment('1.1.1.1'))).toBe(true);
    expect(isCollapsed(state, comment('1.2'))).toBe(true);
  });

  it('works after collapse all and leaves expanded ancestors alone', () => {
    let state = setCollapsed(collapseAll(initialCollapseState()), comment('1.1'), false);
    state = expandPath(state, index, at('1.1.1'));
    expect(isCollapsed(state, comment('1'))).toBe(false);
    expect(isCollapsed(state, comment('1.1'))).toBe(false);
    expect(isCollapsed(state, comment('1.1.1'))).toBe(true);
  });

  it('returns the same state when the path is already open', () => {
    const state = expandAll(initialCollapseState());
    expect(expandPath(state, index, at('1.1.1.1'))).toBe(state);
    const top = initialCollapseState();
    expect(expandPath(top, index, at('1'))).toBe(top);
  });

  it('opens a 5,000-deep path', () => {
    const chain = buildThreadIndex(makeChain(5000));
    const state = expandPath(collapseAll(initialCollapseState()), chain, 4999);
    expect(state.overrides.size).toBe(4999);
    expect(isCollapsed(state, chain.comments[0] ?? low)).toBe(false);
    expect(isCollapsed(state, chain.comments[4999] ?? high)).toBe(true);
  });
});

describe('collapsedFlags', () => {
  it('says for every comment what isCollapsed says', () => {
    fc.assert(
      fc.property(
        threadArbitrary(),
        fc.constantFrom(
          collapseAll,
          expandAll,
          (state: ReturnType<typeof initialCollapseState>) => state,
        ),
        fc.integer({ min: -5, max: 5 }),
        fc.array(fc.tuple(fc.nat(), fc.boolean()), { maxLength: 40 }),
        (topLevel, base, threshold, overrides) => {
          const index = buildThreadIndex(topLevel);
          let state = base(initialCollapseState(threshold));
          for (const [k, collapsed] of overrides) {
            const comment = index.comments[k % Math.max(1, index.comments.length)];
            if (comment) state = setCollapsed(state, comment, collapsed);
          }
          const flags = collapsedFlags(index, state);
          expect([...flags]).toEqual(index.comments.map((c) => (isCollapsed(state, c) ? 1 : 0)));
        },
      ),
    );
  });

  it('applies an override to every comment of a repeated id, as isCollapsed does', () => {
    const index = buildThreadIndex([makeComment('1', 0, null), makeComment('1', 0, null)]);
    const state = setCollapsed(initialCollapseState(), index.comments[1]!, true);
    expect([...collapsedFlags(index, state)]).toEqual([1, 1]);
  });
});

describe('expandPaths', () => {
  // 1 (-20) ─┬─ 1.1 (-15) ─── 1.1.1 (-11) ─── 1.1.1.1 (3)
  //          └─ 1.2 (-30) ─── 1.2.1 (0)
  // 2 (-12) ──── 2.1 (0)
  const index = buildThreadIndex([
    makeComment('1', -20, null, [
      makeComment('1.1', -15, null, [
        makeComment('1.1.1', -11, null, [makeComment('1.1.1.1', 3, null)]),
      ]),
      makeComment('1.2', -30, null, [makeComment('1.2.1', 0, null)]),
    ]),
    makeComment('2', -12, null, [makeComment('2.1', 0, null)]),
  ]);
  const at = (id: string) => index.indexById.get(id) ?? -1;
  const open = (state: ReturnType<typeof initialCollapseState>) =>
    index.comments.filter((comment) => !isCollapsed(state, comment)).map((c) => c.id);

  it('opens the ancestors of every comment given, and nothing else', () => {
    const ids = ['1.1.1.1', '1.2.1'];
    const state = expandPaths(initialCollapseState(), index, Int32Array.from(ids, at));
    // 1.1.1.1 and 1.2.1 score above -10: open by the threshold rule already.
    expect(open(state)).toEqual(['1', '1.1', '1.1.1', '1.1.1.1', '1.2', '1.2.1', '2.1']);
  });

  it('equals expandPath applied to each comment in turn', () => {
    const ids = ['1.1.1', '2.1', '1.2.1'];
    const one = ids.reduce((state, id) => expandPath(state, index, at(id)), initialCollapseState());
    const all = expandPaths(initialCollapseState(), index, Int32Array.from(ids, at));
    expect(all.overrides).toEqual(one.overrides);
  });

  it('returns the same state when every way is open already', () => {
    const state = expandAll(initialCollapseState());
    expect(expandPaths(state, index, Int32Array.from(['1.1.1.1', '2.1'], at))).toBe(state);
    const none = initialCollapseState();
    expect(expandPaths(none, index, new Int32Array(0))).toBe(none);
  });
});
