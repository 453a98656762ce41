// What the import worker does with one file, as a plain function (unit-tested in Node):
// decode → refuse what is not a page → parse → summarise → pack.

import { ENCODING_LABELS, decodeBytes, type Encoding } from './decode';
import {
  MAX_IMPORT_BYTES,
  type ImportParsed,
  type ImportRefused,
  type ImportStage,
} from './importProtocol';
import { summarize } from './summary';
import { contentId } from '../parser/hash';
import { writeJson } from '../parser/json';
import { parseDocument } from '../parser/parse';
import { formatMegabytes } from './units';

type Outcome = Omit<ImportParsed, 'job'> | Omit<ImportRefused, 'job'>;

/** Why a file of this size is refused, or null: checked before a single byte is read. */
export function tooLargeReason(name: string, size: number): string | null {
  return size > MAX_IMPORT_BYTES
    ? `${name} is ${formatMegabytes(size)}; Fil imports files up to ${formatMegabytes(MAX_IMPORT_BYTES)}, since it keeps everything in your browser’s memory.`
    : null;
}

export function importBytes(
  bytes: Uint8Array,
  name: string,
  encoding: Encoding | null,
  onStage: (stage: ImportStage) => void = () => {},
): Outcome {
  const tooLarge = tooLargeReason(name, bytes.length);
  if (tooLarge) return { kind: 'refused', reason: tooLarge, encoding: null };
  onStage('decoding');
  const decoded = decodeBytes(bytes, encoding);
  if (decoded.text.trim() === '') {
    return {
      kind: 'refused',
      reason: `${name} is empty: there is nothing to read.`,
      encoding: decoded.encoding,
    };
  }
  onStage('parsing');
  const doc = parseDocument(decoded.text, { id: contentId(decoded.text) });
  if (doc.diagnostics.some((diagnostic) => diagnostic.code === 'binary')) {
    return {
      kind: 'refused',
      reason: `${name} does not look like a saved page: it is full of control characters (a binary file?). If it is text, try another encoding.`,
      encoding: decoded.encoding,
    };
  }
  onStage('packing');
  const titled = doc.title === '' ? { ...doc, title: name.replace(/\.txt$/i, '') } : doc;
  const summary = summarize(titled, 'imported');
  const notices: string[] = [];
  if (!decoded.clean) {
    notices.push(
      `Some characters may be wrong: read as ${ENCODING_LABELS[decoded.encoding]}. If the text looks garbled, import it again with another encoding.`,
    );
  }
  if (summary.commentCount === 0) notices.push('No comments found: it reads as an article.');
  for (const diagnostic of doc.diagnostics) {
    if (diagnostic.code === 'count-mismatch' || diagnostic.code === 'truncated')
      notices.push(diagnostic.message);
  }
  return {
    kind: 'parsed',
    summary,
    documentJson: new Blob([writeJson(titled)!], { type: 'application/json' }),
    encoding: decoded.encoding,
    detectedBy: decoded.detectedBy,
    clean: decoded.clean,
    notices,
  };
}
