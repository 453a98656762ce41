import { activateLanguage } from '../locales/testing';
import { afterEach, describe, expect, it } from 'vitest';
import type { JsonProblem } from './documentJson';
import type { ImportProblem } from './importProtocol';
import {
  documentUnreadableText,
  encodingLabel,
  importNoticeText,
  importProblemText,
  jsonProblemText,
  sourceNameText,
  storageProblemText,
} from './messages';
import { formatMegabytes } from './units';

// src/library/messages.ts's messages are in the deferred catalogue (lingui.config.ts); both parts, as the
// app has them once a deferred part is loaded.

const MB = 1024 * 1024;
const tooLarge: ImportProblem = { code: 'too-large', name: 'huge.txt', size: 200 * MB };
const noScore: JsonProblem = {
  code: 'missing',
  place: { kind: 'comment', comment: { label: '1.1', byPosition: false, depth: null } },
  key: 'score',
};
const textScore: JsonProblem = {
  code: 'wrong-field',
  place: { kind: 'comment', comment: { label: '2', byPosition: true, depth: null } },
  key: 'score',
  found: 'text',
  expected: 'number',
};
const deepQuote: JsonProblem = {
  code: 'missing',
  place: {
    kind: 'quote',
    comment: { label: '1.1.1.1.1.1.1.1.1.1.1.1.….1.1.1.1.1.1', byPosition: false, depth: 6000 },
  },
  key: 'author',
};
const otherVersion: JsonProblem = {
  code: 'other-version',
  format: 'comment-thread/3',
  readable: ['comment-thread/1', 'comment-thread/2'],
};
const badJson: ImportProblem = { code: 'bad-json', name: 'broken.json', problem: noScore };
const farParagraph: JsonProblem = {
  code: 'wrong-value',
  place: {
    kind: 'comment-paragraph',
    position: 1204,
    comment: { label: '3', byPosition: false, depth: null },
  },
  found: 'number',
  expected: 'text',
};

afterEach(() => activateLanguage('en'));

describe('the library’s messages in English', () => {
  it('words import refusals from their data', () => {
    expect(importProblemText(tooLarge)).toBe(
      'huge.txt is 200 MB; Fil imports files up to 100 MB, since it keeps everything in your browser’s memory.',
    );
    expect(importProblemText(badJson)).toBe(
      'broken.json looks like a document exported from Fil as JSON, but it cannot be read: comment 1.1 has no score.',
    );
    // Pasted text has no file name: the interface names it, and nothing stored does.
    expect(sourceNameText('')).toBe('Pasted text');
    expect(sourceNameText('notes.txt')).toBe('notes.txt');
    expect(importProblemText({ code: 'binary', name: '' })).toMatch(
      /^Pasted text does not look like a saved page/,
    );
    expect(importProblemText({ code: 'worker-stopped', detail: null })).toBe(
      'It could not be read: the import worker stopped.',
    );
    expect(importProblemText({ code: 'not-stored', problem: 'quota', detail: null })).toBe(
      'The browser’s storage for Fil is full. Delete some imported documents, or keep this one open for this session only.',
    );
  });

  it('words JSON problems with the place and the field', () => {
    expect(jsonProblemText(textScore)).toBe('comment at 2 has a score that is text, not a number');
    expect(jsonProblemText(deepQuote)).toBe(
      'the quote of comment 1.1.1.1.1.1.1.1.1.1.1.1.….1.1.1.1.1.1 (depth 6,000) has no author',
    );
    expect(jsonProblemText(farParagraph)).toBe(
      'paragraph 1,204 of comment 3 is a number, not text',
    );
    expect(jsonProblemText(otherVersion)).toBe(
      'made by another version of Fil: its format is "comment-thread/3", and this one reads comment-thread/1 and comment-thread/2',
    );
  });

  it('words notices, storage problems, encodings and sizes', () => {
    expect(importNoticeText({ code: 'doubtful-characters', encoding: 'windows-1252' })).toBe(
      'Some characters may be wrong: read as Windows-1252 (Western). If the text looks garbled, import it again with another encoding.',
    );
    expect(storageProblemText('failed', 'Disk I/O error.')).toBe(
      'The browser’s storage for Fil failed. (Disk I/O error.)',
    );
    expect(encodingLabel('utf-16le')).toBe('UTF-16 (little-endian)');
    expect(formatMegabytes(1.5 * MB)).toBe('1.5 MB');
    expect(
      documentUnreadableText(
        { code: 'not-json', detail: 'Unexpected token' },
        { code: 'empty', name: 'lost.txt' },
      ),
    ).toBe(
      'Its stored copy could not be read (not a Fil document: it is not valid JSON (Unexpected token)), and reading its original text again failed: lost.txt is empty: there is nothing to read. The document is still in your library, unchanged.',
    );
  });
});

describe('the library’s messages in French', () => {
  it('words refusals, JSON problems and notices in French', () => {
    activateLanguage('fr');
    // French typography: a narrow no-break space before “;”, a no-break space before “:” and
    // inside « », the unit after a narrow no-break space.
    expect(importProblemText(tooLarge)).toBe(
      'huge.txt pèse 200\u202fMo\u202f; Fil importe des fichiers jusqu’à 100\u202fMo, car il garde tout dans la mémoire de votre navigateur.',
    );
    expect(importProblemText(badJson)).toBe(
      'broken.json ressemble à un document exporté de Fil en JSON, mais il ne peut pas être lu\u00a0: le commentaire 1.1 n’a pas de champ «\u00a0score\u00a0».',
    );
    expect(jsonProblemText(textScore)).toBe(
      'le commentaire à la position 2 a un champ «\u00a0score\u00a0» qui est du texte, et non un nombre',
    );
    expect(jsonProblemText(deepQuote)).toBe(
      'la citation du commentaire 1.1.1.1.1.1.1.1.1.1.1.1.….1.1.1.1.1.1 (profondeur 6\u202f000) n’a pas de champ «\u00a0author\u00a0»',
    );
    expect(sourceNameText('')).toBe('Texte collé');
    expect(jsonProblemText(otherVersion)).toBe(
      'créé par une autre version de Fil\u00a0: son format est «\u00a0comment-thread/3\u00a0», et celle-ci lit comment-thread/1 et comment-thread/2',
    );
    expect(importNoticeText({ code: 'no-comments' })).toBe(
      'Aucun commentaire trouvé\u00a0: il se lit comme un article.',
    );
    expect(encodingLabel('utf-16le')).toBe('UTF-16 (petit-boutiste)');
    expect(formatMegabytes(1.5 * MB)).toBe('1,5\u202fMo');
  });
});

describe('the library’s messages in Italian', () => {
  it('words refusals, JSON problems and notices in Italian', () => {
    activateLanguage('it');
    expect(importProblemText(tooLarge)).toBe(
      'huge.txt pesa 200 MB; Fil importa file fino a 100 MB, perché tiene tutto nella memoria del browser.',
    );
    expect(importProblemText({ code: 'empty', name: 'vuoto.txt' })).toBe(
      'vuoto.txt è vuoto: non c’è niente da leggere.',
    );
    expect(jsonProblemText(noScore)).toBe('il commento 1.1 non ha un campo «score»');
    // Italian groups from five digits: 6000, but 12.000.
    const deepComment: JsonProblem = {
      code: 'missing',
      place: {
        kind: 'comment',
        comment: { label: '1.1.1.1.1.1.1.1.1.1.1.1.….1.1.1.1.1.1', byPosition: false, depth: 6000 },
      },
      key: 'author',
    };
    expect(jsonProblemText(deepComment)).toBe(
      'il commento 1.1.1.1.1.1.1.1.1.1.1.1.….1.1.1.1.1.1 (profondità 6000) non ha un campo «author»',
    );
    expect(sourceNameText('')).toBe('Testo incollato');
    expect(jsonProblemText(textScore)).toBe(
      'il commento in posizione 2 ha un campo «score» che è testo, non un numero',
    );
    expect(importNoticeText({ code: 'doubtful-characters', encoding: 'windows-1252' })).toBe(
      'Alcuni caratteri potrebbero essere sbagliati: letto come Windows-1252 (occidentale). Se il testo sembra illeggibile, importalo di nuovo con un’altra codifica.',
    );
    expect(storageProblemText('blocked', null)).toBe(
      'Un’altra scheda di Fil tiene aperta una versione precedente del suo archivio. Chiudi le altre schede di Fil e ricarica la pagina.',
    );
    expect(formatMegabytes(1.5 * MB)).toBe('1,5 MB');
  });
});
