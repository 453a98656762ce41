import { t } from '@lingui/core/macro';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { count } from '../../components/formatting';
import { ScoreBadge } from '../../components/ScoreBadge';
import type { Comment } from '../../parser/types';
import type { Subthread } from '../../thread/insights';
import { ChartSection, FigureTable } from './ChartSection';
import { InlineBar } from './InlineBar';
import { commentHref, excerpt, formatHeat } from './insightsText';

type Props = {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly documentId: string;
  readonly rows: readonly Subthread[];
  /** The thread's comments in preorder: a Subthread's `comment` indexes them. */
  readonly comments: readonly Comment[];
  /** The document's language, for the excerpts. */
  readonly language: string | null;
  /** The figure the rows are ranked by, drawn as a bar. */
  readonly rankedBy: 'replies' | 'heat';
  readonly children?: ReactNode;
};

/**
 * A ranked table of subthreads (a comment and all replies under it): each row leads to its
 * comment in the reader, with the first words of the comment, its replies, score and heat.
 */
export function SubthreadTable(props: Props) {
  const { id, title, summary, documentId, rows, comments, language, rankedBy, children } = props;
  const top = rows.reduce((most, row) => Math.max(most, row[rankedBy]), 0);
  return (
    <ChartSection id={id} title={title} summary={summary}>
      {children}
      {rows.length > 0 && (
        <FigureTable
          caption={title}
          head={[
            t({ message: 'Comment', comment: 'column heading: the comment a row is about' }),
            t({ message: 'Replies', comment: 'column heading: all replies under a comment' }),
            t({ message: 'Score', comment: 'column heading: a net score' }),
            t({ message: 'Heat', comment: 'column heading: replies ÷ max(1, |score|)' }),
          ]}
          items={t({ message: 'subthreads', comment: 'what a ranked table pages through' })}
          rowCount={rows.length}
          row={(k) => {
            const row = rows[k]!;
            const comment = comments[row.comment];
            return [
              <CommentCell
                key="comment"
                documentId={documentId}
                comment={comment}
                language={language}
              />,
              rankedBy === 'replies' ? (
                <InlineBar value={row.replies} max={top} label={count(row.replies)} />
              ) : (
                count(row.replies)
              ),
              <ScoreBadge key="score" score={row.score} />,
              rankedBy === 'heat' ? (
                <InlineBar value={row.heat} max={top} label={formatHeat(row.heat)} />
              ) : (
                formatHeat(row.heat)
              ),
            ];
          }}
        />
      )}
    </ChartSection>
  );
}

/** 'Comment 1.2' leading to it in the reader, over the comment's first words. */
export function CommentCell({
  documentId,
  comment,
  language,
}: {
  documentId: string;
  comment: Comment | undefined;
  language: string | null;
}) {
  if (comment === undefined) return <span>{t`unknown comment`}</span>;
  const id = comment.id;
  const words = excerpt(comment);
  return (
    <>
      <Link
        to={commentHref(documentId, comment.id)}
        className="font-medium text-blue-800 underline dark:text-blue-200"
      >
        {t({ message: `Comment ${id}`, comment: 'a link to the comment with this id' })}
      </Link>
      {/* The comment's first words are the document's; "no text" is the interface's. */}
      <span
        lang={words === null ? undefined : (language ?? undefined)}
        className="block text-xs break-words text-slate-700 dark:text-slate-300"
      >
        {words ??
          t({ message: 'no text', comment: 'in place of the first words of an empty comment' })}
      </span>
    </>
  );
}
