// Messages between the library and the import worker. The worker has no interface language:
// what it has to say (why a file is refused, what the reader should know about it) travels as
// data, worded on the main thread by src/library/messages.ts.

import type { Diagnostic } from '../parser/types';
import type { DecodedText, Encoding } from './decode';
import type { JsonProblem } from './documentJson';
import type { ReadingProblem, StorageProblem } from './storage';
import type { DocumentSummary } from './summary';

/** Larger files are refused before reading: Fil keeps everything in the browser's memory. */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;

/**
 * Files at least this big say how far the worker is (bytes read, then each stage): a smaller one
 * is done before the panel could show it, and a thousand of them would post thousands of
 * messages the page does not need.
 */
export const PROGRESS_MIN_BYTES = 1024 * 1024;

export type ImportStage = 'reading' | 'decoding' | 'parsing' | 'packing';

/**
 * Why a file was not imported, or a kept source not read again. `name` is the file's name ('' for
 * pasted text, which sourceNameText names), `size` its length in bytes; `detail` is what the browser or the JavaScript engine said (not
 * translated), null when it said nothing.
 */
export type ImportProblem =
  /** Over MAX_IMPORT_BYTES: refused before a byte is read. */
  | { readonly code: 'too-large'; readonly name: string; readonly size: number }
  /** Nothing but white space. */
  | { readonly code: 'empty'; readonly name: string }
  /** Full of control characters: a binary file, or text in another encoding. */
  | { readonly code: 'binary'; readonly name: string }
  /** A Fil JSON export that cannot be read. */
  | { readonly code: 'bad-json'; readonly name: string; readonly problem: JsonProblem }
  /** Reading the file failed in the worker. */
  | { readonly code: 'unreadable'; readonly name: string; readonly detail: string }
  /** The worker stopped (out of memory on a huge page) before it answered. */
  | { readonly code: 'worker-stopped'; readonly detail: string | null }
  /** The worker answered something other than a document. */
  | { readonly code: 'no-document'; readonly name: string }
  /** A kept source read again gave no document (the worker answered nothing usable). */
  | { readonly code: 'not-read-again' }
  /** Storing a new reading failed. */
  | {
      readonly code: 'not-stored';
      readonly problem: StorageProblem;
      readonly detail: string | null;
    }
  /** The new reading was stored but cannot be read back. */
  | { readonly code: 'stored-copy'; readonly problem: ReadingProblem };

/**
 * What the reader should know about a file that was imported: characters that may be wrong in
 * the encoding it was read with, no comments found, or one of the parser's notes (a page cut
 * short, comments in a layout Fil does not read).
 */
export type ImportNotice =
  | { readonly code: 'doubtful-characters'; readonly encoding: Encoding }
  | { readonly code: 'no-comments' }
  | { readonly code: 'diagnostic'; readonly diagnostic: Diagnostic };

export type ImportRequest = {
  readonly job: number;
  /**
   * 'import' for a file the reader gives (progress is posted for one of PROGRESS_MIN_BYTES or
   * more); 'reparse' for a kept source read again by a newer parser (with its stored encoding),
   * which nobody watches: no progress is posted for it.
   */
  readonly purpose: 'import' | 'reparse';
  readonly source: Blob;
  readonly name: string;
  readonly encoding: Encoding | null;
};

export type ImportProgress = {
  readonly job: number;
  readonly kind: 'progress';
  readonly stage: ImportStage;
  /** Bytes read so far, while reading. */
  readonly loaded: number;
  readonly total: number;
};

export type ImportParsed = {
  readonly job: number;
  readonly kind: 'parsed';
  readonly summary: DocumentSummary;
  readonly documentJson: Blob;
  readonly encoding: Encoding;
  readonly detectedBy: DecodedText['detectedBy'];
  readonly clean: boolean;
  /** What the reader should know: recovered parts, missing comments, doubtful characters. */
  readonly notices: readonly ImportNotice[];
  /** What the library searches (articleTextOf, summary.ts). */
  readonly articleText: string;
};

export type ImportRefused = {
  readonly job: number;
  readonly kind: 'refused';
  readonly reason: ImportProblem;
  readonly encoding: Encoding | null;
};

/** The document format and parser version the worker read with, kept with the document. */
export type ParsedWith = { readonly format: string; readonly parserVersion: number };

/** A parsed file as the worker posts it: stamped with the parser that read it. */
export type ImportParsedReply = ImportParsed & { readonly parsedWith: ParsedWith };

export type ImportReply = ImportProgress | ImportParsedReply | ImportRefused;
