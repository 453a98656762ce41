import { plural, t } from '@lingui/core/macro';
import { Link } from 'react-router';
import type { ScoreFigures } from '../../thread/insights';
import { count, displayScore } from '../../components/formatting';
import { ChartSection, FigureTable } from './ChartSection';
import { ColumnChart } from './ColumnChart';
import {
  filterHref,
  scoreBinFilter,
  scoreBinLabel,
  scoreLegend,
  scoreSummary,
  scoreTone,
  type ScoreTone,
} from './insightsText';

type Props = {
  readonly documentId: string;
  readonly scores: ScoreFigures;
  readonly commentCount: number;
};

/** How many comments have each score: a bin leads to its comments in the reader. */
export function ScoreHistogram({ documentId, scores, commentCount }: Props) {
  const oneScoreBins = scores.bins.every((bin) => bin.x1 - bin.x0 === 1);
  const end = scores.bins[scores.bins.length - 1]?.x1 ?? 0;
  return (
    <ChartSection
      id="scores"
      title={t({ message: 'Scores', comment: 'heading: the comments’ net scores' })}
      summary={scoreSummary(scores, commentCount)}
      table={
        <FigureTable
          caption={t`Comments by score`}
          head={[t({ message: 'Score', comment: 'column heading: a net score' }), t`Comments`]}
          items={t({ message: 'scores', comment: 'what the score table pages through' })}
          rowCount={scores.bins.length}
          row={(k) => {
            const bin = scores.bins[k]!;
            const href = filterHref(documentId, scoreBinFilter(bin));
            const score = scoreBinLabel(bin);
            return [
              score,
              bin.count > 0 ? (
                <Link to={href} className="text-blue-800 underline dark:text-blue-200">
                  {count(bin.count)}
                  <span className="sr-only">
                    {' '}
                    {t({
                      message: plural(
                        { comments: bin.count },
                        { one: `with score ${score}`, other: `with score ${score}` },
                      ),
                      comment:
                        'read after the count of comments with a score, by screen readers only',
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
        name={t`Score histogram`}
        columns={scores.bins}
        describe={(bin) => {
          const score = scoreBinLabel(bin);
          return plural(
            { comments: bin.count },
            { one: `Score ${score}: # comment`, other: `Score ${score}: # comments` },
          );
        }}
        hrefOf={(bin) => filterHref(documentId, scoreBinFilter(bin))}
        toneOf={scoreTone}
        ticks={(x, plotWidth) =>
          // A one-score bin is labelled under its middle; wider bins at their edges.
          x
            .ticks(Math.max(2, Math.floor(plotWidth / 44)))
            .filter((tick) => Number.isInteger(tick) && (!oneScoreBins || tick < end))
            .map((tick) => ({ at: oneScoreBins ? tick + 0.5 : tick, label: displayScore(tick) }))
        }
      />
      <Legend bins={scores.bins} />
    </ChartSection>
  );
}

const SWATCH: Record<ScoreTone, string> = {
  negative: 'bg-orange-700 dark:bg-orange-400',
  neutral: 'bg-slate-500 dark:bg-slate-400',
  positive: 'bg-blue-600 dark:bg-blue-400',
};

/** What each colour holds, as scoreLegend words it for these bins. */
function Legend({ bins }: { bins: ScoreFigures['bins'] }) {
  return (
    <p className="mt-1 flex flex-wrap gap-x-4 text-xs text-slate-700 dark:text-slate-300">
      {scoreLegend(bins).map(({ tone, label }) => (
        <span key={tone}>
          <span
            aria-hidden="true"
            className={`inline-block size-3 rounded-sm align-[-1px] ${SWATCH[tone]}`}
          />{' '}
          {label}
        </span>
      ))}
    </p>
  );
}
