// What the import worker does with one file, as a plain function (unit-tested in Node):
// decode → refuse what is not a page → parse → summarise → pack. A document Fil exported as
// JSON is read back as it is instead of parsed. Refusals and notices are data (ImportProblem,
// ImportNotice): the worker has no interface language; src/library/messages.ts words them.

import { decodeBytes, type DecodedText, type Encoding } from './decode';
import { looksLikeDocumentJson, readDocumentJson } from './documentJson';
import {
  MAX_IMPORT_BYTES,
  type ImportNotice,
  type ImportParsed,
  type ImportProblem,
  type ImportRefused,
  type ImportStage,
} from './importProtocol';
import { articleTextOf, summarize } from './summary';
import { contentId } from '../parser/hash';
import { writeJson } from '../parser/json';
import { parseDocument } from '../parser/parse';

type Outcome = Omit<ImportParsed, 'job'> | Omit<ImportRefused, 'job'>;

/** Why a file of this size is refused, or null: checked before a single byte is read. */
export function tooLargeProblem(name: string, size: number): ImportProblem | null {
  return size > MAX_IMPORT_BYTES ? { code: 'too-large', name, size } : null;
}

/**
 * Imports one file's bytes (`name` is its file name, for messages and as the title of an
 * untitled page; '' for pasted text, whose untitled page stays untitled; `encoding` null
 * detects it): refused with the reason when it is over
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
  const tooLarge = tooLargeProblem(name, bytes.length);
  if (tooLarge) return { kind: 'refused', reason: tooLarge, encoding: null };
  onStage('decoding');
  const decoded = decodeBytes(bytes, encoding);
  if (decoded.text.trim() === '')
    return { kind: 'refused', reason: { code: 'empty', name }, encoding: decoded.encoding };
  onStage('parsing');
  if (looksLikeDocumentJson(decoded.text)) return importDocumentJson(decoded, name, onStage);
  const doc = parseDocument(decoded.text, { id: contentId(decoded.text) });
  if (doc.diagnostics.some((diagnostic) => diagnostic.code === 'binary'))
    return { kind: 'refused', reason: { code: 'binary', name }, encoding: decoded.encoding };
  onStage('packing');
  const titled = doc.title === '' ? { ...doc, title: name.replace(/\.txt$/i, '') } : doc;
  const summary = summarize(titled, 'imported');
  const notices: ImportNotice[] = [];
  if (!decoded.clean) notices.push({ code: 'doubtful-characters', encoding: decoded.encoding });
  // A page that looks like a comment section in another layout says so, not just "no comments".
  const foreign = doc.diagnostics.find((diagnostic) => diagnostic.code === 'foreign-layout');
  if (summary.commentCount === 0)
    notices.push(foreign ? { code: 'diagnostic', diagnostic: foreign } : { code: 'no-comments' });
  for (const diagnostic of doc.diagnostics) {
    if (diagnostic.code === 'count-mismatch' || diagnostic.code === 'truncated')
      notices.push({ code: 'diagnostic', diagnostic });
  }
  return {
    kind: 'parsed',
    summary,
    documentJson: new Blob([writeJson(titled)!], { type: 'application/json' }),
    articleText: articleTextOf(titled),
    encoding: decoded.encoding,
    detectedBy: decoded.detectedBy,
    clean: decoded.clean,
    notices,
  };
}

/**
 * A Fil JSON document (Export JSON, any depth), read back as it is rather than parsed as a
 * page; refused with readDocumentJson's problem when it does not hold one. Its id is the hash of
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
      reason: { code: 'bad-json', name, problem: read.problem },
      encoding: decoded.encoding,
    };
  }
  onStage('packing');
  const doc = { ...read.doc, id: contentId(decoded.text) };
  const titled = doc.title === '' ? { ...doc, title: name.replace(/\.json$/i, '') } : doc;
  const summary = summarize(titled, 'imported');
  const notices: ImportNotice[] = summary.commentCount === 0 ? [{ code: 'no-comments' }] : [];
  return {
    kind: 'parsed',
    summary,
    documentJson: new Blob([writeJson(titled)!], { type: 'application/json' }),
    articleText: articleTextOf(titled),
    encoding: decoded.encoding,
    detectedBy: decoded.detectedBy,
    clean: decoded.clean,
    notices,
  };
}
