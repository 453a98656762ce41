import { t } from '@lingui/core/macro';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { pageHolding, pageOf } from '../../thread/paging';
import { withMessages } from '../../locales/catalogues';

// The pager shows only for a text longer than a page: it loads then, below the text it pages.
const Pager = lazy(() =>
  withMessages(import('../../components/Pager')).then((module) => ({ default: module.Pager })),
);

/**
 * Paragraphs shown at once in one comment. A comment can hold any number of paragraphs (a
 * pasted document), and a virtualized thread bounds its rows, not what a row holds.
 */
const PARAGRAPHS_PER_PAGE = 50;

type Props = {
  readonly paragraphs: readonly string[];
  /** Paragraph `position`, with its search matches marked. */
  readonly render: (paragraph: string, position: number) => ReactNode;
  /** The paragraph holding the current search match; -1 when none does. */
  readonly currentParagraph: number;
  /** Which match is current (query and number), so that each new one brings its page. */
  readonly matchKey: string;
  /** Whose paragraphs, for the pager's name ("… in comment 1.2"): one name per landmark. */
  readonly commentId: string;
  /** The document's language ('fr'), set on each paragraph; null when unknown. */
  readonly language: string | null;
};

/** A comment's paragraphs, a page at a time when there are many; a search match brings its page. */
export function CommentParagraphs({
  paragraphs,
  render,
  currentParagraph,
  matchKey,
  commentId,
  language,
}: Props) {
  // The page the reader chose, and the match that was current then: a new current match (even
  // in the same paragraph) shows its own page, without setting state while rendering.
  const [chosen, setChosen] = useState({ page: 0, matchKey: '' });
  const pageNumber =
    currentParagraph >= 0 && matchKey !== chosen.matchKey
      ? pageHolding(currentParagraph, PARAGRAPHS_PER_PAGE)
      : chosen.page;
  const page = pageOf(paragraphs.length, PARAGRAPHS_PER_PAGE, pageNumber);
  return (
    <>
      {paragraphs.slice(page.start, page.end).map((paragraph, offset) => (
        <p
          key={page.start + offset}
          className="whitespace-pre-line break-words leading-relaxed"
          lang={language ?? undefined}
        >
          {render(paragraph, page.start + offset)}
        </p>
      ))}
      {page.pages > 1 && (
        <Suspense fallback={null}>
          <Pager
            page={page}
            onPage={(next) => setChosen({ page: next, matchKey })}
            items={t({ message: 'paragraphs', comment: 'what a pager pages through' })}
            label={t`Pages of paragraphs in comment ${commentId}`}
          />
        </Suspense>
      )}
    </>
  );
}
