// Every TanStack Query key of the library's data, from one place: the options that load the
// data and the mutations that invalidate it name the same keys, and a typo cannot split them.

/**
 * Keys of the library's queries. All start with `all`, so that one filter on it reaches every
 * query Fil keeps. Invalidate `list()` (not `all`) to have the library listed again: `all`
 * would also read every open document again.
 */
export const libraryKeys = {
  all: ['library'] as const,
  /** The library's list of documents (bundled and imported). */
  list: () => [...libraryKeys.all, 'list'] as const,
  /**
   * Every document's article text, for the library's search (the titles come from the list): a
   * key of its own, not under list(), so that listing the library again (a rename, a delete)
   * reads no text. Invalidate it when texts are added (an import batch's end, a restore, the
   * background pass): it then reads only the texts of listed documents it lacks.
   */
  articleTexts: () => [...libraryKeys.all, 'article-texts'] as const,
  /** One parsed document, by id. */
  document: (id: string) => [...libraryKeys.all, 'document', id] as const,
  /**
   * The text one document was parsed from, by id: under the document's key, so that dropping a
   * document (deleted, imported again) drops its text with it.
   */
  sourceText: (id: string) => [...libraryKeys.document(id), 'source-text'] as const,
};
