import { plural, t } from '@lingui/core/macro';
import { memo, useEffect } from 'react';
import { Link, useLocation } from 'react-router';
import { Button } from '../../components/Button';
import { count } from '../../components/formatting';
import { FILTER_PARAM } from '../../thread/filter';
import type { ThreadOrder } from '../../thread/sort';
import type { ThreadIndex } from '../../thread/threadIndex';
import { filterSentence } from './filterText';
import { useFilter } from './useFilter';
import { useLocale } from '../../components/useLocale';

type Props = {
  readonly index: ThreadIndex;
  readonly order: ThreadOrder;
  /** The address's `show` value. */
  readonly raw: string;
  readonly reveal: (comment: number) => void;
  readonly openPaths: (comments: Int32Array) => void;
  /** Told the filter's matches (comment indices in display order) whenever they change. */
  readonly onMatches: (raw: string, matches: Int32Array | null) => void;
};

/**
 * The filter the address names (useFilter): what it shows, how many, the current one, steps
 * through them and a way back to the whole thread. An address Fil cannot read says so, and
 * shows the thread. It loads only with an address that has a filter, the filter's logic with it.
 * Memoised: its props hold still while the thread scrolls, and it reads every match to render.
 */
export const FilterBar = memo(function FilterBar({
  index,
  order,
  raw,
  reveal,
  openPaths,
  onMatches,
}: Props) {
  // Re-renders in a new interface language (the page is not re-mounted: its state stays).
  useLocale();
  const state = useFilter(index, order, raw, reveal, openPaths);
  useEffect(() => onMatches(raw, state.matches), [raw, state.matches, onMatches]);
  const location = useLocation();
  const params = new URLSearchParams(location.search);
  params.delete(FILTER_PARAM);
  const rest = params.toString();
  const total = state.matches?.length ?? 0;
  const current = count(state.current + 1);
  const all = count(total);
  return (
    <div
      role="group"
      aria-label={t({
        message: 'Filter',
        comment: 'the bar that describes the comments picked out',
      })}
      data-filter={state.raw ?? ''}
      className="mt-3 flex flex-wrap items-center gap-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm dark:border-amber-700 dark:bg-amber-950/40"
    >
      {/* At least 12rem: on a narrow screen the buttons go under the sentence, not beside it. */}
      <p className="min-w-48 flex-1 wrap-anywhere" aria-live="polite">
        {state.filter === null ? (
          t`This link asks for comments Fil cannot pick out, so the whole thread is shown.`
        ) : total === 0 ? (
          filterSentence(state.filter, 0)
        ) : (
          <>
            <span className="font-semibold">{filterSentence(state.filter, total)}</span>
            {plural(total, {
              one: ', marked in the thread',
              other: ', marked in the thread',
            })}
            {' · '}
            <span className="tabular-nums">
              {t({ message: `${current} of ${all}`, comment: 'the current match among them' })}
            </span>
          </>
        )}
      </p>
      {total > 1 && (
        <>
          <Button onClick={() => state.step(-1)}>
            <span aria-hidden="true">↑</span> {t`Previous`}
          </Button>
          <Button onClick={() => state.step(1)}>
            <span aria-hidden="true">↓</span> {t`Next`}
          </Button>
        </>
      )}
      <Link
        to={{ search: rest ? `?${rest}` : '' }}
        className="rounded-md px-2 py-1 text-blue-700 underline underline-offset-2 dark:text-blue-300"
      >
        {t`Show the whole thread`}
      </Link>
    </div>
  );
});
