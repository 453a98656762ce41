// Words the format uses, per language: month names (for date lines), quote words
// (for quote headers) and frequent short words (to guess the language of plain text).

export const LANGUAGES = ['fr', 'it', 'en', 'de', 'es', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];

type MonthNames = readonly (readonly string[])[]; // 12 entries, each a list of spellings

const MONTHS: Record<Language, MonthNames> = {
  fr: [
    ['janvier', 'janv'],
    ['février', 'fevrier', 'févr', 'fevr', 'fév', 'fev'],
    ['mars'],
    ['avril', 'avr'],
    ['mai'],
    ['juin'],
    ['juillet', 'juil'],
    ['août', 'aout'],
    ['septembre', 'sept'],
    ['octobre', 'oct'],
    ['novembre', 'nov'],
    ['décembre', 'decembre', 'déc', 'dec'],
  ],
  it: [
    ['gennaio', 'gen'],
    ['febbraio', 'feb'],
    ['marzo', 'mar'],
    ['aprile', 'apr'],
    ['maggio', 'mag'],
    ['giugno', 'giu'],
    ['luglio', 'lug'],
    ['agosto', 'ago'],
    ['settembre', 'set'],
    ['ottobre', 'ott'],
    ['novembre', 'nov'],
    ['dicembre', 'dic'],
  ],
  en: [
    ['january', 'jan'],
    ['february', 'feb'],
    ['march', 'mar'],
    ['april', 'apr'],
    ['may'],
    ['june', 'jun'],
    ['july', 'jul'],
    ['august', 'aug'],
    ['september', 'sep', 'sept'],
    ['october', 'oct'],
    ['november', 'nov'],
    ['december', 'dec'],
  ],
  de: [
    ['januar', 'jänner', 'jan'],
    ['februar', 'feb'],
    ['märz', 'maerz', 'mär'],
    ['april', 'apr'],
    ['mai'],
    ['juni', 'jun'],
    ['juli', 'jul'],
    ['august', 'aug'],
    ['september', 'sep', 'sept'],
    ['oktober', 'okt'],
    ['november', 'nov'],
    ['dezember', 'dez'],
  ],
  es: [
    ['enero', 'ene'],
    ['febrero', 'feb'],
    ['marzo', 'mar'],
    ['abril', 'abr'],
    ['mayo', 'may'],
    ['junio', 'jun'],
    ['julio', 'jul'],
    ['agosto', 'ago'],
    ['septiembre', 'setiembre', 'sep', 'sept'],
    ['octubre', 'oct'],
    ['noviembre', 'nov'],
    ['diciembre', 'dic'],
  ],
  ru: [
    ['января', 'январь', 'янв'],
    ['февраля', 'февраль', 'фев'],
    ['марта', 'март', 'мар'],
    ['апреля', 'апрель', 'апр'],
    ['мая', 'май'],
    ['июня', 'июнь', 'июн'],
    ['июля', 'июль', 'июл'],
    ['августа', 'август', 'авг'],
    ['сентября', 'сентябрь', 'сен', 'сент'],
    ['октября', 'октябрь', 'окт'],
    ['ноября', 'ноябрь', 'ноя'],
    ['декабря', 'декабрь', 'дек'],
  ],
};

export type MonthEntry = { readonly month: number; readonly languages: readonly Language[] };

/** Lower-case month spelling → month number (1–12) and the languages that spell it so. */
export const MONTH_BY_NAME: ReadonlyMap<string, MonthEntry> = (() => {
  const byName = new Map<string, { month: number; languages: Language[] }>();
  for (const language of LANGUAGES) {
    MONTHS[language].forEach((spellings, monthIndex) => {
      for (const spelling of spellings) {
        const entry = byName.get(spelling);
        if (entry) entry.languages.push(language);
        else byName.set(spelling, { month: monthIndex + 1, languages: [language] });
      }
    });
  }
  return byName;
})();

/** The full month name the formatter writes for a language. */
export function monthName(language: Language, month: number): string {
  return MONTHS[language][month - 1]?.[0] ?? MONTHS.en[0]![0]!;
}

/**
 * Weekday names and their usual abbreviations in every language Fil reads, lower case, longest
 * first (a date line may start with one: "lundi 24 janvier 2022", "Monday, January 24, 2022").
 */
export const WEEKDAY_NAMES: readonly string[] = [
  ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  ...['mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun'],
  ...['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  ...['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica'],
  ...['lunedi', 'martedi', 'mercoledi', 'giovedi', 'venerdi'],
  ...['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag'],
  ...['lunes', 'martes', 'miércoles', 'miercoles', 'jueves', 'viernes', 'sábado', 'domingo'],
  ...['понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье'],
].sort((a, b) => b.length - a.length);

export const QUOTE_WORDS: Record<Language, string> = {
  fr: 'Citation',
  it: 'Citazione',
  en: 'Quote',
  de: 'Zitat',
  es: 'Cita',
  ru: 'Цитата',
};

export const LANGUAGE_BY_QUOTE_WORD: ReadonlyMap<string, Language> = new Map(
  LANGUAGES.map((language) => [QUOTE_WORDS[language], language]),
);

export function isLanguage(value: string | null): value is Language {
  return value !== null && (LANGUAGES as readonly string[]).includes(value);
}

/** Frequent function words; a word may stand in several lists. */
export const STOPWORDS: Record<Language, readonly string[]> = {
  fr: [
    'le',
    'les',
    'des',
    'est',
    'et',
    'une',
    'du',
    'qui',
    'dans',
    'pour',
    'pas',
    'sur',
    'au',
    'avec',
    'nous',
    'vous',
    'sont',
    'mais',
    'que',
    'la',
  ],
  it: [
    'il',
    'gli',
    'della',
    'delle',
    'che',
    'è',
    'di',
    'per',
    'non',
    'con',
    'sono',
    'del',
    'nel',
    'alla',
    'anche',
    'ha',
    'degli',
    'la',
  ],
  en: [
    'the',
    'and',
    'is',
    'of',
    'to',
    'in',
    'that',
    'it',
    'for',
    'with',
    'was',
    'on',
    'are',
    'be',
    'this',
  ],
  de: [
    'der',
    'die',
    'das',
    'und',
    'ist',
    'nicht',
    'ein',
    'eine',
    'zu',
    'mit',
    'den',
    'von',
    'sich',
    'auf',
    'dem',
  ],
  es: [
    'el',
    'los',
    'las',
    'y',
    'es',
    'que',
    'en',
    'por',
    'con',
    'para',
    'del',
    'se',
    'una',
    'lo',
    'como',
    'la',
  ],
  ru: ['и', 'в', 'не', 'на', 'что', 'с', 'по', 'как', 'это', 'он', 'она', 'к', 'из', 'у', 'мы'],
};
