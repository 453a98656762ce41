import { activateLanguage } from '../../locales/testing';
import { afterEach, describe, expect, it } from 'vitest';
import type { Comment } from '../../parser/types';
import { formatFilter, parseFilter, FILTER_PARAM } from '../../thread/filter';
import {
  computeInsights,
  insightsInputBuilder,
  type ActivityFigures,
  type Bin,
  type ThreadInsights,
} from '../../thread/insights';
import { makeComment, runToEnd } from '../../thread/testTrees';
import {
  activityCaption,
  activityHeading,
  activityItems,
  activitySummary,
  activityTitle,
  chapterFilter,
  chapterRule,
  chapterSpan,
  commentHref,
  depthSummary,
  excerpt,
  filterHref,
  formatDuration,
  formatHeat,
  heatRule,
  hottestSummary,
  largestSummary,
  quotesSummary,
  scoreBinFilter,
  scoreBinLabel,
  scoreLegend,
  scoreSummary,
  scoreTone,
  timeBinFilter,
  timeBinLabel,
  timeTickLabel,
} from './insightsText';

// the insights's messages are in the deferred catalogue (lingui.config.ts); both parts, as the
// app has them once a deferred part is loaded.

const MINUS = '\u2212';
const at = (day: number, hour: number, minute = 0) => Date.UTC(2022, 0, day, hour, minute);
const HOUR = 3_600_000;

const comment = (paragraphs: string[]): Comment => ({ ...makeComment('1', 0, null), paragraphs });

// Seven dated comments in January and March 2022 (3 Jan to 10 Mar: 66 days), in two chapters
// cut by a gap of more than 10 days; January the busiest month; one more comment undated.
const monthly: ActivityFigures = {
  unit: 'month',
  bins: [
    { x0: Date.UTC(2022, 0, 1), x1: Date.UTC(2022, 1, 1), count: 5 },
    { x0: Date.UTC(2022, 1, 1), x1: Date.UTC(2022, 2, 1), count: 0 },
    { x0: Date.UTC(2022, 2, 1), x1: Date.UTC(2022, 3, 1), count: 2 },
  ],
  chapters: [
    { start: Date.UTC(2022, 0, 3), end: Date.UTC(2022, 0, 20), count: 5, first: 0 },
    { start: Date.UTC(2022, 2, 1), end: Date.UTC(2022, 2, 10), count: 2, first: 5 },
  ],
  medianGapMinutes: 4 * 24 * 60,
  chapterGapMinutes: 10 * 24 * 60,
  dated: 7,
  undated: 1,
};

describe('addresses', () => {
  it('leads a score bin to the reader with its scores, both ends included', () => {
    const bin: Bin = { x0: -14, x1: -9, count: 4 };
    expect(scoreBinFilter(bin)).toEqual({ kind: 'score', min: -14, max: -10 });
    expect(filterHref('000_78ca', scoreBinFilter(bin))).toBe(
      '/articles/000_78ca?show=score:-14..-10',
    );
  });

  it('writes a time filter with the wall-clock times of the page', () => {
    expect(filterHref('a', { kind: 'time', from: at(22, 10), to: at(22, 11) })).toBe(
      '/articles/a?show=time:2022-01-22T10:00..2022-01-22T11:00',
    );
  });

  it('encodes a quote filter so that the reader reads back the same names', () => {
    const filter = { kind: 'quote', from: null, to: 'Mikhaïl L. 100% > all' } as const;
    const href = filterHref('000', filter);
    expect(href).toBe(
      '/articles/000?show=quote:%3EMikha%25C3%25AFl%2520L.%2520100%2525%2520%253E%2520all',
    );
    const shown = new URL(href, 'http://fil.test').searchParams.get(FILTER_PARAM);
    expect(parseFilter(shown)).toEqual(filter);
  });

  it('leads a comment to its permalink', () => {
    expect(commentHref('000', '1.2.1')).toBe('/articles/000#comment-1.2.1');
  });

  it('caps a time filter at the times an address can name: year 9999 ends a readable link', () => {
    const year9999: Bin = { x0: Date.UTC(9999, 0, 1), x1: Date.UTC(10_000, 0, 1), count: 2 };
    const filter = timeBinFilter(year9999);
    expect(formatFilter(filter)).toBe('time:9999-01-01T00:00..9999-12-31T23:59');
    expect(parseFilter(formatFilter(filter))).toEqual(filter);
    // A week of year 0 starts on a Monday of year −1.
    const weekOfYear0 = new Date(0);
    weekOfYear0.setUTCFullYear(-1, 11, 27);
    const firstWeek: Bin = {
      x0: weekOfYear0.getTime(),
      x1: weekOfYear0.getTime() + 7 * 24 * HOUR,
      count: 1,
    };
    expect(formatFilter(timeBinFilter(firstWeek))).toBe('time:0000-01-01T00:00..0000-01-03T00:00');
    // A chapter ending at the last nameable minute: its end is capped too.
    const end = Date.UTC(9999, 11, 31, 23, 59);
    expect(formatFilter(chapterFilter({ start: end - HOUR, end, count: 2, first: 0 }))).toBe(
      'time:9999-12-31T22:59..9999-12-31T23:59',
    );
  });

  it('takes a chapter up to and including the minute of its last comment', () => {
    const chapter = { start: at(22, 9, 32), end: at(22, 10, 14), count: 7, first: 0 };
    expect(chapterFilter(chapter)).toEqual({
      kind: 'time',
      from: at(22, 9, 32),
      to: at(22, 10, 15),
    });
  });
});

describe('labels', () => {
  it('names a score bin by its score, or by its first and last', () => {
    expect(scoreBinLabel({ x0: -3, x1: -2, count: 1 })).toBe(`${MINUS}3`);
    expect(scoreBinLabel({ x0: 0, x1: 1, count: 1 })).toBe('0');
    expect(scoreBinLabel({ x0: -15, x1: -10, count: 1 })).toBe(`${MINUS}15 to ${MINUS}11`);
    expect(scoreBinLabel({ x0: 5, x1: 10, count: 1 })).toBe('+5 to +9');
  });

  it('colours and names score bins by what they hold', () => {
    const bin = (x0: number, x1: number): Bin => ({ x0, x1, count: 1 });
    expect([bin(-5, 0), bin(0, 5), bin(5, 10)].map(scoreTone)).toEqual([
      'negative',
      'neutral',
      'positive',
    ]);
    // Bins of 5: the grey one holds 0 to +4, so the legend says so, and where blue starts.
    expect(scoreLegend([bin(-5, 0), bin(0, 5), bin(5, 10)])).toEqual([
      { tone: 'negative', label: 'below zero' },
      { tone: 'neutral', label: '0 to +4' },
      { tone: 'positive', label: '+5 and above' },
    ]);
    expect(scoreLegend([bin(-1, 0), bin(0, 1), bin(1, 2)])).toEqual([
      { tone: 'negative', label: 'below zero' },
      { tone: 'neutral', label: 'zero' },
      { tone: 'positive', label: 'above zero' },
    ]);
    // No bin holds 0: no grey in the chart, none in the legend.
    expect(scoreLegend([bin(10, 20), bin(20, 30)])).toEqual([
      { tone: 'positive', label: 'above zero' },
    ]);
    expect(scoreLegend([bin(-10, 0), bin(0, 10)])).toEqual([
      { tone: 'negative', label: 'below zero' },
      { tone: 'neutral', label: '0 to +9' },
    ]);
  });

  it('names time bins in each unit, as the page wrote the times', () => {
    const bin = (x0: number, x1: number): Bin => ({ x0, x1, count: 1 });
    expect(timeBinLabel(bin(at(22, 10), at(22, 11)), 'hour')).toBe('22 Jan 2022, 10:00–11:00');
    expect(timeBinLabel(bin(at(22, 23), at(23, 0)), 'hour')).toBe('22 Jan 2022, 23:00–00:00');
    expect(timeBinLabel(bin(at(22, 0), at(23, 0)), 'day')).toBe('22 Jan 2022');
    expect(timeBinLabel(bin(at(17, 0), at(24, 0)), 'week')).toBe('Week of 17 Jan 2022');
    expect(timeBinLabel(bin(Date.UTC(2022, 1, 1), Date.UTC(2022, 2, 1)), 'month')).toBe(
      'February 2022',
    );
    expect(timeBinLabel(bin(Date.UTC(2022, 0, 1), Date.UTC(2023, 0, 1)), 'year')).toBe('2022');
    // utcYear.every(10): a bin of ten years, its last included.
    expect(timeBinLabel(bin(Date.UTC(2020, 0, 1), Date.UTC(2030, 0, 1)), 'year')).toBe('2020–2029');
  });

  it('heads the activity table and names its bins in the unit they are', () => {
    const of = (unit: ActivityFigures['unit'], bins: Bin[] = []): ActivityFigures => ({
      unit,
      bins,
      chapters: [],
      medianGapMinutes: null,
      chapterGapMinutes: null,
      dated: 0,
      undated: 0,
    });
    const heads = (['hour', 'day', 'week', 'month', 'year'] as const).map((unit) =>
      activityHeading(of(unit)),
    );
    expect(heads).toEqual(['Hour', 'Day', 'Week', 'Month', 'Year']);
    const decades = of('year', [
      { x0: Date.UTC(2010, 0, 1), x1: Date.UTC(2020, 0, 1), count: 1 },
      { x0: Date.UTC(2020, 0, 1), x1: Date.UTC(2030, 0, 1), count: 1 },
    ]);
    expect(activityHeading(decades)).toBe('Years');
    expect(activityTitle(decades)).toBe('Activity per 10 years');
    expect(activityCaption(decades)).toBe('Comments per 10 years');
    expect(activityTitle(of('week'))).toBe('Activity per week');
    expect(activityCaption(of('hour'))).toBe('Comments per hour');
    expect(activityItems(of('day'))).toBe('days');
    const year2010 = { x0: Date.UTC(2010, 0, 1), x1: Date.UTC(2011, 0, 1), count: 1 };
    expect(activityTitle(of('year', [year2010]))).toBe('Activity per year');
    expect(activityHeading(of('year', [year2010]))).toBe('Year');
  });

  it('labels axis ticks by the largest unit they start', () => {
    expect(timeTickLabel(at(22, 9, 30))).toBe('09:30');
    expect(timeTickLabel(at(22, 15))).toBe('15:00');
    expect(timeTickLabel(at(23, 0))).toBe('23 Jan');
    expect(timeTickLabel(Date.UTC(2022, 1, 1))).toBe('Feb');
    expect(timeTickLabel(Date.UTC(2023, 0, 1))).toBe('2023');
  });

  it('spans a chapter within a day, across midnight, or at one moment', () => {
    expect(chapterSpan({ start: at(22, 9, 32), end: at(22, 10, 14), count: 7, first: 0 })).toBe(
      '22 Jan 2022, 09:32–10:14',
    );
    expect(chapterSpan({ start: at(22, 23, 50), end: at(23, 0, 38), count: 2, first: 0 })).toBe(
      '22 Jan 2022, 23:50 to 23 Jan 2022, 00:38',
    );
    expect(chapterSpan({ start: at(22, 15, 26), end: at(22, 15, 26), count: 1, first: 0 })).toBe(
      '22 Jan 2022, 15:26',
    );
  });

  it('says a length of time in the unit that reads naturally', () => {
    expect(formatDuration(45 * 60_000)).toBe('45 minutes');
    expect(formatDuration(30 * HOUR + 36 * 60_000)).toBe('31 hours');
    expect(formatDuration(12 * 24 * HOUR)).toBe('12 days');
    expect(formatDuration(150 * 24 * HOUR)).toBe('5 months');
    expect(formatDuration(3 * 365 * 24 * HOUR)).toBe('3 years');
  });

  it('keeps the first ten words of a comment', () => {
    expect(excerpt(comment(['', 'one two three four five six seven eight nine ten eleven']))).toBe(
      'one two three four five six seven eight nine ten…',
    );
    expect(excerpt(comment(['  Short\n text. ']))).toBe('Short text.');
    expect(excerpt(comment([]))).toBeNull();
    expect(excerpt(comment(['', ' \n ']))).toBeNull();
  });
});

describe('summaries', () => {
  // Seed 000: scores −14 … +8, six at 0; levels 5, 6, 4, 2, 2, 1.
  const seedScores = [1, 0, 1, 1, 1, 0, 0, 1, 0, 1, 1, 0, 0, 0, 6, 1, 0, 1, 1, 1, 1, 1, 1];
  const scoreBins = seedScores.map((count, k) => ({ x0: k - 14, x1: k - 13, count }));

  it('says the range, the median and the most common score', () => {
    expect(scoreSummary({ bins: scoreBins, min: -14, max: 8, median: 0 }, 20)).toBe(
      `Scores run from ${MINUS}14 to +8 with a median of 0; the most common is 0 (6 of 20 comments).`,
    );
    const wide = [
      { x0: -10, x1: -5, count: 3 },
      { x0: -5, x1: 0, count: 10 },
      { x0: 0, x1: 5, count: 10 },
    ];
    expect(scoreSummary({ bins: wide, min: -9, max: 4, median: -0.5 }, 23)).toBe(
      `Scores run from ${MINUS}9 to +4 with a median of ${MINUS}0.5; most fall between ${MINUS}5 and ${MINUS}1 (10 of 23 comments).`,
    );
    expect(scoreSummary({ bins: [{ x0: 3, x1: 4, count: 2 }], min: 3, max: 3, median: 3 }, 2)).toBe(
      'Every score is +3.',
    );
  });

  it('says how long the thread ran, its chapters and its busiest hour', () => {
    const counts = [3, 4, 0, 4, 2];
    const activity: ActivityFigures = {
      unit: 'hour',
      bins: counts.map((count, k) => ({ x0: at(22, 9 + k), x1: at(22, 10 + k), count })),
      chapters: [
        { start: at(22, 9, 32), end: at(22, 10, 14), count: 7, first: 0 },
        { start: at(22, 12, 1), end: at(23, 16, 8), count: 13, first: 8 },
      ],
      medianGapMinutes: 17,
      chapterGapMinutes: 60,
      dated: 20,
      undated: 0,
    };
    expect(activitySummary(activity)).toBe(
      '20 dated comments over 31 hours, in 2 chapters (a gap of more than 60 minutes starts one); the busiest hour was 22 Jan 2022, 10:00–11:00 with 4.',
    );
    expect(activitySummary({ ...activity, unit: 'week', undated: 3 })).toContain(
      '20 dated comments (3 more carry no date) over 31 hours',
    );
    expect(activitySummary({ ...activity, unit: 'week' })).toContain(
      'the busiest week was the week of 22 Jan 2022 with 4.',
    );
    // One dated comment (or all at one minute): no span to speak of.
    const once = at(22, 9, 32);
    expect(
      activitySummary({
        ...activity,
        bins: [{ x0: at(22, 9), x1: at(22, 10), count: 1 }],
        chapters: [{ start: once, end: once, count: 1, first: 0 }],
        medianGapMinutes: null,
        chapterGapMinutes: null,
        dated: 1,
      }),
    ).toBe('1 dated comment; the busiest hour was 22 Jan 2022, 09:00–10:00 with 1.');
    expect(
      activitySummary({
        ...activity,
        unit: 'year',
        bins: [{ x0: Date.UTC(2020, 0, 1), x1: Date.UTC(2030, 0, 1), count: 20 }],
      }),
    ).toContain('the busiest years were 2020–2029 with 20.');
    expect(activitySummary(monthly)).toBe(
      '7 dated comments (1 more carries no date) over 66 days, in 2 chapters (a gap of more than 10 days starts one); the busiest month was January 2022 with 5.',
    );
    expect(activitySummary({ ...activity, bins: [], chapters: [], dated: 0, undated: 4 })).toBe(
      'No comment carries a date, so there is no timeline (4 more carry no date).',
    );
  });

  it('says how deep the replies go and which level holds the most', () => {
    const depths = [5, 6, 4, 2, 2, 1].map((count, k) => ({ depth: k + 1, count }));
    expect(depthSummary(depths, 20)).toBe(
      'Replies go 6 levels deep; level 2 holds the most comments (6 of 20).',
    );
    expect(depthSummary([{ depth: 1, count: 4 }], 4)).toBe(
      'Every comment is at the top level: nobody replied to another.',
    );
  });

  it('names the largest and the hottest subthread by comment id', () => {
    const ids = ['1', '1.1'];
    const idOf = (i: number) => ids[i] ?? '?';
    const top = { comment: 0, replies: 9, score: -12, heat: 0.75 };
    expect(largestSummary([top], idOf)).toBe(
      'The largest subthread is under comment 1, with 9 replies.',
    );
    expect(largestSummary([], idOf)).toBe('No comment has a reply.');
    expect(hottestSummary([top], [top], idOf)).toBe(
      `The hottest is under comment 1: 9 replies on a score of ${MINUS}12 (heat 0.75).`,
    );
    // Comments with one reply each: they have replies, but too few to be hot.
    const answered = { comment: 0, replies: 1, score: 0, heat: 1 };
    expect(hottestSummary([], [answered], idOf)).toBe(
      'No comment has 2 or more replies, so none is hot.',
    );
    expect(hottestSummary([], [], idOf)).toBe('No comment has a reply, so none is hot.');
  });

  it('counts the quotes, names the most quoted comments and the first pair', () => {
    const ids = ['1', '1.1.1', '2', '3', '4'];
    const idOf = (i: number) => ids[i] ?? '?';
    const edges = {
      quoteCount: 3,
      quoteEdges: [
        { from: null, to: 'Mikhaïl L.', count: 2 },
        { from: null, to: 'viktortarianik', count: 1 },
      ],
    };
    // Seed 000: 1, 1.1.1 and 2 are each quoted once.
    const seed = {
      ...emptyInsights,
      ...edges,
      mostQuoted: [0, 1, 2].map((comment) => ({ comment, quotedBy: 1 })),
    };
    expect(quotesSummary(seed, idOf)).toBe(
      '3 quotes; the most quoted comments, 1, 1.1.1 and 2, are quoted once each; most quotes go from an unnamed reader to Mikhaïl L. (2).',
    );
    const one = {
      ...seed,
      mostQuoted: [
        { comment: 0, quotedBy: 2 },
        { comment: 2, quotedBy: 1 },
      ],
    };
    expect(quotesSummary(one, idOf)).toBe(
      '3 quotes; the most quoted comment is 1 (quoted twice); most quotes go from an unnamed reader to Mikhaïl L. (2).',
    );
    const five = {
      ...seed,
      mostQuoted: [0, 1, 2, 3, 4].map((comment) => ({ comment, quotedBy: 5 })),
    };
    expect(quotesSummary(five, idOf)).toContain(
      'the most quoted comments, 1, 1.1.1, 2 and 2 more, are quoted 5 times each',
    );
    expect(quotesSummary({ ...seed, mostQuoted: [] }, idOf)).toContain(
      '; none of them could be traced to the comment it quotes;',
    );
    expect(quotesSummary(emptyInsights, idOf)).toBe('No comment quotes another.');
  });
});

describe('in French and Italian', () => {
  // The catalogues of src/locales; English again after each test, as src/locales/testSetup.ts.
  const speak = (locale: 'fr' | 'it') => activateLanguage(locale);
  afterEach(() => activateLanguage('en'));
  // French sets a no-break space before ; and :, and groups thousands with a narrow one.
  const NBSP = '\u00a0';
  const NNBSP = '\u202f';
  const seedScores = [1, 0, 1, 1, 1, 0, 0, 1, 0, 1, 1, 0, 0, 0, 6, 1, 0, 1, 1, 1, 1, 1, 1];
  const scores = {
    bins: seedScores.map((count, k) => ({ x0: k - 14, x1: k - 13, count })),
    min: -14,
    max: 8,
    median: 0,
  };
  const idOf = (i: number) => ['1', '1.1.1', '2', '3', '4'][i] ?? '?';
  const quotes = {
    ...emptyInsights,
    quoteCount: 3,
    quoteEdges: [{ from: null, to: 'Mikhaïl L.', count: 2 }],
    mostQuoted: [0, 1, 2].map((comment) => ({ comment, quotedBy: 1 })),
  };
  const decades = {
    ...monthly,
    unit: 'year' as const,
    bins: [{ x0: Date.UTC(2010, 0, 1), x1: Date.UTC(2020, 0, 1), count: 1 }],
  };

  it('says the score summary and counts replies with the language’s plurals and digits', () => {
    speak('fr');
    expect(scoreSummary(scores, 20)).toBe(
      `Les scores vont de ${MINUS}14 à +8, avec une médiane de 0${NBSP}; le plus fréquent est 0 (6 sur 20 commentaires).`,
    );
    const top = (replies: number) => [{ comment: 0, replies, score: 0, heat: replies }];
    expect(largestSummary(top(1), idOf)).toBe(
      'Le plus long sous-fil part du commentaire 1, avec 1 réponse.',
    );
    expect(largestSummary(top(20_000), idOf)).toBe(
      `Le plus long sous-fil part du commentaire 1, avec 20${NNBSP}000 réponses.`,
    );
    speak('it');
    expect(scoreSummary(scores, 20)).toBe(
      `I punteggi vanno da ${MINUS}14 a +8, con una mediana di 0; il più frequente è 0 (6 su 20 commenti).`,
    );
    expect(largestSummary(top(1), idOf)).toBe(
      'La sottodiscussione più ampia parte dal commento 1, con 1 risposta.',
    );
    expect(largestSummary(top(20_000), idOf)).toBe(
      'La sottodiscussione più ampia parte dal commento 1, con 20.000 risposte.',
    );
  });

  it('builds the activity summary clause by clause in each language', () => {
    speak('fr');
    expect(activitySummary(monthly)).toBe(
      `7 commentaires datés (1 autre ne porte pas de date), étalés sur 66 jours, en 2 chapitres (un silence de plus de 10 jours en ouvre un)${NBSP}; le mois le plus actif a été janvier 2022, avec 5 commentaires.`,
    );
    expect(chapterRule({ ...monthly, chapterGapMinutes: null })).toMatch(
      /^Un silence qui dépasse une heure \(/,
    );
    speak('it');
    expect(activitySummary(monthly)).toBe(
      '7 commenti datati (1 altro non ha data), distribuiti su 66 giorni, in 2 capitoli (una pausa di oltre 10 giorni ne apre uno); il mese più attivo è stato gennaio 2022, con 5 commenti.',
    );
    expect(chapterRule({ ...monthly, chapterGapMinutes: null })).toMatch(
      /^Una pausa di oltre un’ora \(/,
    );
  });

  it('lists the most quoted comments and names the unnamed reader in each language', () => {
    speak('fr');
    expect(quotesSummary(quotes, idOf)).toBe(
      `3 citations${NBSP}; les commentaires les plus cités, 1, 1.1.1 et 2, le sont une fois chacun${NBSP}; la plupart des citations vont d’un lecteur anonyme à Mikhaïl L. (2).`,
    );
    const five = {
      ...quotes,
      mostQuoted: [0, 1, 2, 3, 4].map((comment) => ({ comment, quotedBy: 5 })),
    };
    expect(quotesSummary(five, idOf)).toContain('1, 1.1.1, 2 et 2 autres, le sont 5 fois chacun');
    speak('it');
    expect(quotesSummary(quotes, idOf)).toBe(
      '3 citazioni; i commenti più citati, 1, 1.1.1 e 2, sono citati una volta ciascuno; la maggior parte delle citazioni va da un lettore anonimo a Mikhaïl L. (2).',
    );
    expect(quotesSummary(five, idOf)).toContain(
      '1, 1.1.1, 2 e altri 2, sono citati 5 volte ciascuno',
    );
    expect(
      depthSummary(
        [5, 6, 4, 2, 2, 1].map((count, k) => ({ depth: k + 1, count })),
        20,
      ),
    ).toBe(
      'Le risposte arrivano a 6 livelli di profondità; il livello 2 ha più commenti (6 su 20).',
    );
  });

  it('names times, durations, headings and heat in each language', () => {
    speak('fr');
    expect(timeTickLabel(at(23, 0))).toBe('23 janv.');
    expect(timeTickLabel(Date.UTC(2022, 1, 1))).toBe('févr.');
    expect(timeTickLabel(Date.UTC(2023, 0, 1))).toBe('2023');
    expect(
      timeBinLabel({ x0: Date.UTC(2022, 1, 1), x1: Date.UTC(2022, 2, 1), count: 1 }, 'month'),
    ).toBe('février 2022');
    expect([
      formatDuration(60_000),
      formatDuration(45 * 60_000),
      formatDuration(3 * 365 * 24 * HOUR),
    ]).toEqual(['1 minute', '45 minutes', '3 ans']);
    expect(activityTitle(decades)).toBe('Activité par tranche de 10 ans');
    expect(activityHeading(decades)).toBe('Années');
    expect(formatHeat(0.75)).toBe('0,75');
    expect(formatHeat(1234.5)).toBe(`1${NNBSP}234,50`);
    expect(heatRule()).toContain('parmi les commentaires qui ont au moins 2 réponses');
    speak('it');
    expect(timeTickLabel(at(23, 0))).toBe('23 gen');
    expect(timeTickLabel(Date.UTC(2022, 1, 1))).toBe('feb');
    expect(
      timeBinLabel({ x0: Date.UTC(2022, 1, 1), x1: Date.UTC(2022, 2, 1), count: 1 }, 'month'),
    ).toBe('febbraio 2022');
    expect([formatDuration(60_000), formatDuration(3 * 365 * 24 * HOUR)]).toEqual([
      '1 minuto',
      '3 anni',
    ]);
    expect(activityTitle(decades)).toBe('Attività per periodi di 10 anni');
    expect(formatHeat(12_345.5)).toBe('12.345,50');
    expect(heatRule()).toMatch(
      /^Calore = risposte ÷ max\(1, \|punteggio\|\), tra i commenti con almeno 2 risposte/,
    );
  });
});

// An empty thread's insights, as the figures module works them out.
const emptyInsights: ThreadInsights = computeInsights(runToEnd(insightsInputBuilder([])).input);
