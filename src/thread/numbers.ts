// Numbers as the reader reads them, shared by the thread's own labels (the overview rail's
// announcements) and the pages (src/components/formatting.ts re-exports them), grouped as the
// interface language groups them.

import { i18n } from '@lingui/core';

// One formatter per language, made when first asked: a label is built per visible row.
const groupings = new Map<string, Intl.NumberFormat>();

/**
 * A whole number grouped the active interface language's way (Lingui's `i18n.locale`, read at
 * each call): 100000 → '100,000' in English, '100 000' in French (a narrow no-break space,
 * U+202F), '100.000' in Italian (which leaves four digits ungrouped: '1200'). English before any
 * language is active.
 */
export function count(value: number): string {
  const locale = i18n.locale || 'en';
  let format = groupings.get(locale);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale);
    groupings.set(locale, format);
  }
  return format.format(value);
}

/** The score as the reader shows it: +7, −12 (a real minus sign), 0; thousands grouped. */
export function displayScore(score: number): string {
  if (score > 0) return `+${count(score)}`;
  if (score < 0) return `\u2212${count(Math.abs(score))}`;
  return '0';
}
