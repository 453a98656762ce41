import { plural } from '../../components/formatting';
import type { Diagnostic, RemovedLine } from '../../parser/types';

type Props = {
  readonly diagnostics: readonly Diagnostic[];
  readonly removed: readonly RemovedLine[];
};

const SEVERITY_TONE = {
  error: 'text-rose-700 dark:text-rose-400',
  warning: 'text-amber-800 dark:text-amber-300',
  info: 'text-slate-600 dark:text-slate-400',
} as const;

/** What the parser noticed and what it set aside, quiet until asked for. */
export function DiagnosticsPanel({ diagnostics, removed }: Props) {
  if (diagnostics.length === 0 && removed.length === 0) return null;
  return (
    <details
      className="mt-6 rounded-md border border-slate-200 p-3 text-sm dark:border-slate-800"
      data-testid="diagnostics"
    >
      <summary className="cursor-pointer text-slate-700 dark:text-slate-300">
        {diagnostics.length > 0
          ? `${plural(diagnostics.length, 'parser note', 'parser notes')}, `
          : ''}
        {plural(removed.length, 'line', 'lines')} of page chrome set aside
      </summary>
      {diagnostics.length > 0 && (
        <ul className="mt-2 space-y-1">
          {diagnostics.map((diagnostic, position) => (
            <li key={position}>
              <span className={`font-semibold ${SEVERITY_TONE[diagnostic.severity]}`}>
                {diagnostic.severity}
              </span>{' '}
              <span className="text-slate-600 dark:text-slate-400">line {diagnostic.line}:</span>{' '}
              {diagnostic.message}
            </li>
          ))}
        </ul>
      )}
      {removed.length > 0 && (
        <ul className="mt-2 space-y-1 text-slate-600 dark:text-slate-400">
          {removed.map((entry) => (
            <li key={entry.line} className="break-words">
              <span className="text-slate-600 dark:text-slate-400">
                line {entry.line}, {entry.reason}:
              </span>{' '}
              {entry.text}
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
