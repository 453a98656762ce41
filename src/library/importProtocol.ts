// Messages between the library and the import worker.

import type { DecodedText, Encoding } from './decode';
import type { DocumentSummary } from './summary';

/** Larger files are refused before reading: Fil keeps everything in the browser's memory. */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;

export type ImportStage = 'reading' | 'decoding' | 'parsing' | 'packing';

export type ImportRequest = {
  readonly job: number;
  /**
   * 'import' for a file the reader gives; 'reparse' for a kept source read again by a newer
   * parser (with its stored encoding), which nobody watches: no progress is posted for it.
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
  readonly notices: readonly string[];
};

export type ImportRefused = {
  readonly job: number;
  readonly kind: 'refused';
  readonly reason: string;
  readonly encoding: Encoding | null;
};

/** The document format and parser version the worker read with, kept with the document. */
export type ParsedWith = { readonly format: string; readonly parserVersion: number };

/** A parsed file as the worker posts it: stamped with the parser that read it. */
export type ImportParsedReply = ImportParsed & { readonly parsedWith: ParsedWith };

export type ImportReply = ImportProgress | ImportParsedReply | ImportRefused;
