import { Link } from 'react-router';
import { count } from '../../components/formatting';
import { ScoreBadge } from '../../components/ScoreBadge';
import type { Comment } from '../../parser/types';
import type { ThreadInsights } from '../../thread/insights';
import { ChartSection, FigureTable } from './ChartSection';
import { InlineBar } from './InlineBar';
import { CommentCell } from './SubthreadTable';
import { authorName, filterHref, quoteEdgeFilter, quotesSummary } from './insightsText';

type Props = {
  readonly documentId: string;
  readonly insights: ThreadInsights;
  readonly comments: readonly Comment[];
  readonly language: string | null;
};

/**
 * Quotes: the comments quoted most (each leads to it in the reader) and who quotes whom among
 * the authors the quotes name (each pair leads to its quoting comments, marked in the reader).
 */
export function QuoteGraph({ documentId, insights, comments, language }: Props) {
  const { mostQuoted, quoteEdges } = insights;
  const topQuoted = mostQuoted[0]?.quotedBy ?? 0;
  const topEdge = quoteEdges[0]?.count ?? 0;
  return (
    <ChartSection
      id="quotes"
      title="Quotes"
      summary={quotesSummary(insights, (i) => comments[i]?.id ?? '?')}
      className="lg:col-span-2"
    >
      <div className="grid gap-6 lg:grid-cols-2">
        <div className="min-w-0">
          <h3 className="text-sm font-semibold">Most quoted comments</h3>
          {mostQuoted.length === 0 ? (
            <p className="text-sm text-slate-700 dark:text-slate-300">
              No quote could be traced to the comment it quotes.
            </p>
          ) : (
            <FigureTable
              caption="Most quoted comments"
              head={['Comment', 'Quoted', 'Score']}
              items="quoted comments"
              rowCount={mostQuoted.length}
              row={(k) => {
                const entry = mostQuoted[k]!;
                const comment = comments[entry.comment];
                return [
                  <CommentCell
                    key="comment"
                    documentId={documentId}
                    comment={comment}
                    language={language}
                  />,
                  <InlineBar
                    key="quoted"
                    value={entry.quotedBy}
                    max={topQuoted}
                    label={count(entry.quotedBy)}
                  />,
                  comment ? <ScoreBadge key="score" score={comment.score} /> : '',
                ];
              }}
            />
          )}
        </div>
        <div className="min-w-0">
          <h3 className="text-sm font-semibold">Who quotes whom</h3>
          <p className="text-xs text-slate-700 dark:text-slate-300">
            The page prints no authors: a name is known only where a reply quotes it. A quoting
            comment that no reply names is counted as “an unnamed reader”.
          </p>
          {quoteEdges.length === 0 ? (
            <p className="text-sm text-slate-700 dark:text-slate-300">No quotes.</p>
          ) : (
            <FigureTable
              caption="Who quotes whom"
              head={['Quoting → quoted', 'Quotes']}
              items="pairs of authors"
              pageSize={10}
              rowCount={quoteEdges.length}
              row={(k) => {
                const edge = quoteEdges[k]!;
                return [
                  <span key="pair" className="break-words">
                    {authorName(edge.from)} <span aria-hidden="true">→</span>
                    <span className="sr-only">quotes</span> {edge.to}
                  </span>,
                  <Link
                    key="count"
                    to={filterHref(documentId, quoteEdgeFilter(edge))}
                    className="text-blue-800 underline dark:text-blue-200"
                  >
                    <InlineBar value={edge.count} max={topEdge} label={count(edge.count)} />
                    <span className="sr-only">
                      {' '}
                      quotes of {edge.to} by {authorName(edge.from)}
                    </span>
                  </Link>,
                ];
              }}
            />
          )}
        </div>
      </div>
    </ChartSection>
  );
}
