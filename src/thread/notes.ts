// The parser's notes and set-aside lines, as the reader's notes panel shows them: grouped by
// code (or reason) with a count and a plain title, each note tied to the comment it is about,
// and the source lines around a note on demand. A 100,000-comment page can carry tens of
// thousands of notes; the panel shows a page of each group at a time (paging.ts).

import { normalizeLineEnds } from '../parser/lines';
import type {
  Comment,
  Diagnostic,
  DiagnosticCode,
  RemovedLine,
  RemovedReason,
  Severity,
} from '../parser/types';

type Titles = { readonly one: string; readonly many: string };

/** What each code means, said of one note and of several ("1 quote …", "3 quotes …"). */
export const NOTE_TITLES: Readonly<Record<DiagnosticCode, Titles>> = {
  binary: {
    one: 'sign that this may be binary data or text in another encoding',
    many: 'signs that this may be binary data or text in another encoding',
  },
  'count-mismatch': {
    one: 'comment count that differs from what the page declares',
    many: 'comment counts that differ from what the page declares',
  },
  'dedented-text': {
    one: 'line indented less than the comment it belongs to',
    many: 'lines indented less than the comments they belong to',
  },
  'foreign-layout': {
    one: 'stretch laid out in a way Fil does not know',
    many: 'stretches laid out in a way Fil does not know',
  },
  'indent-jump': {
    one: 'reply indented further than replies usually are',
    many: 'replies indented further than replies usually are',
  },
  numbering: {
    one: 'comment numbered out of order',
    many: 'comments numbered out of order',
  },
  'quote-unresolved': {
    one: 'quote not found in the comments it replies to',
    many: 'quotes not found in the comments they reply to',
  },
  'author-conflict': {
    one: 'comment quoted under two different names',
    many: 'comments quoted under two different names',
  },
  truncated: {
    one: 'comment cut off where the text ends',
    many: 'comments cut off where the text ends',
  },
};

/** Why lines were set aside, said of one line and of several. */
export const REMOVED_TITLES: Readonly<Record<RemovedReason, Titles>> = {
  chrome: {
    one: 'line of site chrome (menus, prompts, counters)',
    many: 'lines of site chrome (menus, prompts, counters)',
  },
  metadata: {
    one: 'line of page metadata (date, address)',
    many: 'lines of page metadata (dates, addresses)',
  },
  'duplicate-title': {
    one: 'repeat of the title',
    many: 'repeats of the title',
  },
};

/** "11,325 quotes not found in the comments they reply to"; "1 comment numbered out of order". */
export function noteGroupTitle(code: DiagnosticCode, count: number): string {
  return countedTitle(NOTE_TITLES[code] ?? fallbackTitles(code), count);
}

/** "12 lines of site chrome (menus, prompts, counters)". */
export function removedGroupTitle(reason: RemovedReason, count: number): string {
  return countedTitle(REMOVED_TITLES[reason] ?? fallbackTitles(reason), count);
}

function countedTitle(titles: Titles, count: number): string {
  return `${count.toLocaleString('en')} ${count === 1 ? titles.one : titles.many}`;
}

// A document stored by an older or newer Fil may carry a code this build does not know.
function fallbackTitles(code: string): Titles {
  return { one: `note of kind “${code}”`, many: `notes of kind “${code}”` };
}

export type NoteGroup<Key extends string, Item> = {
  readonly key: Key;
  /** The most serious severity in the group. */
  readonly severity: Severity;
  /** The group's items, in the order given (source order). */
  readonly items: readonly Item[];
};

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };
const CODE_ORDER = Object.keys(NOTE_TITLES);
const REASON_ORDER = Object.keys(REMOVED_TITLES);

/** Position of `key` in `order`; unknown keys after the known ones. */
function rank(order: readonly string[], key: string): number {
  const at = order.indexOf(key);
  return at === -1 ? order.length : at;
}

/**
 * The notes grouped by code, most serious group first (then in the order of NOTE_TITLES), each
 * group's notes in the order given. One pass: linear in the number of notes.
 */
export function groupNotes(
  diagnostics: readonly Diagnostic[],
): NoteGroup<DiagnosticCode, Diagnostic>[] {
  const byCode = new Map<DiagnosticCode, { severity: Severity; items: Diagnostic[] }>();
  for (const diagnostic of diagnostics) {
    const group = byCode.get(diagnostic.code);
    if (!group) {
      byCode.set(diagnostic.code, { severity: diagnostic.severity, items: [diagnostic] });
      continue;
    }
    group.items.push(diagnostic);
    if (SEVERITY_RANK[diagnostic.severity] < SEVERITY_RANK[group.severity])
      group.severity = diagnostic.severity;
  }
  return [...byCode]
    .map(([key, group]) => ({ key, severity: group.severity, items: group.items }))
    .sort(
      (a, b) =>
        SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
        rank(CODE_ORDER, a.key) - rank(CODE_ORDER, b.key),
    );
}

/** The set-aside lines grouped by reason (in the order of REMOVED_TITLES), lines in the order given. */
export function groupRemoved(
  removed: readonly RemovedLine[],
): NoteGroup<RemovedReason, RemovedLine>[] {
  const byReason = new Map<RemovedReason, RemovedLine[]>();
  for (const line of removed) {
    const items = byReason.get(line.reason);
    if (items) items.push(line);
    else byReason.set(line.reason, [line]);
  }
  return [...byReason]
    .map(([key, items]) => ({ key, severity: 'info' as const, items }))
    .sort((a, b) => rank(REASON_ORDER, a.key) - rank(REASON_ORDER, b.key));
}

/**
 * The comment whose own lines (`line`..`endLine`) hold `line`, or null when the line is in the
 * article or between comments. `comments` must be in source order (ThreadIndex.comments is):
 * their ranges then start in increasing line order and do not overlap, so a binary search for
 * the last comment starting at or before the line finds the only candidate.
 */
export function commentAtLine(comments: readonly Comment[], line: number): Comment | null {
  let low = 0;
  let high = comments.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    if (comments[middle]!.line <= line) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  if (found === -1) return null;
  const comment = comments[found]!;
  return line <= comment.endLine ? comment : null;
}

/** A text indexed by line, numbered as the parser numbers them. */
export type LineIndex = {
  /** The text with a leading BOM dropped and CRLF and CR line ends made LF, as the parser reads it. */
  readonly text: string;
  /** Offset of the first character of line n + 1 (0-based n). */
  readonly starts: Int32Array;
  /** Number of lines. */
  readonly count: number;
};

/** Indexes the lines of a text (LF, CRLF or CR ends; a leading BOM dropped) in one scan. */
export function indexLines(raw: string): LineIndex {
  const text = normalizeLineEnds(raw);
  let starts = new Int32Array(1024);
  let count = 0;
  for (let at = 0; ;) {
    if (count === starts.length) {
      const grown = new Int32Array(starts.length * 2);
      grown.set(starts);
      starts = grown;
    }
    starts[count++] = at;
    const end = text.indexOf('\n', at);
    if (end === -1) break;
    at = end + 1;
  }
  return { text, starts: starts.subarray(0, count), count };
}

/** Line `number` (1-based) of the index, without its line end. */
export function lineText(index: LineIndex, number: number): string {
  const start = index.starts[number - 1]!;
  const next = number < index.count ? index.starts[number]! - 1 : index.text.length;
  return index.text.slice(start, next);
}

export type SourceLine = {
  /** 1-based. */
  readonly number: number;
  readonly text: string;
  /** The line the note is about. */
  readonly target: boolean;
};

/**
 * Line `line` with up to `radius` lines before and after it, as far as the text goes; empty
 * when the text has no such line (the source is not the one the notes were made from).
 */
export function linesAround(index: LineIndex, line: number, radius = 2): SourceLine[] {
  if (!Number.isInteger(line) || line < 1 || line > index.count) return [];
  const first = Math.max(1, line - radius);
  const last = Math.min(index.count, line + radius);
  const result: SourceLine[] = [];
  for (let number = first; number <= last; number++)
    result.push({ number, text: lineText(index, number), target: number === line });
  return result;
}
