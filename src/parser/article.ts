// Stage 3: the lines before the first comment → title, source, declared count, article
// paragraphs, and the site chrome that is not article text.

import type { SourceLines } from './source.ts';
import { DECLARED_COUNT, findDateInText, matchMetadata, readOtherDate } from './tokens.ts';
import type { ArticleParagraph, DocumentSource, RemovedLine } from './types.ts';

export type Article = {
  title: string;
  /** 1-based line of the title; null without one. */
  titleLine: number | null;
  source: DocumentSource;
  body: ArticleParagraph[];
  removed: RemovedLine[];
  declaredCommentCount: number | null;
  /** 1-based line of the declared count. */
  declaredCountLine: number | null;
};

// Lines that belong to the page around the article: navigation, subscription boxes, comment
// forms, inserted links. Matched on the line without indentation.
const CHROME_PATTERNS: readonly RegExp[] = [
  /^(?:-{3,}|_{3,}|\*{3,}|={3,})$/,
  /^(?:PREV|NEXT|PRÉCÉDENT|SUIVANT|PRECEDENTE|SUCCESSIVO)(?:\s|$)/,
  /^READ(?:\s|:)/,
  /^(?:lire aussi|à lire aussi|leggi anche|read more|read also|see also|voir aussi|lesen sie auch|lea también)\b/i,
  /^for latest updates\b/i,
  /^(?:follow us|suivez-nous|seguici|folgen sie uns|síguenos)\b/i,
  /^(?:source|fonte|quelle|fuente|источник)\s*:?$/i,
  /^(?:lascia un commento|leave a comment|leave a reply|laisser un commentaire|laissez un commentaire|deja un comentario|kommentar hinterlassen|оставить комментарий)$/i,
  /^(?:il tuo indirizzo email non sarà pubblicato|your email address will not be published|votre adresse (?:e-?mail|de messagerie) ne sera pas publiée|tu dirección de correo electrónico no será publicada|ihre e-mail-adresse wird nicht veröffentlicht)/i,
  /^(?:notiziario|newsletter)$/i,
  /^(?:abonnez-vous|subscribe to|iscriviti)\b/i,
  /^\d+\s+(?:commentaires?|comments?|commenti|kommentare?|comentarios?|комментари\p{L}*)$/iu,
  /^(?:cher lecteur|chère lectrice|dear reader|caro lettore|querido lector|lieber leser)\b/i,
  /^(?:share|partager|condividi|teilen|compartir|tweet|imprimer|print)$/i,
];

export function isChrome(content: string): boolean {
  return CHROME_PATTERNS.some((pattern) => pattern.test(content));
}

// What a crawler copied out of the page's head or markup rather than its text: alone on a line,
// never a sentence.
const METADATA_PATTERNS: readonly RegExp[] = [
  // An ISO date or date-time, with seconds, fraction or zone: "2022-01-21T11:57+0100".
  /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?\s?(?:Z|[+-]\d{2}:?\d{2}|UTC|GMT)?$/i,
  // A Unix time in seconds or milliseconds is checked by isUnixTime (a range, not a shape).
  // An XPath expression: "/html/head/meta[@name='og:title']/@content", "//div[@class='x']".
  /^\/\/?[\w.*:-]+(?:\[[^\]]*\])?(?:\/\/?(?:[\w.*:-]+|@[\w:-]+|text\(\))(?:\[[^\]]*\])?)*$/,
  // A CSS selector for a meta tag: "meta[property='og:image']".
  /^meta\[[^\]]+\](?:\s*@?\w+)?$/i,
  // An image address: "https://cdn.example/x/photo.jpg?w=800", "//img.example/a.webp", data URIs.
  /^(?:https?:)?\/\/\S+\.(?:jpe?g|png|gif|webp|avif|svg|bmp|tiff?|heic)(?:[?#]\S*)?$/i,
  /^data:image\/[\w.+-]+[;,]\S*$/i,
  // A meta property name, alone or with its value: "og:title", "article:published_time 2022-01-21".
  /^(?:og|article|twitter|fb|al|itemprop|dc|dcterms):[\w:.-]+(?:[\s:=]+\S.*)?$/i,
];

// 2000-01-01 to 2050-01-01: a 10-digit number outside it is a phone number, an ISBN, a count.
const UNIX_TIME_FROM = 946_684_800;
const UNIX_TIME_TO = 2_524_608_000;
function isUnixTime(content: string): boolean {
  if (!/^[1-9]\d{9}(?:\d{3})?$/.test(content)) return false;
  const seconds = content.length === 13 ? Number(content) / 1000 : Number(content);
  return seconds >= UNIX_TIME_FROM && seconds < UNIX_TIME_TO;
}

/** A line of page metadata (not text a reader reads): see METADATA_PATTERNS. */
export function isMetadata(content: string): boolean {
  // An XPath needs a predicate, an attribute step, text() or a document root: a file path
  // such as "/etc/nginx/nginx.conf" or "/r/france" is text.
  if (content.startsWith('/') && !/\[|@|text\(\)|^\/\/|^\/html\b/.test(content)) return false;
  return isUnixTime(content) || METADATA_PATTERNS.some((pattern) => pattern.test(content));
}

// A title ends with " – Site Name" when the part after the last separator is a short run of
// capitalised words (or a host name), not the rest of a sentence.
const SITE_SEPARATORS = [' – ', ' — ', ' | ', ' - ', ' :: '] as const;
const SITE_CONNECTORS = new Set([
  '&',
  'and',
  'of',
  'the',
  'de',
  'du',
  'des',
  'di',
  'del',
  'della',
  'und',
  'für',
  'y',
  'et',
  'on',
  'in',
]);

function splitSiteSuffix(titleLine: string): { title: string; site: string | null } {
  let cut = -1;
  let separatorLength = 0;
  for (const separator of SITE_SEPARATORS) {
    const at = titleLine.lastIndexOf(separator);
    if (at > cut) {
      cut = at;
      separatorLength = separator.length;
    }
  }
  if (cut <= 0) return { title: titleLine, site: null };
  const title = titleLine.slice(0, cut).trim();
  const site = titleLine.slice(cut + separatorLength).trim();
  return title !== '' && looksLikeSiteName(site)
    ? { title, site }
    : { title: titleLine, site: null };
}

function looksLikeSiteName(candidate: string): boolean {
  if (candidate.length === 0 || candidate.length > 60 || /[.!?…:;,]$/.test(candidate)) {
    return /^[\w-]+(?:\.[\w-]+)+$/.test(candidate); // a bare host name such as "lemonde.fr"
  }
  if (/^[\w-]+(?:\.[\w-]+)+$/.test(candidate)) return true;
  const words = candidate.split(/\s+/);
  if (words.length > 6) return false;
  let capitalised = 0;
  for (const word of words) {
    if (/^[\p{Lu}\p{N}]/u.test(word)) capitalised++;
    else if (!SITE_CONNECTORS.has(word)) return false;
  }
  return capitalised > 0;
}

export function hostOf(url: string | null): string | null {
  if (url === null) return null;
  const match = /^https?:\/\/([^/?#:]+)/i.exec(url);
  return match ? match[1]!.toLowerCase() : null;
}

/** Letters and digits of each word, lower case: "L’OTAN" → "lotan", "mi-chemin" → "michemin". */
function squashedWords(text: string): string[] {
  const words: string[] = [];
  for (const raw of text.toLowerCase().split(/\s+/)) {
    const word = raw.replace(/[^\p{L}\p{N}]/gu, '');
    if (word !== '') words.push(word);
  }
  return words;
}

/** The title again, or a slug of it made of its words ("LOTAN doit comprendre limportance …"). */
function isTitleRepeat(
  content: string,
  titleLine: string,
  titleWords: ReadonlySet<string>,
): boolean {
  if (content === titleLine) return true;
  if (titleWords.size < 4) return false;
  const words = squashedWords(content);
  if (words.length < 4 || words.length < titleWords.size / 2) return false;
  return words.every((word) => titleWords.has(word));
}

/**
 * @param lines all lines of the document
 * @param end index of the first comment header (or lines.length)
 */
export function readArticle(lines: SourceLines, end: number): Article {
  const removed: RemovedLine[] = [];
  const source: DocumentSource = { url: null, published: null, site: null };
  let cursor = 0;
  const skipBlank = () => {
    while (cursor < end && lines.isBlank(cursor)) cursor++;
  };

  // Above the title: the crawl's " date 2022-01-21 …" marker and a date line such as
  // "Monday, January 24, 2022". The marker's text after the date is the title.
  let titleLine = '';
  let titleLineNumber: number | null = null;
  skipBlank();
  if (cursor < end) {
    const metadata = matchMetadata(lines.content(cursor));
    if (metadata) {
      source.url = metadata.url;
      source.published = metadata.published;
      if (metadata.text === null) {
        removed.push({ line: cursor + 1, text: lines.raw(cursor), reason: 'metadata' });
      } else {
        titleLine = metadata.text;
        titleLineNumber = cursor + 1;
      }
      cursor++;
      skipBlank();
    }
  }
  while (titleLineNumber === null && cursor < end) {
    const date = readOtherDate(lines.content(cursor));
    if (!date) break;
    source.published ??= date.iso.slice(0, 10);
    removed.push({ line: cursor + 1, text: lines.content(cursor), reason: 'metadata' });
    cursor++;
    skipBlank();
  }

  let title = '';
  if (titleLineNumber === null && cursor < end) {
    titleLine = lines.content(cursor);
    titleLineNumber = cursor + 1;
    cursor++;
  }
  if (titleLineNumber !== null) {
    const split = splitSiteSuffix(titleLine);
    title = split.title;
    source.site = split.site;
  }
  source.site ??= hostOf(source.url);

  let declaredCommentCount: number | null = null;
  let declaredCountLine: number | null = null;
  skipBlank();
  if (cursor < end && DECLARED_COUNT.test(lines.content(cursor))) {
    declaredCommentCount = Number(lines.content(cursor));
    declaredCountLine = cursor + 1;
    cursor++;
  }

  // The indented block that runs up to the comments (or the end) is the site's chrome:
  // "20 commentaires", subscription boxes, the comment form's notice.
  let chromeStart = end;
  while (chromeStart > cursor) {
    if (!lines.isBlank(chromeStart - 1) && lines.indent(chromeStart - 1) === 0) break;
    chromeStart--;
  }

  const titleWords = new Set(squashedWords(titleLine));
  const body: ArticleParagraph[] = [];
  let paragraph: string[] = [];
  let paragraphLine = 0;
  // A paragraph ends at a blank line and at a line set aside, so that its lines are one range.
  const closeParagraph = (next: number) => {
    if (paragraph.length > 0)
      body.push({ text: paragraph.join('\n'), line: paragraphLine, endLine: next });
    paragraph = [];
  };
  for (let i = cursor; i < end; i++) {
    if (lines.isBlank(i)) {
      closeParagraph(i);
      continue;
    }
    const content = lines.content(i);
    if (i >= chromeStart || isChrome(content)) {
      closeParagraph(i);
      removed.push({ line: i + 1, text: content, reason: 'chrome' });
    } else if (isMetadata(content)) {
      closeParagraph(i);
      removed.push({ line: i + 1, text: content, reason: 'metadata' });
    } else if (titleLine !== '' && isTitleRepeat(content, titleLine, titleWords)) {
      closeParagraph(i);
      removed.push({ line: i + 1, text: content, reason: 'duplicate-title' });
    } else {
      if (paragraph.length === 0) paragraphLine = i + 1;
      paragraph.push(content);
    }
  }
  closeParagraph(end);

  if (source.published === null && body.length > 0) {
    source.published = findDateInText(body[0]!.text.slice(0, 160));
  }

  return {
    title,
    titleLine: titleLineNumber,
    source,
    body,
    removed,
    declaredCommentCount,
    declaredCountLine,
  };
}
