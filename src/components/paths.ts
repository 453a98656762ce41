// The addresses of a thread's two views, the reader and the insights (design.md §3), shared by
// the links between them and by the insights' links into the reader. Arrow functions: the
// reader's entry chunk carries them, and they minify a few bytes shorter.

/** The reader's address for a document: `/articles/<id>` (the id percent-encoded). */
export const articlePath = (documentId: string): string =>
  `/articles/${encodeURIComponent(documentId)}`;

/** The insights view's address for a document: `/articles/<id>/insights`. */
export const insightsPath = (documentId: string): string => `${articlePath(documentId)}/insights`;
