import { i18n } from '@lingui/core';
import { t } from '@lingui/core/macro';
import { useId, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { SORT_LABELS, SORT_MODES, type SortMode } from '../../thread/sort';
import { Button } from '../../components/Button';

type Props = {
  readonly sort: SortMode;
  readonly threshold: number;
  readonly onThresholdChange: (threshold: number) => void;
  readonly onCollapseAll: () => void;
  readonly onExpandAll: () => void;
  readonly onShowHelp: () => void;
};

export function ThreadToolbar(props: Props) {
  const location = useLocation();
  const thresholdId = useId();
  // The field may hold a half-typed value ("-"); only whole numbers reach the thread.
  const [draft, setDraft] = useState(String(props.threshold));
  const sortHref = (mode: SortMode) => {
    const params = new URLSearchParams(location.search);
    params.set('sort', mode);
    return { search: `?${params.toString()}` };
  };
  return (
    <div className="flex flex-col gap-3 border-b border-slate-200 pb-3 dark:border-slate-800">
      <nav aria-label={t`Sort comments`} className="flex flex-wrap items-center gap-1 text-sm">
        <span className="mr-1 text-slate-600 dark:text-slate-400">
          {t({ message: 'Sort:', comment: 'before the list of sort orders' })}
        </span>
        {SORT_MODES.map((mode) => (
          <Link
            key={mode}
            to={sortHref(mode)}
            aria-current={mode === props.sort ? 'true' : undefined}
            data-sort={mode}
            className={`rounded-full px-2.5 py-0.5 ${
              mode === props.sort
                ? 'bg-slate-900 text-white dark:bg-slate-100 dark:text-slate-900'
                : 'text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800'
            }`}
          >
            {i18n._(SORT_LABELS[mode])}
          </Link>
        ))}
      </nav>
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <label htmlFor={thresholdId} className="text-slate-700 dark:text-slate-300">
          {t({
            message: 'Collapse at score ≤',
            comment: 'label of a number field: comments scored at or below it start collapsed',
          })}
        </label>
        <input
          id={thresholdId}
          type="number"
          step={1}
          inputMode="numeric"
          value={draft}
          onChange={(event) => {
            setDraft(event.target.value);
            const value = Number(event.target.value);
            if (event.target.value.trim() !== '' && Number.isInteger(value))
              props.onThresholdChange(value);
          }}
          className="w-20 rounded-md border border-slate-300 bg-white px-2 py-1 dark:border-slate-700 dark:bg-slate-900"
        />
        <Button onClick={props.onCollapseAll}>{t`Collapse all`}</Button>
        <Button onClick={props.onExpandAll}>{t`Expand all`}</Button>
        <Button className="ml-auto" onClick={props.onShowHelp} aria-haspopup="dialog">
          {t({ message: 'Keys', comment: 'button that lists the keyboard shortcuts' })}{' '}
          <kbd className="font-mono">?</kbd>
        </Button>
      </div>
    </div>
  );
}
