import { t } from '@lingui/core/macro';
import { Link } from 'react-router';
import { articlePath, insightsPath } from './paths';

const TAB =
  '-mb-px block border-b-2 border-transparent px-3 py-2 text-sm font-medium text-slate-700 hover:text-slate-950 aria-[current=page]:border-blue-700 aria-[current=page]:text-blue-800 dark:text-slate-300 dark:hover:text-white dark:aria-[current=page]:border-blue-300 dark:aria-[current=page]:text-blue-200';

/**
 * "Comments | Insights": the links between a thread's reader and its insights view, under the
 * title on both pages, the current one marked with aria-current="page". Links, not ARIA tabs:
 * each view is a page with its own address.
 */
export function ThreadViews({
  documentId,
  current,
}: {
  readonly documentId: string;
  readonly current: 'comments' | 'insights';
}) {
  return (
    <nav
      aria-label={t({
        message: 'Thread views',
        comment: 'navigation between a thread’s comments and its insights',
      })}
      className="mt-4 flex border-b border-slate-200 dark:border-slate-800"
    >
      <Link
        to={articlePath(documentId)}
        aria-current={current === 'comments' ? 'page' : undefined}
        className={TAB}
      >
        {t`Comments`}
      </Link>
      <Link
        to={insightsPath(documentId)}
        aria-current={current === 'insights' ? 'page' : undefined}
        className={TAB}
      >
        {t({ message: 'Insights', comment: 'a thread in figures and charts' })}
      </Link>
    </nav>
  );
}
