import { t } from '@lingui/core/macro';
import { lazy, Suspense, useState } from 'react';
import { count } from '../../components/formatting';
import { withMessages } from '../../locales/catalogues';

// The lines-around view and the source-text loader behind it load on first use: most readers
// never open one, and the reader page's initial JavaScript has a budget.
const LinesAround = lazy(() => withMessages(import('./LinesAround')));

type Props = {
  readonly documentId: string;
  readonly line: number;
  /** The document's language, set as `lang` on the source lines. */
  readonly language: string | null;
};

/** A disclosure under a note: the source lines around its line, loaded when opened. */
export function NoteLines({ documentId, line, language }: Props) {
  const [open, setOpen] = useState(false);
  const lineNumber = count(line);
  return (
    <details onToggle={(event) => setOpen(event.currentTarget.open)} className="mt-1">
      <summary className="cursor-pointer text-xs text-slate-700 dark:text-slate-300">
        {t`Lines around line ${lineNumber}`}
      </summary>
      {open && (
        <Suspense fallback={<p className="mt-1 text-xs">{t`Loading the text…`}</p>}>
          <LinesAround documentId={documentId} line={line} language={language} />
        </Suspense>
      )}
    </details>
  );
}
