import { i18n } from '@lingui/core';
import { activateLanguage } from '../locales/testing';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { SortMode } from './sort';
import { DEFAULT_SORT, orderThread, parseSortMode, SORT_LABELS, SORT_MODES } from './sort';
import type { ThreadIndex } from './threadIndex';
import { buildThreadIndex } from './threadIndex';
import { makeChain, makeComment, makeFlat, threadArbitrary } from './testTrees';

const idsOf = (index: ThreadIndex, list: readonly number[] | undefined) =>
  (list ?? []).map((i) => index.comments[i]?.id);

// Top level: scores 3, -5, 3, 0, -5 with dates chosen so that every mode gives a different order.
const sample = () => [
  makeComment('1', 3, '2022-01-22T09:32', [
    makeComment('1.1', -1, '2022-01-22T10:00'),
    makeComment('1.2', 4, '2022-01-22T09:40'),
    makeComment('1.3', 2, null),
  ]),
  makeComment('2', -5, '2022-01-20'),
  makeComment('3', 3, null),
  makeComment('4', 0, '2022-01-23T08:00'),
  makeComment('5', -5, '2022-01-22T09:32'),
];

describe('parseSortMode', () => {
  it('accepts every mode', () => {
    for (const mode of SORT_MODES) expect(parseSortMode(mode)).toBe(mode);
  });

  it('falls back to the default for anything else', () => {
    expect(DEFAULT_SORT).toBe('source');
    expect(parseSortMode(null)).toBe('source');
    expect(parseSortMode(undefined)).toBe('source');
    expect(parseSortMode('')).toBe('source');
    expect(parseSortMode('TOP')).toBe('source');
    expect(parseSortMode('toString')).toBe('source');
  });
});

describe('SORT_LABELS', () => {
  afterEach(() => activateLanguage('en'));
  const names = () => SORT_MODES.map((mode) => i18n._(SORT_LABELS[mode]));

  it('names every mode in the interface language', () => {
    expect(names()).toEqual(['Top', 'Controversial', 'Newest', 'Oldest', 'Source order']);
    activateLanguage('fr');
    expect(names()).toEqual([
      'Meilleurs',
      'Controversés',
      'Plus récents',
      'Plus anciens',
      'Ordre de la page',
    ]);
    activateLanguage('it');
    expect(names()).toEqual([
      'Migliori',
      'Controversi',
      'Più recenti',
      'Meno recenti',
      'Ordine della pagina',
    ]);
  });
});

describe('orderThread', () => {
  const index = buildThreadIndex(sample());
  const childrenOfFirst = (mode: SortMode) =>
    idsOf(index, orderThread(index, mode).children[index.indexById.get('1') ?? -1]);

  it('top: highest score first, ties in source order', () => {
    expect(idsOf(index, orderThread(index, 'top').roots)).toEqual(['1', '3', '4', '2', '5']);
    expect(childrenOfFirst('top')).toEqual(['1.2', '1.3', '1.1']);
  });

  it('controversial: lowest score first, ties in source order', () => {
    expect(idsOf(index, orderThread(index, 'controversial').roots)).toEqual([
      '2',
      '5',
      '4',
      '1',
      '3',
    ]);
    expect(childrenOfFirst('controversial')).toEqual(['1.1', '1.3', '1.2']);
  });

  it('new: latest first, ties in source order, undated last', () => {
    expect(idsOf(index, orderThread(index, 'new').roots)).toEqual(['4', '1', '5', '2', '3']);
    expect(childrenOfFirst('new')).toEqual(['1.1', '1.2', '1.3']);
  });

  it('old: earliest first, ties in source order, undated last', () => {
    expect(idsOf(index, orderThread(index, 'old').roots)).toEqual(['2', '1', '5', '4', '3']);
    expect(childrenOfFirst('old')).toEqual(['1.2', '1.1', '1.3']);
  });

  it('a date without a time counts as the start of that day', () => {
    const dayOnly = buildThreadIndex([
      makeComment('1', 0, '2022-01-22T00:01'),
      makeComment('2', 0, '2022-01-22'),
      makeComment('3', 0, '2022-01-21T23:59'),
    ]);
    expect(idsOf(dayOnly, orderThread(dayOnly, 'old').roots)).toEqual(['3', '2', '1']);
  });

  it('source: the index arrays themselves, not copies', () => {
    const order = orderThread(index, 'source');
    expect(order.roots).toBe(index.roots);
    expect(order.children).toBe(index.children);
  });

  it('does not reorder the index', () => {
    orderThread(index, 'top');
    expect(idsOf(index, index.roots)).toEqual(['1', '2', '3', '4', '5']);
  });

  it('is a permutation at every level that respects the comparator', () => {
    const before = (index: ThreadIndex, mode: SortMode, a: number, b: number): boolean => {
      const ca = index.comments[a];
      const cb = index.comments[b];
      if (ca === undefined || cb === undefined) return false;
      let byKey = 0;
      if (mode === 'top') byKey = cb.score - ca.score;
      if (mode === 'controversial') byKey = ca.score - cb.score;
      if (mode === 'new' || mode === 'old') {
        // Plain string comparison is a valid oracle for the ISO strings the generator uses.
        const da = ca.postedAt;
        const db = cb.postedAt;
        if (da === null || db === null) byKey = da === db ? 0 : da === null ? 1 : -1;
        else byKey = (da < db ? -1 : da > db ? 1 : 0) * (mode === 'new' ? -1 : 1);
      }
      return byKey < 0 || (byKey === 0 && a < b);
    };
    const isOrdered = (
      index: ThreadIndex,
      mode: SortMode,
      sorted: readonly number[],
      original: readonly number[],
    ) => {
      if ([...sorted].sort((a, b) => a - b).join() !== [...original].sort((a, b) => a - b).join()) {
        return false;
      }
      for (let k = 1; k < sorted.length; k++) {
        if (!before(index, mode, sorted[k - 1] ?? -1, sorted[k] ?? -1)) return false;
      }
      return true;
    };
    fc.assert(
      fc.property(threadArbitrary(), fc.constantFrom(...SORT_MODES), (topLevel, mode) => {
        const index = buildThreadIndex(topLevel);
        const order = orderThread(index, mode);
        if (!isOrdered(index, mode, order.roots, index.roots)) return false;
        if (order.children.length !== index.children.length) return false;
        return index.children.every((children, i) =>
          isOrdered(index, mode, order.children[i] ?? [], children),
        );
      }),
    );
  });

  it('sorts a 5,000-deep chain and 100,000 flat comments', () => {
    const chain = buildThreadIndex(makeChain(5000));
    expect(orderThread(chain, 'top').children[4998]).toEqual([4999]);

    const flat = buildThreadIndex(makeFlat(100_000));
    for (const mode of SORT_MODES) expect(orderThread(flat, mode).roots).toHaveLength(100_000);
    const top = orderThread(flat, 'top').roots;
    expect(flat.comments[top[0] ?? -1]?.score).toBe(20);
    expect(top[1]).toBeGreaterThan(top[0] ?? Infinity);
  });
});
