// The contract every part of Fil shares (design.md §2).

export const DOCUMENT_FORMAT = 'comment-thread/2';

/**
 * Changes whenever the same text may parse to a different document. Kept with each import
 * beside DOCUMENT_FORMAT, so that Fil reads a kept source again after an upgrade.
 */
export const PARSER_VERSION = 2;

export type Severity = 'info' | 'warning' | 'error';

export type DiagnosticCode =
  | 'binary'
  | 'count-mismatch'
  | 'dedented-text'
  | 'foreign-layout'
  | 'indent-jump'
  | 'numbering'
  | 'quote-unresolved'
  | 'author-conflict'
  | 'truncated';

/**
 * The values each code's message is built from, so that the reader can say it in the interface
 * language (src/thread/diagnosticText.ts); `message` keeps the English for JSON export. Comment
 * ids are paths ('1.2.1'); counts and columns are numbers. 'dedented-text' is not produced by
 * this parser: a document that carries one shows its message.
 */
export type DiagnosticParams = {
  binary: {
    /** Control or replacement characters found (a replacement character counts a half, rounded). */
    characters: number;
    /** Characters read from the start of the text. */
    sample: number;
  };
  'count-mismatch': { declared: number; found: number };
  'dedented-text': never;
  'foreign-layout': {
    /** Lines that look like a comment section's. */
    lines: number;
    /** Up to three of them, their first 40 characters, without quotation marks. */
    examples: string[];
    firstLine: number;
  };
  'indent-jump': { comment: string; columns: number; usualColumns: number };
  /** `number` as the page wrote it; `position` among the comment's siblings, from 1. */
  numbering: { comment: string; number: number; position: number };
  'quote-unresolved': { comment: string; author: string };
  /** Comment `comment` quotes `quoted` as `author`; an earlier quote named it `earlierAuthor`. */
  'author-conflict': { comment: string; quoted: string; author: string; earlierAuthor: string };
  /** `dateLine`: the start of the date line the text ends in; null when it ends at the header. */
  truncated: { dateLine: string | null };
};

/**
 * A note about the input. `params` is absent in documents stored or exported by a Fil older
 * than it, and for a code this build does not know: the reader then shows `message`.
 */
export type Diagnostic = {
  [Code in DiagnosticCode]: {
    code: Code;
    severity: Severity;
    line: number;
    message: string;
    params?: DiagnosticParams[Code];
  };
}[DiagnosticCode];

export type RemovedReason = 'chrome' | 'metadata' | 'duplicate-title';

export type RemovedLine = { line: number; text: string; reason: RemovedReason };

export type Quote = { author: string; text: string; commentId: string | null };

/** A paragraph of the article, with the input lines it came from (1-based, inclusive). */
export type ArticleParagraph = { text: string; line: number; endLine: number };

export type Comment = {
  /** Path of positions in source order: '1', '1.2', '1.2.1'. */
  id: string;
  /** 1-based line of the header in the input. */
  line: number;
  /**
   * 1-based last line of this comment's own text (date, quote, paragraphs; blank lines after
   * it excluded); its replies start further down. `line`..`endLine` is the comment's range.
   */
  endLine: number;
  score: number;
  /** 'YYYY-MM-DDTHH:MM' or 'YYYY-MM-DD'; no zone because the source gives none. */
  postedAt: string | null;
  /** Only when inferred from a quote in a reply. */
  author: string | null;
  quote: Quote | null;
  paragraphs: string[];
  children: Comment[];
};

export type DocumentSource = {
  url: string | null;
  published: string | null;
  site: string | null;
};

export type ParsedDocument = {
  format: typeof DOCUMENT_FORMAT;
  id: string;
  title: string;
  /** 1-based line the title was read from; null when the document has no title. */
  titleLine: number | null;
  language: string | null;
  source: DocumentSource;
  body: ArticleParagraph[];
  removed: RemovedLine[];
  declaredCommentCount: number | null;
  /** 1-based line of the declared comment count; null when there is none. */
  declaredCountLine: number | null;
  comments: Comment[];
  diagnostics: Diagnostic[];
};
