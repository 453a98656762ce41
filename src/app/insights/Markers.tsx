import type { ScaleLinear } from 'd3-scale';

/** A place on a chart's x axis and its label. */
export type Tick = { readonly at: number; readonly label: string };

/** The axis labels' look, shared by the charts. */
export const TICK_TEXT = 'fill-slate-700 text-[11px] dark:fill-slate-300';

/**
 * Dashed lines across the plot from `top` to `bottom` at the markers (chapter starts), each
 * labelled just above the plot when there is room since the last label; none past 60 markers,
 * where they would only grey the chart.
 */
export function Markers({
  markers,
  x,
  top,
  bottom,
}: {
  markers: readonly Tick[];
  x: ScaleLinear<number, number>;
  top: number;
  bottom: number;
}) {
  if (markers.length === 0 || markers.length > 60) return null;
  let lastLabelled = -Infinity;
  return markers.map((marker) => {
    const at = x(marker.at);
    const labelled = at - lastLabelled >= 18;
    if (labelled) lastLabelled = at;
    return (
      <g key={marker.at}>
        <line
          x1={at}
          x2={at}
          y1={top - 4}
          y2={bottom}
          strokeDasharray="3 3"
          className="stroke-slate-500 dark:stroke-slate-400"
        />
        {labelled && (
          <text x={at + 3} y={top - 6} className={TICK_TEXT}>
            {marker.label}
          </text>
        )}
      </g>
    );
  });
}
