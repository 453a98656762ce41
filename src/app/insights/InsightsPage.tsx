import { plural, t } from '@lingui/core/macro';
import { useSuspenseQuery } from '@tanstack/react-query';
import { startTransition, useEffect, useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { Button } from '../../components/Button';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { count } from '../../components/formatting';
import { articlePath } from '../../components/paths';
import { ThreadViews } from '../../components/ThreadViews';
import { documentQuery } from '../../library/queries';
import type { Comment, ParsedDocument } from '../../parser/types';
import type { ThreadInsights } from '../../thread/insights';
import { ActivityChart } from './ActivityChart';
import { DepthChart } from './DepthChart';
import { heatRule, hottestSummary, largestSummary, scoreRange } from './insightsText';
import { QuoteGraph } from './QuoteGraph';
import { ScoreHistogram } from './ScoreHistogram';
import { SubthreadTable } from './SubthreadTable';
import { useInsights } from './useInsights';
import { DocumentTitle } from '../../components/DocumentTitle';
import { useLocale } from '../../components/useLocale';

/** `/articles/:id/insights`: the thread in figures, each leading back into the reader. */
export function InsightsPage() {
  // Re-renders in a new interface language (the page is not re-mounted: its state stays).
  useLocale();
  const { id = '' } = useParams();
  const { data: doc } = useSuspenseQuery(documentQuery(id));
  return (
    <article aria-labelledby="article-title">
      <header>
        <DocumentTitle title={doc.title} language={doc.language} />
        <ThreadViews documentId={doc.id} current="insights" />
      </header>
      {doc.comments.length === 0 ? (
        <p className="mt-6 text-slate-700 dark:text-slate-300">
          {t`No comments on this page, so there is nothing to chart.`}{' '}
          <Link to={articlePath(doc.id)} className="text-blue-800 underline dark:text-blue-200">
            {t`Read the article`}
          </Link>
          .
        </p>
      ) : (
        <Insights key={doc.id} doc={doc} />
      )}
    </article>
  );
}

function Insights({ doc }: { doc: ParsedDocument }) {
  const { state, attempt, retry } = useInsights(doc.comments);
  const failure = (error: Error) => (
    <div role="alert" className="mt-6 rounded-lg border border-rose-300 p-4 dark:border-rose-800">
      <p className="font-semibold">{t`The figures could not be worked out.`}</p>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{error.message}</p>
      <Button size="medium" className="mt-3" onClick={retry}>
        {t`Try again`}
      </Button>
    </div>
  );
  return (
    <>
      <p role="status" className="mt-6 text-slate-700 empty:hidden dark:text-slate-300">
        {state.status === 'working' ? t`Working out the figures…` : ''}
      </p>
      {state.status === 'failed' && failure(state.error)}
      {state.status === 'ready' && (
        <ErrorBoundary key={attempt} fallback={failure}>
          <Charts doc={doc} comments={state.comments} insights={state.insights} />
        </ErrorBoundary>
      )}
    </>
  );
}

function Charts({
  doc,
  comments,
  insights,
}: {
  doc: ParsedDocument;
  comments: readonly Comment[];
  insights: ThreadInsights;
}) {
  const idOf = (i: number) => comments[i]?.id ?? '?';
  const largest = insights.largest[0];
  const largestId = largest === undefined ? '' : idOf(largest.comment);
  const later = useLater();
  const common = { documentId: doc.id, comments, language: doc.language };
  return (
    <div data-testid="insights" className="mt-6">
      <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm" data-testid="key-figures">
        <KeyFigure term={t`Comments`}>{count(insights.commentCount)}</KeyFigure>
        <KeyFigure term={t({ message: 'Scores', comment: 'heading: the comments’ net scores' })}>
          {scoreRange(insights.scores.min, insights.scores.max)}
        </KeyFigure>
        <KeyFigure term={t({ message: 'Levels', comment: 'key figure: how deep the replies go' })}>
          {count(insights.depths.length)}
        </KeyFigure>
        {largest && largest.replies > 0 && (
          <KeyFigure term={t`Largest subthread`}>
            {plural(
              { replies: largest.replies },
              { one: `comment ${largestId}, # reply`, other: `comment ${largestId}, # replies` },
            )}
          </KeyFigure>
        )}
        <KeyFigure
          term={t({ message: 'Quotes', comment: 'heading: comments quoting other comments' })}
        >
          {count(insights.quoteCount)}
        </KeyFigure>
      </dl>
      <div className="mt-4 grid gap-6 lg:grid-cols-2">
        <ScoreHistogram
          documentId={doc.id}
          scores={insights.scores}
          commentCount={insights.commentCount}
        />
        <DepthChart
          documentId={doc.id}
          depths={insights.depths}
          commentCount={insights.commentCount}
        />
        <ActivityChart documentId={doc.id} activity={insights.activity} />
        {later && (
          <>
            <SubthreadTable
              {...common}
              id="largest"
              title={t`Largest subthreads`}
              summary={largestSummary(insights.largest, idOf)}
              rows={insights.largest}
              rankedBy="replies"
            />
            <SubthreadTable
              {...common}
              id="hottest"
              title={t`Hottest subthreads`}
              summary={hottestSummary(insights.hottest, insights.largest, idOf)}
              rows={insights.hottest}
              rankedBy="heat"
            >
              <p className="mb-2 text-xs text-slate-700 dark:text-slate-300">{heatRule()}</p>
            </SubthreadTable>
            <QuoteGraph {...common} insights={insights} />
          </>
        )}
      </div>
    </div>
  );
}

/**
 * False for the first frame, true from the next one on: the ranked tables below the charts come
 * a frame after them, so that neither frame's rendering (style, layout, paint of the whole
 * view) is one long task on a big thread.
 */
function useLater(): boolean {
  const [later, setLater] = useState(false);
  useEffect(() => {
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => startTransition(() => setLater(true)));
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, []);
  return later;
}

function KeyFigure({ term, children }: { term: string; children: ReactNode }) {
  return (
    // A long term (French, Italian) wraps as a whole, its figure after it or on the next line.
    <div className="flex flex-wrap gap-x-1.5">
      <dt className="text-slate-600 dark:text-slate-400">{term}</dt>
      <dd className="font-semibold tabular-nums">{children}</dd>
    </div>
  );
}
