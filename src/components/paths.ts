// The addresses of a thread's two views, the reader and the insights (design.md §3), shared by
// the links between them and by the insights' links into the reader.

/** The reader's address for a document: `/articles/<id>` (the id percent-encoded). */
export function articlePath(documentId: string): string {
  return `/articles/${encodeURIComponent(documentId)}`;
}

/** The insights view's address for a document: `/articles/<id>/insights`. */
export function insightsPath(documentId: string): string {
  return `${articlePath(documentId)}/insights`;
}
