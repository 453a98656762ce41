import { plural, t } from '@lingui/core/macro';
import type { ReactNode } from 'react';
import { displayScore } from '../../components/formatting';
import { ScoreBadge } from '../../components/ScoreBadge';
import { formatDelay, formatPostedAt } from '../../components/postedAt';
import type { Comment } from '../../parser/types';
import { authorLabel } from '../../thread/labels';
import { formatAbsolute, isRecent } from '../../thread/time';
import type { VisibleRow } from '../../thread/visibleRows';

type Props = {
  readonly comment: Comment;
  readonly row: VisibleRow;
  readonly replyCount: number;
  /** Whom it replies to, when its place does not say; null for none. */
  readonly cue: string | null;
  /** The cue shows on wide screens too (else on narrow ones only, where fewer lines are drawn). */
  readonly cueEverywhere: boolean;
  /** In the address's filter: said in words for screen readers (the eye sees a bar). */
  readonly inFilter: boolean;
  /** The author's name with its search matches marked. */
  readonly markedAuthor: ReactNode;
  /** The document's language ('fr'), which its author's name is written in; null when unknown. */
  readonly language: string | null;
  /** The parent's postedAt, for the delay after it; null for a top-level comment. */
  readonly parentPostedAt: string | null;
  readonly now: Date;
  readonly onToggle: (id: string) => void;
  readonly onCopyLink: (id: string) => void;
};

/** A comment's first lines: whom it replies to, then toggle, score, author, time, what is hidden, link. */
export function CommentHeader({ comment, row, replyCount, cue, ...props }: Props) {
  const expanded = !row.collapsed;
  const author = authorLabel(comment);
  const score = displayScore(comment.score);
  // One message per state, the count's plural carrying the whole sentence.
  const toggleLabel = expanded
    ? plural(replyCount, {
        one: `Collapse comment by ${author}, score ${score}, # reply`,
        other: `Collapse comment by ${author}, score ${score}, # replies`,
      })
    : plural(replyCount, {
        one: `Expand comment by ${author}, score ${score}, # reply`,
        other: `Expand comment by ${author}, score ${score}, # replies`,
      });
  return (
    <>
      {cue !== null && (
        // A line of its own above the header: the header's width then never depends on it, so
        // the exact time that shows on hover cannot push the header onto a second line.
        // Short at any depth (an author or a place among siblings); a long name still wraps.
        <p
          className={`pl-1 text-xs text-slate-600 dark:text-slate-400 ${props.cueEverywhere ? '' : 'md:hidden'}`}
          data-reply-cue
        >
          <span aria-hidden="true">↳ </span>
          {cue}
        </p>
      )}
      <div className="flex flex-wrap items-center gap-x-2 gap-y-0.5 text-sm">
        <button
          type="button"
          aria-expanded={expanded}
          aria-controls={expanded ? `body-${comment.id}` : undefined}
          aria-label={toggleLabel}
          onClick={() => props.onToggle(comment.id)}
          className="inline-flex h-6 w-6 items-center justify-center rounded text-slate-700 hover:bg-slate-200 dark:text-slate-300 dark:hover:bg-slate-800"
          data-toggle
        >
          <span aria-hidden="true">{expanded ? '▾' : '▸'}</span>
        </button>
        <ScoreBadge score={comment.score} />
        {comment.author ? (
          // A name from the document, in its language; 'anonymous' is the interface's word.
          <span className="font-medium" lang={props.language ?? undefined}>
            {props.markedAuthor}
          </span>
        ) : (
          <span className="italic text-slate-600 dark:text-slate-400">{author}</span>
        )}
        <PostedAt
          postedAt={comment.postedAt}
          parentPostedAt={props.parentPostedAt}
          now={props.now}
        />
        {row.collapsed && (
          <span className="text-slate-600 dark:text-slate-400" data-hidden-count={replyCount}>
            {replyCount > 0
              ? plural(replyCount, { one: '# reply hidden', other: '# replies hidden' })
              : t({ message: 'text hidden', comment: 'a collapsed comment without replies' })}
          </span>
        )}
        {props.inFilter && (
          <span className="sr-only">
            {t({
              message: 'in the filter',
              comment: 'said of a comment the ?show= filter selects',
            })}
          </span>
        )}
        <button
          type="button"
          onClick={() => props.onCopyLink(comment.id)}
          // At least 24 × 24 px (WCAG 2.5.8).
          className="ml-auto inline-flex min-h-6 min-w-6 items-center justify-center rounded px-1.5 text-xs text-slate-600 underline-offset-2 hover:underline dark:text-slate-400"
          aria-label={t({
            message: `Copy link to this comment by ${author}`,
            comment: 'must contain the word of the button’s visible label “link”',
          })}
        >
          {t({ message: 'link', comment: 'button that copies the comment’s permalink' })}
        </button>
      </div>
    </>
  );
}

type PostedAtProps = {
  readonly postedAt: string | null;
  readonly parentPostedAt: string | null;
  readonly now: Date;
};

/**
 * When the comment was posted: how long ago when recent, else the date and time as written, and
 * on a reply how long after its parent ("+12 min"). The full date is its title, and a recent
 * comment shows it too on hover and while the comment has focus.
 */
function PostedAt({ postedAt, parentPostedAt, now }: PostedAtProps) {
  const absolute = formatAbsolute(postedAt);
  const delay = formatDelay(parentPostedAt, postedAt);
  return (
    <span className="text-slate-600 dark:text-slate-400">
      <time dateTime={postedAt ?? undefined} title={absolute}>
        {formatPostedAt(postedAt, now)}
      </time>
      {delay !== null && (
        <span className="ml-1" title={delayTitle(delay)}>
          · {delay}
        </span>
      )}
      {isRecent(postedAt, now) && (
        <span className="ml-1 hidden group-hover/row:inline group-focus-within/row:inline group-focus/row:inline">
          · {absolute}
        </span>
      )}
    </span>
  );
}

/** The delay's title: '12 min after the comment it replies to' for '+12 min'. */
function delayTitle(delay: string): string {
  const after = delay.slice(1);
  return t`${after} after the comment it replies to`;
}
