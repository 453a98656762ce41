import { activateLanguage } from '../locales/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { parseDocument } from '../parser/parse';
import type { Diagnostic, DiagnosticCode } from '../parser/types';
import { diagnosticText } from './diagnosticText';

// diagnosticText's messages are in the deferred catalogue (lingui.config.ts); both parts, as the
// app has them once a deferred part is loaded.

const doc = (...lines: string[]) => lines.join('\n');

/** The diagnostics of a text, each code once, by code. */
function notesOf(text: string): Map<DiagnosticCode, Diagnostic> {
  return new Map(parseDocument(text).diagnostics.map((note) => [note.code, note]));
}

// One page for each code the parser writes (cases from parse.test.ts and variants.test.ts).
const numbered = notesOf(
  doc('T', '', '1. 0', '  1 May 2022', '  a', '3. 0', '  1 May 2022', '  b'),
).get('numbering')!;
const jumped = notesOf(
  doc(
    'T',
    '',
    '1. 0',
    '  1 May 2022',
    '  a',
    '  1. 0',
    '    1 May 2022',
    '    b',
    '2. 0',
    '  1 May 2022',
    '  c',
    '      1. 0',
    '        1 May 2022',
    '        d',
  ),
).get('indent-jump')!;
const quoted = notesOf(
  doc(
    'T',
    '',
    '1. 0',
    '  1 May 2022',
    '  Alpha beta gamma.',
    '  1. 0',
    '    1 May 2022',
    '    Quote: Ann',
    '    Alpha beta',
    '',
    '    Yes.',
    '  2. 0',
    '    1 May 2022',
    '    Quote: Bob',
    '    beta gamma',
    '',
    '    No.',
    '  3. 0',
    '    1 May 2022',
    '    Quote: Zed',
    '    nowhere to be found',
    '',
    '    Hm.',
  ),
);
const conflict = quoted.get('author-conflict')!;
const unresolved = quoted.get('quote-unresolved')!;
const truncatedBase = doc('T', '', '1. +1', '  1 May 2022', '  Body', '2. -4');
const afterHeader = notesOf(truncatedBase).get('truncated')!;
const insideDate = notesOf(`${truncatedBase}\n  2 Ma`).get('truncated')!;
const cutShort = notesOf(
  doc('T', '', '5', '', '1. 0', '  1 May 2022', '  a', '2. 0', '  1 May 2022', '  b'),
).get('count-mismatch')!;
let noise = '';
for (let i = 0; i < 4000; i++) noise += String.fromCharCode((i * 7919) % 256);
const binary = notesOf(noise).get('binary')!;
const foreign = notesOf(
  doc(
    'Reader A 2 days ago | next [–]',
    '',
    'A short comment.',
    '',
    'reply',
    '',
    'Reader B 2 days ago | parent | next [–]',
    '',
    'A reply.',
    '',
    'reply',
  ),
).get('foreign-layout')!;

const all = [
  numbered,
  jumped,
  conflict,
  unresolved,
  afterHeader,
  insideDate,
  cutShort,
  binary,
  foreign,
];

const mismatch = (declared: number, found: number): Diagnostic => ({
  code: 'count-mismatch',
  severity: 'warning',
  line: 3,
  message: 'stored',
  params: { declared, found },
});

afterEach(() => {
  activateLanguage('en');
});

describe('diagnosticText in English', () => {
  it('says what the parser wrote, for every code it writes', () => {
    for (const note of all) {
      expect(note.params, note.code).toBeDefined();
      expect(diagnosticText(note).text, note.code).toBe(note.message);
    }
  });

  it('builds the sentence from the params, not from the stored message', () => {
    expect(diagnosticText({ ...numbered, message: 'stale' }).text).toBe(
      'Comment 2 is numbered 3. but is reply 2 at its level; the tree follows indentation.',
    );
    expect(diagnosticText({ ...foreign, message: 'stale' }).text).toBe(
      'No comment could be read, but 4 lines such as “Reader A 2 days ago | next [–]”, “reply” (from line 1) look like a comment section in a layout Fil does not read yet, such as a Hacker News, Reddit or Disqus page copied as text. The text is kept as article text.',
    );
  });

  it('agrees each count with its words, where the parser’s message does not', () => {
    expect(diagnosticText(mismatch(1, 2)).text).toBe(
      'The page declares 1 comment but 2 were found.',
    );
    expect(diagnosticText(mismatch(20, 1)).text).toBe(
      'The page declares 20 comments but 1 was found; the page may be cut short.',
    );
    expect(diagnosticText(mismatch(20_000, 0)).text).toBe(
      'The page declares 20,000 comments but 0 were found; the page may be cut short.',
    );
  });

  it('falls back to the stored message, marked English, without params and for codes it does not know', () => {
    const stored = { ...cutShort };
    delete stored.params;
    expect(diagnosticText(stored)).toEqual({ text: cutShort.message, lang: 'en' });
    expect(
      diagnosticText({ code: 'dedented-text', severity: 'info', line: 4, message: 'as stored' }),
    ).toEqual({ text: 'as stored', lang: 'en' });
    const future = { code: 'from-the-future', severity: 'info', line: 1, message: 'newer' };
    expect(diagnosticText(future as unknown as Diagnostic)).toEqual({ text: 'newer', lang: 'en' });
  });

  it('marks a note built from its params as the interface’s language', () => {
    for (const note of all) expect(diagnosticText(note).lang, note.code).toBeNull();
  });
});

// These read the repo's fr and it catalogues, which receive this module's messages when the
// translations are merged (src/locales).
describe('diagnosticText in French', () => {
  it('says each note in French, counts agreed and grouped the French way', () => {
    activateLanguage('fr');
    expect(diagnosticText(numbered).text).toBe(
      'Le commentaire 2 est numéroté 3. mais il est en position 2 à son niveau\u00a0; l’arborescence suit l’indentation.',
    );
    expect(diagnosticText(unresolved).text).toBe(
      'La citation attribuée à Zed dans le commentaire 1.3 est introuvable dans les commentaires auxquels il répond.',
    );
    expect(diagnosticText(mismatch(20_000, 1)).text).toBe(
      'La page annonce 20\u202f000 commentaires mais Fil en a trouvé 1\u00a0; la page est peut-être tronquée.',
    );
    expect(diagnosticText(mismatch(1, 3)).text).toBe(
      'La page annonce 1 commentaire mais Fil en a trouvé 3.',
    );
    expect(diagnosticText(insideDate).text).toBe(
      'Le texte s’arrête dans la ligne de date du dernier commentaire («\u00a02 Ma\u00a0»)\u00a0: le commentaire est conservé sans date.',
    );
    expect(diagnosticText(foreign).text).toContain(
      'mais 4 lignes comme «\u00a0Reader A 2 days ago | next [–]\u00a0», «\u00a0reply\u00a0» (à partir de la ligne 1) ressemblent',
    );
    // The sample's size goes through count(): grouped in the interface language.
    const sampled: Diagnostic = {
      ...binary,
      code: 'binary',
      params: { characters: 1, sample: 65_536 },
    };
    expect(diagnosticText(sampled).text).toBe(
      '1 caractère de contrôle ou de remplacement dans les 65\u202f536 premiers caractères\u00a0: il s’agit peut-être d’un fichier binaire ou d’un texte dans un autre encodage.',
    );
  });
});

describe('a note without params in a French interface', () => {
  it('stays the stored English, marked English', () => {
    activateLanguage('fr');
    const dedented: Diagnostic = {
      code: 'dedented-text',
      severity: 'info',
      line: 7,
      message: 'Text after a reply, indented less than it: kept in that reply.',
    };
    expect(diagnosticText(dedented)).toEqual({
      text: 'Text after a reply, indented less than it: kept in that reply.',
      lang: 'en',
    });
    expect(diagnosticText(numbered).lang).toBeNull();
  });
});

describe('diagnosticText in Italian', () => {
  it('says each note in Italian, counts agreed and grouped the Italian way', () => {
    activateLanguage('it');
    expect(diagnosticText(conflict).text).toBe(
      'Il commento 1.2 cita il commento 1 come Bob, ma una citazione precedente lo attribuiva a Ann; si mantiene il primo nome.',
    );
    expect(diagnosticText(jumped).text).toBe(
      'Il commento 2.1 rientra di 6 colonne rispetto al commento a cui risponde, mentre di solito le risposte rientrano di 2; è letto come risposta diretta.',
    );
    expect(diagnosticText(mismatch(20_000, 1)).text).toBe(
      'La pagina dichiara 20.000 commenti ma ne è stato trovato 1; la pagina potrebbe essere troncata.',
    );
    expect(diagnosticText(mismatch(20, 12)).text).toBe(
      'La pagina dichiara 20 commenti ma ne sono stati trovati 12; la pagina potrebbe essere troncata.',
    );
    expect(diagnosticText(afterHeader).text).toBe(
      'Il testo finisce subito dopo l’intestazione di un commento: il commento è conservato senza data né testo.',
    );
  });
});
