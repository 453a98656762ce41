import { bisector, max } from 'd3-array';
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { area, curveStepAfter } from 'd3-shape';
import { useState } from 'react';
import { count } from '../../components/formatting';
import type { Bin } from '../../thread/insights';
import { Markers, TICK_TEXT, type Tick } from './Markers';
import { useClientNavigate } from './useClientNavigate';
import { useElementWidth } from './useElementWidth';

/** Below zero, zero, above zero (scores), or one colour for everything else. */
export type Tone = 'negative' | 'neutral' | 'positive' | 'plain';

type Props = {
  /** One column per bin, over [x0, x1) of the x axis. */
  readonly columns: readonly Bin[];
  /**
   * A column's name, for its link and tooltip: 'Score −3: 2 comments'. Asked only of the
   * columns drawn as links and of the one under the pointer: a year of days has 365.
   */
  readonly describe: (column: Bin) => string;
  /** Where a column with comments leads in the reader. */
  readonly hrefOf: (column: Bin) => string;
  /** The column's colour; one colour when not given. */
  readonly toneOf?: (column: Bin) => Tone;
  /** The x axis's labels for the scale the chart drew with and its plot width in px. */
  readonly ticks: (x: ScaleLinear<number, number>, plotWidth: number) => readonly Tick[];
  /** The name of the group of column links: 'Score histogram'. */
  readonly name: string;
  /** Dashed lines across the plot (the start of a chapter), labelled at the top. */
  readonly markers?: readonly Tick[];
  readonly height?: number;
};

// Blue above zero and orange below: a diverging pair that colour-blind readers tell apart
// (unlike red and green), each over 3:1 against the page in both themes (WCAG 1.4.11). The sign
// is in every label too.
const FILL: Record<Tone, string> = {
  negative: 'fill-orange-700 dark:fill-orange-400',
  neutral: 'fill-slate-500 dark:fill-slate-400',
  positive: 'fill-blue-600 dark:fill-blue-400',
  plain: 'fill-indigo-600 dark:fill-indigo-400',
};

/** Columns that are links (each a tab stop) at most; more become one area with a pointer readout. */
const MAX_LINKED = 48;
/** A column narrower than this (px) is drawn in the area instead. */
const MIN_LINKED_WIDTH = 4;
const MARGIN = { top: 18, right: 8, bottom: 24 } as const;

/**
 * A column chart in SVG drawn by React from d3 scales: columns that are links into the reader
 * (an SVG <a> per column, followed through the router) while they are few and wide enough to
 * hit; past that, one step area with a pointer readout (the data table under the chart carries
 * the links for the keyboard). Axis text is hidden from assistive technology: the summary and
 * the table say the same.
 */
export function ColumnChart(props: Props) {
  const { columns, describe, hrefOf, toneOf = () => 'plain', ticks, name } = props;
  const { markers = [], height = 180 } = props;
  const [ref, width] = useElementWidth();
  const [hovered, setHovered] = useState<number | null>(null);
  const go = useClientNavigate();
  const first = columns[0];
  const last = columns[columns.length - 1];
  const top = max(columns, (column) => column.count) ?? 0;
  const y = scaleLinear()
    .domain([0, Math.max(1, top)])
    .nice()
    .range([height - MARGIN.bottom, MARGIN.top]);
  const yTicks = y.ticks(4).filter(Number.isInteger);
  const left = 10 + 7 * count(yTicks[yTicks.length - 1] ?? 0).length;
  const x = scaleLinear()
    .domain([first?.x0 ?? 0, last?.x1 ?? 1])
    .range([left, Math.max(left + 1, width - MARGIN.right)]);
  const plotWidth = width - MARGIN.right - left;
  const linked =
    columns.length <= MAX_LINKED && plotWidth / Math.max(1, columns.length) >= MIN_LINKED_WIDTH;
  const gap = plotWidth / Math.max(1, columns.length) >= 6 ? 1 : 0;
  const base = y(0);

  const bar = (column: Bin) => {
    const x0 = x(column.x0) + gap;
    const barWidth = Math.max(1, x(column.x1) - x(column.x0) - 2 * gap);
    return { x: x0, width: barWidth, y: y(column.count), height: base - y(column.count) };
  };
  const columnAt = (clientX: number, svg: SVGSVGElement) => {
    const at = x.invert(clientX - svg.getBoundingClientRect().left);
    const k = bisector((column: Bin) => column.x0).right(columns, at) - 1;
    return k >= 0 && k < columns.length ? k : null;
  };
  const hoveredColumn = hovered === null ? undefined : columns[hovered];

  return (
    <div ref={ref} className="w-full" style={{ minHeight: height }}>
      {width > 0 && first && last && (
        <svg
          width={width}
          height={height}
          className="block overflow-visible"
          {...(linked ? { role: 'group', 'aria-label': name } : { 'aria-hidden': true })}
        >
          <g aria-hidden="true">
            {yTicks.map((tick) => (
              <g key={tick} transform={`translate(0,${y(tick)})`}>
                <line
                  x1={left}
                  x2={width - MARGIN.right}
                  className="stroke-slate-200 dark:stroke-slate-800"
                />
                <text x={left - 6} dy="0.32em" textAnchor="end" className={TICK_TEXT}>
                  {count(tick)}
                </text>
              </g>
            ))}
            {ticks(x, plotWidth).map((tick) => (
              <text
                key={tick.at}
                x={x(tick.at)}
                y={height - MARGIN.bottom + 16}
                textAnchor="middle"
                className={TICK_TEXT}
              >
                {tick.label}
              </text>
            ))}
            <Markers markers={markers} x={x} top={MARGIN.top} bottom={height - MARGIN.bottom} />
          </g>
          {linked ? (
            columns.map((column) => {
              if (column.count === 0) return null;
              const href = hrefOf(column);
              const label = describe(column);
              const box = bar(column);
              return (
                <a
                  key={column.x0}
                  href={href}
                  aria-label={label}
                  className="group outline-none"
                  onClick={(event) => go(event, href)}
                >
                  <title>{label}</title>
                  <rect
                    x={box.x}
                    width={box.width}
                    y={MARGIN.top}
                    height={base - MARGIN.top}
                    fill="transparent"
                    className="group-hover:fill-slate-100 group-focus-visible:fill-slate-100 group-focus-visible:stroke-blue-700 group-focus-visible:stroke-2 dark:group-hover:fill-slate-800 dark:group-focus-visible:fill-slate-800 dark:group-focus-visible:stroke-blue-300"
                  />
                  <rect {...box} className={FILL[toneOf(column)]} />
                </a>
              );
            })
          ) : (
            <>
              <path
                d={
                  area<Bin>()
                    .x((column) => x(column.x0))
                    .y0(base)
                    .y1((column) => y(column.count))
                    .curve(curveStepAfter)([...columns, { ...last, x0: last.x1 }]) ?? ''
                }
                className={FILL.plain}
              />
              {hoveredColumn && (
                <g>
                  <rect {...bar(hoveredColumn)} className="fill-slate-900 dark:fill-white" />
                  <text
                    x={width - MARGIN.right}
                    y={10}
                    textAnchor="end"
                    // A halo in the page's colour keeps it readable over a chapter's label.
                    className="fill-slate-900 stroke-white stroke-4 text-xs font-semibold [paint-order:stroke] dark:fill-slate-100 dark:stroke-slate-950"
                  >
                    {describe(hoveredColumn)}
                  </text>
                </g>
              )}
              <rect
                x={left}
                width={Math.max(0, plotWidth)}
                y={MARGIN.top}
                height={base - MARGIN.top}
                fill="transparent"
                className={hoveredColumn && hoveredColumn.count > 0 ? 'cursor-pointer' : ''}
                onPointerMove={(event) =>
                  setHovered(columnAt(event.clientX, event.currentTarget.ownerSVGElement!))
                }
                onPointerLeave={() => setHovered(null)}
                onClick={(event) => {
                  const k = columnAt(event.clientX, event.currentTarget.ownerSVGElement!);
                  const column = k === null ? undefined : columns[k];
                  if (column && column.count > 0) go(event, hrefOf(column));
                }}
              />
            </>
          )}
          <line
            aria-hidden="true"
            x1={left}
            x2={width - MARGIN.right}
            y1={base}
            y2={base}
            className="stroke-slate-500"
          />
        </svg>
      )}
    </div>
  );
}
