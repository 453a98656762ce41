import { plural, t } from '@lingui/core/macro';
import { useSuspenseQuery } from '@tanstack/react-query';
import { lazy, useMemo, type ReactNode } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { count, displayScore, formatPublished, languageName } from '../../components/formatting';
import { ThreadViews } from '../../components/ThreadViews';
import { documentQuery } from '../../library/queries';
import type { ParsedDocument } from '../../parser/types';
import { parseSortMode } from '../../thread/sort';
import { threadStats, type ThreadStats } from '../../thread/stats';
import { buildThreadIndex } from '../../thread/threadIndex';
import { AfterPaint } from './AfterPaint';
import { ArticleText } from './ArticleText';
import { ThreadView } from './ThreadView';
import { DocumentTitle } from '../../components/DocumentTitle';
import { withMessages } from '../../locales/catalogues';
import { useLocale } from '../../components/useLocale';

// Not needed to read the first comments: they load after the first paint, into places that
// hold their height.
const ExportButtons = lazy(() =>
  withMessages(import('./ExportButtons')).then((m) => ({ default: m.ExportButtons })),
);
const DiagnosticsPanel = lazy(() =>
  withMessages(import('./DiagnosticsPanel')).then((m) => ({ default: m.DiagnosticsPanel })),
);

export function ArticlePage() {
  // Re-renders in a new interface language (the page is not re-mounted: its state stays).
  useLocale();
  const { id = '' } = useParams();
  const { data: doc } = useSuspenseQuery(documentQuery(id));
  const [searchParams] = useSearchParams();
  const sort = parseSortMode(searchParams.get('sort'));
  const index = useMemo(() => buildThreadIndex(doc.comments), [doc]);
  const stats = useMemo(() => threadStats(index), [index]);

  return (
    <article aria-labelledby="article-title">
      <ArticleHeader doc={doc} stats={stats} />
      {/* Article left, thread right on wide screens; stacked on narrow ones. A page without
          comments keeps the article alone at reading width. */}
      <div
        className={`mt-6 grid gap-x-10 gap-y-8 ${stats.commentCount > 0 ? 'lg:grid-cols-[minmax(0,5fr)_minmax(0,7fr)]' : ''}`}
      >
        <section aria-labelledby="article-text-heading" className="min-w-0">
          <h2 id="article-text-heading" className="sr-only">
            {t({
              message: 'Article',
              comment: 'heading of the article’s text, beside its comments',
            })}
          </h2>
          <ArticleText body={doc.body} language={doc.language} />
          {(doc.diagnostics.length > 0 || doc.removed.length > 0) && (
            // The closed panel's height (a summary line, p-3, border); on a phone, a summary that
            // counts both notes and lines can take two lines.
            <div
              className={`mt-6 ${doc.diagnostics.length > 0 && doc.removed.length > 0 ? 'min-h-[calc(4rem+2px)] sm:min-h-[calc(2.75rem+2px)]' : 'min-h-[calc(2.75rem+2px)]'}`}
            >
              <AfterPaint>
                <DiagnosticsPanel
                  documentId={doc.id}
                  diagnostics={doc.diagnostics}
                  removed={doc.removed}
                  comments={index.comments}
                  language={doc.language}
                />
              </AfterPaint>
            </div>
          )}
        </section>
        <section aria-labelledby="comments-heading" className="min-w-0">
          <h2 id="comments-heading" className="mb-3 text-xl font-semibold">
            {t`Comments`}{' '}
            <span className="font-normal text-slate-600 dark:text-slate-400">
              ({count(stats.commentCount)})
            </span>
          </h2>
          {stats.commentCount === 0 ? (
            <p className="text-slate-600 dark:text-slate-400">
              {t`No comments on this page: the article is shown on its own.`}
            </p>
          ) : (
            <ThreadView key={doc.id} doc={doc} index={index} sort={sort} />
          )}
        </section>
      </div>
    </article>
  );
}

function ArticleHeader({ doc, stats }: { doc: ParsedDocument; stats: ThreadStats }) {
  const published = formatPublished(doc.source.published);
  const declared = doc.declaredCommentCount;
  const found = stats.commentCount;
  return (
    <header className="border-b border-slate-200 pb-4 has-[nav]:border-0 has-[nav]:pb-0 dark:border-slate-800">
      <DocumentTitle title={doc.title} language={doc.language} />
      <dl className="mt-3 flex flex-wrap gap-x-6 gap-y-1 text-sm text-slate-700 dark:text-slate-300">
        {(doc.source.site || doc.source.url) && (
          <Meta
            term={t({
              message: 'Source',
              comment: 'where the page comes from: its site or address',
            })}
          >
            {doc.source.url ? (
              <a
                href={doc.source.url}
                className="break-all text-blue-700 underline dark:text-blue-300"
                rel="noreferrer noopener"
              >
                {doc.source.site ?? doc.source.url}
              </a>
            ) : (
              doc.source.site
            )}
          </Meta>
        )}
        <Meta term={t({ message: 'Published', comment: 'when the article was published' })}>
          {published ?? t({ message: 'not given', comment: 'the page gives no publication date' })}
        </Meta>
        <Meta term={t({ message: 'Language', comment: 'the article’s language' })}>
          {languageName(doc.language)}
        </Meta>
        <Meta term={t`Comments`}>
          <span data-testid="comment-counts">
            {t({
              message: plural(found, { one: '# found', other: '# found' }),
              comment: 'comments found in the page',
            })}
            {declared !== null && (
              <span
                className={
                  declared !== stats.commentCount
                    ? 'font-semibold text-amber-800 dark:text-amber-300'
                    : ''
                }
              >
                {' '}
                {t({
                  message: plural(declared, { one: 'of # declared', other: 'of # declared' }),
                  comment: 'follows “20 found”: the count of comments the page itself states',
                })}
              </span>
            )}
          </span>
        </Meta>
        {stats.commentCount > 0 && (
          <Meta term={t({ message: 'Scores', comment: 'the comments’ vote scores' })}>
            {scoreSummary(stats)}
          </Meta>
        )}
      </dl>
      {/* One button's height (text-sm line, py-1, border): the buttons fit on one line. */}
      <div className="mt-3 min-h-[calc(1.75rem+2px)]">
        <AfterPaint>
          <ExportButtons doc={doc} />
        </AfterPaint>
      </div>
      {stats.commentCount > 0 && <ThreadViews documentId={doc.id} current="comments" />}
    </header>
  );
}

/** 'sum +12 · 9 up · 8 down · 3 even · 6 levels deep'. */
function scoreSummary(stats: ThreadStats): string {
  const sum = displayScore(stats.scoreSum);
  const { positive: up, negative: down, neutral: even, maxDepth: levels } = stats;
  return [
    t({ message: `sum ${sum}`, comment: 'the sum of the comments’ scores' }),
    t({
      message: plural(up, { one: '# up', other: '# up' }),
      comment: 'comments scored above zero',
    }),
    t({
      message: plural(down, { one: '# down', other: '# down' }),
      comment: 'comments scored below zero',
    }),
    t({
      message: plural(even, { one: '# even', other: '# even' }),
      comment: 'comments scored zero',
    }),
    t({
      message: plural(levels, { one: '# level deep', other: '# levels deep' }),
      comment: 'how deep the replies go',
    }),
  ].join(' · ');
}

function Meta({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="flex gap-1.5">
      <dt className="text-slate-600 dark:text-slate-400">{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
