// Small display formats shared by the pages.

import { MONTH_NAMES } from '../thread/time';

let languageNames: Intl.DisplayNames | null = null;

/** 'fr' → 'French'; unknown or missing → 'Unknown language'. */
export function languageName(code: string | null): string {
  if (code === null) return 'Unknown language';
  try {
    languageNames ??= new Intl.DisplayNames(['en'], { type: 'language' });
    return languageNames.of(code) ?? code;
  } catch {
    return code;
  }
}

/** '2022' → '2022', '2022-01' → 'January 2022', '2022-02-01' → '1 February 2022'. */
export function formatPublished(published: string | null): string | null {
  if (published === null) return null;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(published);
  if (!match) return published;
  const [, year, month, day] = match;
  const monthName = month ? MONTH_NAMES[Number(month) - 1] : undefined;
  if (!monthName) return year!;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

/** 100000 → '100,000'. */
export function count(value: number): string {
  return value.toLocaleString('en');
}

/** The score as the reader shows it: +7, −12 (a real minus sign), 0; thousands grouped. */
export function displayScore(score: number): string {
  if (score > 0) return `+${count(score)}`;
  if (score < 0) return `\u2212${count(Math.abs(score))}`;
  return '0';
}

export function plural(value: number, one: string, many: string): string {
  return `${value.toLocaleString('en')} ${value === 1 ? one : many}`;
}
