// The library's search: an inverted index over the words of each document's title and article
// text, folded as the thread's search folds them (case and accents: "reunion" finds "Réunion").
// A query is words; a document matches when every one of them begins a word of the document.
//
// The index is a sorted vocabulary with, for each word, the documents that hold it (their
// postings, one array for all words in vocabulary order): the words that begin with a query
// word are a contiguous range of the vocabulary, found by binary search, and their postings are
// one contiguous slice. A keystroke costs two binary searches and one pass over that slice per
// query word, never a scan of the texts. Building it is cut into small steps (a generator) that
// the page runs a few milliseconds at a time, so 10,000 articles are indexed without a long
// main-thread task; a builder keeps each document's words, so building again after one document
// changed reads only that one.

import { foldText } from '../../thread/searchText';

/** One document as the search sees it. */
export type IndexedDocument = {
  readonly id: string;
  /** The title the library shows (the reader's, when renamed). */
  readonly title: string;
  /** The article's searchable text (articleTextOf), or null when only the title is known. */
  readonly text: string | null;
};

/** An index of documents, ready to search. */
export type SearchIndex = {
  /** Document ids by position. */
  readonly ids: readonly string[];
  /** Every folded word met, in code-unit order (JavaScript's `<` on strings). */
  readonly terms: readonly string[];
  /** Term k's postings are `postings[starts[k]]` to `postings[starts[k + 1] - 1]`. */
  readonly starts: Uint32Array;
  /** Document positions, ascending within each term. */
  readonly postings: Uint32Array;
};

// Words are read one code unit at a time through a table of what each becomes once folded,
// and looked up in a hash table of their own by the folded code units, with no string made for
// a word already known: the vocabulary is interned as the text is read. (A regular expression
// and a Map took three times as long over the bench's 76 MB of articles, 10 s against 3 s in
// Node: most of it went into making and hashing ten million short strings.)

/** Not yet looked at (the table is filled as characters are met). */
const UNKNOWN = -2;
/** Between words. */
const SEPARATOR = -1;
/** A combining mark: part of the word, dropped from it (a decomposed "é" reads as "e"). */
const MARK = -3;

/**
 * Per UTF-16 code unit, what it is in a word: its folded code unit (foldText's: lower case,
 * Latin letters without their accents, "ё" as "е"), SEPARATOR, MARK or UNKNOWN. Surrogates
 * are kept as they are, read as part of a word: a letter outside the first plane is one (an
 * emoji too, which no reader searches for).
 */
const FOLDED = new Int32Array(0x10000).fill(UNKNOWN);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const COMBINING = /\p{M}/u;

function foldedCode(code: number): number {
  const known = FOLDED[code]!;
  if (known !== UNKNOWN) return known;
  let folded: number;
  if (code >= 0xd800 && code <= 0xdfff) folded = code;
  else {
    const character = String.fromCharCode(code);
    if (COMBINING.test(character)) folded = MARK;
    else if (!LETTER_OR_DIGIT.test(character)) folded = SEPARATOR;
    // foldText keeps one code unit for one ("İ" becomes "i", not "i" and a dot).
    else folded = foldText(character).charCodeAt(0);
  }
  FOLDED[code] = folded;
  return folded;
}

/** The code units of the word being read, folded, and its hash (FNV-1a over them). */
class WordReader {
  units = new Uint16Array(64);
  length = 0;
  hash = 0;

  /**
   * Reads `text` and calls `found` at the end of each word, with this reader holding it: runs
   * of letters, digits and combining marks ("l’OTAN" is "l" and "otan").
   */
  read(text: string, found: (reader: WordReader) => void): void {
    // Locals in the loop, fields only at a word's end: a hash stored in a field at each code
    // unit went through a heap number (it leaves the small-integer range) and ran 3× slower.
    let units = this.units;
    let length = 0;
    let hash = 0;
    let inWord = false;
    const end = text.length;
    for (let at = 0; at <= end; at++) {
      let unit = SEPARATOR;
      if (at < end) {
        unit = FOLDED[text.charCodeAt(at)]!;
        if (unit === UNKNOWN) unit = foldedCode(text.charCodeAt(at));
      }
      if (unit === SEPARATOR) {
        if (inWord && length > 0) {
          this.length = length;
          this.hash = hash;
          found(this);
        }
        inWord = false;
        continue;
      }
      if (!inWord) {
        inWord = true;
        length = 0;
        hash = 0x811c9dc5 | 0;
      }
      if (unit === MARK) continue;
      if (length === units.length) {
        const grown = new Uint16Array(units.length * 2);
        grown.set(units);
        this.units = units = grown;
      }
      units[length++] = unit;
      hash = Math.imul(hash ^ unit, 0x01000193);
    }
  }

  /** The word read, as a string. */
  word(): string {
    let word = '';
    for (let at = 0; at < this.length; at += 4096)
      word += String.fromCharCode(...this.units.subarray(at, Math.min(this.length, at + 4096)));
    return word;
  }
}

/**
 * Every word met, each with an id (the order it was first met in), found by its code units in
 * a hash table of open addressing whose slots hold the hash beside the id, and whose words'
 * code units sit one after another in a pool: a lookup mostly touches one slot and one run of
 * the pool, where JavaScript strings scattered in the heap cost a cache miss more each.
 */
class Vocabulary {
  readonly terms: string[] = [];
  /** Pairs: a word's hash, then its id + 1 (0 for an empty slot); at most half full. */
  private slots = new Int32Array(4096);
  /** Term k's code units are pool[starts[k]] to pool[starts[k + 1] - 1]. */
  private pool = new Uint16Array(16384);
  private starts = new Int32Array(2048);

  /** The id of the word `reader` holds, which becomes a term when it is new. */
  idOf(reader: WordReader): number {
    const { hash, length, units } = reader;
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const held = slots[2 * slot + 1]!;
      if (held === 0) return this.add(reader, slot);
      if (slots[2 * slot] !== hash) continue;
      const id = held - 1;
      const start = this.starts[id]!;
      if (this.starts[id + 1]! - start !== length) continue;
      let same = true;
      for (let at = 0; at < length; at++)
        if (this.pool[start + at] !== units[at]) {
          same = false;
          break;
        }
      if (same) return id;
    }
  }

  private add(reader: WordReader, slot: number): number {
    const id = this.terms.length;
    this.terms.push(reader.word());
    if (id + 2 > this.starts.length) {
      const grown = new Int32Array(this.starts.length * 2);
      grown.set(this.starts);
      this.starts = grown;
    }
    const start = this.starts[id]!;
    if (start + reader.length > this.pool.length) {
      const grown = new Uint16Array(Math.max(this.pool.length * 2, start + reader.length));
      grown.set(this.pool);
      this.pool = grown;
    }
    this.pool.set(reader.units.subarray(0, reader.length), start);
    this.starts[id + 1] = start + reader.length;
    this.slots[2 * slot] = reader.hash;
    this.slots[2 * slot + 1] = id + 1;
    if (this.terms.length * 4 > this.slots.length) this.rehash();
    return id;
  }

  private rehash(): void {
    const old = this.slots;
    const slots = new Int32Array(old.length * 2);
    const mask = (slots.length >> 1) - 1;
    for (let from = 0; from < old.length; from += 2) {
      if (old[from + 1] === 0) continue;
      let slot = old[from]! & mask;
      while (slots[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
      slots[2 * slot] = old[from]!;
      slots[2 * slot + 1] = old[from + 1]!;
    }
    this.slots = slots;
  }
}

/** The words of a query, folded as the index's words are, each once, in order. */
export function queryWords(query: string): string[] {
  const words = new Set<string>();
  new WordReader().read(query, (reader) => words.add(reader.word()));
  return [...words];
}

/** The first index in `terms` (sorted) whose term is not below `word`. */
function lowerBound(terms: readonly string[], word: string): number {
  let low = 0;
  let high = terms.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (terms[middle]! < word) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The range [start, end) of `terms` (sorted) that begin with `prefix`: contiguous, since every
 * term with that prefix sorts between the prefix itself and the first term above it without it.
 */
export function prefixRange(terms: readonly string[], prefix: string): [number, number] {
  const start = lowerBound(terms, prefix);
  let low = start;
  let high = terms.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (terms[middle]!.startsWith(prefix)) low = middle + 1;
    else high = middle;
  }
  return [start, low];
}

/**
 * The ids of the documents in which every word of `query` begins a word (queryWords: folded,
 * any order), or null when the query has no words (nothing to search: every document is shown).
 */
export function searchIndex(index: SearchIndex, query: string): Set<string> | null {
  // A query of more words than a counter of 16 bits holds is cut (nobody types 65,535 words).
  const words = queryWords(query).slice(0, 0xffff);
  if (words.length === 0) return null;
  const found = new Set<string>();
  const ranges = words.map((word) => {
    const [start, end] = prefixRange(index.terms, word);
    return [index.starts[start]!, index.starts[end]!] as const;
  });
  // The narrowest word first: a word no document holds ends the search at once.
  ranges.sort((a, b) => a[1] - a[0] - (b[1] - b[0]));
  if (ranges[0]![1] === ranges[0]![0]) return found;
  // hits[d] = how many of the query's words document d matched so far: a document counts a
  // word once however many of its terms begin with it (it must have matched every word before).
  const hits = new Uint16Array(index.ids.length);
  const { postings } = index;
  for (let word = 0; word < ranges.length; word++) {
    const [from, to] = ranges[word]!;
    for (let at = from; at < to; at++) {
      const document = postings[at]!;
      if (hits[document] === word) hits[document] = word + 1;
    }
  }
  const all = ranges.length;
  for (let document = 0; document < hits.length; document++)
    if (hits[document] === all) found.add(index.ids[document]!);
  return found;
}

/** Steps between two yields when a step is cheap (a document already read, a term placed). */
const CHEAP_STEPS = 4096;
/** Postings written in order in one step before placing (4 MB): see SearchIndexBuilder.build. */
const PAGE_IN_STEP = 1 << 20;

/**
 * Builds search indexes, a step at a time, keeping what it read of each document and the
 * vocabulary in order: building again (a document imported, renamed or deleted) reads only the
 * documents whose title or text changed, and sorts only the words they brought. The vocabulary
 * only grows, so a word of a deleted document stays in it with no postings. Not for two builds
 * at once: start the next when the last is done or dropped.
 */
export class SearchIndexBuilder {
  private readonly vocabulary = new Vocabulary();
  private readonly reader = new WordReader();
  /** Per term id, the last document stamp that met it (each document counts a term once). */
  private seen = new Uint32Array(1024);
  private stamp = 0;
  /** The ids below its length in the order of their words (the last build's vocabulary). */
  private sorted = new Uint32Array(0);
  /** What each document was read from, and the ids of its terms. */
  private readonly read = new Map<
    string,
    { readonly title: string; readonly text: string | null; readonly terms: Uint32Array }
  >();

  /**
   * The index of `documents` (positions in this order), built between yields: each yield ends
   * a step short enough to keep a main-thread task far under 50 ms (one document read, a few
   * thousand cheap steps, or 4 MB of the postings' memory committed). Dropping the generator
   * before it ends leaves the builder sound.
   */
  *build(documents: readonly IndexedDocument[]): Generator<void, SearchIndex, void> {
    // 1. Each document's terms: kept from a previous build when its title and text are the same.
    const documentTerms: Uint32Array[] = [];
    let cheap = 0;
    for (const document of documents) {
      const known = this.read.get(document.id);
      if (known && known.title === document.title && known.text === document.text) {
        documentTerms.push(known.terms);
        if (++cheap % CHEAP_STEPS === 0) yield;
        continue;
      }
      const terms = this.termsOf(document);
      this.read.set(document.id, { title: document.title, text: document.text, terms });
      documentTerms.push(terms);
      yield;
    }
    const present = new Set(documents.map((document) => document.id));
    for (const id of this.read.keys()) if (!present.has(id)) this.read.delete(id);

    // 2. The vocabulary in order: the words already in order, merged with the new ones.
    const words = this.vocabulary.terms;
    const added = yield* this.sortAdded(this.sorted.length);
    const order = new Uint32Array(words.length);
    const old = this.sorted;
    let fromOld = 0;
    let fromAdded = 0;
    for (let position = 0; position < order.length; position++) {
      const takeOld =
        fromAdded === added.length ||
        (fromOld < old.length && words[old[fromOld]!]! < words[added[fromAdded]!]!);
      order[position] = takeOld ? old[fromOld++]! : added[fromAdded++]!;
      if ((position + 1) % CHEAP_STEPS === 0) yield;
    }
    this.sorted = order;
    const terms: string[] = new Array<string>(order.length);
    const rank = new Uint32Array(order.length);
    for (let position = 0; position < order.length; position++) {
      terms[position] = words[order[position]!]!;
      rank[order[position]!] = position;
      if ((position + 1) % CHEAP_STEPS === 0) yield;
    }

    // 3. Postings, counted then placed (a counting sort by term), in document order so that
    // each term's documents come out ascending.
    const starts = new Uint32Array(terms.length + 1);
    let counted = 0;
    for (const termsOfDocument of documentTerms) {
      for (const id of termsOfDocument) starts[rank[id]! + 1]!++;
      counted += termsOfDocument.length;
      if (counted > CHEAP_STEPS * 16) {
        counted = 0;
        yield;
      }
    }
    for (let term = 0; term < terms.length; term++) starts[term + 1]! += starts[term]!;
    const postings = new Uint32Array(starts[terms.length]!);
    // The array's memory is committed page by page on first write. Placing scatters the writes
    // over all of it, so the first placing step took every page fault at once: 45 ms for the
    // 4.5 million postings of 10,000 generated articles (Node, this machine), a long task in the
    // page. Written in order first, a few megabytes a step, the placing steps fault no more.
    for (let from = 0; from < postings.length; from += PAGE_IN_STEP) {
      postings.fill(0, from, from + PAGE_IN_STEP);
      yield;
    }
    const next = starts.slice(0, terms.length);
    for (let position = 0; position < documentTerms.length; position++) {
      const termsOfDocument = documentTerms[position]!;
      for (const id of termsOfDocument) postings[next[rank[id]!]!++] = position;
      counted += termsOfDocument.length;
      if (counted > CHEAP_STEPS * 16) {
        counted = 0;
        yield;
      }
    }
    return { ids: documents.map((document) => document.id), terms, starts, postings };
  }

  /**
   * The ids of the terms from `first` on, in the order of their words: cut by their first two
   * code units into buckets that are small to sort, each sorted in a step of its own, then
   * concatenated in the buckets' order (every word of bucket "ab" sorts after "a" and before
   * anything of "ac").
   */
  private *sortAdded(first: number): Generator<void, Uint32Array, void> {
    const words = this.vocabulary.terms;
    const buckets = new Map<string, number[]>();
    for (let id = first; id < words.length; id++) {
      const key = words[id]!.slice(0, 2);
      const bucket = buckets.get(key);
      if (bucket) bucket.push(id);
      else buckets.set(key, [id]);
      if ((id + 1) % CHEAP_STEPS === 0) yield;
    }
    const added = new Uint32Array(words.length - first);
    let filled = 0;
    const byWord = (a: number, b: number) => (words[a]! < words[b]! ? -1 : 1);
    for (const key of [...buckets.keys()].sort()) {
      for (const id of buckets.get(key)!.sort(byWord)) added[filled++] = id;
      yield;
    }
    return added;
  }

  /** The ids of the distinct terms of a document's title and text, interning new ones. */
  private termsOf(document: IndexedDocument): Uint32Array {
    const stamp = ++this.stamp;
    const found: number[] = [];
    const meet = (reader: WordReader) => {
      const id = this.vocabulary.idOf(reader);
      if (id >= this.seen.length) {
        const grown = new Uint32Array(this.seen.length * 2);
        grown.set(this.seen);
        this.seen = grown;
      }
      if (this.seen[id] !== stamp) {
        this.seen[id] = stamp;
        found.push(id);
      }
    };
    this.reader.read(document.title, meet);
    if (document.text !== null) this.reader.read(document.text, meet);
    return Uint32Array.from(found);
  }
}

/** Builds the whole index at once (tests, and anything small enough not to need slices). */
export function buildSearchIndex(
  documents: readonly IndexedDocument[],
  builder = new SearchIndexBuilder(),
): SearchIndex {
  const steps = builder.build(documents);
  for (let step = steps.next(); ; step = steps.next()) if (step.done === true) return step.value;
}

/**
 * An index searched as one: `base`, built from earlier documents, less the documents changed
 * since (`changed`: added, renamed, their text read since), plus `delta`, the index of those.
 * Documents deleted since are still in `base`: the list shows only what it lists.
 */
export type LayeredIndex = {
  readonly base: SearchIndex;
  readonly changed: ReadonlySet<string>;
  /** The index of the changed documents; null when none changed. */
  readonly delta: SearchIndex | null;
};

/**
 * The ids of the documents found in `index` for `query` (as searchIndex: every word begins a
 * word of the document), or null when the query has no words. A document changed since the
 * base was built is found by what it holds now (the delta), never by what it held then.
 */
export function searchLayered(index: LayeredIndex, query: string): Set<string> | null {
  const found = searchIndex(index.base, query);
  if (found === null) return null;
  for (const id of index.changed) found.delete(id);
  if (index.delta !== null) for (const id of searchIndex(index.delta, query)!) found.add(id);
  return found;
}

/**
 * How many changed documents a delta may hold before the base is built again: a tenth of the
 * library, at least 500. A build over a few changed documents costs little; one over the whole
 * library costs its postings (~400 ms in Node at 10,000 generated articles, 4.5 million
 * postings, measured in librarySearch.test.ts), which an import listing the library every
 * second must not pay each time.
 */
export function deltaLimit(documents: number): number {
  return Math.max(500, Math.floor(documents / 10));
}

/**
 * Builds the library's index as the library changes, a step at a time (as SearchIndexBuilder):
 * the first build indexes every document (the base); later builds index only the documents
 * added or changed since the base (the delta), until they are more than deltaLimit, when the
 * base is built again (reading again only what changed: SearchIndexBuilder keeps each
 * document's words). Not for two builds at once; a build dropped part-way leaves it sound.
 */
export class LayeredIndexBuilder {
  private readonly baseBuilder = new SearchIndexBuilder();
  private deltaBuilder = new SearchIndexBuilder();
  private base: {
    readonly index: SearchIndex;
    readonly documents: ReadonlyMap<string, IndexedDocument>;
  } | null = null;

  /** `limit`: how many changed documents a delta may hold, by the library's size. */
  constructor(private readonly limit: (documents: number) => number = deltaLimit) {}

  *build(documents: readonly IndexedDocument[]): Generator<void, LayeredIndex, void> {
    const base = this.base;
    if (base !== null) {
      const changed: IndexedDocument[] = [];
      let looked = 0;
      for (const document of documents) {
        const then = base.documents.get(document.id);
        if (then === undefined || then.title !== document.title || then.text !== document.text)
          changed.push(document);
        if (++looked % CHEAP_STEPS === 0) yield;
      }
      if (changed.length <= this.limit(documents.length)) {
        const delta = changed.length === 0 ? null : yield* this.deltaBuilder.build(changed);
        return {
          base: base.index,
          changed: new Set(changed.map((document) => document.id)),
          delta,
        };
      }
    }
    const index = yield* this.baseBuilder.build(documents);
    this.base = {
      index,
      documents: new Map(documents.map((document) => [document.id, document])),
    };
    // What the delta held is in the base now; its words go with it.
    this.deltaBuilder = new SearchIndexBuilder();
    return { base: index, changed: new Set(), delta: null };
  }
}

/** Builds a layered index at once (tests). */
export function buildLayered(
  documents: readonly IndexedDocument[],
  builder: LayeredIndexBuilder,
): LayeredIndex {
  const steps = builder.build(documents);
  for (let step = steps.next(); ; step = steps.next()) if (step.done === true) return step.value;
}
