// Stage 6: a quote names the author of an earlier comment. When the quoted text is found in an
// ancestor, that ancestor gets the author and the quote links to it.

import type { CommentTree } from './comments.ts';
import type { Diagnostic } from './types.ts';

/** Ancestors searched per quote: keeps a 5,000-deep chain of quotes linear, not quadratic. */
const MAX_QUOTE_SEARCH_DEPTH = 64;

const WHITE_SPACE = /\s+/gu; // \s covers NBSP and the other Unicode spaces

/** Case, spaces and NBSP do not matter when matching a quote against its source. */
function normalizeForQuote(text: string): string {
  return text.toLowerCase().replace(WHITE_SPACE, '');
}

const EDGE_CHAR = /[\p{P}\p{S}\s]/u;
// ASCII decided by hand, the rest of Unicode by its general category.
const isEdgeChar = (code: number) =>
  code < 0x80
    ? !(
        (code >= 0x30 && code <= 0x39) ||
        (code >= 0x41 && code <= 0x5a) ||
        (code >= 0x61 && code <= 0x7a)
      )
    : EDGE_CHAR.test(String.fromCharCode(code));

/** The text without punctuation, symbols and spaces at either end. */
function trimEdgePunctuation(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isEdgeChar(text.charCodeAt(start))) start++;
  while (end > start && isEdgeChar(text.charCodeAt(end - 1))) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

export function resolveQuotes(tree: CommentTree, diagnostics: Diagnostic[]): void {
  const { inSourceOrder, parentPosition, paragraphLines } = tree;
  const { text: source, contentStarts, contentEnds } = tree.lines;
  const normalizedText = new Map<number, string>();
  // A needle without a line break is in a paragraph exactly when it is in one line's content,
  // so the text between the first and last paragraph line can be searched as written (the
  // needle has no blank at either end, so it cannot match in indentation). This leaves the
  // paragraph strings unread: reading one would flatten it into a copy.
  const containsRaw = (position: number, needle: string) => {
    const from = paragraphLines[2 * position]!;
    const to = paragraphLines[2 * position + 1]!;
    return from < to && source.slice(contentStarts[from], contentEnds[to - 1]).includes(needle);
  };
  const textOf = (position: number) => {
    let text = normalizedText.get(position);
    if (text === undefined) {
      text = normalizeForQuote(inSourceOrder[position]!.paragraphs.join('\n'));
      normalizedText.set(position, text);
    }
    return text;
  };

  for (const position of tree.quotePositions) {
    const comment = inSourceOrder[position]!;
    const quote = comment.quote!;
    const trimmed = trimEdgePunctuation(quote.text);
    let needle: string | null = null; // normalised only when a verbatim search fails
    let ancestor = parentPosition[position]!;
    let searched = 0;
    while (trimmed !== '' && ancestor !== -1 && searched < MAX_QUOTE_SEARCH_DEPTH) {
      // Most quotes are verbatim: try the raw text before normalising anything.
      if (!trimmed.includes('\n') && containsRaw(ancestor, trimmed)) break;
      needle ??= normalizeForQuote(trimmed);
      if (needle !== '' && textOf(ancestor).includes(needle)) break;
      ancestor = parentPosition[ancestor]!;
      searched++;
    }
    if (trimmed === '' || ancestor === -1 || searched === MAX_QUOTE_SEARCH_DEPTH) {
      diagnostics.push({
        code: 'quote-unresolved',
        severity: 'info',
        line: comment.line,
        message: `The quote from ${quote.author} in comment ${comment.id} was not found in the comments it replies to.`,
        params: { comment: comment.id, author: quote.author },
      });
      continue;
    }
    const source = inSourceOrder[ancestor]!;
    quote.commentId = source.id;
    if (source.author === null) {
      source.author = quote.author;
    } else if (source.author !== quote.author) {
      diagnostics.push({
        code: 'author-conflict',
        severity: 'info',
        line: comment.line,
        message: `Comment ${comment.id} quotes comment ${source.id} as ${quote.author}, but an earlier quote named ${source.author}; the first name is kept.`,
        params: {
          comment: comment.id,
          quoted: source.id,
          author: quote.author,
          earlierAuthor: source.author,
        },
      });
    }
  }
}
