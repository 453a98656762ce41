import { t } from '@lingui/core/macro';
import { useId, useState } from 'react';
import { activateLocale } from './i18n';
import { isLocale, LOCALES, type Locale } from '../locales/catalogues';
import { useLocale } from '../components/useLocale';

// Each language is named in itself, so that a reader lost in a foreign interface finds theirs.
const ENDONYMS: Record<Locale, string> = { en: 'English', fr: 'Français', it: 'Italiano' };

/** The interface language, remembered for the next visit. */
export function LocaleSwitch() {
  const locale = useLocale();
  const id = useId();
  const [failed, setFailed] = useState(false);
  return (
    <div className="flex items-center gap-2 text-sm">
      <label htmlFor={id} className="sr-only">
        {t`Language`}
      </label>
      <select
        id={id}
        value={locale}
        data-testid="locale-switch"
        className="min-h-9 rounded-md border border-slate-300 bg-white px-2 py-1 dark:border-slate-700 dark:bg-slate-900"
        onChange={(event) => {
          const chosen = event.target.value;
          if (!isLocale(chosen)) return;
          activateLocale(chosen, true).then(
            () => setFailed(false),
            () => setFailed(true),
          );
        }}
      >
        {LOCALES.map((option) => (
          <option key={option} value={option} lang={option}>
            {ENDONYMS[option]}
          </option>
        ))}
      </select>
      {failed && (
        <span role="alert" className="text-red-700 dark:text-red-400">
          {t`That language could not be loaded; try again when online.`}
        </span>
      )}
    </div>
  );
}
