// A parsed document handed from a worker to the page in pieces (issue 15): a big thread's JSON is
// parsed in the worker, and its comments cross in batches, each a short task on the page's side
// (structured clone of a few thousand comments, then linking them), instead of one parse of
// 25 MB that held the main thread for a third of a second. Pure: the worker and the page share it.

import type { Comment, ParsedDocument } from '../parser/types';

/** One comment without its replies, and its depth (1 for top level). */
export type CommentRecord = { readonly depth: number; readonly comment: Comment };

/** What the worker posts: the document without its comments, batches in preorder, then done. */
export type TransferMessage =
  | { readonly kind: 'head'; readonly head: ParsedDocument }
  /**
   * A batch of CommentRecords as JSON text: parsing it on the page is quicker than the
   * structured clone of the same objects (V8's JSON parser against its object deserializer).
   */
  | { readonly kind: 'comments'; readonly json: string }
  | { readonly kind: 'done' }
  | { readonly kind: 'failed'; readonly status: number; readonly message: string };

/**
 * Comments per batch: each is one task on the page's side (parsing the text, linking), ~5–15 ms
 * here for the 100,000-comment sample, so that it stays short even on a phone four times slower
 * (Lighthouse's mobile profile; batches of 2,000 made tasks of 90–250 ms there).
 */
export const BATCH_SIZE = 500;

/**
 * The document's comments in preorder, `size` at a time, each with `children: []` and its
 * depth; an explicit stack, so any depth is walked. Reads `doc`, changes nothing.
 */
export function* commentBatches(
  doc: ParsedDocument,
  size: number = BATCH_SIZE,
): Generator<CommentRecord[]> {
  let batch: CommentRecord[] = [];
  // Each entry: a list of siblings and the next one to visit.
  const stack: { siblings: readonly Comment[]; next: number }[] = [
    { siblings: doc.comments, next: 0 },
  ];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const comment = top.siblings[top.next++];
    if (!comment) {
      stack.pop();
      continue;
    }
    batch.push({ depth: stack.length, comment: { ...comment, children: [] } });
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
    if (comment.children.length > 0) stack.push({ siblings: comment.children, next: 0 });
  }
  if (batch.length > 0) yield batch;
}

/** The document's head: everything but its comments. */
export function documentHead(doc: ParsedDocument): ParsedDocument {
  return { ...doc, comments: [] };
}

/**
 * Puts a document back together from its head and its batches, in order: `add` links each
 * comment under the last comment one level up (its parent in preorder). Throws when a record
 * skips a level (a depth more than one below the last), which no walk of a tree gives.
 */
export function createAssembler(head: ParsedDocument) {
  const doc: ParsedDocument = { ...head, comments: [] };
  // path[d - 1]: the children list that a comment of depth d goes into.
  const path: Comment[][] = [doc.comments];
  return {
    add(records: readonly CommentRecord[]): void {
      for (const { depth, comment } of records) {
        if (depth < 1 || depth > path.length) throw new Error(`depth ${depth} skips a level`);
        path.length = depth;
        path[depth - 1]!.push(comment);
        path.push(comment.children);
      }
    },
    finish: (): ParsedDocument => doc,
  };
}
