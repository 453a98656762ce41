// Real crawl variants (issue 10 §3–5): each sample from the issue, and the other cases of the
// same kind found while fixing it. Every case also checks that no line is lost.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lineProblems, unaccountedLines } from './accounting.ts';
import { parseDocument } from './parse.ts';
import { flatten } from './testing.ts';
import type { ParsedDocument } from './types.ts';

const seed000 = readFileSync(
  fileURLToPath(new URL('../../seeds/000_78ca0d792cd5fe59.txt', import.meta.url)),
  'utf8',
);
const doc = (...lines: string[]) => lines.join('\n');
const texts = (parsed: ParsedDocument) => parsed.body.map((paragraph) => paragraph.text);
function parseExactly(text: string): ParsedDocument {
  const parsed = parseDocument(text);
  expect(lineProblems(text, parsed)).toEqual([]);
  return parsed;
}

describe('the crawl\u2019s " date" marker, in all its forms', () => {
  it('reads the date and keeps the text after it as the title (the sample)', () => {
    const parsed = parseExactly(
      doc(
        ' date 2022-01-21 Le ministre a déclaré vendredi que la réunion avait été franche.',
        '',
        'Un deuxième paragraphe.',
      ),
    );
    expect(parsed.source.published).toBe('2022-01-21');
    expect(parsed.title).toBe('Le ministre a déclaré vendredi que la réunion avait été franche.');
    expect(parsed.titleLine).toBe(1);
    expect(texts(parsed)).toEqual(['Un deuxième paragraphe.']);
    expect(parsed.removed).toEqual([]);
  });

  it.each([
    [' date 2022-01 Titre du mois', '2022-01', null, 'Titre du mois'],
    [' date - Sans date', null, null, 'Sans date'],
    [
      'date\u00a02022-01-21\u00a0Titre après des espaces insécables',
      '2022-01-21',
      null,
      'Titre après des espaces insécables',
    ],
    [
      '\tdate 2022-01-21\tTitre après une tabulation',
      '2022-01-21',
      null,
      'Titre après une tabulation',
    ],
    [
      ' date 2022-01-21 https://www.example.org/a Titre après l’adresse',
      '2022-01-21',
      'https://www.example.org/a',
      'Titre après l’adresse',
    ],
  ])('%j', (marker, published, url, title) => {
    const parsed = parseExactly(doc(marker, '', 'Premier paragraphe.'));
    expect(parsed.source.published).toBe(published);
    expect(parsed.source.url).toBe(url);
    expect(parsed.title).toBe(title);
    expect(texts(parsed)).toEqual(['Premier paragraphe.']);
  });

  it('splits a site suffix off the title on the marker line', () => {
    const parsed = parseExactly(
      doc(
        ' date 2022-01-21 Lavrov et Blinken à Genève – Russian Politics & Diplomacy',
        '',
        'Texte.',
      ),
    );
    expect(parsed.title).toBe('Lavrov et Blinken à Genève');
    expect(parsed.source.site).toBe('Russian Politics & Diplomacy');
  });

  it.each([
    [' date 2022-01-21', '2022-01-21', null],
    [' date 2022-01', '2022-01', null],
    [' date 2022-01 https://www.example.org/a', '2022-01', 'https://www.example.org/a'],
  ])(
    'a marker %j with no text is metadata; the next line is the title',
    (marker, published, url) => {
      const parsed = parseExactly(doc(marker, '', 'Le titre', '', 'Texte.'));
      expect(parsed.source).toMatchObject({ published, url });
      expect(parsed.title).toBe('Le titre');
      expect(parsed.titleLine).toBe(3);
      expect(parsed.removed).toEqual([{ line: 1, text: marker, reason: 'metadata' }]);
    },
  );
});

describe('a score whose sign is followed by another kind of space', () => {
  const spaces = {
    'no-break space': '\u00a0',
    'narrow no-break space': '\u202f',
    'thin space': '\u2009',
    'figure space': '\u2007',
    'hair space': '\u200a',
    'ideographic space': '\u3000',
    tab: '\t',
  };

  it.each(Object.entries(spaces))('seed 000 written with a %s after the sign', (_, space) => {
    const text = seed000.replace(/^(\s*\d+\. [-+−]) /gm, `$1${space}`);
    expect(text).not.toBe(seed000);
    const parsed = parseExactly(text);
    const comments = flatten(parsed.comments);
    expect(comments).toHaveLength(20);
    expect(Math.max(...comments.map((entry) => entry.depth))).toBe(6);
    expect(comments.reduce((sum, entry) => sum + entry.comment.score, 0)).toBe(-29);
  });

  it.each([
    ['1.\u00a0+7', 7],
    ['1.\u202f-12', -12],
    ['1. +7\u00a0', 7],
    ['1. \u2010 3', -3],
    ['1. \u2011 3', -3],
    ['1. \u2012 3', -3],
    ['1. \ufe634', -4],
    ['1. \uff0d5', -5],
    ['1. \uff0b6', 6],
  ])('%j is a header scoring %i', (header, score) => {
    const parsed = parseExactly(doc('Title', '', header, '  22 janvier 2022 09:32', '  Text'));
    expect(parsed.comments.map((comment) => comment.score)).toEqual([score]);
  });

  it.each([
    '22\u00a0janvier\u00a02022 09:32',
    '22 janvier 2022\u202f09\u202f:\u202f32',
    '22\u2009janvier 2022 09:\u00a032',
  ])('reads the date line %j', (line) => {
    const parsed = parseExactly(doc('Title', '', '1. +1', `  ${line}`, '  Text'));
    expect(parsed.comments[0]?.postedAt).toBe('2022-01-22T09:32');
  });
});

describe('a date line written in another order or shape', () => {
  it.each([
    ['Monday, January 24, 2022 at 9:32 PM', '2022-01-24T21:32'],
    ['January 24, 2022 9:32 am', '2022-01-24T09:32'],
    ['January 24, 2022 12:05 AM', '2022-01-24T00:05'],
    ['lundi 24 janvier 2022 à 11h57', '2022-01-24T11:57'],
    ['24 janvier 2022, 11 h 57', '2022-01-24T11:57'],
    ['Lunedì 24 gennaio 2022 alle 11.57', '2022-01-24T11:57'],
    ['Montag, 24. Januar 2022 um 11:57', '2022-01-24T11:57'],
    ['martes, 25 de enero de 2022 11:57', '2022-01-25T11:57'],
    ['2022-01-24 09:32', '2022-01-24T09:32'],
    ['2022-01-24T09:32', '2022-01-24T09:32'],
    ['24.01.2022 09:32', '2022-01-24T09:32'],
    ['24/01/2022 09:32', '2022-01-24T09:32'],
  ])('under the headers of a page written that way: %j → %s', (line, iso) => {
    const parsed = parseExactly(
      doc('Title', '', '1. +1', `  ${line}`, '  Text', '2. -2', `  ${line}`, '  More'),
    );
    expect(parsed.comments.map((comment) => comment.postedAt)).toEqual([iso, iso]);
  });

  // Other shapes are common in prose: they make a header only when the page uses them for two
  // comments or more, on a line indented under the header.
  it.each([
    [
      'a numbered year over a month-first date',
      ['Notre chronologie :', '', '1. 2019', 'March 5, 2020', 'Le début.'],
    ],
    ['a ranking over a numeric date', ['Ranking', '', '1. 12', '24/01/2022', 'winner']],
    ['one such comment only', ['Intro.', '', '1. +1', '  January 24, 2022 9:32 am', '  Text']],
    [
      'two, but at the header’s indent',
      [
        'Intro.',
        '',
        '1. 2019',
        'March 5, 2020',
        'Le début.',
        '2. 2020',
        'April 1, 2021',
        'La suite.',
      ],
    ],
  ])('%s stays article text', (_, lines) => {
    const parsed = parseExactly(doc('Title', '', ...lines));
    expect(parsed.comments).toEqual([]);
    const header = lines.find((line) => /^1\. /.test(line))!;
    expect(texts(parsed).join('\n')).toContain(header);
  });

  it.each([
    'Monday, January 24, 2022',
    'lundi 24 janvier 2022',
    'Lunedì 24 gennaio 2022',
    'Montag, 24. Januar 2022',
    'lunes, 24 de enero de 2022',
    'понедельник, 24 января 2022 г.',
    '24 janvier 2022',
    'January 24, 2022 9:32 AM',
    '2022-01-24',
    '24.01.2022',
  ])('above the title, %j is the published date and the next line the title', (line) => {
    const parsed = parseExactly(doc(line, 'Le titre', '', 'Premier paragraphe.'));
    expect(parsed.source.published).toBe('2022-01-24');
    expect(parsed.title).toBe('Le titre');
    expect(parsed.removed).toEqual([{ line: 1, text: line, reason: 'metadata' }]);
    expect(texts(parsed)).toEqual(['Premier paragraphe.']);
  });

  it('reads a date line after the marker too', () => {
    const parsed = parseExactly(
      doc(
        ' date - https://www.example.org/a',
        '',
        'lundi 24 janvier 2022',
        'Le titre',
        '',
        'Texte.',
      ),
    );
    expect(parsed.source).toMatchObject({
      published: '2022-01-24',
      url: 'https://www.example.org/a',
    });
    expect(parsed.title).toBe('Le titre');
  });

  it.each(['24 janvier 2022 fut un lundi', 'Lundi noir', '2022', '32.01.2022'])(
    'keeps %j as the title',
    (line) => {
      const parsed = parseExactly(doc(line, '', 'Texte.'));
      expect(parsed.title).toBe(line);
      expect(parsed.source.published).toBeNull();
    },
  );
});

describe('page metadata among the article paragraphs', () => {
  it.each([
    '2022-01-21T11:57+0100',
    '2022-01-21T11:57:00Z',
    '2022-01-21T11:57:00.000+01:00',
    '2022-01-21 11:57',
    '2022-01-21',
    '1642762620',
    '1642762620000',
    "/html/head/meta[@name='og:title']/@content",
    "//div[@class='article-body']/p",
    '/html/body/article/h1',
    "meta[property='og:image']",
    'https://cdn.example.org/images/2022/01/photo.jpg',
    'https://cdn.example.org/a/b.webp?w=800&h=600',
    '//img.example.org/x.PNG',
    'data:image/png;base64,iVBORw0KGgo=',
    'og:title',
    'article:published_time 2022-01-21T11:57',
    'twitter:image = https://cdn.example.org/p.jpg',
  ])('%j is set aside as metadata', (line) => {
    const parsed = parseExactly(doc('Le titre', '', 'Avant.', line, 'Après.'));
    expect(parsed.removed).toEqual([{ line: 4, text: line, reason: 'metadata' }]);
    expect(texts(parsed)).toEqual(['Avant.', 'Après.']);
  });

  it.each([
    '/fr',
    '/etc/nginx/nginx.conf',
    '/usr/bin/env',
    '/r/france',
    '0612345678',
    '9782070360024',
    '4294967296',
    'https://www.example.org/article-cite',
    '2022 fut une année difficile.',
    'Le 21 janvier 2022, à Genève.',
    '12345',
    'og est un mot',
  ])('%j stays article text', (line) => {
    const parsed = parseExactly(doc('Le titre', '', 'Avant.', '', line));
    expect(texts(parsed)).toEqual(['Avant.', line]);
  });
});

describe('a layout Fil does not read yet gets a word, not silence', () => {
  const foreign = (parsed: ParsedDocument) =>
    parsed.diagnostics.filter((diagnostic) => diagnostic.code === 'foreign-layout');

  it('the sample: a Hacker News thread copied as text', () => {
    const parsed = parseExactly(
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
    );
    expect(parsed.comments).toEqual([]);
    expect(foreign(parsed)).toHaveLength(1);
    expect(foreign(parsed)[0]).toMatchObject({ severity: 'warning', line: 1 });
    expect(foreign(parsed)[0]!.message).toMatch(/layout Fil does not read yet/);
    // Four sign lines (two headers, two "reply"); the examples are the lines that first showed
    // a kind of sign, unquoted.
    expect(foreign(parsed)[0]!.params).toEqual({
      lines: 4,
      examples: ['Reader A 2 days ago | next [–]', 'reply'],
      firstLine: 1,
    });
    expect(foreign(parsed)[0]!.message).toContain(
      'but 4 lines such as “Reader A 2 days ago | next [–]”, “reply” (from line 1)',
    );
  });

  it.each([
    [
      'a Reddit thread',
      [
        'Title',
        '',
        'u/someone · 3h',
        'First comment.',
        '12',
        'Reply Share',
        '',
        'u/other · 2h',
        'A reply.',
        '4',
        'Reply Share',
      ],
    ],
    [
      'a Disqus section',
      [
        'Title',
        '',
        '3 comments',
        'Sort by Best',
        '',
        'Jane',
        '2 hours ago',
        'Great piece.',
        '5',
        '•',
        'Reply',
        '•',
        'Share ›',
      ],
    ],
    [
      'a French section',
      [
        'Titre',
        '',
        'Marie',
        'il y a 2 jours',
        'Très juste.',
        'Répondre',
        '',
        'Paul',
        'il y a 3 heures',
        'Non.',
        'Répondre',
      ],
    ],
    [
      'votes and points',
      [
        'Title',
        '',
        '5 points by alice 3 hours ago',
        'Text.',
        '2 points by bob 1 hour ago',
        'More.',
        '▲ 12',
      ],
    ],
  ])('%s', (_, lines) => {
    const parsed = parseExactly(doc(...lines));
    expect(parsed.comments).toEqual([]);
    expect(foreign(parsed)).toHaveLength(1);
  });

  it('says nothing about an article that merely mentions a reply', () => {
    const parsed = parseExactly(
      doc('Title', '', 'The minister did not reply.', '', 'reply', '', 'Two days ago, he spoke.'),
    );
    expect(foreign(parsed)).toEqual([]);
  });

  it.each([
    [
      'an article copied with its share buttons',
      [
        'How I fixed my bike',
        '',
        'It broke two years ago.',
        '',
        'Share',
        '',
        'Like',
        '',
        'The fix was easy.',
        '',
        'Share',
      ],
    ],
    [
      'three “Reply” links and nothing else',
      ['Title', '', 'Reply', '', 'Text.', '', 'Reply', '', 'Reply'],
    ],
    ['times alone', ['Title', '', '2 days ago', '', 'Text.', '', '3 days ago', '', '4 days ago']],
  ])('says nothing about %s', (_, lines) => {
    expect(foreign(parseExactly(doc(...lines)))).toEqual([]);
  });

  it('says nothing when comments were read', () => {
    const parsed = parseExactly(
      doc(
        'Title',
        '',
        'reply',
        '2 days ago',
        '5 points',
        '1. +1',
        '  22 janvier 2022 09:32',
        '  Text',
      ),
    );
    expect(parsed.comments).toHaveLength(1);
    expect(foreign(parsed)).toEqual([]);
  });
});

describe('nothing lost, checked exactly', () => {
  const text = doc(
    'Title',
    '',
    'Intro.',
    '1. +3',
    '  22 janvier 2022 09:32',
    '  Yes',
    '',
    '  No. Yes',
    '  2. -1',
    '    22 janvier 2022 09:40',
    '    Reply.',
  );

  it('gives every comment and article paragraph its line range', () => {
    const parsed = parseExactly(text);
    expect(parsed.body).toEqual([{ text: 'Intro.', line: 3, endLine: 3 }]);
    const first = parsed.comments[0]!;
    expect([first.line, first.endLine]).toEqual([4, 8]);
    expect([first.children[0]!.line, first.children[0]!.endLine]).toEqual([9, 11]);
  });

  it('notices a dropped short paragraph whose words appear elsewhere', () => {
    const parsed = parseDocument(text);
    parsed.comments[0]!.paragraphs = ['No. Yes'];
    expect(unaccountedLines(text, parsed)).toEqual([6]);
  });

  it('notices a line claimed by two places', () => {
    const parsed = parseDocument(text);
    parsed.body[0]!.endLine = 4;
    expect(lineProblems(text, parsed).map((entry) => entry.problem)).toContain('claimed twice');
  });

  it('notices a line that is nowhere', () => {
    const parsed = parseDocument(text);
    parsed.body = [];
    expect(lineProblems(text, parsed)).toEqual([{ line: 3, problem: 'missing', place: 'nowhere' }]);
  });
});
