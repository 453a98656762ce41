import { t } from '@lingui/core/macro';
import { useState } from 'react';
import { Link } from 'react-router';
import { count } from '../../components/formatting';
import { Pager } from '../../components/Pager';
import type { Comment, Severity } from '../../parser/types';
import type { NoteText } from '../../thread/diagnosticText';
import { commentAtLine, severityLabel } from '../../thread/notes';
import { pageOf } from '../../thread/paging';
import { commentDomId } from '../../thread/permalink';
import { NoteLines } from './NoteLines';

/** Notes shown at once in a group: a few, and the rest a page at a time. */
const NOTES_PER_PAGE = 10;

const SEVERITY_TONE: Readonly<Record<Severity, string>> = {
  error: 'text-rose-700 dark:text-rose-400',
  warning: 'text-amber-800 dark:text-amber-300',
  info: 'text-slate-600 dark:text-slate-400',
};

type Props<Item extends { readonly line: number }> = {
  /** "11,325 quotes not found in the comments they reply to". */
  readonly title: string;
  /** Shown beside the title; null for set-aside lines, which are not problems. */
  readonly severity: Severity | null;
  readonly items: readonly Item[];
  /**
   * What a note says: a text, or a text with its language when that may not be the interface's
   * (a parser note's stored English, diagnosticText).
   */
  readonly textOf: (item: Item) => string | NoteText;
  /** Whether a text is the document's own (a set-aside line), in `language`. */
  readonly textIsDocument: boolean;
  /** What the items are, for the pager's names: 'quotes not found'. */
  readonly itemsName: string;
  readonly documentId: string;
  /** Every comment in source order, to tie a note to the comment its line is in. */
  readonly comments: readonly Comment[];
  /** The page's query string, kept by links to comments (the sort lives there). */
  readonly search: string;
  /** The document's language, set as `lang` on its own text; null when unknown. */
  readonly language: string | null;
};

/**
 * One kind of note: its count and title, a page of its notes, and the pager for the rest. The
 * notes render only while the group is open.
 */
export function NoteGroup<Item extends { readonly line: number }>(props: Props<Item>) {
  const { title, severity, items, textOf, textIsDocument, itemsName, documentId, comments } = props;
  const { search, language } = props;
  const [open, setOpen] = useState(true);
  const [pageNumber, setPageNumber] = useState(0);
  const page = pageOf(items.length, NOTES_PER_PAGE, pageNumber);
  return (
    <details
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
      className="mt-3"
      data-note-group
    >
      <summary className="cursor-pointer font-medium text-slate-800 dark:text-slate-200">
        {severity && (
          <span className={`mr-1.5 text-xs font-semibold uppercase ${SEVERITY_TONE[severity]}`}>
            {severityLabel(severity)}
          </span>
        )}
        <span data-testid="note-group-title">{title}</span>
      </summary>
      {open && (
        <>
          <ul className="mt-1 divide-y divide-slate-200 dark:divide-slate-800">
            {items.slice(page.start, page.end).map((item, offset) => {
              const said = textOf(item);
              return (
                <Note
                  // By position: two notes may share a line and a message (an imported JSON).
                  key={page.start + offset}
                  line={item.line}
                  text={typeof said === 'string' ? said : said.text}
                  textLanguage={
                    typeof said !== 'string' ? said.lang : textIsDocument ? language : null
                  }
                  about={commentAtLine(comments, item.line)}
                  documentId={documentId}
                  search={search}
                  language={language}
                />
              );
            })}
          </ul>
          <Pager page={page} onPage={setPageNumber} items={itemsName} className="mt-2" />
        </>
      )}
    </details>
  );
}

type NoteProps = {
  readonly line: number;
  readonly text: string;
  /** The text's language when it is not the interface's (the document's, or 'en'); else null. */
  readonly textLanguage: string | null;
  readonly about: Comment | null;
  readonly documentId: string;
  readonly search: string;
  readonly language: string | null;
};

function Note({ line, text, textLanguage, about, documentId, search, language }: NoteProps) {
  const lineNumber = count(line);
  const commentId = about?.id;
  return (
    <li className="py-2" data-note-line={line}>
      <p className="text-xs text-slate-600 dark:text-slate-400">
        {t`Line ${lineNumber}`}
        {about && (
          <>
            {' · '}
            <Link
              to={{ search, hash: `#${commentDomId(about.id)}` }}
              className="text-blue-700 underline underline-offset-2 dark:text-blue-300"
            >
              {t({
                message: `comment ${commentId}`,
                comment: 'link to the comment a note is about',
              })}
            </Link>
          </>
        )}
      </p>
      <p className="break-words" lang={textLanguage ?? undefined}>
        {text}
      </p>
      <NoteLines documentId={documentId} line={line} language={language} />
    </li>
  );
}
