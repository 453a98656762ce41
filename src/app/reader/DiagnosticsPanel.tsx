import { plural, t } from '@lingui/core/macro';
import { lazy, Suspense, useState } from 'react';
import type { Comment, Diagnostic, RemovedLine } from '../../parser/types';
import { withMessages } from '../../locales/catalogues';

// Grouping, paging and the notes themselves load when the panel is first opened: most readers
// never open it, and the reader page's initial JavaScript has a budget.
const NotesContent = lazy(() => withMessages(import('./NotesContent')));

type Props = {
  readonly documentId: string;
  readonly diagnostics: readonly Diagnostic[];
  readonly removed: readonly RemovedLine[];
  /** Every comment in source order (ThreadIndex.comments). */
  readonly comments: readonly Comment[];
  /**
   * The document's language (ParsedDocument.language), set as `lang` on the document's own text
   * the panel quotes (set-aside lines, lines around a note) so that a screen reader reads it in
   * that language's voice; the notes themselves are in the interface language.
   */
  readonly language: string | null;
};

/**
 * What the parser noticed and what it set aside, quiet until asked for. A page can carry tens
 * of thousands of notes: they are grouped by kind, and each group shows a page of them at a
 * time, so the panel holds a bounded number of elements however long the input.
 */
export function DiagnosticsPanel(props: Props) {
  const { diagnostics, removed } = props;
  const [open, setOpen] = useState(false);
  if (diagnostics.length === 0 && removed.length === 0) return null;
  const notes = diagnostics.length;
  const lines = removed.length;
  return (
    <details
      className="rounded-md border border-slate-200 p-3 text-sm dark:border-slate-800"
      data-testid="diagnostics"
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary className="cursor-pointer text-slate-700 dark:text-slate-300">
        {[
          notes > 0 && plural(notes, { one: '# parser note', other: '# parser notes' }),
          lines > 0 && plural(lines, { one: '# line set aside', other: '# lines set aside' }),
        ]
          .filter(Boolean)
          .join(', ')}
      </summary>
      {open && (
        <Suspense fallback={<p className="mt-2">{t`Loading the notes…`}</p>}>
          <NotesContent {...props} />
        </Suspense>
      )}
    </details>
  );
}
