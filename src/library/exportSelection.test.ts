// Exports of a selection with the library's sources faked: file names made safe and unique,
// the zip holding exactly the original bytes, and JSON Lines whose every line is one whole
// document as the reader opens it (id and title the library's), without re-writing the stored
// JSON of a current document.

import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { readDocumentJson } from './documentJson';
import {
  ExportError,
  exportJsonLines,
  exportOriginals,
  retitledHead,
  safeFileName,
  uniqueNames,
  type ExportSources,
} from './exportSelection';
import { importBytes } from './importJob';
import type { LibraryEntry } from './queries';
import type { StoredDocument } from './storage';
import { summaryOf } from './testing';
import { writeJson } from '../parser/json';

vi.mock('virtual:fil-seeds', () => ({ seedUrls: {} }));
vi.mock('virtual:fil-seed-library', () => ({ seedSummaries: [], seedSourceUrls: {} }));

const PAGE = [
  'Un fil importé – Le Site',
  '',
  'Le texte de l’article.',
  '',
  'Un second paragraphe, avec « guillemets ».',
  '',
  '1. +3',
  '  22 janvier 2022 09: 32',
  '  Premier commentaire,',
  '  sur deux lignes.',
  '',
  '  Et un second paragraphe.',
].join('\n');

/** A document stored as an import stores it (importBytes, the worker's own function). */
function imported(id: string, text: string, fields: Partial<StoredDocument> = {}): StoredDocument {
  const bytes = new TextEncoder().encode(text);
  const outcome = importBytes(bytes, `${id}.txt`, null);
  if (outcome.kind !== 'parsed') throw new Error('not parsed');
  return {
    id,
    summary: { ...outcome.summary, id },
    fileName: `${id}.txt`,
    encoding: outcome.encoding,
    importedAt: '2024-01-01T00:00:00.000Z',
    format: 'comment-thread/2',
    parserVersion: 2,
    customTitle: null,
    documentJson: outcome.documentJson,
    source: new Blob([bytes]),
    articleText: outcome.articleText,
    ...fields,
  };
}

const entryOf = (document: StoredDocument): LibraryEntry => ({
  ...document.summary,
  sessionOnly: false,
  importedAt: document.importedAt,
});

const bundledEntry = (id: string): LibraryEntry => ({
  ...summaryOf(id, { origin: 'seed', title: `Seed ${id}` }),
  sessionOnly: false,
  importedAt: null,
});

function sources(documents: readonly StoredDocument[], bundled: Record<string, string> = {}) {
  const byId = new Map(documents.map((document) => [document.id, document]));
  return {
    imported: async (ids) => ids.map((id) => byId.get(id) ?? null),
    bundled: async (entry) => {
      const text = bundled[entry.id];
      if (text === undefined)
        throw new ExportError({
          code: 'unfetched',
          document: { title: entry.title, language: entry.language },
          status: 404,
        });
      return new Blob([text]);
    },
  } satisfies ExportSources;
}

async function problemOf(promise: Promise<unknown>): Promise<unknown> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  if (!(error instanceof ExportError)) throw new Error(`expected an ExportError: ${String(error)}`);
  return error.problem;
}

describe('file names', () => {
  it('makes names safe to unpack anywhere, the id when nothing is left', () => {
    expect(safeFileName('page.txt', 'x')).toBe('page.txt');
    expect(safeFileName('a/b\\c:d*e?"f<g>h|.txt', 'x')).toBe('a_b_c_d_e__f_g_h_.txt');
    expect(safeFileName('notes. . ', 'x')).toBe('notes');
    expect(safeFileName('', 'abc123')).toBe('abc123.txt');
    expect(safeFileName('\u0001', 'abc123')).toBe('abc123.txt');
    expect(safeFileName('Ça été « dit ».txt', 'x')).toBe('Ça été « dit ».txt');
  });

  it('numbers a repeated name before its extension, ignoring case', () => {
    expect(
      uniqueNames(['page.txt', 'Page.TXT', 'page.txt', 'other.txt', 'README', 'readme', '.txt']),
    ).toEqual([
      'page.txt',
      'Page (2).TXT',
      'page (3).txt',
      'other.txt',
      'README',
      'readme (2)',
      '.txt',
    ]);
    // A numbered name already taken is skipped.
    expect(uniqueNames(['page (2).txt', 'page.txt', 'page.txt'])).toEqual([
      'page (2).txt',
      'page.txt',
      'page (3).txt',
    ]);
  });
});

describe('the zip of original texts', () => {
  it('holds each text as imported or bundled, in the selection’s order, and nothing else', async () => {
    const latin = new Uint8Array([0x93, 0x43, 0x61, 0x66, 0xe9, 0x94]);
    const documents = [
      imported('a', PAGE),
      imported('b', PAGE, { fileName: 'a.txt', source: new Blob([latin]) }),
      imported('c', PAGE, { fileName: '' }),
    ];
    const entries = [
      entryOf(documents[0]!),
      bundledEntry('seed'),
      ...documents.slice(1).map(entryOf),
    ];
    const progress: number[] = [];
    const file = await exportOriginals(entries, {
      sources: sources(documents, { seed: 'Seed text\n' }),
      now: new Date(2024, 4, 1),
      onProgress: (done, total) => progress.push(done / total),
    });
    expect(file.fileName).toBe('fil-texts-2024-05-01.zip');
    expect(progress).toEqual([0.25, 0.5, 0.75, 1]);
    const files = unzipSync(new Uint8Array(await file.blob.arrayBuffer()));
    expect(Object.keys(files)).toEqual(['a.txt', 'seed.txt', 'a (2).txt', 'c.txt']);
    expect(strFromU8(files['a.txt']!)).toBe(PAGE);
    expect(strFromU8(files['seed.txt']!)).toBe('Seed text\n');
    expect([...files['a (2).txt']!]).toEqual([...latin]);
  });

  it('names the document that was deleted meanwhile, or could not be fetched', async () => {
    const documents = [imported('a', PAGE)];
    const gone = imported('gone', PAGE);
    expect(
      await problemOf(exportOriginals([entryOf(gone)], { sources: sources(documents) })),
    ).toEqual({
      code: 'gone',
      document: { title: gone.summary.title, language: 'fr' },
    });
    expect(
      await problemOf(exportOriginals([bundledEntry('s')], { sources: sources(documents) })),
    ).toEqual({
      code: 'unfetched',
      document: { title: 'Seed s', language: 'fr' },
      status: 404,
    });
  });
});

describe('JSON Lines', () => {
  it('the stored JSON holds no line break: it can be a line as it is', () => {
    const text = imported('a', PAGE).documentJson;
    return text.text().then((json) => {
      expect(json).toContain('sur deux lignes');
      expect(json).not.toMatch(/[\n\r]/);
    });
  });

  it('swaps the head of a stored JSON for the library’s id and title, byte-exactly', () => {
    const json = writeJson({
      format: 'comment-thread/2',
      id: 'hash',
      title: 'Un « titre »\n',
      x: 1,
    })!;
    const swapped = retitledHead(json, 'id"1', 'Mon titre');
    expect(swapped).toEqual({
      head: '{"format":"comment-thread/2","id":"id\\"1","title":"Mon titre"',
      replaced: new TextEncoder().encode(
        '{"format":"comment-thread/2","id":"hash","title":"Un « titre »\\n"',
      ).length,
    });
    expect(
      retitledHead(JSON.stringify({ format: 'comment-thread/1', id: 'a', title: 't' }), 'a', 't'),
    ).toBeNull();
    expect(
      retitledHead(
        writeJson({ format: 'comment-thread/2', id: 'a', title: 't' }, { indent: 2 })!,
        'a',
        't',
      ),
    ).toBeNull();
  });

  it('one whole document a line, as the reader opens it: the library’s id and title', async () => {
    const renamed = imported('b', PAGE.replace('Un fil importé', 'Autre fil'), {
      customTitle: 'Mon titre',
    });
    const documents = [
      imported('a', PAGE),
      { ...renamed, summary: { ...renamed.summary, title: 'Mon titre' } },
    ];
    const seedJson = writeJson({ ...(await readLine(documents[0]!)), id: 'seed', title: 'Seed' })!;
    const entries = [entryOf(documents[0]!), bundledEntry('seed'), entryOf(documents[1]!)];
    const file = await exportJsonLines(entries, {
      sources: sources(documents, { seed: seedJson }),
      now: new Date(2024, 4, 1),
    });
    expect(file.fileName).toBe('fil-documents-2024-05-01.jsonl');
    const text = await file.blob.text();
    expect(text.endsWith('}\n')).toBe(true);
    const lines = text.slice(0, -1).split('\n');
    const docs = lines.map((line) => {
      const reading = readDocumentJson(line);
      if (!reading.ok) throw new Error(reading.problem.code);
      return reading.doc;
    });
    expect(docs.map((doc) => [doc.id, doc.title])).toEqual([
      ['a', 'Un fil importé'],
      ['seed', 'Seed'],
      ['b', 'Mon titre'],
    ]);
    expect(docs[2]?.comments[0]?.paragraphs).toEqual([
      'Premier commentaire,\nsur deux lignes.',
      'Et un second paragraphe.',
    ]);
    // The rest of the stored JSON is there byte for byte: only its id (a hash) was swapped.
    const stored = await documents[0]!.documentJson.text();
    expect(stored).not.toContain('"id":"a"');
    expect(lines[0]).toBe(
      stored.replace(/^(\{"format":"comment-thread\/2","id":)"[^"]*"/, '$1"a"'),
    );
  });

  it('upgrades a document an older Fil stored; names one whose JSON cannot be read', async () => {
    const legacyJson = JSON.stringify(
      {
        format: 'comment-thread/1',
        id: 'old',
        title: 'Ancien',
        language: 'fr',
        source: { url: null, published: null, site: null },
        body: ['Un paragraphe.'],
        removed: [],
        declaredCommentCount: null,
        comments: [],
        diagnostics: [],
      },
      null,
      2,
    );
    const legacy = imported('old', PAGE, {
      format: undefined,
      documentJson: new Blob([legacyJson]),
    });
    const file = await exportJsonLines([entryOf(legacy)], { sources: sources([legacy]) });
    const [line, after] = (await file.blob.text()).split('\n');
    expect(after).toBe('');
    const reading = readDocumentJson(line!);
    expect(reading.ok && [reading.doc.format, reading.doc.id, reading.doc.title]).toEqual([
      'comment-thread/2',
      'old',
      'Un fil importé',
    ]);

    const broken = imported('broken', PAGE, { format: undefined, documentJson: new Blob(['{']) });
    expect(
      await problemOf(exportJsonLines([entryOf(broken)], { sources: sources([broken]) })),
    ).toMatchObject({ code: 'unreadable', document: { title: 'Un fil importé' } });
  });
});

async function readLine(document: StoredDocument) {
  const reading = readDocumentJson(await document.documentJson.text());
  if (!reading.ok) throw new Error(reading.problem.code);
  return reading.doc;
}
