// Messages between the library and the import worker.

import type { DecodedText, Encoding } from './decode';
import type { DocumentSummary } from './summary';

/** Larger files are refused before reading: Fil keeps everything in the browser's memory. */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;

export type ImportStage = 'reading' | 'decoding' | 'parsing' | 'packing';

export type ImportRequest = {
  readonly job: number;
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

export type ImportReply = ImportProgress | ImportParsed | ImportRefused;
