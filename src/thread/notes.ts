// The parser's notes and set-aside lines, as the reader's notes panel shows them: grouped by
// code (or reason) with a count and a plain title, each note tied to the comment it is about,
// and the source lines around a note on demand. Titles are in the interface language (what a
// note says is diagnosticText.ts's). A 100,000-comment page can carry tens of thousands of
// notes; the panel shows a page of each group at a time (paging.ts).

import { plural, t } from '@lingui/core/macro';
import { normalizeLineEnds } from '../parser/lines';
import type {
  Comment,
  Diagnostic,
  DiagnosticCode,
  RemovedLine,
  RemovedReason,
  Severity,
} from '../parser/types';

/** The codes in the order their groups show (after severity), then any code not listed. */
const CODE_ORDER: readonly DiagnosticCode[] = [
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
const REASON_ORDER: readonly RemovedReason[] = ['chrome', 'metadata', 'duplicate-title'];

/**
 * What each code means, with the count, in the active locale: "11,325 quotes not found in the
 * comments they reply to"; "1 comment numbered out of order". A code this build does not know
 * (a document stored by a newer Fil) is named as it is written.
 */
export function noteGroupTitle(code: DiagnosticCode, count: number): string {
  switch (code) {
    case 'binary':
      return plural(count, {
        one: '# sign that this may be binary data or text in another encoding',
        other: '# signs that this may be binary data or text in another encoding',
      });
    case 'count-mismatch':
      return plural(count, {
        one: '# comment count that differs from what the page declares',
        other: '# comment counts that differ from what the page declares',
      });
    case 'dedented-text':
      return plural(count, {
        one: '# line indented less than the comment it belongs to',
        other: '# lines indented less than the comments they belong to',
      });
    case 'foreign-layout':
      return plural(count, {
        one: '# stretch laid out in a way Fil does not know',
        other: '# stretches laid out in a way Fil does not know',
      });
    case 'indent-jump':
      return plural(count, {
        one: '# reply indented further than replies usually are',
        other: '# replies indented further than replies usually are',
      });
    case 'numbering':
      return plural(count, {
        one: '# comment numbered out of order',
        other: '# comments numbered out of order',
      });
    case 'quote-unresolved':
      return plural(count, {
        one: '# quote not found in the comments it replies to',
        other: '# quotes not found in the comments they reply to',
      });
    case 'author-conflict':
      return plural(count, {
        one: '# comment quoted under two different names',
        other: '# comments quoted under two different names',
      });
    case 'truncated':
      return plural(count, {
        one: '# comment cut off where the text ends',
        other: '# comments cut off where the text ends',
      });
    default: {
      const kind: string = code;
      return plural(count, { one: `# note of kind “${kind}”`, other: `# notes of kind “${kind}”` });
    }
  }
}

/** What a group's notes are, for its pager's names ("Pages of quotes not found …"). */
export function noteItemsName(code: DiagnosticCode): string {
  switch (code) {
    case 'binary':
      return t`signs that this may be binary data or text in another encoding`;
    case 'count-mismatch':
      return t`comment counts that differ from what the page declares`;
    case 'dedented-text':
      return t`lines indented less than the comments they belong to`;
    case 'foreign-layout':
      return t`stretches laid out in a way Fil does not know`;
    case 'indent-jump':
      return t`replies indented further than replies usually are`;
    case 'numbering':
      return t`comments numbered out of order`;
    case 'quote-unresolved':
      return t`quotes not found in the comments they reply to`;
    case 'author-conflict':
      return t`comments quoted under two different names`;
    case 'truncated':
      return t`comments cut off where the text ends`;
    default:
      return t`notes`;
  }
}

/** Why lines were set aside, with the count: "12 lines of site chrome (menus, prompts, counters)". */
export function removedGroupTitle(reason: RemovedReason, count: number): string {
  switch (reason) {
    case 'chrome':
      return plural(count, {
        one: '# line of site chrome (menus, prompts, counters)',
        other: '# lines of site chrome (menus, prompts, counters)',
      });
    case 'metadata':
      return plural(count, {
        one: '# line of page metadata (date, address)',
        other: '# lines of page metadata (dates, addresses)',
      });
    case 'duplicate-title':
      return plural(count, { one: '# repeat of the title', other: '# repeats of the title' });
    default: {
      const kind: string = reason;
      return plural(count, {
        one: `# line set aside as “${kind}”`,
        other: `# lines set aside as “${kind}”`,
      });
    }
  }
}

/** What a group's set-aside lines are, for its pager's names ("Pages of lines of site chrome"). */
export function removedItemsName(reason: RemovedReason): string {
  switch (reason) {
    case 'chrome':
      return t`lines of site chrome`;
    case 'metadata':
      return t`lines of page metadata`;
    case 'duplicate-title':
      return t`repeats of the title`;
    default:
      return t`lines`;
  }
}

/** A severity as the panel labels it, in the active locale (the panel shows it in capitals). */
export function severityLabel(severity: Severity): string {
  switch (severity) {
    case 'error':
      return t({ message: 'error', comment: 'severity of a parser note' });
    case 'warning':
      return t({ message: 'warning', comment: 'severity of a parser note' });
    case 'info':
      return t({ message: 'info', comment: 'severity of a parser note: for information' });
  }
}

export type NoteGroup<Key extends string, Item> = {
  readonly key: Key;
  /** The most serious severity in the group. */
  readonly severity: Severity;
  /** The group's items, in the order given (source order). */
  readonly items: readonly Item[];
};

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** Position of `key` in `order`; unknown keys after the known ones. */
function rank(order: readonly string[], key: string): number {
  const at = order.indexOf(key);
  return at === -1 ? order.length : at;
}

/**
 * The notes grouped by code, most serious group first (then in the order of CODE_ORDER), each
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

/** The set-aside lines grouped by reason (in the order of REASON_ORDER), lines in the order given. */
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
