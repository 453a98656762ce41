import { i18n } from '@lingui/core';
import { t } from '@lingui/core/macro';
import { useState, type ReactNode } from 'react';
import { Pager } from '../../components/Pager';
import { pageOf } from '../../thread/paging';

type SectionProps = {
  /** Prefix of the section's element ids and its test id: 'scores' → #scores-heading. */
  readonly id: string;
  readonly title: string;
  /** One sentence that says what the chart shows. */
  readonly summary: string;
  readonly children: ReactNode;
  /** The chart's figures as a table, behind a "Data table" disclosure. */
  readonly table?: ReactNode;
  readonly className?: string;
};

/**
 * One chart of the insights view: a heading, its one-sentence summary, the picture and a
 * "Data table" disclosure with the same figures.
 */
export function ChartSection({
  id,
  title,
  summary,
  children,
  table,
  className = '',
}: SectionProps) {
  return (
    <section
      aria-labelledby={`${id}-heading`}
      data-testid={`insights-${id}`}
      // Sections off screen are neither laid out nor painted until scrolled near (they stay in
      // the accessibility tree and in find-in-page): the view's first frame stays short.
      className={`min-w-0 rounded-lg border border-slate-200 p-4 [contain-intrinsic-size:auto_24rem] [content-visibility:auto] dark:border-slate-800 ${className}`}
    >
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        {title}
      </h2>
      <p className="mt-1 mb-3 text-sm text-slate-700 dark:text-slate-300" data-testid="summary">
        {summary}
      </p>
      {children}
      {table && <DataTable title={title}>{table}</DataTable>}
    </section>
  );
}

/**
 * The "Data table" disclosure. Its table is rendered only once opened: a closed one would
 * still be hundreds of elements to create, style and keep (a thread's days, its scores).
 */
function DataTable({ title, children }: { title: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="mt-3" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="cursor-pointer text-sm font-medium text-blue-800 dark:text-blue-200">
        {t({
          message: 'Data table',
          comment: 'a disclosure that shows a chart’s figures as a table',
        })}
        <span className="sr-only">
          {t({
            message: `: ${title}`,
            comment: 'read by screen readers only, after “Data table”: the chart the table is of',
          })}
        </span>
      </summary>
      {open && children}
    </details>
  );
}

type TableProps = {
  readonly caption: string;
  /** Column headings; the first heads the row headers. Columns after the first are numbers. */
  readonly head: readonly string[];
  readonly rowCount: number;
  /** The cells of row k: its header, then its data cells. */
  readonly row: (k: number) => readonly [ReactNode, ...ReactNode[]];
  /** Rows shown at once; longer tables get a pager (pages hold a bounded number of elements). */
  readonly pageSize?: number;
  /** What the rows are, for the pager's names: 'hours'. */
  readonly items: string;
};

/** The pager's name: 'Pages of the comments per hour'. */
function pagesOf(caption: string): string {
  const table = caption.toLocaleLowerCase(i18n.locale);
  return t({
    message: `Pages of the ${table}`,
    comment: 'the name of a table’s pager; the table’s caption, in lower case',
  });
}

/** A table of figures: a caption, column headers with scope, row headers, numbers right-aligned. */
export function FigureTable({ caption, head, rowCount, row, pageSize = 25, items }: TableProps) {
  const [pageNumber, setPageNumber] = useState(0);
  const page = pageOf(rowCount, pageSize, pageNumber);
  const rows: ReactNode[] = [];
  for (let k = page.start; k < page.end; k++) {
    const [header, ...cells] = row(k);
    rows.push(
      <tr key={k} className="border-t border-slate-200 dark:border-slate-800">
        <th scope="row" className="py-1 pr-3 text-left font-normal">
          {header}
        </th>
        {cells.map((cell, c) => (
          <td key={c} className="py-1 pl-3 text-right tabular-nums">
            {cell}
          </td>
        ))}
      </tr>,
    );
  }
  return (
    <div className="mt-2">
      <table className="w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {head.map((heading, c) => (
              <th
                key={heading}
                scope="col"
                className={`pb-1 font-semibold ${c === 0 ? 'pr-3 text-left' : 'pl-3 text-right'}`}
              >
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{rows}</tbody>
      </table>
      <Pager
        page={page}
        onPage={setPageNumber}
        items={items}
        label={pagesOf(caption)}
        className="mt-2"
      />
    </div>
  );
}
