// Stage 6: a quote names the author of an earlier comment. When the quoted text is found in an
// ancestor, that ancestor gets the author and the quote links to it.

import type { CommentTree } from './comments.ts';
import type { Diagnostic } from './types.ts';

/** Ancestors searched per quote: keeps a 5,000-deep chain of quotes linear, not quadratic. */
export const MAX_QUOTE_SEARCH_DEPTH = 64;

const EDGE_PUNCTUATION = /^[\p{P}\p{S}\s]+|[\p{P}\p{S}\s]+$/gu;
const WHITE_SPACE = /\s+/gu; // \s covers NBSP and the other Unicode spaces

/** Case, spaces and NBSP do not matter when matching a quote against its source. */
export function normalizeForQuote(text: string): string {
  return text.toLowerCase().replace(WHITE_SPACE, '');
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
function trimEdgePunctuation(text: string): string {
  // Most quotes start and end with a letter or digit: skip the Unicode-class regex then.
  const first = text.charAt(0);
  const last = text.charAt(text.length - 1);
  return first !== '' && WORD_CHAR.test(first) && WORD_CHAR.test(last)
    ? text
    : text.replace(EDGE_PUNCTUATION, '');
}

export function resolveQuotes(tree: CommentTree, diagnostics: Diagnostic[]): void {
  const { inSourceOrder, parentPosition } = tree;
  const normalizedText = new Map<number, string>();
  const rawText = (position: number) => inSourceOrder[position]!.paragraphs.join('\n');
  const textOf = (position: number) => {
    let text = normalizedText.get(position);
    if (text === undefined) {
      text = normalizeForQuote(inSourceOrder[position]!.paragraphs.join('\n'));
      normalizedText.set(position, text);
    }
    return text;
  };

  for (let position = 0; position < inSourceOrder.length; position++) {
    const comment = inSourceOrder[position]!;
    const quote = comment.quote;
    if (!quote) continue;
    const trimmed = trimEdgePunctuation(quote.text);
    const needle = normalizeForQuote(trimmed);
    let ancestor = parentPosition[position]!;
    let searched = 0;
    while (needle !== '' && ancestor !== -1 && searched < MAX_QUOTE_SEARCH_DEPTH) {
      // Most quotes are verbatim: try the raw text before normalising the ancestor's.
      if (rawText(ancestor).includes(trimmed) || textOf(ancestor).includes(needle)) break;
      ancestor = parentPosition[ancestor]!;
      searched++;
    }
    if (needle === '' || ancestor === -1 || searched === MAX_QUOTE_SEARCH_DEPTH) {
      diagnostics.push({
        code: 'quote-unresolved',
        severity: 'info',
        line: comment.line,
        message: `The quote from ${quote.author} in comment ${comment.id} was not found in the comments it replies to.`,
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
      });
    }
  }
}
