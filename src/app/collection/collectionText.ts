// The library list's words, in the interface language: counts, sorts, origins, dates.

import { plural, t } from '@lingui/core/macro';
import { count, languageName } from '../../components/formatting';
import { formatWallDay } from '../../components/wallTime';
import type { DocumentOrigin } from '../../library/summary';
import { UNKNOWN_LANGUAGE, type Direction, type SortKey } from './libraryView';

/** '20 comments', '1 comment', 'No comments'; '20 000 commentaires', '20.000 commenti'. */
export function commentCountText(comments: number): string {
  if (comments === 0) return t`No comments`;
  return plural(comments, { one: '# comment', other: '# comments' });
}

/** '1,234 words'; '1 234 mots', '1234 parole'. */
export function wordCountText(words: number): string {
  return plural(words, { one: '# word', other: '# words' });
}

/**
 * How many documents the list shows: '10,005 documents' when nothing is filtered out, else
 * '312 of 10,005 documents'.
 */
export function shownText(shown: number, total: number, filtered: boolean): string {
  if (!filtered) return plural(total, { one: '# document', other: '# documents' });
  const shownCount = count(shown);
  return plural(total, {
    one: `${shownCount} of # document`,
    other: `${shownCount} of # documents`,
  });
}

/**
 * Said when a search or filter hid selected documents, which are then no longer selected:
 * '2 selected documents hidden by the search or filters were unselected'.
 */
export function unselectedText(unselected: number): string {
  return plural(unselected, {
    one: '# selected document hidden by the search or filters was unselected',
    other: '# selected documents hidden by the search or filters were unselected',
  });
}

/**
 * How the list is used from the keyboard, shown above it and read as the rows' description;
 * `apple`: ⌘ rather than Ctrl.
 */
export function listKeysText(apple: boolean): string {
  const selectAllKey = apple ? '⌘A' : 'Ctrl+A';
  return t({
    message: `Keys: ↑ ↓ move · Space selects · Shift extends · ${selectAllKey} selects all · Esc clears`,
    comment:
      'hint above the library list: arrow keys move between documents, Space selects the focused one, Shift with them selects a range, {selectAllKey} (Ctrl+A or ⌘A) selects every document shown, Escape clears the selection',
  });
}

/** The button that selects every document shown: 'Select all 312 shown'. */
export function selectAllText(shown: number): string {
  return plural(shown, { one: 'Select the document shown', other: 'Select all # shown' });
}

/** What each sort is called in the sort menu. */
export function sortLabel(sort: SortKey): string {
  switch (sort) {
    case 'imported':
      return t({
        message: 'Import date',
        comment: 'sort order: by the date a document was imported',
      });
    case 'published':
      return t({
        message: 'Publication date',
        comment: 'sort order: by the date a page was published',
      });
    case 'comments':
      return t({ message: 'Comments', comment: 'sort order: by number of comments' });
    case 'words':
      return t({ message: 'Words', comment: 'sort order: by number of words' });
    case 'title':
      return t({ message: 'Title', comment: 'sort order: alphabetical, by title' });
  }
}

/** A sort's direction in its own terms: 'Newest first', 'Most first', 'A to Z'. */
export function directionLabel(sort: SortKey, direction: Direction): string {
  const descending = direction === 'desc';
  switch (sort) {
    case 'imported':
    case 'published':
      return descending
        ? t({ message: 'Newest first', comment: 'sort direction of a date' })
        : t({ message: 'Oldest first', comment: 'sort direction of a date' });
    case 'comments':
    case 'words':
      return descending
        ? t({ message: 'Most first', comment: 'sort direction of a count (comments, words)' })
        : t({ message: 'Fewest first', comment: 'sort direction of a count (comments, words)' });
    case 'title':
      return descending
        ? t({ message: 'Z to A', comment: 'sort direction of titles' })
        : t({ message: 'A to Z', comment: 'sort direction of titles' });
  }
}

/** The badge that says where a document comes from. */
export function originLabel(origin: DocumentOrigin): string {
  switch (origin) {
    case 'imported':
      return t({ message: 'Imported', comment: 'badge on a document the reader imported' });
    case 'seed':
      return t({ message: 'Bundled', comment: 'badge on a document that comes with Fil' });
    case 'sample':
      return t({
        message: 'Generated sample',
        comment: 'badge on the very large thread Fil generates to show how it copes',
      });
  }
}

/** A language the filter offers, by its tag (`und` for unknown): 'French', 'Unknown language'. */
export function languageLabel(language: string): string {
  return languageName(language === UNKNOWN_LANGUAGE ? null : language);
}

/**
 * When a document was imported, the day in the reader's own time zone: 'Imported 3 Mar 2025'
 * ('Importé le 3 mars 2025').
 */
export function importedText(importedAt: string): string | null {
  const moment = new Date(importedAt);
  if (Number.isNaN(moment.getTime())) return null;
  // formatWallDay reads a day's fields as UTC: the reader's calendar day, written so.
  const day = formatWallDay(Date.UTC(moment.getFullYear(), moment.getMonth(), moment.getDate()));
  return t({
    message: `Imported ${day}`,
    comment: 'when a document was imported: “Imported 3 Mar 2025”',
  });
}
