import { t } from '@lingui/core/macro';
import { memo, type ReactNode } from 'react';
import { Link } from 'react-router';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import type { Comment } from '../../parser/types';
import { authorLabel, NARROW_LEVELS, type AncestorLine } from '../../thread/labels';
import { commentDomId } from '../../thread/permalink';
import type { commentMatches } from '../../thread/searchText';
import type { VisibleRow } from '../../thread/visibleRows';
import { CommentHeader } from './CommentHeader';
import { CommentParagraphs } from './CommentParagraphs';
import { Marked } from './Marked';
import { ThreadLine } from './ThreadLine';
import { useLocale } from '../../components/useLocale';

export type CommentRowProps = {
  readonly comment: Comment;
  readonly row: VisibleRow;
  readonly replyCount: number;
  /** The branching ancestors' lines, one per column of indent; nearest last, at most WIDE_LEVELS. */
  readonly ancestors: readonly AncestorLine[];
  /** Whom it replies to ('replying to …'), when its place does not say; see replyCue. */
  readonly cue: string | null;
  /** The cue shows on wide screens too (else on narrow ones only). */
  readonly cueEverywhere: boolean;
  readonly isTabStop: boolean;
  readonly highlighted: boolean;
  readonly dimmed: boolean;
  /** In the filter the address names (?show=…): marked, and said so. */
  readonly inFilter: boolean;
  /** The parent's postedAt (null for a top-level comment): a reply shows how long after it came. */
  readonly parentPostedAt: string | null;
  readonly now: Date;
  readonly search: string;
  /** Folded search query whose matches are marked; '' for none. */
  readonly query: string;
  /** Finds them: searchText's commentMatches, which loads with the search; null before. */
  readonly matchesIn: typeof commentMatches | null;
  /** Which of this comment's matches is the current one; -1 when none is. */
  readonly currentMatch: number;
  readonly onToggle: (id: string) => void;
  readonly onCollapseLine: (id: string) => void;
  readonly onCopyLink: (id: string) => void;
  /** The document's language ('fr'), set on the comment's own text; null when unknown. */
  readonly language: string | null;
};

/** What a quote's heading says: '<author> wrote', the author's name in place of its token. */
function quoteHeading(author: ReactNode): ReactNode {
  // The name is marked text in the document's language, so it cannot go through the message as
  // a string: the message holds a token where the name goes, and the name is put back there.
  const token = '\u0001';
  const heading = t({
    message: `${token} wrote`,
    comment: 'heading of a quote in a comment; {token} is the quoted author’s name',
  });
  const at = heading.indexOf(token);
  if (at < 0)
    return (
      <>
        {author} {heading}
      </>
    );
  return (
    <>
      {heading.slice(0, at)}
      {author}
      {heading.slice(at + token.length)}
    </>
  );
}

/** One comment of the thread: its header, thread lines, quote and paragraphs, matches marked. */
export const CommentRow = memo(function CommentRow(props: CommentRowProps) {
  // Re-renders in a new interface language (the page is not re-mounted: its state stays).
  useLocale();
  const { comment, row, replyCount, ancestors, isTabStop, highlighted, dimmed } = props;
  // The comment's own text (its paragraphs, its quote, its author's name) is in the document's
  // language, so that a screen reader reads French with a French voice in an English interface;
  // Fil's words around it (score, dates, buttons) stay in the interface language.
  const lang = props.language ?? undefined;
  const expanded = !row.collapsed;
  const author = authorLabel(comment);
  // Search matches per field (author, quote author, quote, paragraphs) and the number of the
  // first match of each field among the comment's matches.
  const matches =
    props.query && props.matchesIn
      ? props.matchesIn(comment, props.query, props.currentMatch)
      : null;
  const marked = (field: number, text: string) => (
    <Marked
      text={text}
      at={matches?.found[field]}
      length={props.query.length}
      first={matches?.first[field] ?? 0}
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
      data-in-filter={props.inFilter || undefined}
      aria-level={row.depth}
      aria-posinset={row.posInSet}
      aria-setsize={row.setSize}
      aria-expanded={expanded}
      // No aria-label: the name comes from what the row shows (WCAG 2.5.3, label in name), and
      // aria-level, aria-expanded and the hidden-replies count say the rest.
      tabIndex={isTabStop ? 0 : -1}
      // Scrolled or focused, the row and its links and buttons keep clear of the sticky search bar
      // (scroll-margin 96 px > its 64): focus is never hidden under it (WCAG 2.4.11).
      className={`group/row relative flex scroll-mt-24 rounded-sm [&_:is(a,button)]:scroll-mt-24 outline-offset-[-2px] focus-visible:outline-2 ${highlighted ? 'comment-highlight' : ''} ${props.inFilter ? 'comment-in-filter' : ''}`}
    >
      {ancestors.map((ancestor, position) => (
        <ThreadLine
          key={ancestor.id}
          id={ancestor.id}
          author={authorLabel(ancestor)}
          onCollapse={props.onCollapseLine}
          // Far ancestors' lines give way on narrow screens; the cue below says whom this replies to.
          className={position < ancestors.length - NARROW_LEVELS ? 'hidden md:flex' : 'flex'}
        />
      ))}
      <div className="min-w-0 flex-1 py-1.5 wrap-anywhere">
        <ErrorBoundary
          fallback={() => (
            <p className="text-sm text-rose-700 dark:text-rose-400">
              {t`This comment could not be shown.`}
            </p>
          )}
        >
          <CommentHeader
            comment={comment}
            row={row}
            replyCount={replyCount}
            cue={props.cue}
            cueEverywhere={props.cueEverywhere}
            inFilter={props.inFilter}
            markedAuthor={comment.author ? marked(0, comment.author) : null}
            language={props.language}
            parentPostedAt={props.parentPostedAt}
            now={props.now}
            onToggle={props.onToggle}
            onCopyLink={props.onCopyLink}
          />
          {expanded && (
            <div id={`body-${comment.id}`} className="flex">
              <ThreadLine
                id={comment.id}
                author={author}
                className="flex"
                onCollapse={props.onCollapseLine}
              />
              <div
                className={`min-w-0 flex-1 space-y-2 pb-1 pt-1 ${dimmed ? 'text-slate-600 dark:text-slate-400' : ''}`}
              >
                {dimmed && (
                  <p className="text-xs font-medium uppercase tracking-wide">
                    {t({
                      message: 'Low score',
                      comment: 'label of a comment at or below the collapse threshold',
                    })}
                  </p>
                )}
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
                          {quoteHeading(<span lang={lang}>{marked(1, comment.quote.author)}</span>)}
                        </Link>
                      ) : (
                        quoteHeading(<span lang={lang}>{marked(1, comment.quote.author)}</span>)
                      )}
                    </p>
                    <p className="whitespace-pre-line break-words" lang={lang}>
                      {marked(2, comment.quote.text)}
                    </p>
                  </blockquote>
                )}
                <CommentParagraphs
                  paragraphs={comment.paragraphs}
                  render={(paragraph, position) => marked(3 + position, paragraph)}
                  currentParagraph={(matches?.currentField ?? -1) - 3}
                  matchKey={
                    props.currentMatch >= 0 ? `${props.query}\u0000${props.currentMatch}` : ''
                  }
                  commentId={comment.id}
                  language={props.language}
                />
              </div>
            </div>
          )}
        </ErrorBoundary>
      </div>
    </div>
  );
});
