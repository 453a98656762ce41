// The formatter: ParsedDocument → flattened text in the seed's layout, so that
// parseDocument(formatDocument(doc)) gives doc back (line numbers aside).

import { hostOf } from './article.ts';
import { isLanguage, monthName, QUOTE_WORDS, type Language } from './lexicon.ts';
import type { Comment, ParsedDocument } from './types.ts';
import { walkComments } from './walk.ts';

const BASE_INDENT = 4;
const STEP = 2;
/**
 * Deeper than this, every level is one tab (4 columns to the parser) instead of two spaces on
 * a 4-space base: indentation is quadratic in depth, and an 8,000-deep chain written with
 * spaces grows to 192 MB, past the import limit, where tabs keep it near its input's size.
 */
const TAB_DEPTH = 32;

/** The score as a comment header writes it, for the parser to read back: '+7', '-7', '0'. */
function headerScore(score: number): string {
  return score > 0 ? `+${score}` : String(score);
}

/** '2022-01-22T09:32' → '22 janvier 2022 09:32' in the document's language. */
function formatDateLine(postedAt: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(postedAt);
  if (!match) return postedAt;
  const [, year, month, day, hour, minute] = match;
  const date = `${Number(day)} ${monthName(language, Number(month))} ${year}${language === 'ru' ? ' г.' : ''}`;
  return hour === undefined ? date : `${date} ${hour}:${minute}`;
}

export function formatDocument(doc: ParsedDocument): string {
  const out: string[] = [];
  const language: Language = isLanguage(doc.language) ? doc.language : 'en';
  const removedOf = (reason: string) => doc.removed.filter((entry) => entry.reason === reason);

  // Metadata read above the title goes back above it; the rest among the article's lines.
  // 0 is "not known" (a document upgraded from format 1): then all of it goes above.
  const titleLine = doc.titleLine || Number.POSITIVE_INFINITY;
  const metadata = removedOf('metadata');
  const above = metadata.filter((entry) => entry.line < titleLine);
  for (const entry of above) out.push(entry.text, '');

  const siteIsSuffix = doc.source.site !== null && doc.source.site !== hostOf(doc.source.url);
  const title = siteIsSuffix ? `${doc.title} – ${doc.source.site}` : doc.title;
  const { url, published } = doc.source;
  // Without a metadata line, the crawl's marker carries the date and URL on the title's line.
  if (above.length === 0 && (url !== null || published !== null))
    out.push(` date ${published ?? '-'}${url === null ? '' : ` ${url}`} ${title}`.trimEnd(), '');
  else out.push(title, '');
  for (const repeat of removedOf('duplicate-title')) out.push(repeat.text, '');
  if (doc.declaredCommentCount !== null) out.push(String(doc.declaredCommentCount), '');
  for (const paragraph of doc.body) out.push(paragraph.text, '');
  for (const entry of metadata) if (entry.line >= titleLine) out.push(entry.text, '');
  // Chrome goes back as the indented block above the comments, where the parser looks for it.
  for (const chrome of removedOf('chrome')) out.push(' '.repeat(BASE_INDENT) + chrome.text);

  let deepest = 0;
  walkComments(doc.comments, (_comment, depth) => {
    if (depth > deepest) deepest = depth;
  });
  const indent = deepest > TAB_DEPTH ? tabIndent : spaceIndent;
  walkComments(doc.comments, (comment, depth) => {
    writeComment(out, comment, indent(depth - 1), indent(depth), language);
  });
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.join('\n') + '\n';
}

/** Indentation of a header at `depth` (0 at the top level); its lines take depth + 1's. */
type Indent = (depth: number) => string;
const spaceIndent: Indent = (depth) => ' '.repeat(BASE_INDENT + STEP * depth);
const tabIndent: Indent = (depth) => '\t'.repeat(depth + 1);

function writeComment(
  out: string[],
  comment: Comment,
  pad: string,
  inner: string,
  language: Language,
): void {
  const ordinal = comment.id.slice(comment.id.lastIndexOf('.') + 1);
  out.push(`${pad}${ordinal}. ${headerScore(comment.score)}`);
  if (comment.postedAt !== null) out.push(inner + formatDateLine(comment.postedAt, language));
  const blocks: string[] = [];
  if (comment.quote) {
    blocks.push(
      [
        `${QUOTE_WORDS[language]} : ${comment.quote.author}`,
        ...(comment.quote.text === '' ? [] : comment.quote.text.split('\n')),
      ].join('\n'),
    );
  }
  blocks.push(...comment.paragraphs);
  blocks.forEach((block, i) => {
    if (i > 0) out.push('');
    for (const line of block.split('\n')) out.push(inner + line);
  });
}
