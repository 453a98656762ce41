import { t } from '@lingui/core/macro';
import { useId } from 'react';
import { count } from '../../components/formatting';
import { languageLabel } from './collectionText';
import { isInvertedRange, type LanguageFacet } from './libraryFilter';
import {
  calendarDay,
  normalizeLanguages,
  type CommentsFilter,
  type LibraryView,
  type OriginFilter,
} from './libraryView';
import type { HistoryMode } from './useLibraryView';

type Props = {
  readonly view: LibraryView;
  readonly languages: readonly LanguageFacet[];
  readonly onChange: (next: LibraryView, mode: HistoryMode) => void;
  readonly id?: string;
  readonly className?: string;
};

const LEGEND = 'text-sm font-semibold';
const OPTION = 'flex min-h-8 items-center gap-2 text-sm';
const INPUT = 'size-5 shrink-0 accent-blue-700 dark:accent-blue-300';
const DATE =
  'mt-1 w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-700 dark:bg-slate-900 dark:[color-scheme:dark] aria-[invalid=true]:border-rose-700 dark:aria-[invalid=true]:border-rose-400';

/**
 * The library's filters: languages (with how many documents each would show), with or without
 * comments, imported or bundled, published from and to. A choice is a step in the history;
 * the dates, which change as they are typed, replace it. A From later than To is applied as
 * asked (it holds no day, so nothing is shown) and said beside the dates, which it describes.
 */
export function FilterPanel({ view, languages, onChange, id, className = '' }: Props) {
  const name = useId();
  const fromId = useId();
  const toId = useId();
  const rangeId = useId();
  const inverted = isInvertedRange(view.publishedFrom, view.publishedTo);
  const dateProblem = {
    'aria-invalid': inverted || undefined,
    'aria-describedby': inverted ? rangeId : undefined,
  };
  const comments: readonly [CommentsFilter, string][] = [
    ['any', t({ message: 'Any', comment: 'filter: documents with or without comments' })],
    ['with', t`With comments`],
    ['without', t`Without comments`],
  ];
  const origins: readonly [OriginFilter, string][] = [
    ['any', t({ message: 'Any', comment: 'filter: imported and bundled documents alike' })],
    [
      'imported',
      t({ message: 'Your imports', comment: 'filter: the documents the reader imported' }),
    ],
    [
      'bundled',
      t({ message: 'Bundled with Fil', comment: 'filter: the documents that come with Fil' }),
    ],
  ];
  const toggleLanguage = (language: string, on: boolean) =>
    onChange(
      {
        ...view,
        languages: normalizeLanguages(
          on ? [...view.languages, language] : view.languages.filter((each) => each !== language),
        ),
      },
      'push',
    );
  return (
    <div id={id} className={`space-y-5 ${className}`}>
      <fieldset>
        <legend className={LEGEND}>
          {t({ message: 'Language', comment: 'filter: the documents’ languages' })}
        </legend>
        {languages.map(({ language, count: documents }) => {
          const label = languageLabel(language);
          const shown = count(documents);
          return (
            <label key={language} className={OPTION}>
              <input
                type="checkbox"
                className={INPUT}
                checked={view.languages.includes(language)}
                onChange={(event) => toggleLanguage(language, event.target.checked)}
              />
              {t({
                message: `${label} (${shown})`,
                comment: 'a language in the filter, with how many documents it would show',
              })}
            </label>
          );
        })}
      </fieldset>
      <fieldset>
        <legend className={LEGEND}>{t({ message: 'Comments', comment: 'filter heading' })}</legend>
        {comments.map(([value, label]) => (
          <label key={value} className={OPTION}>
            <input
              type="radio"
              name={`${name}-comments`}
              className={INPUT}
              checked={view.comments === value}
              onChange={() => onChange({ ...view, comments: value }, 'push')}
            />
            {label}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend className={LEGEND}>
          {t({ message: 'Origin', comment: 'filter heading: imported or bundled documents' })}
        </legend>
        {origins.map(([value, label]) => (
          <label key={value} className={OPTION}>
            <input
              type="radio"
              name={`${name}-origin`}
              className={INPUT}
              checked={view.origin === value}
              onChange={() => onChange({ ...view, origin: value }, 'push')}
            />
            {label}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend className={LEGEND}>
          {t({ message: 'Published', comment: 'filter heading: publication dates' })}
        </legend>
        <div className="mt-1 grid grid-cols-2 gap-2 md:grid-cols-1">
          <label htmlFor={fromId} className="text-sm">
            {t({ message: 'From', comment: 'first day of the publication dates shown' })}
            <input
              id={fromId}
              type="date"
              className={DATE}
              value={view.publishedFrom ?? ''}
              max={view.publishedTo ?? undefined}
              {...dateProblem}
              onChange={(event) =>
                onChange({ ...view, publishedFrom: calendarDay(event.target.value) }, 'replace')
              }
            />
          </label>
          <label htmlFor={toId} className="text-sm">
            {t({ message: 'To', comment: 'last day of the publication dates shown' })}
            <input
              id={toId}
              type="date"
              className={DATE}
              value={view.publishedTo ?? ''}
              min={view.publishedFrom ?? undefined}
              {...dateProblem}
              onChange={(event) =>
                onChange({ ...view, publishedTo: calendarDay(event.target.value) }, 'replace')
              }
            />
          </label>
        </div>
        {/* In the page while empty: a live region, so that the message is heard as it comes. */}
        <p
          id={rangeId}
          role="status"
          className="mt-1 text-sm text-rose-800 empty:hidden dark:text-rose-300"
        >
          {inverted
            ? t({
                message: '“From” is later than “To”: no document is in this range.',
                comment: 'under the publication date filter; “From” and “To” are its fields',
              })
            : ''}
        </p>
      </fieldset>
    </div>
  );
}
