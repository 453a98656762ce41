// The library's messages to the reader, in the interface language: why a file was not imported,
// what to know about one that was, why storage refused, why a stored document cannot be opened.
// The import worker has no catalogue (it would show message ids), so it and the JSON reader
// give what they found as data (src/library/importProtocol.ts, documentJson.ts); it is worded
// here, on the main thread, when shown. Nothing here runs in the worker.

import { i18n, type MessageDescriptor } from '@lingui/core';
import { msg, select, t } from '@lingui/core/macro';
import type { Encoding } from './decode';
import type { CommentPlace, JsonKind, JsonPlace, JsonProblem } from './documentJson';
import { MAX_IMPORT_BYTES, type ImportNotice, type ImportProblem } from './importProtocol';
import type { ReadingProblem, StorageProblem } from './storage';
import { formatMegabytes } from './units';

const ENCODING_LABELS: Record<Encoding, MessageDescriptor> = {
  'utf-8': msg({ message: 'UTF-8', comment: 'a text encoding' }),
  'utf-16le': msg({ message: 'UTF-16 (little-endian)', comment: 'a text encoding' }),
  'utf-16be': msg({ message: 'UTF-16 (big-endian)', comment: 'a text encoding' }),
  'windows-1252': msg({ message: 'Windows-1252 (Western)', comment: 'a text encoding' }),
  'iso-8859-1': msg({ message: 'ISO-8859-1 (Latin-1)', comment: 'a text encoding' }),
};

/** An encoding as the import panel names it: 'UTF-16 (little-endian)', 'UTF-16 (petit-boutiste)'. */
export function encodingLabel(encoding: Encoding): string {
  return i18n._(ENCODING_LABELS[encoding]);
}

const STORAGE_PROBLEMS: Record<StorageProblem, MessageDescriptor> = {
  unavailable: msg`This browser does not let Fil store documents (private browsing, or storage turned off). Your imports stay open until you close this tab.`,
  quota: msg`The browser’s storage for Fil is full. Delete some imported documents, or keep this one open for this session only.`,
  blocked: msg`Another Fil tab is holding an older version of its storage open. Close the other Fil tabs and reload.`,
  newer: msg`A newer version of Fil has updated its storage in this browser. Reload this tab to use it; your imported documents are kept.`,
  failed: msg`The browser’s storage for Fil failed.`,
};

/**
 * Why storage refused and what the reader can do about it; `detail` (what the browser said,
 * not translated) in brackets after it when there is one.
 */
export function storageProblemText(problem: StorageProblem, detail: string | null): string {
  const message = i18n._(STORAGE_PROBLEMS[problem]);
  return detail ? `${message} (${detail})` : message;
}

const KINDS: Record<JsonKind, MessageDescriptor> = {
  null: msg({ message: 'null', context: 'JSON value', comment: 'the JSON value null' }),
  list: msg({ message: 'a list', context: 'JSON value' }),
  text: msg({ message: 'text', context: 'JSON value' }),
  number: msg({ message: 'a number', context: 'JSON value' }),
  boolean: msg({ message: 'true or false', context: 'JSON value' }),
  object: msg({ message: 'an object', context: 'JSON value' }),
};

/** "(depth 6,000)" after a place in a comment whose label no longer says how deep it is. */
function withDepth(place: string, comment: CommentPlace): string {
  if (comment.depth === null) return place;
  const depth = i18n.number(comment.depth);
  return t`${place} (depth ${depth})`;
}

/**
 * Where in a JSON document a problem is, as the subject of a sentence about it: 'the document',
 * 'comment 1.2', 'paragraph 3 of comment at 2.1'. A comment is named by its id ({label}) or by
 * its place in the tree, each phrase whole, so that translators can inflect it. Positions and
 * depths are grouped the locale's way ('paragraph 1,204', 'paragraphe 1 204').
 */
function placeText(place: JsonPlace): string {
  switch (place.kind) {
    case 'document':
      return t({
        message: 'the document',
        comment:
          'subject of a sentence about a JSON file that cannot be read: “the document has no title”',
      });
    case 'source':
      return t`the document’s source`;
    case 'comment': {
      const { label } = place.comment;
      const name = place.comment.byPosition
        ? t({
            message: `comment at ${label}`,
            comment: 'a comment in a JSON file, by its place in the tree: {label} is “1.2”',
          })
        : t({
            message: `comment ${label}`,
            comment: 'a comment in a JSON file: {label} is its id, “1.2”',
          });
      return withDepth(name, place.comment);
    }
    case 'quote': {
      const { label } = place.comment;
      const name = place.comment.byPosition
        ? t`the quote of comment at ${label}`
        : t`the quote of comment ${label}`;
      return withDepth(name, place.comment);
    }
    case 'comment-paragraph': {
      const position = i18n.number(place.position);
      const { label } = place.comment;
      const name = place.comment.byPosition
        ? t`paragraph ${position} of comment at ${label}`
        : t`paragraph ${position} of comment ${label}`;
      return withDepth(name, place.comment);
    }
    case 'article-paragraph': {
      const position = i18n.number(place.position);
      return t`article paragraph ${position}`;
    }
    case 'removed-line': {
      const position = i18n.number(place.position);
      return t({ message: `removed line ${position}`, comment: 'a line the parser set aside' });
    }
    case 'diagnostic': {
      const position = i18n.number(place.position);
      return t({ message: `diagnostic ${position}`, comment: 'one of the parser’s notes' });
    }
  }
}

/** 'a score', 'an id': a JSON field named with its article (in English). */
function fieldText(key: string): string {
  const article = /^[aeio]/.test(key) ? 'an' : 'a';
  return select(article, {
    an: `an ${key}`,
    other: `a ${key}`,
  });
}

/**
 * Why a JSON text is not a Fil document that can be read, as a clause that follows "it cannot be
 * read:": 'not a Fil document: it is not valid JSON (…)', 'comment 1.2 has no score', 'the
 * document has comments that are an object, not a list'.
 */
export function jsonProblemText(problem: JsonProblem): string {
  switch (problem.code) {
    case 'not-json': {
      const { detail } = problem;
      return t`not a Fil document: it is not valid JSON (${detail})`;
    }
    case 'no-format':
      return t`not a Fil document: it has no "format": "comment-thread/…" field`;
    case 'foreign-format': {
      const { format } = problem;
      return t`not a Fil document: its format is "${format}"`;
    }
    case 'other-version': {
      const { format } = problem;
      const formats = new Intl.ListFormat(i18n.locale || 'en').format(problem.readable);
      return t`made by another version of Fil: its format is "${format}", and this one reads ${formats}`;
    }
    case 'failed': {
      const { detail } = problem;
      return t`could not be read: ${detail}`;
    }
  }
  const place = placeText(problem.place);
  switch (problem.code) {
    case 'missing': {
      const { key } = problem;
      return t({ message: `${place} has no ${key}`, comment: '{key} is a JSON field’s name' });
    }
    case 'not-count': {
      const field = fieldText(problem.key);
      return t`${place} has ${field} that is not a whole number of 0 or more`;
    }
    case 'unknown-value': {
      const { key, value } = problem;
      return t`${place} has an unknown ${key} "${value}"`;
    }
    case 'wrong-value': {
      const found = i18n._(KINDS[problem.found]);
      return problem.expected === 'object'
        ? t`${place} is ${found}, not an object`
        : t`${place} is ${found}, not text`;
    }
    case 'wrong-field': {
      const found = i18n._(KINDS[problem.found]);
      if (problem.expected === 'list') {
        const { key } = problem;
        return t`${place} has ${key} that are ${found}, not a list`;
      }
      const field = fieldText(problem.key);
      if (problem.expected === 'number')
        return t`${place} has ${field} that is ${found}, not a number`;
      return problem.expected === 'text'
        ? t`${place} has ${field} that is ${found}, not text`
        : t`${place} has ${field} that is ${found}, not text or null`;
    }
  }
}

/** Why a stored document's JSON cannot be shown, as a clause ('its stored copy could not be read (…)'). */
export function readingProblemText(problem: ReadingProblem): string {
  if (problem.code !== 'copy-unloadable') return jsonProblemText(problem);
  const { detail } = problem;
  return t`its stored copy could not be read (${detail})`;
}

/**
 * What the reader gave, as the import panel names it: a file's name as it is, or 'Pasted text'
 * for pasted text, whose name is '' (importer.ts ImportSource: nothing stored carries an
 * interface word).
 */
export function sourceNameText(name: string): string {
  return (
    name ||
    t({
      message: 'Pasted text',
      comment: 'the name of a page imported by pasting it, in place of a file name',
    })
  );
}

/**
 * Why a file was not imported (or a kept source not read again), as one or two sentences:
 * 'huge.txt is 200 MB; Fil imports files up to 100 MB, since it keeps everything in your
 * browser’s memory.'
 */
export function importProblemText(problem: ImportProblem): string {
  switch (problem.code) {
    case 'too-large': {
      const name = sourceNameText(problem.name);
      const size = formatMegabytes(problem.size);
      const limit = formatMegabytes(MAX_IMPORT_BYTES);
      return t`${name} is ${size}; Fil imports files up to ${limit}, since it keeps everything in your browser’s memory.`;
    }
    case 'empty': {
      const name = sourceNameText(problem.name);
      return t`${name} is empty: there is nothing to read.`;
    }
    case 'binary': {
      const name = sourceNameText(problem.name);
      return t`${name} does not look like a saved page: it is full of control characters (a binary file?). If it is text, try another encoding.`;
    }
    case 'bad-json': {
      const name = sourceNameText(problem.name);
      const reason = jsonProblemText(problem.problem);
      return t`${name} looks like a document exported from Fil as JSON, but it cannot be read: ${reason}.`;
    }
    case 'unreadable': {
      const name = sourceNameText(problem.name);
      const { detail } = problem;
      return t`${name} could not be read: ${detail}`;
    }
    case 'worker-stopped': {
      const { detail } = problem;
      return detail === null
        ? t`It could not be read: the import worker stopped.`
        : t`It could not be read: ${detail}.`;
    }
    case 'no-document': {
      const name = sourceNameText(problem.name);
      return t`${name} could not be imported.`;
    }
    case 'not-read-again':
      return t`It could not be read again.`;
    case 'not-stored':
      return storageProblemText(problem.problem, problem.detail);
    case 'stored-copy': {
      const reason = readingProblemText(problem.problem);
      return t({
        message: `${reason}.`,
        comment: 'a clause made a sentence: “its stored copy could not be read.”',
      });
    }
  }
}

/** What the reader should know about an imported file; a parser note is worded by the reader's notes (src/thread/diagnosticText.ts). */
export function importNoticeText(notice: Exclude<ImportNotice, { code: 'diagnostic' }>): string {
  if (notice.code === 'no-comments') return t`No comments found: it reads as an article.`;
  const encoding = encodingLabel(notice.encoding);
  return t`Some characters may be wrong: read as ${encoding}. If the text looks garbled, import it again with another encoding.`;
}

/**
 * Why a stored document can be opened neither from its stored copy nor from its kept source; it
 * stays in the library.
 */
export function documentUnreadableText(
  storedProblem: ReadingProblem,
  sourceProblem: ImportProblem,
): string {
  const stored = readingProblemText(storedProblem);
  const source = importProblemText(sourceProblem);
  return t`Its stored copy could not be read (${stored}), and reading its original text again failed: ${source} The document is still in your library, unchanged.`;
}
