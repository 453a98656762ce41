import { t } from '@lingui/core/macro';

type ThreadLineProps = {
  readonly id: string;
  /** The comment's author as the reader names it (authorLabel). */
  readonly author: string;
  readonly className: string;
  readonly onCollapse: (id: string) => void;
};

/** The line down the left of a comment and its replies; a click on it collapses the comment. */
export function ThreadLine({ id, author, className, onCollapse }: ThreadLineProps) {
  // Mouse users collapse by clicking the line; keyboard users have the toggle button and Enter.
  // 24 px wide, a pointer target of the size WCAG 2.5.8 asks for.
  return (
    <div
      aria-hidden="true"
      data-thread-line={id}
      title={t`Collapse the comment by ${author}`}
      className={`group/line w-6 shrink-0 cursor-pointer justify-center self-stretch ${className}`}
      onClick={() => onCollapse(id)}
    >
      <span className="w-px bg-slate-300 group-hover/line:w-0.5 group-hover/line:bg-blue-600 dark:bg-slate-700 dark:group-hover/line:bg-blue-400" />
    </div>
  );
}
