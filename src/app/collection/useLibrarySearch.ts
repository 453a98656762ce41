import { queryOptions, useQuery } from '@tanstack/react-query';
import { startTransition, useEffect, useMemo, useState } from 'react';
import type { LibraryEntry } from '../../library/queries';
import { libraryKeys } from '../../library/queryKeys';
import {
  LayeredIndexBuilder,
  queryWords,
  searchLayered,
  type IndexedDocument,
  type LayeredIndex,
} from './librarySearch';
import { nextTask, runInSlices } from '../../components/runInSlices';

/**
 * What the library's search reads of every document besides its title (loadArticleTexts: the
 * articles), under a key of its own: listing the library again (a rename, a delete, an undo)
 * needs none of them read again, since the search takes titles from the list and looks only
 * at the documents listed. Invalidated when texts are added (an import batch ends, a restore,
 * the background pass), it reads only the texts of listed documents it does not hold yet.
 * Here rather than in queries.ts: the reader page loads that first, and this would cost its
 * initial JavaScript bytes for a query it never makes. storedDocuments.ts loads when asked, as
 * queries.ts loads it.
 */
const articleTextsQuery = () =>
  queryOptions({
    queryKey: libraryKeys.articleTexts(),
    queryFn: async ({ client }) =>
      (await import('../../library/storedDocuments')).loadArticleTexts(client),
    staleTime: Infinity,
  });

/**
 * How much of the library the search can look in: nothing yet (just opened), the titles (the
 * texts are read and indexed meanwhile), the titles and texts of an earlier list together
 * with the current titles (while a change is indexed, or the texts read again), or all of it.
 */
export type Indexed = 'none' | 'titles' | 'stale' | 'full';

/** What the search found for the query, and how much of the library it could look in. */
export type LibrarySearch = {
  /** Ids of the documents found; null when the query has no words (every document shown). */
  readonly matches: ReadonlySet<string> | null;
  readonly indexed: Indexed;
  /** The article texts are not indexed yet: titles alone were searched. */
  readonly titlesOnly: boolean;
  /**
   * Documents listed since the last full index (an import, a restore) are searched by title
   * alone until their texts are indexed. Not after a rename or a delete, which leave none out.
   */
  readonly newTextsPending: boolean;
  /** No index is ready yet (the page just opened with a search in its address). */
  readonly pending: boolean;
};

type Built = { readonly index: LayeredIndex; readonly documents: readonly IndexedDocument[] };

/**
 * The index of `documents`, built in slices after the page has painted (an effect runs after
 * the paint), again when they change (only the documents changed since, while they are few:
 * LayeredIndexBuilder); null until the first is built, then the last one built (possibly of
 * older documents) while the next builds.
 */
function useIndex(
  documents: readonly IndexedDocument[] | null,
  builder: LayeredIndexBuilder,
): Built | null {
  const [built, setBuilt] = useState<Built | null>(null);
  useEffect(() => {
    if (documents === null) return;
    const controller = new AbortController();
    const build = async () => {
      // A task of its own first: the build never shares the task that painted the list.
      await nextTask();
      const index = await runInSlices(builder.build(documents), nextTask, controller.signal);
      // A transition: rendering the new results may wait for the reader's typing.
      startTransition(() => setBuilt({ index, documents }));
    };
    build().catch((error: unknown) => {
      if (!controller.signal.aborted) throw error;
    });
    return () => controller.abort();
  }, [documents, builder]);
  return built;
}

/**
 * The library's search over `entries` for `query` (librarySearch.ts): the titles are indexed
 * first, then titles and article texts (articleTextsQuery, read once the list is painted).
 * While the texts are read and indexed, titles alone are searched; after a change (an import, a
 * rename), the last full index and the titles' new one are searched together until the full
 * one is built again, so a new or renamed document is found by its title at once.
 */
export function useLibrarySearch(entries: readonly LibraryEntry[], query: string): LibrarySearch {
  const [titleBuilder] = useState(() => new LayeredIndexBuilder());
  const [fullBuilder] = useState(() => new LayeredIndexBuilder());
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    const frame = requestAnimationFrame(() => setPainted(true));
    return () => cancelAnimationFrame(frame);
  }, []);
  const { data: texts, isFetching: readingTexts } = useQuery({
    ...articleTextsQuery(),
    enabled: painted,
  });

  const titles = useMemo(
    () => entries.map((entry) => ({ id: entry.id, title: entry.title, text: null })),
    [entries],
  );
  const full = useMemo(
    () =>
      texts === undefined
        ? null
        : entries.map((entry) => ({
            id: entry.id,
            title: entry.title,
            text: texts.get(entry.id) ?? null,
          })),
    [entries, texts],
  );
  const titleIndex = useIndex(titles, titleBuilder);
  const fullIndex = useIndex(full, fullBuilder);

  // Once per list, texts or index, not per keystroke. A listed document waits for its text when
  // the index holds none for it while that text is read (an import, a restore) or read and not
  // yet indexed; one with no text to read (stored before texts were kept) waits for nothing, so
  // a rename or a delete leaves none waiting.
  const newTextsPending = useMemo(() => {
    if (fullIndex === null || (fullIndex.documents === full && !readingTexts)) return false;
    const indexedTexts = new Set(
      fullIndex.documents.flatMap((document) => (document.text === null ? [] : [document.id])),
    );
    return entries.some(
      (entry) => !indexedTexts.has(entry.id) && (readingTexts || texts?.has(entry.id) === true),
    );
  }, [entries, full, fullIndex, readingTexts, texts]);

  return useMemo(() => {
    // 'full' only for the texts as read last: while they are read again, the index may lack some.
    const current = fullIndex !== null && fullIndex.documents === full && !readingTexts;
    const indexed: Indexed = current
      ? 'full'
      : fullIndex !== null
        ? 'stale'
        : titleIndex !== null
          ? 'titles'
          : 'none';
    const titlesOnly = fullIndex === null;
    if (queryWords(query).length === 0)
      return { matches: null, indexed, titlesOnly, newTextsPending, pending: false };
    // The full index of the current texts and titles is enough; an older one needs the
    // titles' too, for documents added or renamed since.
    const found = [fullIndex, current ? null : titleIndex].flatMap((built) =>
      built === null ? [] : [searchLayered(built.index, query)!],
    );
    if (found.length === 0)
      return { matches: new Set<string>(), indexed, titlesOnly, newTextsPending, pending: true };
    const matches = found.length === 1 ? found[0]! : new Set([...found[0]!, ...found[1]!]);
    return { matches, indexed, titlesOnly, newTextsPending, pending: false };
  }, [full, fullIndex, newTextsPending, readingTexts, titleIndex, query]);
}
