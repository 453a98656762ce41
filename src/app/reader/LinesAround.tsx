import { t } from '@lingui/core/macro';
import { useQuery } from '@tanstack/react-query';
import { count } from '../../components/formatting';
import { SourceLoadError, sourceTextQuery, type SourceText } from '../../library/sourceText';
import { indexLines, linesAround, type LineIndex } from '../../thread/notes';

/** Lines shown before and after a note's line. */
const RADIUS = 2;

// One index per loaded text, shared by every open disclosure: indexing a 50 MB text takes a
// moment, and the query cache hands every view the same SourceText object.
const indexes = new WeakMap<SourceText, LineIndex>();
function indexOf(source: SourceText): LineIndex {
  let index = indexes.get(source);
  if (!index) {
    index = indexLines(source.text);
    indexes.set(source, index);
  }
  return index;
}

const message = 'mt-1 text-xs text-slate-700 dark:text-slate-300';

type Props = {
  readonly documentId: string;
  readonly line: number;
  /** The document's language, set as `lang` on the lines' text. */
  readonly language: string | null;
};

/**
 * Why the text could not be loaded, worded here at render (the query keeps the error across a
 * change of language): an HTTP status, or what the browser said (not translated).
 */
function loadErrorText(error: Error): string {
  if (error instanceof SourceLoadError) {
    const { status } = error;
    return t`The text this document was read from could not be loaded (HTTP ${status}).`;
  }
  const reason = error.message;
  return t`The text this document was read from could not be loaded: ${reason}`;
}

/** The source lines around `line`, numbered, monospace, with the note's line marked. */
export default function LinesAround({ documentId, line, language }: Props) {
  const { data, error, isPending } = useQuery(sourceTextQuery(documentId));
  if (isPending) return <p className={message}>{t`Loading the text…`}</p>;
  if (error) {
    return <p className={message}>{loadErrorText(error)}</p>;
  }
  if (!data)
    return (
      <p className={message}>
        {t`Fil has no copy of the text this document was read from, so the lines around this note cannot be shown.`}
      </p>
    );
  const lines = linesAround(indexOf(data), line, RADIUS);
  const lineNumber = count(line);
  if (lines.length === 0)
    return (
      <p
        className={message}
      >{t`The text this document was read from has no line ${lineNumber}.`}</p>
    );
  const first = count(lines[0]!.number);
  const last = count(lines.at(-1)!.number);
  return (
    <ol
      className="mt-1 rounded border border-slate-200 bg-slate-50 py-1 font-mono text-xs dark:border-slate-800 dark:bg-slate-900"
      aria-label={t`Lines ${first} to ${last} of the text`}
      data-testid="lines-around"
    >
      {lines.map((source) => (
        <li
          key={source.number}
          className={`flex gap-3 px-2 ${source.target ? 'bg-amber-100 font-semibold text-slate-950 dark:bg-amber-900/60 dark:text-amber-50' : ''}`}
          aria-current={source.target ? 'true' : undefined}
          data-target-line={source.target || undefined}
        >
          <span className="w-12 shrink-0 select-none text-right tabular-nums text-slate-600 dark:text-slate-400">
            {count(source.number)}
          </span>
          <span className="min-w-0 whitespace-pre-wrap break-words">
            <span lang={language ?? undefined}>{source.text || ' '}</span>
            {source.target && <span className="sr-only"> {t`(the note’s line)`}</span>}
          </span>
        </li>
      ))}
    </ol>
  );
}
