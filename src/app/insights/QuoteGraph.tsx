import { plural, t } from '@lingui/core/macro';
import { Link } from 'react-router';
import { count } from '../../components/formatting';
import { ScoreBadge } from '../../components/ScoreBadge';
import { SECOND_SLOT, SLOT, Slotted } from '../../components/Slotted';
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
  const mostQuotedTitle = t`Most quoted comments`;
  const whoQuotesWhom = t`Who quotes whom`;
  return (
    <ChartSection
      id="quotes"
      title={t({ message: 'Quotes', comment: 'heading: comments quoting other comments' })}
      summary={quotesSummary(insights, (i) => comments[i]?.id ?? '?')}
      className="lg:col-span-2"
    >
      <div className="grid gap-6 lg:grid-cols-2">
        <div className="min-w-0">
          <h3 className="text-sm font-semibold">{mostQuotedTitle}</h3>
          {mostQuoted.length === 0 ? (
            <p className="text-sm text-slate-700 dark:text-slate-300">
              {t`No quote could be traced to the comment it quotes.`}
            </p>
          ) : (
            <FigureTable
              caption={mostQuotedTitle}
              head={[
                t({ message: 'Comment', comment: 'column heading: the comment a row is about' }),
                t({ message: 'Quoted', comment: 'column heading: how many times it is quoted' }),
                t({ message: 'Score', comment: 'column heading: a net score' }),
              ]}
              items={t({
                message: 'quoted comments',
                comment: 'what a ranked table pages through',
              })}
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
          <h3 className="text-sm font-semibold">{whoQuotesWhom}</h3>
          <p className="text-xs text-slate-700 dark:text-slate-300">
            {t`The page prints no authors: a name is known only where a reply quotes it. A quoting comment that no reply names is counted as “an unnamed reader”.`}
          </p>
          {quoteEdges.length === 0 ? (
            <p className="text-sm text-slate-700 dark:text-slate-300">{t`No quotes.`}</p>
          ) : (
            <FigureTable
              caption={whoQuotesWhom}
              head={[
                t({ message: 'Quoting → quoted', comment: 'column heading: a pair of authors' }),
                t({ message: 'Quotes', comment: 'column heading: how many quotes' }),
              ]}
              items={t({ message: 'pairs of authors', comment: 'what a table pages through' })}
              pageSize={10}
              rowCount={quoteEdges.length}
              row={(k) => {
                const edge = quoteEdges[k]!;
                // The names the page gives are the document's words; 'an unnamed reader' is the
                // interface's.
                const from =
                  edge.from === null ? (
                    authorName(null)
                  ) : (
                    <span lang={language ?? undefined}>{edge.from}</span>
                  );
                const to = <span lang={language ?? undefined}>{edge.to}</span>;
                return [
                  <span key="pair" className="wrap-anywhere">
                    {from} <span aria-hidden="true">→</span>
                    <span className="sr-only">
                      {t({
                        message: 'quotes',
                        comment: 'verb, read by screen readers only for the arrow: A → B',
                      })}
                    </span>{' '}
                    {to}
                  </span>,
                  <Link
                    key="count"
                    to={filterHref(documentId, quoteEdgeFilter(edge))}
                    className="text-blue-800 underline dark:text-blue-200"
                  >
                    <InlineBar value={edge.count} max={topEdge} label={count(edge.count)} />
                    <span className="sr-only">
                      {' '}
                      <Slotted message={quotesOfBy(edge.count)} second={from}>
                        {to}
                      </Slotted>
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

/**
 * 'quotes of {to} by {from}', read after a count by screen readers: `to` is SLOT and `from`
 * SECOND_SLOT, for Slotted to put the names there, each marked with its language.
 */
function quotesOfBy(quotes: number): string {
  const to = SLOT;
  const from = SECOND_SLOT;
  return t({
    message: plural(
      { quotes },
      { one: `quote of ${to} by ${from}`, other: `quotes of ${to} by ${from}` },
    ),
    comment: 'read after the count of quotes of one author by another, by screen readers only',
  });
}
