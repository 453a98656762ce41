import { t } from '@lingui/core/macro';
import { lazy, Suspense, useRef, useState } from 'react';
import type { ArticleParagraph } from '../../parser/types';
import { pageOf } from '../../thread/paging';
import { withMessages } from '../../locales/catalogues';

// The pager shows only for a text longer than a page: it loads then, below the text it pages.
const Pager = lazy(() =>
  withMessages(import('../../components/Pager')).then((module) => ({ default: module.Pager })),
);

/**
 * Paragraphs shown at once. A page can hold 100,000 paragraphs of article text; rendering them
 * all would put that many elements on the page. Paging (rather than virtualizing) keeps the text
 * in normal flow, so find-in-page, selection and screen readers work on what is shown, and
 * previous/next make it plain that there is more.
 */
const PARAGRAPHS_PER_PAGE = 50;

type Props = {
  readonly body: readonly ArticleParagraph[];
  /** The document's language ('fr'), set on the text; null when unknown (it then inherits). */
  readonly language: string | null;
};

/** The article's paragraphs, a page at a time when there are many. */
export function ArticleText({ body, language }: Props) {
  const [pageNumber, setPageNumber] = useState(0);
  const top = useRef<HTMLDivElement>(null);
  const page = pageOf(body.length, PARAGRAPHS_PER_PAGE, pageNumber);
  if (body.length === 0)
    return (
      <p className="italic text-slate-600 dark:text-slate-400">
        {t`This page has no article text.`}
      </p>
    );
  const turn = (next: number) => {
    setPageNumber(next);
    // The new page starts at the top of the text, not where the old one ended; the focus goes
    // there too, or it would stay on a button now off screen.
    top.current?.scrollIntoView({ block: 'start' });
    top.current?.focus({ preventScroll: true });
  };
  return (
    <div ref={top} tabIndex={-1} className="scroll-mt-4">
      <div
        className="max-w-prose space-y-4 leading-relaxed"
        data-testid="article-text"
        // The article's own language (its pager, below, is the interface's).
        lang={language ?? undefined}
      >
        {body.slice(page.start, page.end).map((paragraph, offset) => (
          // By position: a document upgraded from format 1 has no line numbers (all 0).
          <p key={page.start + offset} className="whitespace-pre-line break-words">
            {paragraph.text}
          </p>
        ))}
      </div>
      {page.pages > 1 && (
        <Suspense fallback={null}>
          <Pager
            page={page}
            onPage={turn}
            items={t({ message: 'paragraphs', comment: 'what a pager pages through' })}
            className="mt-4"
          />
        </Suspense>
      )}
    </div>
  );
}
