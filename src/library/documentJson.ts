// Reading a ParsedDocument back from its JSON (an Export JSON file, or a document stored by an
// older Fil): JSON.parse, which reads any depth, then a check of every field with an explicit
// stack, because a reply chain in a 100 MB page nests 8,000 comments deep.

import {
  DOCUMENT_FORMAT,
  type ArticleParagraph,
  type Comment,
  type Diagnostic,
  type DiagnosticCode,
  type DiagnosticParams,
  type DocumentSource,
  type ParsedDocument,
  type Quote,
  type RemovedLine,
  type RemovedReason,
  type Severity,
} from '../parser/types';
import { walkComments } from '../parser/walk';
import { canonicalLanguageTag } from './languageTag';

export type DocumentJsonResult =
  | { readonly ok: true; readonly doc: ParsedDocument }
  | { readonly ok: false; readonly problem: JsonProblem };

/** What kind of JSON value was found where another kind was expected. */
export type JsonKind = 'null' | 'list' | 'text' | 'number' | 'boolean' | 'object';

/**
 * A comment as a message names it: by the id the file wrote (`byPosition` false), else by its
 * place in the tree, its positions from the top ('1.2'); a label over 40 characters is
 * shortened ('1.1.1.1.1.1.1.1.1.1.1.1.….1.1.1.1.1.1') and then comes with its depth.
 */
export type CommentPlace = {
  readonly label: string;
  readonly byPosition: boolean;
  /** 1 for a top-level comment; null when the label is short enough to say where it is. */
  readonly depth: number | null;
};

/** The part of the document a problem is in; positions count from 1. */
export type JsonPlace =
  | { readonly kind: 'document' }
  | { readonly kind: 'source' }
  | { readonly kind: 'comment'; readonly comment: CommentPlace }
  | { readonly kind: 'quote'; readonly comment: CommentPlace }
  | {
      readonly kind: 'comment-paragraph';
      readonly comment: CommentPlace;
      readonly position: number;
    }
  | { readonly kind: 'article-paragraph'; readonly position: number }
  | { readonly kind: 'removed-line'; readonly position: number }
  | { readonly kind: 'diagnostic'; readonly position: number };

/**
 * Why a JSON text is not a Fil document that can be read: data, not words, because the import
 * worker that finds it has no interface language; src/library/messages.ts words it
 * (jsonProblemText: 'comment 1.2 has no score'). `key` is the JSON field's name; `value` and
 * `format` are shortened when long; `detail` is the JavaScript engine's own message.
 */
export type JsonProblem =
  /** JSON.parse refused the text. */
  | { readonly code: 'not-json'; readonly detail: string }
  /** Not an object with a "format" text. */
  | { readonly code: 'no-format' }
  /** A format that is not a comment-thread one. */
  | { readonly code: 'foreign-format'; readonly format: string }
  /** A comment-thread format this Fil does not read (`readable`: those it reads). */
  | {
      readonly code: 'other-version';
      readonly format: string;
      readonly readable: readonly string[];
    }
  | { readonly code: 'missing'; readonly place: JsonPlace; readonly key: string }
  | {
      readonly code: 'wrong-field';
      readonly place: JsonPlace;
      readonly key: string;
      readonly found: JsonKind;
      readonly expected: 'text' | 'text-or-null' | 'number' | 'list';
    }
  /** A field that should be a whole number of 0 or more. */
  | { readonly code: 'not-count'; readonly place: JsonPlace; readonly key: string }
  /** The place itself is of the wrong kind (a comment that is text, say). */
  | {
      readonly code: 'wrong-value';
      readonly place: JsonPlace;
      readonly found: JsonKind;
      readonly expected: 'object' | 'text';
    }
  /** A text field outside the values it may take (a severity "fatal"). */
  | {
      readonly code: 'unknown-value';
      readonly place: JsonPlace;
      readonly key: string;
      readonly value: string;
    }
  /** Anything else that stopped the reading (out of memory…). */
  | { readonly code: 'failed'; readonly detail: string };

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
class Invalid extends Error {
  readonly problem: JsonProblem;
  constructor(problem: JsonProblem) {
    super(problem.code);
    this.problem = problem;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** What kind of value this is, for a message. */
function kindOf(value: unknown): JsonKind {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  return 'object';
}

const DOCUMENT: JsonPlace = { kind: 'document' };
const SOURCE: JsonPlace = { kind: 'source' };

/** Field readers: `place` says where the field is in messages ("the document", "comment 1.2"). */
function field(record: Record<string, unknown>, key: string, place: JsonPlace): unknown {
  if (!(key in record)) throw new Invalid({ code: 'missing', place, key });
  return record[key];
}

function text(record: Record<string, unknown>, key: string, place: JsonPlace): string {
  const value = field(record, key, place);
  if (typeof value !== 'string')
    throw new Invalid({ code: 'wrong-field', place, key, found: kindOf(value), expected: 'text' });
  return value;
}

function textOrNull(record: Record<string, unknown>, key: string, place: JsonPlace): string | null {
  const value = field(record, key, place);
  if (value !== null && typeof value !== 'string')
    throw new Invalid({
      code: 'wrong-field',
      place,
      key,
      found: kindOf(value),
      expected: 'text-or-null',
    });
  return value;
}

/** A whole number ≥ 0 (line numbers: 0 stands for "not known" in upgraded documents). */
function count(record: Record<string, unknown>, key: string, place: JsonPlace): number {
  const value = field(record, key, place);
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0)
    throw new Invalid({ code: 'not-count', place, key });
  return value;
}

function countOrNull(
  record: Record<string, unknown>,
  key: string,
  place: JsonPlace,
): number | null {
  return record[key] === null ? null : count(record, key, place);
}

function list(record: Record<string, unknown>, key: string, place: JsonPlace): unknown[] {
  const value = field(record, key, place);
  if (!Array.isArray(value))
    throw new Invalid({ code: 'wrong-field', place, key, found: kindOf(value), expected: 'list' });
  return value;
}

function record(value: unknown, place: JsonPlace): Record<string, unknown> {
  if (!isRecord(value))
    throw new Invalid({ code: 'wrong-value', place, found: kindOf(value), expected: 'object' });
  return value;
}

function oneOf<T extends string>(
  source: Record<string, unknown>,
  key: string,
  place: JsonPlace,
  allowed: readonly T[],
): T {
  const value = text(source, key, place);
  if (!(allowed as readonly string[]).includes(value))
    throw new Invalid({ code: 'unknown-value', place, key, value: shorten(value) });
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

/** How messages name a comment: by its id when it has one, else by its position in the tree. */
function commentPlace(entry: Pending): CommentPlace {
  const raw = entry.raw;
  let label: string;
  let byPosition = false;
  if (isRecord(raw) && typeof raw.id === 'string' && raw.id !== '') {
    label = raw.id;
  } else {
    const positions: number[] = [];
    for (let at: Pending | null = entry; at !== null; at = at.parent) positions.push(at.position);
    label = positions.reverse().join('.');
    byPosition = true;
  }
  // The depth is worth saying only where the label no longer shows it.
  const depth = entry.depth > 3 && label.length > LONGEST_LABEL ? entry.depth : null;
  return { label: shorten(label), byPosition, depth };
}

function readQuote(value: unknown, comment: CommentPlace): Quote | null {
  if (value === null) return null;
  const where: JsonPlace = { kind: 'quote', comment };
  const quote = record(value, where);
  return {
    author: text(quote, 'author', where),
    text: text(quote, 'text', where),
    commentId: textOrNull(quote, 'commentId', where),
  };
}

function readParagraphs(raw: Record<string, unknown>, comment: CommentPlace): string[] {
  const paragraphs = list(raw, 'paragraphs', { kind: 'comment', comment });
  paragraphs.forEach((paragraph, i) => {
    if (typeof paragraph !== 'string')
      throw new Invalid({
        code: 'wrong-value',
        place: { kind: 'comment-paragraph', comment, position: i + 1 },
        found: kindOf(paragraph),
        expected: 'text',
      });
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
    const name = commentPlace(entry);
    const owner: JsonPlace = { kind: 'comment', comment: name };
    const raw = record(entry.raw, owner);
    const line = count(raw, 'line', owner);
    const score = field(raw, 'score', owner);
    if (typeof score !== 'number' || !Number.isFinite(score))
      throw new Invalid({
        code: 'wrong-field',
        place: owner,
        key: 'score',
        found: kindOf(score),
        expected: 'number',
      });
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
      quote: readQuote(field(raw, 'quote', owner), name),
      paragraphs: readParagraphs(raw, name),
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
  return list(doc, 'body', DOCUMENT).map((paragraph, i) => {
    const owner: JsonPlace = { kind: 'article-paragraph', position: i + 1 };
    // Format 1 kept paragraphs as bare text: their lines are not known (0).
    if (legacy) {
      if (typeof paragraph !== 'string')
        throw new Invalid({
          code: 'wrong-value',
          place: owner,
          found: kindOf(paragraph),
          expected: 'text',
        });
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
  return list(doc, 'removed', DOCUMENT).map((entry, i) => {
    const owner: JsonPlace = { kind: 'removed-line', position: i + 1 };
    const raw = record(entry, owner);
    return {
      line: count(raw, 'line', owner),
      text: text(raw, 'text', owner),
      reason: oneOf(raw, 'reason', owner, REMOVED_REASONS),
    };
  });
}

type ParamKind = 'number' | 'text' | 'text-or-null' | 'texts';

/** The values each note's message is built from (parser/types.ts DiagnosticParams), by kind. */
const PARAM_SHAPES: {
  readonly [Code in Exclude<DiagnosticCode, 'dedented-text'>]: {
    readonly [Key in keyof DiagnosticParams[Code]]-?: ParamKind;
  };
} = {
  binary: { characters: 'number', sample: 'number' },
  'count-mismatch': { declared: 'number', found: 'number' },
  'foreign-layout': { lines: 'number', examples: 'texts', firstLine: 'number' },
  'indent-jump': { comment: 'text', columns: 'number', usualColumns: 'number' },
  numbering: { comment: 'text', number: 'number', position: 'number' },
  'quote-unresolved': { comment: 'text', author: 'text' },
  'author-conflict': { comment: 'text', quoted: 'text', author: 'text', earlierAuthor: 'text' },
  truncated: { dateLine: 'text-or-null' },
};

function fits(value: unknown, kind: ParamKind): boolean {
  switch (kind) {
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'text':
      return typeof value === 'string';
    case 'text-or-null':
      return value === null || typeof value === 'string';
    case 'texts':
      return Array.isArray(value) && value.every((item) => typeof item === 'string');
  }
}

/**
 * A note's `params` (the values its message is built from, which the reader words in the
 * interface language) when they have the shape its code needs, copied; null otherwise — absent,
 * from an older Fil, or hand-edited — and the reader then shows the note's `message`.
 */
function readParams(code: string, raw: unknown): Record<string, unknown> | null {
  if (!isRecord(raw) || !Object.hasOwn(PARAM_SHAPES, code)) return null;
  const shape: Readonly<Record<string, ParamKind>> =
    PARAM_SHAPES[code as keyof typeof PARAM_SHAPES];
  const params: Record<string, unknown> = {};
  for (const [key, kind] of Object.entries(shape)) {
    const value = raw[key];
    if (!fits(value, kind)) return null;
    params[key] = Array.isArray(value) ? [...(value as string[])] : value;
  }
  return params;
}

function readDiagnostics(doc: Record<string, unknown>): Diagnostic[] {
  return list(doc, 'diagnostics', DOCUMENT).map((entry, i) => {
    const owner: JsonPlace = { kind: 'diagnostic', position: i + 1 };
    const raw = record(entry, owner);
    // Codes are kept as written: a newer parser may add codes, and the reader then shows the
    // message and severity.
    const code = text(raw, 'code', owner);
    const diagnostic = {
      code,
      severity: oneOf(raw, 'severity', owner, SEVERITIES),
      line: count(raw, 'line', owner),
      message: text(raw, 'message', owner),
    };
    const params = readParams(code, raw.params);
    // Checked against the code's shape above.
    return (params === null ? diagnostic : { ...diagnostic, params }) as Diagnostic;
  });
}

function readSource(doc: Record<string, unknown>): DocumentSource {
  const source = record(field(doc, 'source', DOCUMENT), SOURCE);
  return {
    url: textOrNull(source, 'url', SOURCE),
    published: textOrNull(source, 'published', SOURCE),
    site: textOrNull(source, 'site', SOURCE),
  };
}

/**
 * A document's language as a canonical BCP 47 tag, or null when the text is not one
 * (canonicalLanguageTag): an unreadable tag is not a reason to refuse the document.
 */
function languageTag(language: string | null): string | null {
  return language === null ? null : canonicalLanguageTag(language);
}

function readDocument(json: string): ParsedDocument {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    throw new Invalid({
      code: 'not-json',
      detail: error instanceof Error ? error.message : String(error),
    });
  }
  if (!isRecord(parsed) || typeof parsed.format !== 'string')
    throw new Invalid({ code: 'no-format' });
  const format = parsed.format;
  if (!format.startsWith(FORMAT_PREFIX))
    throw new Invalid({ code: 'foreign-format', format: shorten(format) });
  const legacy = format === LEGACY_FORMAT;
  if (!legacy && format !== DOCUMENT_FORMAT)
    throw new Invalid({
      code: 'other-version',
      format: shorten(format),
      readable: [LEGACY_FORMAT, DOCUMENT_FORMAT],
    });

  const owner = DOCUMENT;
  const title = text(parsed, 'title', owner);
  const declaredCommentCount = countOrNull(parsed, 'declaredCommentCount', owner);
  return {
    format: DOCUMENT_FORMAT,
    id: text(parsed, 'id', owner),
    title,
    // Format 1 did not say where the title and the declared count were: 0 for "not known".
    titleLine: legacy ? (title === '' ? null : 0) : countOrNull(parsed, 'titleLine', owner),
    language: languageTag(textOrNull(parsed, 'language', owner)),
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
 * a fresh object with `format: 'comment-thread/2'`. A note's `params` are kept when they have
 * the shape its code needs, and left out otherwise (the reader then shows the note's message).
 *
 * Never throws: bad input gives `{ ok: false, problem }`, the first problem found as data
 * (JsonProblem), which jsonProblemText words: "not a Fil document: it has no "format":
 * "comment-thread/…" field", "comment 1.2 has no score" (long ids shortened, so the reason stays
 * short).
 */
export function readDocumentJson(text: string): DocumentJsonResult {
  try {
    return { ok: true, doc: readDocument(text) };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, problem: error.problem };
    // Out of memory and the like: still an answer, not an exception.
    return {
      ok: false,
      problem: { code: 'failed', detail: error instanceof Error ? error.message : String(error) },
    };
  }
}
