import { scaleUtc } from 'd3-scale';
import { useState } from 'react';
import { Link } from 'react-router';
import { count, plural } from '../../components/formatting';
import { Pager } from '../../components/Pager';
import type { ActivityFigures } from '../../thread/insights';
import { pageOf } from '../../thread/paging';
import { ChartSection, FigureTable } from './ChartSection';
import { ColumnChart } from './ColumnChart';
import {
  activityHeading,
  activityPer,
  activitySummary,
  chapterFilter,
  chapterSpan,
  filterHref,
  formatDuration,
  timeBinFilter,
  timeBinLabel,
  timeTickLabel,
} from './insightsText';

const CHAPTERS_PER_PAGE = 10;

/** Comments per hour or per day, with the chapters the long silences cut the thread into. */
export function ActivityChart({
  documentId,
  activity,
}: {
  readonly documentId: string;
  readonly activity: ActivityFigures;
}) {
  const { unit, bins, chapters } = activity;
  const per = activityPer(activity);
  // A chapter's line sits in the middle of the silence before it.
  const markers = chapters.slice(1).map((chapter, k) => ({
    at: ((chapters[k]?.end ?? chapter.start) + chapter.start) / 2,
    label: String(k + 2),
  }));
  return (
    <ChartSection
      id="activity"
      title={`Activity per ${per}`}
      summary={activitySummary(activity)}
      className="lg:col-span-2"
      table={
        bins.length > 0 && (
          <FigureTable
            caption={`Comments per ${per}`}
            head={[activityHeading(activity), 'Comments']}
            items={`${unit}s`}
            pageSize={48}
            rowCount={bins.length}
            row={(k) => {
              const bin = bins[k]!;
              return [
                timeBinLabel(bin, unit),
                bin.count > 0 ? (
                  <Link
                    to={filterHref(documentId, timeBinFilter(bin))}
                    className="text-blue-800 underline dark:text-blue-200"
                  >
                    {count(bin.count)}
                    <span className="sr-only"> on {timeBinLabel(bin, unit)}</span>
                  </Link>
                ) : (
                  '0'
                ),
              ];
            }}
          />
        )
      }
    >
      {bins.length > 0 && (
        <ColumnChart
          name={`Comments per ${per}`}
          columns={bins}
          describe={(bin) =>
            `${timeBinLabel(bin, unit)}: ${plural(bin.count, 'comment', 'comments')}`
          }
          hrefOf={(bin) => filterHref(documentId, timeBinFilter(bin))}
          markers={markers}
          ticks={(x, plotWidth) => {
            const time = scaleUtc().domain(x.domain()).range(x.range());
            return time
              .ticks(Math.max(2, Math.floor(plotWidth / 72)))
              .map((tick) => ({ at: tick.getTime(), label: timeTickLabel(tick.getTime()) }));
          }}
        />
      )}
      {chapters.length > 0 && <Chapters documentId={documentId} activity={activity} />}
    </ChartSection>
  );
}

function Chapters({ documentId, activity }: { documentId: string; activity: ActivityFigures }) {
  const [pageNumber, setPageNumber] = useState(0);
  const { chapters, chapterGapMinutes } = activity;
  const page = pageOf(chapters.length, CHAPTERS_PER_PAGE, pageNumber);
  return (
    <div className="mt-3">
      <h3 className="text-sm font-semibold">Chapters</h3>
      <p className="text-xs text-slate-700 dark:text-slate-300">
        A silence longer than{' '}
        {chapterGapMinutes === null ? 'an hour' : formatDuration(chapterGapMinutes * 60_000)} (the
        larger of an hour and three times the median gap between comments) starts a chapter; the
        dashed lines in the chart mark them.
      </p>
      <ol className="mt-2 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
        {chapters.slice(page.start, page.end).map((chapter, k) => (
          <li key={chapter.start} className="min-w-0">
            <Link
              to={filterHref(documentId, chapterFilter(chapter))}
              className="text-blue-800 underline dark:text-blue-200"
            >
              Chapter {count(page.start + k + 1)}
            </Link>{' '}
            <span className="text-slate-700 dark:text-slate-300">
              {chapterSpan(chapter)} · {plural(chapter.count, 'comment', 'comments')}
            </span>
          </li>
        ))}
      </ol>
      <Pager page={page} onPage={setPageNumber} items="chapters" className="mt-2" />
    </div>
  );
}
