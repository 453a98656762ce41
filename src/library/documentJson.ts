// Reading a ParsedDocument back from its JSON (an Export JSON file, or a document stored by an
// older Fil): JSON.parse, which reads any depth, then a check of every field with an explicit
// stack, because a reply chain in a 100 MB page nests 8,000 comments deep.

import {
  DOCUMENT_FORMAT,
  type ArticleParagraph,
  type Comment,
  type Diagnostic,
  type DocumentSource,
  type ParsedDocument,
  type Quote,
  type RemovedLine,
  type RemovedReason,
  type Severity,
} from '../parser/types';
import { walkComments } from '../parser/walk';

export type DocumentJsonResult =
  | { readonly ok: true; readonly doc: ParsedDocument }
  | { readonly ok: false; readonly reason: string };

/** The formats this reader knows: the current one, and the one before it, which it upgrades. */
const FORMAT_PREFIX = 'comment-thread/';
const LEGACY_FORMAT = 'comment-thread/1';

const SEVERITIES: readonly Severity[] = ['info', 'warning', 'error'];
const REMOVED_REASONS: readonly RemovedReason[] = ['chrome', 'metadata', 'duplicate-title'];

/** Ids longer than this are shortened in messages: a comment 5,000 deep has a 10,000-character id. */
const LONGEST_LABEL = 40;

/**
 * Whether a decoded text is a Fil JSON document rather than a page: it starts with `{` (after
 * white space and a BOM) and holds a `"format": "comment-thread/…"` field. Linear in the text.
 */
export function looksLikeDocumentJson(text: string): boolean {
  return /^[\s\ufeff]*\{/.test(text) && /"format"\s*:\s*"comment-thread\//.test(text);
}

/** Why the input is refused; thrown inside readDocumentJson only, and always caught there. */
class Invalid extends Error {}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** What kind of value this is, in words, for a message. */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return 'true or false';
  return 'an object';
}

/** Field readers: `owner` names the object in messages ("the document", "comment 1.2"). */
function field(record: Record<string, unknown>, key: string, owner: string): unknown {
  if (!(key in record)) throw new Invalid(`${owner} has no ${key}`);
  return record[key];
}

/** "a score", "an id": the field's name with its article. */
const aField = (key: string) => `${/^[aeio]/.test(key) ? 'an' : 'a'} ${key}`;

function text(record: Record<string, unknown>, key: string, owner: string): string {
  const value = field(record, key, owner);
  if (typeof value !== 'string')
    throw new Invalid(`${owner} has ${aField(key)} that is ${kindOf(value)}, not text`);
  return value;
}

function textOrNull(record: Record<string, unknown>, key: string, owner: string): string | null {
  const value = field(record, key, owner);
  if (value !== null && typeof value !== 'string')
    throw new Invalid(`${owner} has ${aField(key)} that is ${kindOf(value)}, not text or null`);
  return value;
}

/** A whole number ≥ 0 (line numbers: 0 stands for "not known" in upgraded documents). */
function count(record: Record<string, unknown>, key: string, owner: string): number {
  const value = field(record, key, owner);
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0)
    throw new Invalid(`${owner} has ${aField(key)} that is not a whole number of 0 or more`);
  return value;
}

function countOrNull(record: Record<string, unknown>, key: string, owner: string): number | null {
  return record[key] === null ? null : count(record, key, owner);
}

function list(record: Record<string, unknown>, key: string, owner: string): unknown[] {
  const value = field(record, key, owner);
  if (!Array.isArray(value))
    throw new Invalid(`${owner} has ${key} that are ${kindOf(value)}, not a list`);
  return value;
}

function record(value: unknown, owner: string): Record<string, unknown> {
  if (!isRecord(value)) throw new Invalid(`${owner} is ${kindOf(value)}, not an object`);
  return value;
}

function oneOf<T extends string>(
  source: Record<string, unknown>,
  key: string,
  owner: string,
  allowed: readonly T[],
): T {
  const value = text(source, key, owner);
  if (!(allowed as readonly string[]).includes(value))
    throw new Invalid(`${owner} has an unknown ${key} "${shorten(value)}"`);
  return value as T;
}

function shorten(label: string): string {
  return label.length <= LONGEST_LABEL ? label : `${label.slice(0, 24)}…${label.slice(-12)}`;
}

/** A comment waiting to be checked, with where its copy goes and how to name it. */
type Pending = {
  readonly raw: unknown;
  /** 1-based position among its siblings. */
  readonly position: number;
  readonly parent: Pending | null;
  /** The id the parent was given (its path of positions); null at the top level. */
  readonly parentId: string | null;
  readonly depth: number;
  /** The checked copy is pushed here: its parent's children, or the top-level list. */
  readonly into: Comment[];
};

/** "comment 1.2": by its id when it has one, else by its position in the tree. */
function commentName(entry: Pending): string {
  const raw = entry.raw;
  let label: string;
  if (isRecord(raw) && typeof raw.id === 'string' && raw.id !== '') {
    label = raw.id;
  } else {
    const positions: number[] = [];
    for (let at: Pending | null = entry; at !== null; at = at.parent) positions.push(at.position);
    label = `at ${positions.reverse().join('.')}`;
  }
  const depth = entry.depth > 3 && label.length > LONGEST_LABEL ? ` (depth ${entry.depth})` : '';
  return `comment ${shorten(label)}${depth}`;
}

function readQuote(value: unknown, owner: string): Quote | null {
  if (value === null) return null;
  const quote = record(value, `the quote of ${owner}`);
  const where = `the quote of ${owner}`;
  return {
    author: text(quote, 'author', where),
    text: text(quote, 'text', where),
    commentId: textOrNull(quote, 'commentId', where),
  };
}

function readParagraphs(raw: Record<string, unknown>, owner: string): string[] {
  const paragraphs = list(raw, 'paragraphs', owner);
  paragraphs.forEach((paragraph, i) => {
    if (typeof paragraph !== 'string')
      throw new Invalid(`paragraph ${i + 1} of ${owner} is ${kindOf(paragraph)}, not text`);
  });
  return paragraphs as string[];
}

/**
 * Checks and copies the comment tree, preorder, with an explicit stack: any depth. Ids are
 * given again from the tree (design.md §2: the path of positions), since the reader keys rows,
 * permalinks and collapse state by id and a hand-edited file may repeat or garble them; a
 * quote's commentId follows its comment's new id, or becomes null when it named no comment
 * or a repeated id.
 */
function readComments(topLevel: readonly unknown[], legacy: boolean): Comment[] {
  const roots: Comment[] = [];
  const stack: Pending[] = [];
  // Written id → given id; null when the file wrote that id twice.
  const givenIds = new Map<string, string | null>();
  let renumbered = false;
  for (let i = topLevel.length - 1; i >= 0; i--)
    stack.push({
      raw: topLevel[i],
      position: i + 1,
      parent: null,
      parentId: null,
      depth: 1,
      into: roots,
    });
  while (stack.length > 0) {
    const entry = stack.pop()!;
    const owner = commentName(entry);
    const raw = record(entry.raw, owner);
    const line = count(raw, 'line', owner);
    const score = field(raw, 'score', owner);
    if (typeof score !== 'number' || !Number.isFinite(score))
      throw new Invalid(`${owner} has a score that is ${kindOf(score)}, not a number`);
    const rawChildren = list(raw, 'children', owner);
    const writtenId = text(raw, 'id', owner);
    const id =
      entry.parentId === null ? String(entry.position) : `${entry.parentId}.${entry.position}`;
    if (id !== writtenId) renumbered = true;
    givenIds.set(writtenId, givenIds.has(writtenId) ? null : id);
    const comment: Comment = {
      id,
      line,
      // Format 1 kept only the header's line: the header is the one line known to be the comment's.
      endLine: legacy ? line : count(raw, 'endLine', owner),
      score,
      postedAt: textOrNull(raw, 'postedAt', owner),
      author: textOrNull(raw, 'author', owner),
      quote: readQuote(field(raw, 'quote', owner), owner),
      paragraphs: readParagraphs(raw, owner),
      children: [],
    };
    // Preorder: siblings pop in source order, each after its parent, so pushing keeps order.
    entry.into.push(comment);
    for (let i = rawChildren.length - 1; i >= 0; i--)
      stack.push({
        raw: rawChildren[i],
        position: i + 1,
        parent: entry,
        parentId: id,
        depth: entry.depth + 1,
        into: comment.children,
      });
  }
  if (renumbered) {
    walkComments(roots, (comment) => {
      if (comment.quote?.commentId != null)
        comment.quote.commentId = givenIds.get(comment.quote.commentId) ?? null;
    });
  }
  return roots;
}

function readBody(doc: Record<string, unknown>, legacy: boolean): ArticleParagraph[] {
  return list(doc, 'body', 'the document').map((paragraph, i) => {
    const owner = `article paragraph ${i + 1}`;
    // Format 1 kept paragraphs as bare text: their lines are not known (0).
    if (legacy) {
      if (typeof paragraph !== 'string')
        throw new Invalid(`${owner} is ${kindOf(paragraph)}, not text`);
      return { text: paragraph, line: 0, endLine: 0 };
    }
    const raw = record(paragraph, owner);
    return {
      text: text(raw, 'text', owner),
      line: count(raw, 'line', owner),
      endLine: count(raw, 'endLine', owner),
    };
  });
}

function readRemoved(doc: Record<string, unknown>): RemovedLine[] {
  return list(doc, 'removed', 'the document').map((entry, i) => {
    const owner = `removed line ${i + 1}`;
    const raw = record(entry, owner);
    return {
      line: count(raw, 'line', owner),
      text: text(raw, 'text', owner),
      reason: oneOf(raw, 'reason', owner, REMOVED_REASONS),
    };
  });
}

function readDiagnostics(doc: Record<string, unknown>): Diagnostic[] {
  return list(doc, 'diagnostics', 'the document').map((entry, i) => {
    const owner = `diagnostic ${i + 1}`;
    const raw = record(entry, owner);
    return {
      // Codes are kept as written: a newer parser may add codes, and the reader shows only the
      // message and severity.
      code: text(raw, 'code', owner) as Diagnostic['code'],
      severity: oneOf(raw, 'severity', owner, SEVERITIES),
      line: count(raw, 'line', owner),
      message: text(raw, 'message', owner),
    };
  });
}

function readSource(doc: Record<string, unknown>): DocumentSource {
  const source = record(field(doc, 'source', 'the document'), 'the document’s source');
  const owner = 'the document’s source';
  return {
    url: textOrNull(source, 'url', owner),
    published: textOrNull(source, 'published', owner),
    site: textOrNull(source, 'site', owner),
  };
}

function readDocument(json: string): ParsedDocument {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    throw new Invalid(
      `not a Fil document: it is not valid JSON (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  if (!isRecord(parsed) || typeof parsed.format !== 'string')
    throw new Invalid('not a Fil document: it has no "format": "comment-thread/…" field');
  const format = parsed.format;
  if (!format.startsWith(FORMAT_PREFIX))
    throw new Invalid(`not a Fil document: its format is "${shorten(format)}"`);
  const legacy = format === LEGACY_FORMAT;
  if (!legacy && format !== DOCUMENT_FORMAT)
    throw new Invalid(
      `made by another version of Fil: its format is "${shorten(format)}", and this one reads ${LEGACY_FORMAT} and ${DOCUMENT_FORMAT}`,
    );

  const owner = 'the document';
  const title = text(parsed, 'title', owner);
  const declaredCommentCount = countOrNull(parsed, 'declaredCommentCount', owner);
  return {
    format: DOCUMENT_FORMAT,
    id: text(parsed, 'id', owner),
    title,
    // Format 1 did not say where the title and the declared count were: 0 for "not known".
    titleLine: legacy ? (title === '' ? null : 0) : countOrNull(parsed, 'titleLine', owner),
    language: textOrNull(parsed, 'language', owner),
    source: readSource(parsed),
    body: readBody(parsed, legacy),
    removed: readRemoved(parsed),
    declaredCommentCount,
    declaredCountLine: legacy
      ? declaredCommentCount === null
        ? null
        : 0
      : countOrNull(parsed, 'declaredCountLine', owner),
    comments: readComments(list(parsed, 'comments', owner), legacy),
    diagnostics: readDiagnostics(parsed),
  };
}

/**
 * Reads a ParsedDocument from JSON text and checks every field, without recursion (any depth).
 *
 * Accepts format `comment-thread/2` (the current ParsedDocument, see parser/types.ts) and
 * upgrades `comment-thread/1`, where article paragraphs were bare strings and comments had no
 * `endLine`. Line numbers that format 1 did not keep are set to what is known: a comment's
 * `endLine` to its header `line`; paragraph `line`/`endLine`, `titleLine` (when there is a
 * title) and `declaredCountLine` (when there is a declared count) to 0, which stands for "not
 * known" (real lines start at 1). Fields the format does not define are dropped; the result is
 * a fresh object with `format: 'comment-thread/2'`.
 *
 * Never throws: bad input gives `{ ok: false, reason }` with a plain-English reason such as
 * "not a Fil document: it has no "format": "comment-thread/…" field" or "comment 1.2 has no
 * score" (long ids shortened, so the reason stays short).
 */
export function readDocumentJson(text: string): DocumentJsonResult {
  try {
    return { ok: true, doc: readDocument(text) };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, reason: error.message };
    // Out of memory and the like: still an answer, not an exception.
    return {
      ok: false,
      reason: `could not be read: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}
