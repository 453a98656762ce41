import { activateLanguage } from '../locales/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { generateThread } from '../../scripts/generate-thread';
import { parseDocument } from '../parser/parse';
import type {
  Comment,
  Diagnostic,
  DiagnosticCode,
  RemovedLine,
  RemovedReason,
} from '../parser/types';
import {
  commentAtLine,
  groupNotes,
  groupRemoved,
  indexLines,
  lineText,
  linesAround,
  noteGroupTitle,
  noteItemsName,
  removedGroupTitle,
  removedItemsName,
  severityLabel,
} from './notes';
import { buildThreadIndex } from './threadIndex';

const note = (code: DiagnosticCode, line: number, severity: Diagnostic['severity'] = 'info') => ({
  code,
  severity,
  line,
  message: `${code} at ${line}`,
});

const comment = (id: string, line: number, endLine: number, children: Comment[] = []): Comment => ({
  id,
  line,
  endLine,
  score: 0,
  postedAt: null,
  author: null,
  quote: null,
  paragraphs: [],
  children,
});

const CODES: readonly DiagnosticCode[] = [
  'binary',
  'count-mismatch',
  'dedented-text',
  'foreign-layout',
  'indent-jump',
  'numbering',
  'quote-unresolved',
  'author-conflict',
  'truncated',
];
const REASONS: readonly RemovedReason[] = ['chrome', 'metadata', 'duplicate-title'];

afterEach(() => {
  activateLanguage('en');
});

describe('group titles', () => {
  it('count the notes and agree with the count in number', () => {
    expect(noteGroupTitle('quote-unresolved', 11_325)).toBe(
      '11,325 quotes not found in the comments they reply to',
    );
    expect(noteGroupTitle('quote-unresolved', 1)).toBe(
      '1 quote not found in the comments it replies to',
    );
    expect(noteGroupTitle('numbering', 2)).toBe('2 comments numbered out of order');
    expect(removedGroupTitle('chrome', 1)).toBe('1 line of site chrome (menus, prompts, counters)');
    expect(removedGroupTitle('duplicate-title', 3)).toBe('3 repeats of the title');
  });

  it('have a singular and a plural that differ for every code and reason', () => {
    for (const code of CODES) {
      const one = noteGroupTitle(code, 1);
      expect(one, code).toMatch(/^1 /);
      expect(noteGroupTitle(code, 2).slice(2), code).not.toBe(one.slice(2));
      expect(noteGroupTitle(code, 0)).toMatch(/^0 /);
    }
    for (const reason of REASONS) {
      expect(removedGroupTitle(reason, 2).slice(2), reason).not.toBe(
        removedGroupTitle(reason, 1).slice(2),
      );
    }
  });

  it('name the pager’s items as the plural title does, without the count or the aside', () => {
    for (const code of CODES)
      expect(noteGroupTitle(code, 2), code).toBe(`2 ${noteItemsName(code)}`);
    expect(removedItemsName('chrome')).toBe('lines of site chrome');
    expect(removedGroupTitle('chrome', 2)).toBe(
      `2 ${removedItemsName('chrome')} (menus, prompts, counters)`,
    );
    expect(removedGroupTitle('duplicate-title', 2)).toBe(
      `2 ${removedItemsName('duplicate-title')}`,
    );
  });

  it('still name a code or a reason this build does not know', () => {
    expect(noteGroupTitle('future-code' as DiagnosticCode, 2)).toBe(
      '2 notes of kind “future-code”',
    );
    expect(noteItemsName('future-code' as DiagnosticCode)).toBe('notes');
    expect(removedGroupTitle('future-reason' as RemovedReason, 1)).toBe(
      '1 line set aside as “future-reason”',
    );
    expect(removedItemsName('future-reason' as RemovedReason)).toBe('lines');
  });

  it('label severities', () => {
    expect(
      ['error', 'warning', 'info'].map((s) => severityLabel(s as Diagnostic['severity'])),
    ).toEqual(['error', 'warning', 'info']);
  });
});

// These read the repo's fr and it catalogues, which receive this module's messages when the
// translations are merged (src/locales).
describe('group titles in French and Italian', () => {
  it('agree the words with the count in French, 0 and 1 singular, thousands grouped', () => {
    activateLanguage('fr');
    expect(noteGroupTitle('quote-unresolved', 11_325)).toBe(
      '11\u202f325 citations introuvables dans les commentaires auxquels elles répondent',
    );
    expect(noteGroupTitle('quote-unresolved', 0)).toBe(
      '0 citation introuvable dans les commentaires auxquels elle répond',
    );
    expect(removedGroupTitle('chrome', 1)).toBe(
      '1 ligne d’habillage du site (menus, invitations, compteurs)',
    );
    expect(removedGroupTitle('duplicate-title', 3)).toBe('3 répétitions du titre');
    expect(noteItemsName('numbering')).toBe('commentaires numérotés dans le désordre');
    expect(severityLabel('warning')).toBe('avertissement');
  });

  it('agree the words with the count in Italian', () => {
    activateLanguage('it');
    expect(noteGroupTitle('numbering', 1)).toBe('1 commento numerato fuori ordine');
    expect(noteGroupTitle('numbering', 20_000)).toBe('20.000 commenti numerati fuori ordine');
    expect(removedGroupTitle('metadata', 2)).toBe(
      '2 righe di metadati della pagina (date, indirizzi)',
    );
    expect(removedItemsName('chrome')).toBe('righe di contorno del sito');
    expect(severityLabel('error')).toBe('errore');
  });
});

describe('groupNotes', () => {
  it('groups by code, keeps source order inside a group and puts serious groups first', () => {
    const notes = [
      note('quote-unresolved', 10),
      note('count-mismatch', 3, 'warning'),
      note('quote-unresolved', 20),
      note('numbering', 30),
      note('quote-unresolved', 40),
    ];
    const groups = groupNotes(notes);
    expect(groups.map((group) => group.key)).toEqual([
      'count-mismatch',
      'numbering',
      'quote-unresolved',
    ]);
    expect(groups[2]!.items.map((item) => item.line)).toEqual([10, 20, 40]);
    expect(groups[0]!.severity).toBe('warning');
  });

  it('takes the most serious severity of a group', () => {
    const [group] = groupNotes([note('truncated', 1, 'info'), note('truncated', 2, 'error')]);
    expect(group!.severity).toBe('error');
  });

  it('gives no groups for no notes', () => {
    expect(groupNotes([])).toEqual([]);
  });
});

describe('groupRemoved', () => {
  it('groups set-aside lines by reason in a fixed order', () => {
    const removed: RemovedLine[] = [
      { line: 2, text: 'date 2022', reason: 'metadata' },
      { line: 5, text: 'Menu', reason: 'chrome' },
      { line: 9, text: 'Abonnez-vous', reason: 'chrome' },
    ];
    const groups = groupRemoved(removed);
    expect(groups.map((group) => [group.key, group.items.length])).toEqual([
      ['chrome', 2],
      ['metadata', 1],
    ]);
  });
});

describe('commentAtLine', () => {
  // 1 (lines 5–8) with reply 1.1 (10–12), then 2 (14–15): blank lines between them.
  const comments = buildThreadIndex([
    comment('1', 5, 8, [comment('1.1', 10, 12)]),
    comment('2', 14, 15),
  ]).comments;

  it('finds the comment whose own lines hold the line', () => {
    expect(commentAtLine(comments, 5)?.id).toBe('1');
    expect(commentAtLine(comments, 8)?.id).toBe('1');
    expect(commentAtLine(comments, 10)?.id).toBe('1.1');
    expect(commentAtLine(comments, 12)?.id).toBe('1.1');
    expect(commentAtLine(comments, 15)?.id).toBe('2');
  });

  it('gives null in the article, between comments and after the last one', () => {
    expect(commentAtLine(comments, 1)).toBeNull();
    expect(commentAtLine(comments, 9)).toBeNull();
    expect(commentAtLine(comments, 13)).toBeNull();
    expect(commentAtLine(comments, 99)).toBeNull();
    expect(commentAtLine([], 3)).toBeNull();
  });

  it('agrees with a linear scan on a parsed thread', () => {
    const { text } = generateThread({ comments: 400, seed: 5, wordsPerComment: 20 });
    const all = buildThreadIndex(parseDocument(text).comments).comments;
    const lineCount = text.split('\n').length;
    for (let line = 1; line <= lineCount; line++) {
      const expected = all.find((c) => c.line <= line && line <= c.endLine) ?? null;
      expect(commentAtLine(all, line)?.id ?? null, `line ${line}`).toBe(expected?.id ?? null);
    }
  });
});

describe('a generated thread with orphan quotes', () => {
  it('gives one quote-unresolved note per quote, each about the quoting comment', () => {
    const { text, stats } = generateThread({ comments: 2000, seed: 7, orphanQuotes: true });
    const doc = parseDocument(text);
    const groups = groupNotes(doc.diagnostics);
    expect(stats.quotes).toBeGreaterThan(100);
    expect(groups.map((group) => [group.key, group.items.length])).toEqual([
      ['quote-unresolved', stats.quotes],
    ]);
    const comments = buildThreadIndex(doc.comments).comments;
    for (const item of groups[0]!.items) {
      const about = commentAtLine(comments, item.line);
      expect(about?.quote, `line ${item.line}`).not.toBeNull();
      expect(item.message).toContain(`comment ${about!.id} `);
      expect(item.params).toEqual({ comment: about!.id, author: about!.quote!.author });
    }
  });

  it('keeps the same tree as without orphan quotes', () => {
    const plain = generateThread({ comments: 500, seed: 3 });
    const orphan = generateThread({ comments: 500, seed: 3, orphanQuotes: true });
    expect(orphan.stats).toEqual(plain.stats);
    expect(orphan.text).not.toBe(plain.text);
  });
});

describe('indexLines and linesAround', () => {
  it('numbers lines as the parser does: LF, CRLF and CR ends, a BOM dropped', () => {
    const index = indexLines('\ufeffone\r\ntwo\rthree\nfour');
    expect(index.count).toBe(4);
    expect([1, 2, 3, 4].map((n) => lineText(index, n))).toEqual(['one', 'two', 'three', 'four']);
  });

  it('gives the line with two lines either side, clipped at the ends of the text', () => {
    const index = indexLines(['a', 'b', 'c', 'd', 'e', 'f', 'g'].join('\n'));
    expect(linesAround(index, 4)).toEqual([
      { number: 2, text: 'b', target: false },
      { number: 3, text: 'c', target: false },
      { number: 4, text: 'd', target: true },
      { number: 5, text: 'e', target: false },
      { number: 6, text: 'f', target: false },
    ]);
    expect(linesAround(index, 1).map((line) => line.number)).toEqual([1, 2, 3]);
    expect(linesAround(index, 7, 1).map((line) => line.text)).toEqual(['f', 'g']);
  });

  it('gives nothing for a line the text does not have', () => {
    const index = indexLines('a\nb');
    expect(linesAround(index, 0)).toEqual([]);
    expect(linesAround(index, 3)).toEqual([]);
    expect(linesAround(index, 1.5)).toEqual([]);
  });

  it('keeps a trailing empty line and empty lines in the middle', () => {
    const index = indexLines('a\n\nb\n');
    expect(index.count).toBe(4);
    expect(lineText(index, 2)).toBe('');
    expect(lineText(index, 4)).toBe('');
  });

  it('matches the lines the parser numbered: a note’s line is the quoting comment’s header', () => {
    const { text } = generateThread({ comments: 300, seed: 11, orphanQuotes: true });
    const doc = parseDocument(text);
    const index = indexLines(text);
    for (const item of doc.diagnostics) {
      const [target] = linesAround(index, item.line, 0);
      expect(target?.text).toMatch(/^\s+\d+\. /);
    }
  });
});
