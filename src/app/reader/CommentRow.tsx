import { memo, type ReactNode } from 'react';
import { Link } from 'react-router';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { displayScore, plural } from '../../components/formatting';
import { ScoreBadge } from '../../components/ScoreBadge';
import { CommentParagraphs } from './CommentParagraphs';
import type { Comment } from '../../parser/types';
import { commentDomId } from '../../thread/permalink';
import { commentOccurrences, fieldOfOccurrence, firstMatchNumbers } from '../../thread/searchText';
import { formatAbsolute, formatRelative } from '../../thread/time';
import type { VisibleRow } from '../../thread/visibleRows';

/** An ancestor's thread line, drawn down the left edge of each of its descendants' rows. */
export type AncestorLine = { readonly id: string; readonly label: string };

// Indentation stops growing after this many levels (narrow, wide); a "replying to" cue takes over.
const NARROW_LEVELS = 3;
const WIDE_LEVELS = 10;

export type CommentRowProps = {
  readonly comment: Comment;
  readonly row: VisibleRow;
  readonly replyCount: number;
  /** Nearest last; at most WIDE_LEVELS of them. */
  readonly ancestors: readonly AncestorLine[];
  readonly parentLabel: string | null;
  readonly isTabStop: boolean;
  readonly highlighted: boolean;
  readonly dimmed: boolean;
  readonly now: Date;
  readonly search: string;
  /** Folded search query whose matches are marked; '' for none. */
  readonly query: string;
  /** Which of this comment's matches is the current one; -1 when none is. */
  readonly currentMatch: number;
  readonly onToggle: (id: string) => void;
  readonly onCollapseLine: (id: string) => void;
  readonly onCopyLink: (id: string) => void;
};

export function authorLabel(comment: Comment): string {
  return comment.author ?? 'anonymous';
}

export const CommentRow = memo(function CommentRow(props: CommentRowProps) {
  const { comment, row, replyCount, ancestors, parentLabel, isTabStop, highlighted, dimmed } =
    props;
  const depthShown = row.depth - 1;
  const expanded = !row.collapsed;
  const author = authorLabel(comment);
  const replies = plural(replyCount, 'reply', 'replies');
  const toggleLabel = `${expanded ? 'Collapse' : 'Expand'} comment by ${author}, score ${displayScore(comment.score)}, ${replies}`;
  // Search matches per field (author, quote author, quote, paragraphs) and the number of the
  // first match of each field among the comment's matches.
  const found = props.query ? commentOccurrences(comment, props.query) : [];
  const first = firstMatchNumbers(found);
  const marked = (field: number, text: string) => (
    <Marked
      text={text}
      at={found[field]}
      length={props.query.length}
      first={first[field] ?? 0}
      current={props.currentMatch}
    />
  );
  return (
    <div
      role="treeitem"
      id={commentDomId(comment.id)}
      data-index={row.index}
      data-score={comment.score}
      data-depth={row.depth}
      data-collapsed={row.collapsed}
      aria-level={row.depth}
      aria-posinset={row.posInSet}
      aria-setsize={row.setSize}
      aria-expanded={expanded}
      aria-label={`${author}, score ${displayScore(comment.score)}, ${formatRelative(comment.postedAt, props.now)}${row.collapsed ? `, collapsed, ${replies} hidden` : ''}`}
      tabIndex={isTabStop ? 0 : -1}
      className={`group/row relative flex scroll-mt-24 rounded-sm outline-offset-[-2px] focus-visible:outline-2 ${highlighted ? 'comment-highlight' : ''}`}
    >
      {ancestors.map((ancestor, position) => (
        <ThreadLine
          key={ancestor.id}
          id={ancestor.id}
          label={ancestor.label}
          onCollapse={props.onCollapseLine}
          // Far ancestors' lines give way on narrow screens; the cue below says whom this replies to.
          className={position < ancestors.length - NARROW_LEVELS ? 'hidden md:flex' : 'flex'}
        />
      ))}
      <div className="min-w-0 flex-1 py-1.5 pr-1">
        <ErrorBoundary
          fallback={() => (
            <p className="text-sm text-rose-700 dark:text-rose-400">
              This comment could not be shown.
            </p>
          )}
        >
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
            <span
              className={
                comment.author ? 'font-medium' : 'italic text-slate-600 dark:text-slate-400'
              }
            >
              {comment.author ? marked(0, comment.author) : author}
            </span>
            <PostedAt postedAt={comment.postedAt} now={props.now} />
            {row.collapsed && (
              <span className="text-slate-600 dark:text-slate-400" data-hidden-count={replyCount}>
                {replyCount > 0 ? `${replies} hidden` : 'text hidden'}
              </span>
            )}
            {parentLabel !== null && depthShown > NARROW_LEVELS && (
              // One line, cut to the row's width: deep in a chain the parent's id runs to
              // thousands of unbreakable characters and would widen the page tens of times over.
              <span
                className={`max-w-full truncate text-slate-600 dark:text-slate-400 ${depthShown > WIDE_LEVELS ? '' : 'md:hidden'}`}
              >
                ↳ replying to {parentLabel}
              </span>
            )}
            <button
              type="button"
              onClick={() => props.onCopyLink(comment.id)}
              className="ml-auto rounded px-1.5 text-xs text-slate-600 underline-offset-2 hover:underline dark:text-slate-400"
              aria-label={`Copy link to this comment by ${author}`}
            >
              link
            </button>
          </div>
          {expanded && (
            <div id={`body-${comment.id}`} className="flex">
              <ThreadLine
                id={comment.id}
                label={author}
                className="flex"
                onCollapse={props.onCollapseLine}
              />
              <div
                className={`min-w-0 flex-1 space-y-2 pb-1 pt-1 ${dimmed ? 'text-slate-600 dark:text-slate-400' : ''}`}
              >
                {dimmed && <p className="text-xs font-medium uppercase tracking-wide">Low score</p>}
                {comment.quote && (
                  <blockquote className="border-l-4 border-slate-300 bg-slate-50 px-3 py-2 text-sm dark:border-slate-600 dark:bg-slate-900">
                    <p className="mb-1 text-xs font-semibold text-slate-700 dark:text-slate-300">
                      {comment.quote.commentId !== null ? (
                        <Link
                          to={{
                            search: props.search,
                            hash: `#${commentDomId(comment.quote.commentId)}`,
                          }}
                          className="text-blue-700 underline underline-offset-2 dark:text-blue-300"
                          data-quote-link={comment.quote.commentId}
                        >
                          {marked(1, comment.quote.author)} wrote
                        </Link>
                      ) : (
                        <>{marked(1, comment.quote.author)} wrote</>
                      )}
                    </p>
                    <p className="whitespace-pre-line break-words">
                      {marked(2, comment.quote.text)}
                    </p>
                  </blockquote>
                )}
                <CommentParagraphs
                  paragraphs={comment.paragraphs}
                  render={(paragraph, position) => marked(3 + position, paragraph)}
                  currentParagraph={fieldOfOccurrence(found, props.currentMatch) - 3}
                  matchKey={
                    props.currentMatch >= 0 ? `${props.query}\u0000${props.currentMatch}` : ''
                  }
                  owner={`comment ${comment.id}`}
                />
              </div>
            </div>
          )}
        </ErrorBoundary>
      </div>
    </div>
  );
});

type MarkedProps = {
  text: string;
  /** Start offsets of the matches in text. */
  at: readonly number[] | undefined;
  length: number;
  /** Number of the first of these matches among the comment's. */
  first: number;
  current: number;
};

/** Text with its search matches marked; the current match stands out and can be scrolled to. */
function Marked({ text, at, length, first, current }: MarkedProps): ReactNode {
  if (!at?.length) return text;
  const parts: ReactNode[] = [];
  let from = 0;
  at.forEach((start, k) => {
    const isCurrent = first + k === current;
    parts.push(
      text.slice(from, start),
      <mark
        key={k}
        data-current-match={isCurrent || undefined}
        className={`rounded-sm text-slate-950 ${isCurrent ? 'bg-orange-300 outline-2 outline-orange-600' : 'bg-yellow-200'}`}
      >
        {text.slice(start, start + length)}
      </mark>,
    );
    from = start + length;
  });
  parts.push(text.slice(from));
  return parts;
}

type ThreadLineProps = {
  id: string;
  label: string;
  className: string;
  onCollapse: (id: string) => void;
};

function ThreadLine({ id, label, className, onCollapse }: ThreadLineProps) {
  // Mouse users collapse by clicking the line; keyboard users have the toggle button and Enter.
  return (
    <div
      aria-hidden="true"
      data-thread-line={id}
      title={`Collapse the comment by ${label}`}
      className={`group/line w-4 shrink-0 cursor-pointer justify-center self-stretch ${className}`}
      onClick={() => onCollapse(id)}
    >
      <span className="w-px bg-slate-300 group-hover/line:w-0.5 group-hover/line:bg-blue-600 dark:bg-slate-700 dark:group-hover/line:bg-blue-400" />
    </div>
  );
}

function PostedAt({ postedAt, now }: { postedAt: string | null; now: Date }) {
  const absolute = formatAbsolute(postedAt);
  return (
    <span className="text-slate-600 dark:text-slate-400">
      <time dateTime={postedAt ?? undefined} title={absolute}>
        {formatRelative(postedAt, now)}
      </time>
      {/* The exact time shows on hover and whenever the comment has focus. */}
      <span className="ml-1 hidden group-hover/row:inline group-focus-within/row:inline group-focus/row:inline">
        · {absolute}
      </span>
    </span>
  );
}
