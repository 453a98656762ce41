// What the import worker does with one file, as a plain function (unit-tested in Node):
// decode → refuse what is not a page → parse → summarise → pack. A document Fil exported as
// JSON is read back as it is instead of parsed.

import { ENCODING_LABELS, decodeBytes, type DecodedText, type Encoding } from './decode';
import { looksLikeDocumentJson, readDocumentJson } from './documentJson';
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

/**
 * Imports one file's bytes (`name` is its file name, for messages and as the title of an
 * untitled page; `encoding` null detects it): refused with the reason when it is over
 * MAX_IMPORT_BYTES, empty, binary or an unreadable JSON export; otherwise the parsed document
 * as JSON in a Blob with its summary, how it was decoded and the notices worth showing.
 * `onStage` hears each stage as it starts. Never throws for bad input.
 */
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
  if (looksLikeDocumentJson(decoded.text)) return importDocumentJson(decoded, name, onStage);
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
  // A page that looks like a comment section in another layout says so, not just "no comments".
  const foreign = doc.diagnostics.find((diagnostic) => diagnostic.code === 'foreign-layout');
  if (summary.commentCount === 0)
    notices.push(foreign?.message ?? 'No comments found: it reads as an article.');
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

/**
 * A Fil JSON document (Export JSON, any depth), read back as it is rather than parsed as a
 * page; refused with readDocumentJson's reason when it does not hold one. Its id is the hash of
 * the file's text, like a page's: an id written in the file could name a seed or another import
 * and replace it.
 */
function importDocumentJson(
  decoded: DecodedText,
  name: string,
  onStage: (stage: ImportStage) => void,
): Outcome {
  const read = readDocumentJson(decoded.text);
  if (!read.ok) {
    return {
      kind: 'refused',
      reason: `${name} looks like a document exported from Fil as JSON, but it cannot be read: ${read.reason}.`,
      encoding: decoded.encoding,
    };
  }
  onStage('packing');
  const doc = { ...read.doc, id: contentId(decoded.text) };
  const titled = doc.title === '' ? { ...doc, title: name.replace(/\.json$/i, '') } : doc;
  const summary = summarize(titled, 'imported');
  const notices: string[] = [];
  if (summary.commentCount === 0) notices.push('No comments found: it reads as an article.');
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
