import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatDocument } from '../parser/format';
import { writeJson } from '../parser/json';
import { parseDocument } from '../parser/parse';
import type { Comment, ParsedDocument } from '../parser/types';
import { looksLikeDocumentJson, readDocumentJson } from './documentJson';
import { jsonProblemText } from './messages';

const seed000 = readFileSync(
  fileURLToPath(new URL('../../seeds/000_78ca0d792cd5fe59.txt', import.meta.url)),
  'utf8',
);
const seedDoc = parseDocument(seed000, { id: '000_78ca0d792cd5fe59' });

/** A deep copy through JSON, to edit freely. */
const copy = (doc: ParsedDocument): Record<string, unknown> =>
  JSON.parse(writeJson(doc)!) as Record<string, unknown>;

/** Why the input is refused, as the reader reads it (in English). */
function reason(input: unknown): string {
  const result = readDocumentJson(typeof input === 'string' ? input : writeJson(input)!);
  if (result.ok) throw new Error('expected a refusal');
  return jsonProblemText(result.problem);
}

/** A `depth`-deep chain of comments, built without recursion. */
function chain(depth: number): Comment[] {
  const roots: Comment[] = [];
  let siblings = roots;
  let id = '';
  for (let level = 1; level <= depth; level++) {
    id = id === '' ? '1' : `${id}.1`;
    const comment: Comment = {
      id,
      line: 3 * level,
      endLine: 3 * level + 1,
      score: level % 7,
      postedAt: null,
      author: null,
      quote: null,
      paragraphs: [`level ${level}`],
      children: [],
    };
    siblings.push(comment);
    siblings = comment.children;
  }
  return roots;
}

/** The seed document as format 1 wrote it: bare paragraphs, no endLine, titleLine or declaredCountLine. */
function asFormat1(doc: ParsedDocument): Record<string, unknown> {
  const old = copy(doc);
  old.format = 'comment-thread/1';
  old.body = doc.body.map((paragraph) => paragraph.text);
  delete old.titleLine;
  delete old.declaredCountLine;
  const stack = [...(old.comments as Record<string, unknown>[])];
  while (stack.length > 0) {
    const comment = stack.pop()!;
    delete comment.endLine;
    stack.push(...(comment.children as Record<string, unknown>[]));
  }
  return old;
}

describe('readDocumentJson', () => {
  it('reads back what Fil exports, field for field', () => {
    const result = readDocumentJson(writeJson(seedDoc, { indent: 2 })!);
    expect(result).toEqual({ ok: true, doc: seedDoc });
  });

  it('reads a 10,000-deep chain, which JSON.stringify cannot even write', () => {
    const doc: ParsedDocument = { ...seedDoc, comments: chain(10_000) };
    const result = readDocumentJson(writeJson(doc)!);
    if (!result.ok) throw new Error(jsonProblemText(result.problem));
    let comment = result.doc.comments[0]!;
    let depth = 1;
    while (comment.children.length > 0) {
      comment = comment.children[0]!;
      depth++;
    }
    expect(depth).toBe(10_000);
    expect(comment.paragraphs).toEqual(['level 10000']);
    expect(comment.endLine).toBe(30_001);
  });

  it('upgrades format 1: lines it did not keep become 0, or the header line', () => {
    const result = readDocumentJson(writeJson(asFormat1(seedDoc))!);
    if (!result.ok) throw new Error(jsonProblemText(result.problem));
    const doc = result.doc;
    expect(doc.format).toBe('comment-thread/2');
    expect(doc.titleLine).toBe(0);
    expect(doc.declaredCountLine).toBe(0);
    expect(doc.body).toEqual(
      seedDoc.body.map((paragraph) => ({ text: paragraph.text, line: 0, endLine: 0 })),
    );
    const first = doc.comments[0]!;
    expect(first.line).toBe(seedDoc.comments[0]!.line);
    expect(first.endLine).toBe(first.line);
    // Everything else is as the current parser gives it.
    expect({ ...doc, body: [], titleLine: 1, declaredCountLine: 1, comments: [] }).toEqual({
      ...seedDoc,
      body: [],
      titleLine: 1,
      declaredCountLine: 1,
      comments: [],
    });
  });

  it('exports an upgraded format-1 document as text that reads back the same', () => {
    // Seed 004 has the crawl marker above its title: with no line numbers, it must still be
    // written above the title, once.
    const seed004 = readFileSync(
      fileURLToPath(new URL('../../seeds/004_3397e821ada74a21.txt', import.meta.url)),
      'utf8',
    );
    const parsed = parseDocument(seed004, { id: '004' });
    const result = readDocumentJson(writeJson(asFormat1(parsed))!);
    if (!result.ok) throw new Error(jsonProblemText(result.problem));
    const again = parseDocument(formatDocument(result.doc), { id: '004' });
    expect(again.removed.filter((entry) => entry.reason === 'metadata')).toHaveLength(1);
    expect([again.title, again.source]).toEqual([parsed.title, parsed.source]);
    expect(again.body.map((paragraph) => paragraph.text)).toEqual(
      parsed.body.map((paragraph) => paragraph.text),
    );
  });

  it('upgrades format 1 without a title or a declared count to null lines', () => {
    const old = asFormat1(parseDocument('', { id: 'empty' }));
    const result = readDocumentJson(writeJson(old)!);
    expect(result.ok && [result.doc.titleLine, result.doc.declaredCountLine]).toEqual([null, null]);
  });

  it('drops fields the format does not define', () => {
    const doc = copy(seedDoc);
    doc.extra = 'x';
    (doc.comments as Record<string, unknown>[])[0]!.extra = 'y';
    const result = readDocumentJson(writeJson(doc)!);
    expect(result).toEqual({ ok: true, doc: seedDoc });
  });

  it('reads the language as a canonical language tag, and anything else as unknown', () => {
    const languageOf = (language: unknown) => {
      const result = readDocumentJson(writeJson({ ...copy(seedDoc), language })!);
      if (!result.ok) throw new Error(jsonProblemText(result.problem));
      return result.doc.language;
    };
    expect(['fr', 'it', 'en', null].map(languageOf)).toEqual(['fr', 'it', 'en', null]);
    expect(languageOf('EN-gb')).toBe('en-GB');
    expect(languageOf('zh-hant-tw')).toBe('zh-Hant-TW');
    // Not language tags: they would go into lang attributes as they are.
    for (const text of ['', 'français', 'en_US', 'fr, it', '" onclick="x'])
      expect(languageOf(text), text).toBeNull();
  });

  it('refuses what is not a Fil document, saying why', () => {
    expect(reason('{"format": "comment-thread/2", ')).toMatch(
      /^not a Fil document: it is not valid JSON \(.+\)$/,
    );
    expect(reason('[1, 2]')).toBe(
      'not a Fil document: it has no "format": "comment-thread/…" field',
    );
    expect(reason('null')).toBe('not a Fil document: it has no "format": "comment-thread/…" field');
    expect(reason({ format: 'geojson' })).toBe('not a Fil document: its format is "geojson"');
    expect(reason({ ...copy(seedDoc), format: 'comment-thread/3' })).toBe(
      'made by another version of Fil: its format is "comment-thread/3", and this one reads comment-thread/1 and comment-thread/2',
    );
  });

  it('gives ids again from the tree, and quotes follow them (a hand-edited file)', () => {
    const doc = copy(seedDoc);
    const comments = doc.comments as Record<string, unknown>[];
    // Seed 000: comment 1.1 quotes comment 1, and 2.2 quotes 2.
    comments[0]!.id = 'premier';
    comments[1]!.id = 'premier';
    comments[2]!.id = 'x';
    // Comment 1.1 quotes the first: now by an id the file wrote twice, so which one is unknown.
    const reply = (comments[0]!.children as Record<string, unknown>[])[0]!;
    (reply.quote as Record<string, unknown>).commentId = 'premier';
    const result = readDocumentJson(writeJson(doc)!);
    if (!result.ok) throw new Error(jsonProblemText(result.problem));
    expect(result.doc.comments.map((comment) => comment.id)).toEqual(['1', '2', '3', '4', '5']);
    const [first, second] = result.doc.comments;
    expect(first!.children[0]!.id).toBe('1.1');
    expect(first!.children[0]!.quote?.commentId).toBeNull();
    // Comment 2.2 quotes "2", which no comment of this file is called any more.
    expect(second!.children[1]!.quote?.commentId).toBeNull();
    // Quotes of ids the file wrote once follow them to their new ids.
    const renamed = copy(seedDoc);
    const renamedFirst = (renamed.comments as Record<string, unknown>[])[0]!;
    renamedFirst.id = 'a';
    const renamedReply = (renamedFirst.children as Record<string, unknown>[])[0]!;
    (renamedReply.quote as Record<string, unknown>).commentId = 'a';
    const again = readDocumentJson(writeJson(renamed)!);
    if (!again.ok) throw new Error(jsonProblemText(again.problem));
    expect(again.doc.comments[0]!.children[0]!.quote?.commentId).toBe('1');
    expect(again.doc.comments[1]!.children[1]!.quote?.commentId).toBe('2');
  });

  it('names the field that is missing or wrong, and where', () => {
    const missing = (edit: (doc: Record<string, unknown>) => void) => {
      const doc = copy(seedDoc);
      edit(doc);
      return reason(doc);
    };
    const comments = (doc: Record<string, unknown>) => doc.comments as Record<string, unknown>[];
    const child = (doc: Record<string, unknown>) =>
      (comments(doc)[0]!.children as Record<string, unknown>[])[0]!;

    expect(missing((doc) => delete doc.title)).toBe('the document has no title');
    expect(missing((doc) => (doc.comments = {}))).toBe(
      'the document has comments that are an object, not a list',
    );
    expect(missing((doc) => delete child(doc).score)).toBe('comment 1.1 has no score');
    expect(missing((doc) => (child(doc).score = '12'))).toBe(
      'comment 1.1 has a score that is text, not a number',
    );
    expect(missing((doc) => (child(doc).line = -1))).toBe(
      'comment 1.1 has a line that is not a whole number of 0 or more',
    );
    expect(missing((doc) => (child(doc).paragraphs = ['a', 3]))).toBe(
      'paragraph 2 of comment 1.1 is a number, not text',
    );
    expect(missing((doc) => (child(doc).quote = { author: 'A', text: 'b' }))).toBe(
      'the quote of comment 1.1 has no commentId',
    );
    expect(missing((doc) => (child(doc).id = 7))).toBe(
      'comment at 1.1 has an id that is a number, not text',
    );
    expect(missing((doc) => ((doc.comments as unknown[])[1] = 'hello'))).toBe(
      'comment at 2 is text, not an object',
    );
    expect(missing((doc) => ((doc.body as unknown[])[0] = 'bare text'))).toBe(
      'article paragraph 1 is text, not an object',
    );
    expect(
      missing(
        (doc) =>
          ((doc.diagnostics as unknown[]) = [
            { code: 'x', severity: 'fatal', line: 1, message: 'm' },
          ]),
      ),
    ).toBe('diagnostic 1 has an unknown severity "fatal"');
    expect(missing((doc) => (doc.declaredCommentCount = 2.5))).toBe(
      'the document has a declaredCommentCount that is not a whole number of 0 or more',
    );
    expect(missing((doc) => (doc.source = null))).toBe(
      'the document’s source is null, not an object',
    );
  });

  it('gives the problem as data, which the reader’s language words', () => {
    const doc = copy(seedDoc);
    const comments = doc.comments as Record<string, unknown>[];
    delete (comments[0]!.children as Record<string, unknown>[])[0]!.score;
    const result = readDocumentJson(writeJson(doc)!);
    expect(result).toEqual({
      ok: false,
      problem: {
        code: 'missing',
        place: { kind: 'comment', comment: { label: '1.1', byPosition: false, depth: null } },
        key: 'score',
      },
    });
  });

  it('keeps a note’s params when they fit its code, and leaves them out otherwise', () => {
    const cut = parseDocument(seed000.slice(0, seed000.indexOf("Il s'agit de la prochaine")), {
      id: 'cut',
    });
    const mismatch = cut.diagnostics.find((diagnostic) => diagnostic.code === 'count-mismatch');
    expect(mismatch?.params).toEqual({ declared: 20, found: 12 });
    const again = readDocumentJson(writeJson(cut)!);
    expect(again).toEqual({ ok: true, doc: cut });
    const edited = copy(cut);
    const notes = edited.diagnostics as Record<string, unknown>[];
    const index = cut.diagnostics.indexOf(mismatch!);
    notes[index]!.params = { declared: '20', found: 12 };
    const read = readDocumentJson(writeJson(edited)!);
    if (!read.ok) throw new Error(jsonProblemText(read.problem));
    expect(read.doc.diagnostics[index]).toEqual({
      code: 'count-mismatch',
      severity: mismatch!.severity,
      line: mismatch!.line,
      message: mismatch!.message,
    });
  });

  it('keeps the reason short when the bad comment is thousands deep', () => {
    const doc = copy({ ...seedDoc, comments: chain(6000) });
    let comment = (doc.comments as Record<string, unknown>[])[0]!;
    for (let level = 1; level < 6000; level++)
      comment = (comment.children as Record<string, unknown>[])[0]!;
    delete comment.postedAt;
    const message = reason(doc);
    expect(message).toBe(
      'comment 1.1.1.1.1.1.1.1.1.1.1.1.….1.1.1.1.1.1 (depth 6,000) has no postedAt',
    );
    expect(message.length).toBeLessThan(100);
  });

  it('never throws, whatever the text', () => {
    for (const text of [
      '',
      '{',
      '"text"',
      '{"format":1}',
      '\u0000',
      '{"format":"comment-thread/2"}',
    ])
      expect(readDocumentJson(text).ok).toBe(false);
  });
});

describe('looksLikeDocumentJson', () => {
  it('tells an exported document from a page', () => {
    expect(looksLikeDocumentJson(writeJson(seedDoc, { indent: 2 })!)).toBe(true);
    expect(looksLikeDocumentJson('\ufeff \n{"id":"x","format" : "comment-thread/1"}')).toBe(true);
    expect(looksLikeDocumentJson(seed000)).toBe(false);
    expect(looksLikeDocumentJson('{ a page that starts with a brace }')).toBe(false);
    expect(looksLikeDocumentJson('Title\n{"format": "comment-thread/2"}')).toBe(false);
  });
});
