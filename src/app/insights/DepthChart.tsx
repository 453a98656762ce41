import { Link } from 'react-router';
import { count, plural } from '../../components/formatting';
import type { DepthCount } from '../../thread/insights';
import { ChartSection, FigureTable } from './ChartSection';
import { ColumnChart } from './ColumnChart';
import { depthFilter, depthSummary, filterHref } from './insightsText';

type Props = {
  readonly documentId: string;
  readonly depths: readonly DepthCount[];
  readonly commentCount: number;
};

/** How many comments sit at each level of the tree: a level leads to its comments. */
export function DepthChart({ documentId, depths, commentCount }: Props) {
  const columns = depths.map((level) => ({
    x0: level.depth,
    x1: level.depth + 1,
    count: level.count,
  }));
  return (
    <ChartSection
      id="depth"
      title="Depth"
      summary={depthSummary(depths, commentCount)}
      table={
        <FigureTable
          caption="Comments by level"
          head={['Level', 'Comments']}
          items="levels"
          rowCount={depths.length}
          row={(k) => {
            const level = depths[k]!;
            return [
              level.depth === 1 ? '1 (top level)' : count(level.depth),
              level.count > 0 ? (
                <Link
                  to={filterHref(documentId, depthFilter(level.depth))}
                  className="text-blue-800 underline dark:text-blue-200"
                >
                  {count(level.count)}
                  <span className="sr-only"> at level {level.depth}</span>
                </Link>
              ) : (
                '0'
              ),
            ];
          }}
        />
      }
    >
      <ColumnChart
        name="Comments by level"
        columns={columns}
        describe={(bin) => `Level ${bin.x0}: ${plural(bin.count, 'comment', 'comments')}`}
        hrefOf={(bin) => filterHref(documentId, depthFilter(bin.x0))}
        ticks={(x, plotWidth) => {
          const end = depths.length + 1;
          return x
            .ticks(Math.max(2, Math.min(depths.length, Math.floor(plotWidth / 36))))
            .filter((tick) => Number.isInteger(tick) && tick < end)
            .map((tick) => ({ at: tick + 0.5, label: count(tick) }));
        }}
      />
      <p className="mt-1 text-xs text-slate-700 dark:text-slate-300">
        Level 1 is the top level; each reply sits one level below what it answers.
      </p>
    </ChartSection>
  );
}
