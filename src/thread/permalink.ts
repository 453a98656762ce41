// Permalinks: '#comment-1.2.1' in the URL, id="comment-1.2.1" on the comment's root element.

export const COMMENT_ID_PREFIX = 'comment-';

const HASH_PREFIX = `#${COMMENT_ID_PREFIX}`;

/** The id of a comment's root element: '1.2.1' → 'comment-1.2.1'. */
export function commentDomId(id: string): string {
  return COMMENT_ID_PREFIX + id;
}

/** The comment id in an element id: 'comment-1.2.1' → '1.2.1'; null for any other id. */
export function commentIdFromDomId(domId: string): string | null {
  return domId.startsWith(COMMENT_ID_PREFIX) ? domId.slice(COMMENT_ID_PREFIX.length) : null;
}

/**
 * The comment id in a location hash: '#comment-1.2.1' → '1.2.1'. Anything else (no '#', another
 * anchor, an empty id, malformed percent-encoding) gives null rather than throwing.
 */
export function commentIdFromHash(hash: string): string | null {
  if (!hash.startsWith(HASH_PREFIX)) return null;
  let id: string;
  try {
    id = decodeURIComponent(hash.slice(HASH_PREFIX.length));
  } catch {
    return null;
  }
  return id === '' ? null : id;
}
