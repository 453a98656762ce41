// Small display formats shared by the pages.

import { MONTH_NAMES } from '../thread/time';

// Written in the thread layer, whose labels use them too (the overview rail's announcements).
export { count, displayScore } from '../thread/numbers';

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

export function plural(value: number, one: string, many: string): string {
  return `${value.toLocaleString('en')} ${value === 1 ? one : many}`;
}
