// The parser: text → ParsedDocument, as a pipeline of small stages (design.md §1–2).
//   lines → header sites → article → comment tree → quotes → language → document checks
// Bad input never throws: problems become diagnostics with a code, a severity and a line.

import { readArticle } from './article.ts';
import { buildCommentTree } from './comments.ts';
import { foreignLayoutDiagnostic } from './foreign.ts';
import { contentId } from './hash.ts';
import { detectLanguageFromText, LanguageVotes } from './language.ts';
import { resolveQuotes } from './quotes.ts';
import { SourceLines } from './source.ts';
import type { MonthEntry } from './lexicon.ts';
import { HeaderSites } from './sites.ts';
import { looksLikeDatePrefix } from './tokens.ts';
import { DOCUMENT_FORMAT, type Comment, type Diagnostic, type ParsedDocument } from './types.ts';

export type ParseOptions = {
  /** Stable slug (a seed's file name without .txt); a content hash when absent. */
  readonly id?: string;
};

/**
 * Parses a flattened comment page (design.md §1) into a ParsedDocument of format
 * comment-thread/2 (design.md §2): title, source, article paragraphs and the reply tree, every
 * node with the 1-based input lines it came from. Never throws: whatever the input (empty,
 * binary, truncated, any depth), problems become `diagnostics` ({code, severity, line,
 * message}) and every non-blank line ends up in exactly one place (see accounting.ts).
 * Linear in the length of the text; `options.id` is the document's id (a content hash when
 * absent).
 */
export function parseDocument(text: string, options: ParseOptions = {}): ParsedDocument {
  const diagnostics: Diagnostic[] = [];
  const lines = new SourceLines(text);
  const languageVotes = new LanguageVotes();

  const sites = findHeaderSites(lines, languageVotes, diagnostics);
  const article = readArticle(lines, sites.count > 0 ? sites.lineIndex[0]! : lines.count);
  const tree = buildCommentTree(lines, sites, diagnostics);
  resolveQuotes(tree, diagnostics);
  for (const language of tree.quoteLanguages) languageVotes.add([language]);

  const language =
    languageVotes.winner() ??
    detectLanguageFromText([
      ...article.body.map((paragraph) => paragraph.text),
      ...commentTextSample(tree.inSourceOrder),
    ]);

  const found = tree.inSourceOrder.length;
  if (article.declaredCommentCount !== null && article.declaredCommentCount !== found) {
    diagnostics.push({
      code: 'count-mismatch',
      severity: 'warning',
      line: article.declaredCountLine ?? 1,
      message: `The page declares ${article.declaredCommentCount} comments but ${found} were found${found < article.declaredCommentCount ? '; the page may be cut short' : ''}.`,
      params: { declared: article.declaredCommentCount, found },
    });
  }
  if (found === 0) {
    const foreign = foreignLayoutDiagnostic(lines);
    if (foreign) diagnostics.push(foreign);
  }
  checkForBinary(text, diagnostics);
  diagnostics.sort((a, b) => a.line - b.line);

  return {
    format: DOCUMENT_FORMAT,
    id: options.id ?? contentId(text),
    title: article.title,
    titleLine: article.titleLine,
    language,
    source: article.source,
    body: article.body,
    removed: article.removed,
    declaredCommentCount: article.declaredCommentCount,
    declaredCountLine: article.declaredCountLine,
    comments: tree.comments,
    diagnostics,
  };
}

/**
 * A line "<n>. <score>" is a comment header only when the next line is a date line; a header
 * as the last line of the text, or followed only by the start of a date, is a comment cut off
 * by truncation. The candidates and their dates were read during the line scan (source.ts).
 */
function findHeaderSites(
  lines: SourceLines,
  votes: LanguageVotes,
  diagnostics: Diagnostic[],
): HeaderSites {
  const candidates = lines.headerCandidates;
  // A date in another shape than the seeds' makes a header only when the page uses that
  // shape for two comments or more: once, it is more likely a list in the article's prose.
  if (lines.otherShapedDates.length < MIN_OTHER_SHAPED_DATES) {
    for (const position of lines.otherShapedDates) {
      candidates.postedAt[position] = null;
      candidates.month[position] = null;
    }
  }
  let sites = candidates;
  const confirmed = candidates.postedAt.indexOf(null) === -1;
  if (!confirmed) {
    sites = new HeaderSites();
    let lastNonBlank = lines.count - 1;
    while (lastNonBlank >= 0 && lines.isBlank(lastNonBlank)) lastNonBlank--;
    for (let k = 0; k < candidates.count; k++) {
      const i = candidates.lineIndex[k]!;
      const indent = candidates.indent[k]!;
      const number = candidates.number[k]!;
      const score = candidates.score[k]!;
      const postedAt = candidates.postedAt[k]!;
      if (postedAt !== null) {
        sites.add(i, indent, number, score, postedAt, candidates.month[k]!);
        continue;
      }
      const next = i < lastNonBlank ? lines.content(i + 1) : null;
      if (
        i === lastNonBlank ||
        (i + 1 === lastNonBlank && next !== null && looksLikeDatePrefix(next))
      ) {
        sites.add(i, indent, number, score, null, null);
        diagnostics.push({
          code: 'truncated',
          severity: 'warning',
          line: i + 1,
          message:
            next === null
              ? 'The text ends right after a comment header: the comment is kept without date or text.'
              : `The text ends inside the date line of the last comment ("${next}"): the comment is kept without date.`,
          params: { dateLine: next },
        });
        break;
      }
    }
  }

  // Month words are tallied per spelling and turned into language votes once at the end.
  // Consecutive comments mostly share a month: a run is counted locally and added at its end.
  const monthTally = new Map<MonthEntry, number>();
  let runEntry: MonthEntry | null = null;
  let runCount = 0;
  for (const entry of sites.month) {
    if (entry === null) continue;
    if (entry !== runEntry) {
      if (runEntry) monthTally.set(runEntry, (monthTally.get(runEntry) ?? 0) + runCount);
      runEntry = entry;
      runCount = 0;
    }
    runCount++;
  }
  if (runEntry) monthTally.set(runEntry, (monthTally.get(runEntry) ?? 0) + runCount);
  for (const [entry, count] of monthTally) votes.add(entry.languages, count);
  return sites;
}

const MIN_OTHER_SHAPED_DATES = 2;

function* commentTextSample(comments: readonly Comment[]): Generator<string> {
  let taken = 0;
  for (const comment of comments) {
    if (taken++ >= 200) return;
    yield* comment.paragraphs;
  }
}

const BINARY_SAMPLE = 65_536;

function checkForBinary(text: string, diagnostics: Diagnostic[]): void {
  const length = Math.min(text.length, BINARY_SAMPLE);
  let suspicious = 0;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f)
      suspicious += 1;
    else if (code === 0xfffd) suspicious += 0.5;
  }
  if (length > 0 && suspicious / length > 0.02) {
    const characters = Math.round(suspicious);
    diagnostics.push({
      code: 'binary',
      severity: 'warning',
      line: 1,
      message: `${characters} control or replacement characters in the first ${length.toLocaleString('en')} characters: this may be a binary file or a text in another encoding.`,
      params: { characters, sample: length },
    });
  }
}
