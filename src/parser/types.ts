// The contract every part of Fil shares (design.md §2).

export const DOCUMENT_FORMAT = 'comment-thread/1';

export type Severity = 'info' | 'warning' | 'error';

export type DiagnosticCode =
  | 'binary'
  | 'count-mismatch'
  | 'dedented-text'
  | 'indent-jump'
  | 'numbering'
  | 'quote-unresolved'
  | 'author-conflict'
  | 'truncated';

export type Diagnostic = {
  code: DiagnosticCode;
  severity: Severity;
  line: number;
  message: string;
};

export type RemovedReason = 'chrome' | 'metadata' | 'duplicate-title';

export type RemovedLine = { line: number; text: string; reason: RemovedReason };

export type Quote = { author: string; text: string; commentId: string | null };

export type Comment = {
  /** Path of positions in source order: '1', '1.2', '1.2.1'. */
  id: string;
  /** 1-based line of the header in the input. */
  line: number;
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
  language: string | null;
  source: DocumentSource;
  body: string[];
  removed: RemovedLine[];
  declaredCommentCount: number | null;
  comments: Comment[];
  diagnostics: Diagnostic[];
};
