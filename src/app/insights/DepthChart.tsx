import { plural, t } from '@lingui/core/macro';
import { Link } from 'react-router';
import { count } from '../../components/formatting';
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
  const caption = t`Comments by level`;
  return (
    <ChartSection
      id="depth"
      title={t({ message: 'Depth', comment: 'heading: how deep the replies go' })}
      summary={depthSummary(depths, commentCount)}
      table={
        <FigureTable
          caption={caption}
          head={[
            t({ message: 'Level', comment: 'column heading: a level of replies' }),
            t`Comments`,
          ]}
          items={t({ message: 'levels', comment: 'what the depth table pages through' })}
          rowCount={depths.length}
          row={(k) => {
            const level = depths[k]!;
            const depth = count(level.depth);
            return [
              level.depth === 1 ? t`1 (top level)` : depth,
              level.count > 0 ? (
                <Link
                  to={filterHref(documentId, depthFilter(level.depth))}
                  className="text-blue-800 underline dark:text-blue-200"
                >
                  {count(level.count)}
                  <span className="sr-only">
                    {' '}
                    {t({
                      message: plural(
                        { comments: level.count },
                        { one: `at level ${depth}`, other: `at level ${depth}` },
                      ),
                      comment:
                        'read after the count of comments at a level, by screen readers only',
                    })}
                  </span>
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
        name={caption}
        columns={columns}
        describe={(bin) => {
          const depth = count(bin.x0);
          return plural(
            { comments: bin.count },
            { one: `Level ${depth}: # comment`, other: `Level ${depth}: # comments` },
          );
        }}
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
        {t`Level 1 is the top level; each reply sits one level below what it answers.`}
      </p>
    </ChartSection>
  );
}
