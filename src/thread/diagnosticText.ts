// A parser note said in the interface language. The parser stays free of the interface's
// catalogues (it runs in the import worker, and its output is the data contract): each note
// carries the values its English `message` was built from (`params`, src/parser/types.ts), and
// the notes panel builds the sentence from them here, on the main thread.

import { i18n } from '@lingui/core';
import { plural, t } from '@lingui/core/macro';
import type { Diagnostic } from '../parser/types';
import { count } from './numbers';

/**
 * A note's words and their language: null for the interface's (the active locale's), 'en' for
 * the parser's stored English `message`, which a page in another interface language marks so
 * that a screen reader reads it with an English voice.
 */
export type NoteText = { readonly text: string; readonly lang: 'en' | null };

/**
 * What `diagnostic` says: in the active locale, built from its `params` per code, numbers
 * grouped the locale's way (`lang` null); its stored English `message` (`lang` 'en') when it
 * has no params (a document stored or exported by an older Fil, a code this build does not
 * know, 'dedented-text'). In English the text is the parser's message, but for a count of 1 or
 * from 1,000, which the parser writes '1 comments' and '1000' where this writes '1 comment' and
 * '1,000'.
 */
export function diagnosticText(diagnostic: Diagnostic): NoteText {
  const text = fromParams(diagnostic);
  return text === null ? { text: diagnostic.message, lang: 'en' } : { text, lang: null };
}

/** The note built from its params in the active locale; null when it has none to build from. */
function fromParams(diagnostic: Diagnostic): string | null {
  switch (diagnostic.code) {
    case 'binary': {
      if (!diagnostic.params) break;
      const { characters } = diagnostic.params;
      const sample = count(diagnostic.params.sample);
      return plural(characters, {
        one: `# control or replacement character in the first ${sample} characters: this may be a binary file or a text in another encoding.`,
        other: `# control or replacement characters in the first ${sample} characters: this may be a binary file or a text in another encoding.`,
      });
    }
    case 'count-mismatch': {
      if (!diagnostic.params) break;
      const { declared, found } = diagnostic.params;
      // Two counts, each with its plural (comment/comments, was/were): the message is chosen by
      // the found count's plural category in the interface language, and `#` is the declared one.
      const foundCount = count(found);
      const foundIsOne = new Intl.PluralRules(i18n.locale).select(found) === 'one';
      if (found < declared)
        return foundIsOne
          ? plural(declared, {
              one: `The page declares # comment but ${foundCount} was found; the page may be cut short.`,
              other: `The page declares # comments but ${foundCount} was found; the page may be cut short.`,
            })
          : plural(declared, {
              one: `The page declares # comment but ${foundCount} were found; the page may be cut short.`,
              other: `The page declares # comments but ${foundCount} were found; the page may be cut short.`,
            });
      return foundIsOne
        ? plural(declared, {
            one: `The page declares # comment but ${foundCount} was found.`,
            other: `The page declares # comments but ${foundCount} was found.`,
          })
        : plural(declared, {
            one: `The page declares # comment but ${foundCount} were found.`,
            other: `The page declares # comments but ${foundCount} were found.`,
          });
    }
    case 'foreign-layout': {
      if (!diagnostic.params) break;
      const examples = diagnostic.params.examples
        .map((example) =>
          t({ message: `“${example}”`, comment: 'a line of the page quoted as an example' }),
        )
        .join(', ');
      const { lines } = diagnostic.params;
      const firstLine = count(diagnostic.params.firstLine);
      return plural(lines, {
        one: `No comment could be read, but # line such as ${examples} (from line ${firstLine}) looks like a comment section in a layout Fil does not read yet, such as a Hacker News, Reddit or Disqus page copied as text. The text is kept as article text.`,
        other: `No comment could be read, but # lines such as ${examples} (from line ${firstLine}) look like a comment section in a layout Fil does not read yet, such as a Hacker News, Reddit or Disqus page copied as text. The text is kept as article text.`,
      });
    }
    case 'indent-jump': {
      if (!diagnostic.params) break;
      const { comment } = diagnostic.params;
      const columns = count(diagnostic.params.columns);
      const usualColumns = count(diagnostic.params.usualColumns);
      return t`Comment ${comment} is indented ${columns} columns under its parent where replies usually step ${usualColumns}; it is read as a direct reply.`;
    }
    case 'numbering': {
      if (!diagnostic.params) break;
      const { comment } = diagnostic.params;
      // The number as the page wrote it ('1234.'), not grouped.
      const number = String(diagnostic.params.number);
      const position = count(diagnostic.params.position);
      return t({
        message: `Comment ${comment} is numbered ${number}. but is reply ${position} at its level; the tree follows indentation.`,
        comment: '"{number}." is the comment\'s number as the page writes it',
      });
    }
    case 'quote-unresolved': {
      if (!diagnostic.params) break;
      const { author, comment } = diagnostic.params;
      return t`The quote from ${author} in comment ${comment} was not found in the comments it replies to.`;
    }
    case 'author-conflict': {
      if (!diagnostic.params) break;
      const { comment, quoted, author, earlierAuthor } = diagnostic.params;
      return t`Comment ${comment} quotes comment ${quoted} as ${author}, but an earlier quote named ${earlierAuthor}; the first name is kept.`;
    }
    case 'truncated': {
      if (!diagnostic.params) break;
      const { dateLine } = diagnostic.params;
      return dateLine === null
        ? t`The text ends right after a comment header: the comment is kept without date or text.`
        : t`The text ends inside the date line of the last comment ("${dateLine}"): the comment is kept without date.`;
    }
  }
  return null;
}
