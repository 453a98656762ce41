import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText } from '../../thread/searchText';
import {
  buildLayered,
  buildSearchIndex,
  LayeredIndexBuilder,
  prefixRange,
  queryWords,
  SearchIndexBuilder,
  searchIndex,
  searchLayered,
  type IndexedDocument,
} from './librarySearch';

const DOCUMENTS: IndexedDocument[] = [
  {
    id: 'geneve',
    title: 'Réunion à Genève',
    text: 'Réunion à Genève\nSergueï Lavrov a averti l’OTAN.\nLes négociations reprendront.',
  },
  {
    id: 'vertice',
    title: 'Vertice Lavrov-Blinken',
    text: 'Vertice Lavrov-Blinken\nIl ministro è arrivato a Ginevra; sicurezza europea.',
  },
  // Stored before Fil kept article texts: its title alone is searched.
  { id: 'legacy', title: 'Un document ancien', text: null },
  // Accents written as combining marks (a macOS file name, say).
  { id: 'decomposed', title: 'Re\u0301sume\u0301 de la se\u0301ance', text: null },
];

const search = (query: string, documents = DOCUMENTS) =>
  searchIndex(buildSearchIndex(documents), query);
const found = (query: string, documents = DOCUMENTS) => {
  const ids = search(query, documents);
  return ids === null ? null : [...ids].sort();
};

describe('the library’s search', () => {
  it('finds titles and article text whatever the case and the accents', () => {
    expect(found('reunion')).toEqual(['geneve']);
    expect(found('GENEVE')).toEqual(['geneve']);
    expect(found('négociations')).toEqual(['geneve']);
    expect(found('securite')).toEqual([]);
    expect(found('sicurezza')).toEqual(['vertice']);
    expect(found('Sergue')).toEqual(['geneve']);
    expect(found('ancien')).toEqual(['legacy']);
    expect(found('resume seance')).toEqual(['decomposed']);
    expect(found('résumé')).toEqual(['decomposed']);
  });

  it('matches the start of a word, never its middle', () => {
    expect(found('lav')).toEqual(['geneve', 'vertice']);
    expect(found('avrov')).toEqual([]);
    expect(found('otan')).toEqual(['geneve']);
    expect(found('blinken')).toEqual(['vertice']);
  });

  it('needs every word of the query, in any order', () => {
    expect(found('lavrov ginevra')).toEqual(['vertice']);
    expect(found('ginevra lavrov')).toEqual(['vertice']);
    expect(found('lavrov ginevra otan')).toEqual([]);
    expect(found('l’otan')).toEqual(['geneve']);
  });

  it('searches nothing for a query without words', () => {
    expect(search('')).toBeNull();
    expect(search('  – !? ')).toBeNull();
    expect(searchIndex(buildSearchIndex([]), 'a')).toEqual(new Set());
  });

  it('reads a query as folded words, each once', () => {
    expect(queryWords('  Réunion, RÉUNION l’OTAN ')).toEqual(['reunion', 'l', 'otan']);
    expect(queryWords('İstanbul Ёлка')).toEqual(['istanbul', 'елка']);
  });

  it('finds the range of terms that begin with a prefix', () => {
    const terms = ['a', 'ab', 'abc', 'abd', 'b', 'ba'];
    expect(prefixRange(terms, 'ab')).toEqual([1, 4]);
    expect(prefixRange(terms, 'a')).toEqual([0, 4]);
    expect(prefixRange(terms, 'b')).toEqual([4, 6]);
    expect(prefixRange(terms, 'c')).toEqual([6, 6]);
    expect(prefixRange(terms, '0')).toEqual([0, 0]);
    expect(prefixRange([], 'a')).toEqual([0, 0]);
  });

  it('is built in many short steps', () => {
    const steps = new SearchIndexBuilder().build(DOCUMENTS);
    let count = 0;
    for (let step = steps.next(); step.done !== true; step = steps.next()) count++;
    // At least one step per document read, and the vocabulary's buckets after them.
    expect(count).toBeGreaterThan(DOCUMENTS.length);
  });
});

/** Words as a plain reading of the rule: foldText, cut at what is not a letter, digit or mark. */
function referenceWords(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}\p{M}]+/u)
    .map((word) => word.replace(/\p{M}/gu, ''))
    .filter((word) => word !== '');
}

/** The documents a query finds, by the rule read plainly: every query word begins some word. */
function referenceSearch(documents: readonly IndexedDocument[], query: string): string[] {
  const words = referenceWords(query);
  return documents
    .filter((document) => {
      const own = referenceWords(`${document.title} ${document.text ?? ''}`);
      return words.every((word) => own.some((candidate) => candidate.startsWith(word)));
    })
    .map((document) => document.id)
    .sort();
}

// Few letters, so that words share prefixes; accents both composed and combining, apostrophes.
const letter = fc.constantFrom('a', 'b', 'e', 'é', 'E', 'É', 'e\u0301', 'n', 'ñ', 'o', '1', 'Ё');
const word = fc.array(letter, { minLength: 1, maxLength: 4 }).map((letters) => letters.join(''));
const text = fc
  .array(fc.tuple(word, fc.constantFrom(' ', '’', '-', '\n', ', ')), { maxLength: 8 })
  .map((parts) => parts.map(([each, gap]) => each + gap).join(''));
const documents = fc.uniqueArray(
  fc.record({
    id: fc.constantFrom('d1', 'd2', 'd3', 'd4', 'd5'),
    title: text,
    text: fc.option(text, { nil: null }),
  }),
  { selector: (document) => document.id, maxLength: 5 },
);

describe('the library’s search, against the rule read plainly', () => {
  it('finds what the rule finds', () => {
    fc.assert(
      fc.property(documents, fc.array(word, { minLength: 1, maxLength: 3 }), (indexed, query) => {
        const asked = query.join(' ');
        expect(found(asked, indexed)).toEqual(referenceSearch(indexed, asked));
      }),
    );
  });

  it('finds the same when built again after changes, and after a build left half-way', () => {
    fc.assert(
      fc.property(documents, documents, fc.nat(40), word, (before, after, stopAt, query) => {
        const builder = new SearchIndexBuilder();
        buildSearchIndex(before, builder);
        // A build dropped part-way (the documents changed again meanwhile).
        const dropped = builder.build(after.slice(1));
        for (let step = 0; step < stopAt && dropped.next().done !== true; step++);
        const rebuilt = searchIndex(buildSearchIndex(after, builder), query);
        expect(rebuilt === null ? null : [...rebuilt].sort()).toEqual(
          referenceSearch(after, query),
        );
      }),
    );
  });

  it('finds the same through a base and a delta, as the documents change', () => {
    // A delta of at most 2 documents: some changes go to the delta, others rebuild the base.
    fc.assert(
      fc.property(fc.array(documents, { minLength: 1, maxLength: 5 }), word, (versions, query) => {
        const builder = new LayeredIndexBuilder(() => 2);
        for (const version of versions) {
          const present = new Set<string>(version.map((document) => document.id));
          const layered = searchLayered(buildLayered(version, builder), query);
          // Documents deleted since the base may be found: the list shows only what it lists.
          const shown = layered === null ? null : [...layered].filter((id) => present.has(id));
          expect(shown?.sort() ?? null).toEqual(referenceSearch(version, query));
        }
      }),
    );
  });
});

/** `count` documents of `words` words each over a vocabulary of 20,000 made-up words. */
function generated(count: number, words: number, from = 0): IndexedDocument[] {
  let state = 14;
  const random = () => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    return state / 2 ** 32;
  };
  const vocabulary = Array.from({ length: 20_000 }, (_, k) => `mot${k.toString(36)}`);
  return Array.from({ length: count }, (_, k) => {
    const id = `doc-${from + k}`;
    const article: string[] = [];
    for (let w = 0; w < words; w++)
      article.push(vocabulary[Math.floor(random() ** 2 * vocabulary.length)]!);
    return { id, title: `Titre ${id}`, text: article.join(' ') };
  });
}

describe('building the library’s index again as an import adds documents', () => {
  it('indexes only the 50 documents added to 10,000, and finds them (times printed)', () => {
    const library = generated(10_000, 100);
    const added = [...library, ...generated(50, 100, 10_000)];
    const builder = new LayeredIndexBuilder();
    let started = performance.now();
    const first = buildLayered(library, builder);
    const firstMs = performance.now() - started;
    started = performance.now();
    const next = buildLayered(added, builder);
    const layeredMs = performance.now() - started;
    // For comparison: building the whole index again, each document's words kept.
    const whole = new SearchIndexBuilder();
    buildSearchIndex(library, whole);
    started = performance.now();
    buildSearchIndex(added, whole);
    const wholeMs = performance.now() - started;
    console.log(
      `library index, 10,000 documents of 100 words (${first.base.postings.length} postings): ` +
        `first build ${firstMs.toFixed(0)} ms; 50 added: the delta ${layeredMs.toFixed(1)} ms, ` +
        `the whole index again ${wholeMs.toFixed(1)} ms`,
    );
    // The base is the first build's; the delta holds the 50 added, found by their titles.
    expect(next.base).toBe(first.base);
    expect(next.changed.size).toBe(50);
    expect(next.delta?.ids.length).toBe(50);
    expect([...searchLayered(next, 'titre doc-10049')!]).toEqual(['doc-10049']);
    expect(searchLayered(next, 'doc-100')!.size).toBe(1 + 10 + 50);
  });
});
