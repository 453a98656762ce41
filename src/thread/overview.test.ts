import { activateLanguage } from '../locales/testing';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { collapseAll, expandAll, initialCollapseState, setCollapsed } from './collapse';
import {
  describeRow,
  markedPixels,
  paintColumn,
  RAIL_START,
  parseRgb,
  piecewiseRgb,
  railBands,
  railColumn,
  railKeyTarget,
  railPalette,
  railPosition,
  railScores,
  renderedOnScreen,
  rowAtY,
  scoreScale,
  shownRowOf,
  stepTopLevel,
  topLevelRows,
  yOfRow,
  type RailColumn,
  type RailPalette,
} from './overview';
import { orderThread } from './sort';
import { makeComment, makeFlat } from './testTrees';
import { buildThreadIndex } from './threadIndex';
import { rowPositions, visibleRows } from './visibleRows';

// Comment indices (preorder) and scores:
// 0 '1' (+5) ─┬─ 1 '1.1' (+1) ─── 2 '1.1.1' (−3)
//             └─ 3 '1.2' (−12) ── 4 '1.2.1' (0)
// 5 '2' (+2)
// 6 '3' (−1240) ── 7 '3.1' (+57)
const index = buildThreadIndex([
  makeComment('1', 5, null, [
    makeComment('1.1', 1, null, [makeComment('1.1.1', -3, null)]),
    makeComment('1.2', -12, null, [makeComment('1.2.1', 0, null)]),
  ]),
  makeComment('2', 2, null),
  makeComment('3', -1240, null, [makeComment('3.1', 57, null)]),
]);
const source = orderThread(index, 'source');
const expanded = visibleRows(index, source, expandAll(initialCollapseState()));
const { scores, largest } = railScores(index);
// '1' collapsed: rows are 1, 2, 3, 3.1 (comment indices 0, 5, 6, 7).
const oneCollapsed = setCollapsed(expandAll(initialCollapseState()), index.comments[0]!, true);
const collapsedRows = visibleRows(index, source, oneCollapsed);
const collapsedPositions = rowPositions(collapsedRows, index.comments.length);

describe('railScores', () => {
  it('lists every score by comment index and the largest |score|', () => {
    expect([...scores]).toEqual([5, 1, -3, -12, 0, 2, -1240, 57]);
    expect(largest).toBe(1240);
    expect(railScores(index)).toBe(railScores(index));
  });

  it('keeps the largest at 1 or more, so that a thread of zeros has a scale', () => {
    expect(railScores(buildThreadIndex([makeComment('1', 0, null)])).largest).toBe(1);
  });
});

describe('rowAtY and yOfRow', () => {
  it('give each row an equal share of the rail', () => {
    // 8 rows on 20 pixels: 2.5 pixels each.
    expect(rowAtY(0, 8, 20)).toBe(0);
    expect(rowAtY(2.4, 8, 20)).toBe(0);
    expect(rowAtY(2.5, 8, 20)).toBe(1);
    expect(rowAtY(19.99, 8, 20)).toBe(7);
    expect(yOfRow(3, 8, 20)).toBe(7.5);
  });

  it('clamp heights above and below the rail to its first and last row', () => {
    expect(rowAtY(-3, 8, 20)).toBe(0);
    expect(rowAtY(25, 8, 20)).toBe(7);
    expect(rowAtY(5, 0, 20)).toBe(-1);
    expect(yOfRow(3, 0, 20)).toBe(0);
  });

  it('agree: the height where a row starts is that row', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200_000 }), fc.integer({ min: 1, max: 4000 }), (n, h) =>
        [0, 1, n >> 1, n - 1].every((r) => r >= n || rowAtY(yOfRow(r, n, h), n, h) === r),
      ),
    );
  });
});

describe('railColumn', () => {
  it('shows, where rows share a pixel, their mean score and any top-level tick', () => {
    // 8 rows on 4 pixels: rows 2p and 2p + 1 start in pixel p.
    const column = railColumn(expanded, scores, 4);
    // (5 + 1) / 2, (−3 − 12) / 2, (0 + 2) / 2, (−1240 + 57) / 2
    expect([...column.score]).toEqual([3, -7.5, 1, -591.5]);
    expect([...column.topLevel]).toEqual([1, 0, 1, 1]);
    expect([...column.rowStart]).toEqual([1, 1, 1, 1]);
    // 8 rows on 3 pixels: rows 0–2, 3–5, 6–7.
    const three = railColumn(expanded, scores, 3);
    expect([...three.score]).toEqual([1, -10 / 3, -591.5]);
    expect([...three.topLevel]).toEqual([1, 1, 1]);
  });

  it('gives each row its pixels when there are fewer rows than pixels', () => {
    // 8 rows on 20 pixels: row r starts at pixel floor(2.5 r).
    const column = railColumn(expanded, scores, 20);
    expect([...column.score]).toEqual([
      5, 5, 1, 1, 1, -3, -3, -12, -12, -12, 0, 0, 2, 2, 2, -1240, -1240, 57, 57, 57,
    ]);
    const starts = [...column.rowStart].flatMap((start, p) => (start ? [p] : []));
    expect(starts).toEqual([0, 2, 5, 7, 10, 12, 15, 17]);
    const ticks = [...column.topLevel].flatMap((tick, p) => (tick ? [p] : []));
    expect(ticks).toEqual([0, 12, 15]);
  });

  it('follows the order and the collapse state of the rows it is given', () => {
    const top = visibleRows(index, orderThread(index, 'top'), collapseAll(initialCollapseState()));
    // Top-level only, by score: '1' (+5), '2' (+2), '3' (−1240).
    expect([...railColumn(top, scores, 3).score]).toEqual([5, 2, -1240]);
    expect([...railColumn(collapsedRows, scores, 4).score]).toEqual([5, 2, -1240, 57]);
  });

  it('counts every row once: a start in min(rows, pixels) pixels', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 1, max: 30 }), (n, h) => {
        const column = railColumn(expanded.slice(0, n), scores, h);
        return column.rowStart.reduce((sum, start) => sum + start, 0) === Math.min(n, h);
      }),
    );
  });

  it('is empty for no rows or no height', () => {
    expect([...railColumn([], scores, 3).rowStart]).toEqual([0, 0, 0]);
    expect(railColumn(expanded, scores, 0).height).toBe(0);
  });
});

describe('shownRowOf and markedPixels', () => {
  it('find a hidden comment at the row of its nearest shown ancestor', () => {
    expect(shownRowOf(2, collapsedPositions, index.parent)).toBe(0); // 1.1.1 inside '1'
    expect(shownRowOf(7, collapsedPositions, index.parent)).toBe(3);
    expect(shownRowOf(99, collapsedPositions, index.parent)).toBe(-1);
  });

  it('mark the pixels of the rows that hold the marked comments', () => {
    // 1.1.1 and 1.2.1 are inside '1' (row 0), 3.1 is row 3; 4 rows on 8 pixels.
    const marks = markedPixels(Int32Array.from([2, 4, 7]), collapsedPositions, index.parent, 4, 8);
    expect([...marks]).toEqual([1, 0, 0, 0, 0, 0, 1, 0]);
    const none = markedPixels(new Int32Array(0), collapsedPositions, index.parent, 4, 8);
    expect([...none]).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  });
});

describe('moves by top-level comment', () => {
  const flat = visibleRows(
    buildThreadIndex(makeFlat(25)),
    orderThread(buildThreadIndex(makeFlat(25)), 'source'),
    expandAll(initialCollapseState()),
  );

  it('lists the top-level rows', () => {
    expect([...topLevelRows(expanded)]).toEqual([0, 5, 6]);
    expect(topLevelRows(expanded)).toBe(topLevelRows(expanded));
  });

  it('go to the next and previous top-level comment, from inside a thread too', () => {
    expect(stepTopLevel(expanded, 0, 1)).toBe(5);
    expect(stepTopLevel(expanded, 2, 1)).toBe(5);
    expect(stepTopLevel(expanded, 5, 1)).toBe(6);
    expect(stepTopLevel(expanded, 2, -1)).toBe(0); // the start of its own thread
    expect(stepTopLevel(expanded, 7, -1)).toBe(6);
    expect(stepTopLevel(expanded, 6, -1)).toBe(5);
  });

  it('stay put with no top-level comment that way, and stop at the ends', () => {
    expect(stepTopLevel(expanded, 6, 1)).toBe(6);
    expect(stepTopLevel(expanded, 7, 1)).toBe(7);
    expect(stepTopLevel(expanded, 0, -1)).toBe(0);
    expect(stepTopLevel(expanded, 0, 10)).toBe(6);
    expect(stepTopLevel(expanded, 7, -10)).toBe(0);
  });

  it('move ten at a time for the Page keys', () => {
    expect(stepTopLevel(flat, 3, 10)).toBe(13);
    expect(stepTopLevel(flat, 20, 10)).toBe(24);
    expect(stepTopLevel(flat, 13, -10)).toBe(3);
    expect(stepTopLevel(flat, 5, -10)).toBe(0);
  });

  it('map the keys', () => {
    expect(railKeyTarget('ArrowDown', expanded, 0)).toBe(5);
    expect(railKeyTarget('ArrowRight', expanded, 0)).toBe(5);
    expect(railKeyTarget('ArrowUp', expanded, 7)).toBe(6);
    expect(railKeyTarget('ArrowLeft', expanded, 7)).toBe(6);
    expect(railKeyTarget('PageDown', flat, 0)).toBe(10);
    expect(railKeyTarget('PageUp', flat, 24)).toBe(14);
    expect(railKeyTarget('Home', expanded, 6)).toBe(0);
    expect(railKeyTarget('End', expanded, 0)).toBe(7);
    expect(railKeyTarget('Enter', expanded, 0)).toBeNull();
    expect(railKeyTarget('j', expanded, 0)).toBeNull();
    expect(railKeyTarget('End', [], 0)).toBeNull();
  });
});

describe('describeRow', () => {
  it('says the row position, the depth and the signed score', () => {
    expect(describeRow(expanded, scores, 7)).toBe('comment 8 of 8, depth 2, score +57');
    expect(describeRow(expanded, scores, 6)).toBe('comment 7 of 8, depth 1, score \u22121,240');
    expect(describeRow(expanded, scores, 4)).toBe('comment 5 of 8, depth 3, score 0');
    expect(describeRow(expanded, scores, 8)).toBe('');
  });

  it('groups thousands', () => {
    const big = buildThreadIndex(makeFlat(9830));
    const rows = visibleRows(big, orderThread(big, 'source'), expandAll(initialCollapseState()));
    // makeFlat's score for comment k is (k mod 41) − 20: 411 mod 41 = 1.
    expect(describeRow(rows, railScores(big).scores, 411)).toBe(
      'comment 412 of 9,830, depth 1, score \u221219',
    );
  });

  // These read the repo's fr and it catalogues, which receive this message when the
  // translations are merged (src/locales).
  describe('in French and Italian', () => {
    afterEach(() => {
      activateLanguage('en');
    });
    const big = buildThreadIndex(makeFlat(9830));
    const rows = visibleRows(big, orderThread(big, 'source'), expandAll(initialCollapseState()));

    it('says it in French, numbers grouped with a narrow no-break space', () => {
      activateLanguage('fr');
      expect(describeRow(rows, railScores(big).scores, 411)).toBe(
        'commentaire 412 sur 9\u202f830, profondeur 1, score \u221219',
      );
      expect(describeRow(expanded, scores, 6)).toBe(
        'commentaire 7 sur 8, profondeur 1, score \u22121\u202f240',
      );
    });

    it('says it in Italian, which leaves four-digit numbers ungrouped', () => {
      activateLanguage('it');
      expect(describeRow(rows, railScores(big).scores, 411)).toBe(
        'commento 412 di 9830, profondità 1, punteggio \u221219',
      );
      expect(describeRow(rows, railScores(big).scores, 9829)).toBe(
        // 9829 mod 41 = 30: a score of +10.
        'commento 9830 di 9830, profondità 1, punteggio +10',
      );
    });
  });
});

describe('renderedOnScreen', () => {
  const tops = [0, 100, 250, 400];
  const bottoms = [100, 250, 400, 420];
  const onScreen = (viewTop: number, viewBottom: number) =>
    renderedOnScreen(
      4,
      (k) => tops[k]!,
      (k) => bottoms[k]!,
      viewTop,
      viewBottom,
    );

  it('finds the first and last rendered rows that reach into the viewport', () => {
    expect(onScreen(120, 410)).toEqual([1, 3]);
    expect(onScreen(0, 50)).toEqual([0, 0]);
    // A row that ends where the viewport starts is not on screen, nor one that starts at its end.
    expect(onScreen(100, 250)).toEqual([1, 1]);
  });

  it('is null when the viewport is past the rendered rows', () => {
    expect(onScreen(500, 600)).toBeNull();
    expect(onScreen(-300, -10)).toBeNull();
    expect(
      renderedOnScreen(
        0,
        () => 0,
        () => 0,
        0,
        100,
      ),
    ).toBeNull();
  });
});

describe('colours', () => {
  it('reads the two colour formats d3 writes', () => {
    expect(parseRgb('#f4a582')).toBe(0xf4a582);
    expect(parseRgb('rgb(244, 165, 130)')).toBe(0xf4a582);
    expect(parseRgb('red')).toBe(0);
  });

  it('interpolates linearly between evenly spaced colours, clamped', () => {
    const scale = piecewiseRgb([0x000000, 0xff0000, 0xffffff]);
    expect(scale(0)).toBe('rgb(0, 0, 0)');
    expect(scale(0.25)).toBe('rgb(128, 0, 0)'); // 127.5 rounds up
    expect(scale(0.5)).toBe('rgb(255, 0, 0)');
    expect(scale(0.75)).toBe('rgb(255, 128, 128)');
    expect(scale(1)).toBe('rgb(255, 255, 255)');
    expect(scale(-1)).toBe('rgb(0, 0, 0)');
    expect(scale(2)).toBe('rgb(255, 255, 255)');
  });

  it('places scores on a symmetric, clamped symlog scale', () => {
    // symlog(x) = sign(x)·ln(1 + |x|): with largest e² − 1, the score e − 1 is half way up.
    const position = scoreScale(Math.E ** 2 - 1, (t) => t);
    expect(position(0)).toBe(0.5);
    expect(position(Math.E - 1)).toBeCloseTo(0.75, 12);
    expect(position(-(Math.E - 1))).toBeCloseTo(0.25, 12);
    expect(position(Math.E ** 2 - 1)).toBeCloseTo(1, 12);
    expect(position(1e6)).toBe(1);
    expect(position(-1e6)).toBe(0);
  });

  it('colours the light theme with RdBu: red below 0, blue above', () => {
    const palette = railPalette('light', 1240);
    // RdBu's ends, and its middle as d3's B-spline gives it: (fddbc7 + 4·f7f7f7 + d1e5f0) / 6.
    expect(palette.colourOf(-1240)).toBe(0x67001f);
    expect(palette.colourOf(1240)).toBe(0x053061);
    expect(palette.colourOf(0)).toBe(0xf2efee);
    expect(palette.colourOf(99_999)).toBe(0x053061);
    // A mean score takes the colour of its step (1/512 of the scale): 0.001 is 0's.
    expect(palette.colourOf(0.001)).toBe(0xf2efee);
  });

  it('turns the lightness around on the dark theme: a slate at 0, light red and blue at the ends', () => {
    const palette = railPalette('dark', 1240);
    expect(palette.colourOf(0)).toBe(0x334155);
    expect(palette.colourOf(-1240)).toBe(0xf4a582);
    expect(palette.colourOf(1240)).toBe(0x92c5de);
    expect(palette.colourOf(-99_999)).toBe(0xf4a582);
  });
});

describe('railBands and paintColumn', () => {
  it('splits the width into ticks, scores and matches', () => {
    expect(railBands(24)).toEqual({ tick: [0, 6], score: [6, 19], match: [19, 24] });
    expect(railBands(40)).toEqual({ tick: [0, 10], score: [10, 32], match: [32, 40] });
    expect(railBands(3)).toEqual({ tick: [0, 1], score: [1, 2], match: [2, 3] });
  });

  const palette: RailPalette = {
    track: 0x010203,
    tick: 0x0a0b0c,
    frame: 0,
    focus: 0,
    match: 0,
    colourOf: (score) => (score > 0 ? 0x00ff00 : score < 0 ? 0xff0000 : 0x808080),
  };
  const bands = { tick: [0, 1], score: [1, 3], match: [3, 4] } as const;
  /** Pixel (x, p) of a 4-pixel-wide image as 0xRRGGBB, checking that it is opaque. */
  const pixel = (data: Uint8ClampedArray, x: number, p: number) => {
    const o = (p * 4 + x) * 4;
    expect(data[o + 3]).toBe(255);
    return (data[o]! << 16) | (data[o + 1]! << 8) | data[o + 2]!;
  };
  const row = (data: Uint8ClampedArray, p: number) => [0, 1, 2, 3].map((x) => pixel(data, x, p));

  it('paints ticks, scores and the track', () => {
    const column: RailColumn = {
      height: 3,
      rowCount: 3,
      score: Float64Array.from([5, -12, 0]),
      topLevel: Uint8Array.from([1, 0, 0]),
      rowStart: Uint8Array.from([1, 1, 1]),
    };
    const data = new Uint8ClampedArray(4 * 3 * 4);
    paintColumn(data, 4, column, palette, bands, 2);
    expect(row(data, 0)).toEqual([0x0a0b0c, 0x00ff00, 0x00ff00, 0x010203]);
    expect(row(data, 1)).toEqual([0x0a0b0c, 0xff0000, 0xff0000, 0x010203]); // the tick's 2nd pixel
    expect(row(data, 2)).toEqual([0x010203, 0x808080, 0x808080, 0x010203]);
  });

  it('leaves a gap of track at the top of rows 4 pixels tall or more', () => {
    const column: RailColumn = {
      height: 8,
      rowCount: 2,
      score: Float64Array.from([5, 5, 5, 5, -1, -1, -1, -1]),
      topLevel: new Uint8Array(8),
      rowStart: Uint8Array.from([1, 0, 0, 0, 1, 0, 0, 0]),
    };
    const data = new Uint8ClampedArray(4 * 8 * 4);
    paintColumn(data, 4, column, palette, bands, 2);
    expect(pixel(data, 1, 0)).toBe(0x00ff00);
    expect(pixel(data, 1, 4)).toBe(0x010203);
    expect(pixel(data, 1, 5)).toBe(0xff0000);
  });

  it('paints only the track when there are no rows', () => {
    const data = new Uint8ClampedArray(4 * 2 * 4);
    paintColumn(data, 4, railColumn([], scores, 2), palette, bands, 2);
    expect(row(data, 1)).toEqual([0x010203, 0x010203, 0x010203, 0x010203]);
  });
});

describe('railPosition', () => {
  const seen = (first: number, last: number) =>
    ({ kind: 'seen', onScreen: [first, last] }) as const;

  it('follows the first row on screen as the page scrolls', () => {
    const state = railPosition(RAIL_START, seen(40, 52));
    expect(state).toEqual({ value: 40, held: -1, reached: false, onScreen: [40, 52] });
    expect(railPosition(state, seen(41, 53)).value).toBe(41);
  });

  it('keeps a row moved to with the rail while it is on screen, then follows the page again', () => {
    let state = railPosition(RAIL_START, seen(40, 52));
    state = railPosition(state, { kind: 'moved', row: 300 });
    expect(state.value).toBe(300);
    // The page has not scrolled there yet: still 300.
    state = railPosition(state, seen(40, 52));
    expect(state).toMatchObject({ value: 300, reached: false });
    // Scrolled there, the row in the middle of the screen.
    state = railPosition(state, seen(294, 306));
    expect(state).toMatchObject({ value: 300, reached: true });
    state = railPosition(state, seen(296, 308));
    expect(state.value).toBe(300);
    // The reader scrolls on: 300 leaves the screen.
    state = railPosition(state, seen(301, 312));
    expect(state).toEqual({ value: 301, held: -1, reached: false, onScreen: [301, 312] });
  });

  it('keeps its value when no row is on screen', () => {
    const state = railPosition(railPosition(RAIL_START, seen(7, 9)), {
      kind: 'seen',
      onScreen: null,
    });
    expect(state.value).toBe(7);
    expect(state.onScreen).toBeNull();
  });

  it('lets go of the held row when the rows change, and stays within them', () => {
    let state = railPosition(RAIL_START, { kind: 'moved', row: 300 });
    state = railPosition(state, { kind: 'rows', rowCount: 120 });
    expect(state).toEqual({ value: 119, held: -1, reached: false, onScreen: null });
  });

  it('comes back the same when nothing changed', () => {
    const state = railPosition(RAIL_START, seen(4, 9));
    expect(railPosition(state, seen(4, 9))).toBe(state);
  });
});
