// Small display formats shared by the pages, in the active interface language.

import { i18n } from '@lingui/core';
import { t } from '@lingui/core/macro';
import { formatDay, postedAtParts, postedAtTime } from '../thread/time';

// Written in the thread layer, whose labels use them too (the overview rail's announcements).
export { count, displayScore } from '../thread/numbers';

// One Intl.DisplayNames per interface language, made when first asked.
const languageNames = new Map<string, Intl.DisplayNames | null>();

/**
 * A document's language (a BCP 47 code) named in the interface language: 'fr' → 'French',
 * 'français', 'francese'; an unknown code as written; null → 'Unknown language'.
 */
export function languageName(code: string | null): string {
  if (code === null)
    return t({ message: 'Unknown language', comment: 'a document whose language is not known' });
  const locale = i18n.locale || 'en';
  let names = languageNames.get(locale);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([locale], { type: 'language' });
    } catch {
      names = null;
    }
    languageNames.set(locale, names);
  }
  try {
    return names?.of(code) ?? code;
  } catch {
    // Not a well-formed language code: DisplayNames throws a RangeError.
    return code;
  }
}

/**
 * A publication date as the source gives it, in the interface language: '2022' → '2022',
 * '2022-01' → 'January 2022' ('janvier 2022', 'gennaio 2022'), '2022-02-01' → '1 February
 * 2022' ('1 février 2022', '1 febbraio 2022'). A month that does not exist leaves the year;
 * anything else unreadable is shown as written.
 */
export function formatPublished(published: string | null): string | null {
  if (published === null) return null;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(published);
  if (!match) return published;
  const [, year, month, day] = match;
  if (month === undefined) return year!;
  const monthNumber = Number(month);
  if (monthNumber < 1 || monthNumber > 12) return year!;
  if (day === undefined) return formatDay(postedAtTime(`${year}-${month}-01`), 'month');
  const date = `${year}-${month}-${day}`;
  return postedAtParts(date) === null ? published : formatDay(postedAtTime(date), 'long');
}
