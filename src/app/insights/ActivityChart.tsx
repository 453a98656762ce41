import { plural, t } from '@lingui/core/macro';
import { scaleUtc } from 'd3-scale';
import { useState } from 'react';
import { Link } from 'react-router';
import { count } from '../../components/formatting';
import { Pager } from '../../components/Pager';
import type { ActivityFigures } from '../../thread/insights';
import { pageOf } from '../../thread/paging';
import { ChartSection, FigureTable } from './ChartSection';
import { ColumnChart } from './ColumnChart';
import {
  activityCaption,
  activityHeading,
  activityItems,
  activitySummary,
  activityTitle,
  chapterFilter,
  chapterRule,
  chapterSpan,
  filterHref,
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
  const caption = activityCaption(activity);
  // A chapter's line sits in the middle of the silence before it.
  const markers = chapters.slice(1).map((chapter, k) => ({
    at: ((chapters[k]?.end ?? chapter.start) + chapter.start) / 2,
    label: String(k + 2),
  }));
  return (
    <ChartSection
      id="activity"
      title={activityTitle(activity)}
      summary={activitySummary(activity)}
      className="lg:col-span-2"
      table={
        bins.length > 0 && (
          <FigureTable
            caption={caption}
            head={[activityHeading(activity), t`Comments`]}
            items={activityItems(activity)}
            pageSize={48}
            rowCount={bins.length}
            row={(k) => {
              const bin = bins[k]!;
              const when = timeBinLabel(bin, unit);
              return [
                when,
                bin.count > 0 ? (
                  <Link
                    to={filterHref(documentId, timeBinFilter(bin))}
                    className="text-blue-800 underline dark:text-blue-200"
                  >
                    {count(bin.count)}
                    <span className="sr-only"> {countTail(bin.count, when)}</span>
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
          name={caption}
          columns={bins}
          describe={(bin) => {
            const when = timeBinLabel(bin, unit);
            return plural(
              { comments: bin.count },
              { one: `${when}: # comment`, other: `${when}: # comments` },
            );
          }}
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
  const { chapters } = activity;
  const page = pageOf(chapters.length, CHAPTERS_PER_PAGE, pageNumber);
  return (
    <div className="mt-3">
      <h3 className="text-sm font-semibold">{t`Chapters`}</h3>
      <p className="text-xs text-slate-700 dark:text-slate-300">{chapterRule(activity)}</p>
      <ol className="mt-2 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
        {chapters.slice(page.start, page.end).map((chapter, k) => {
          const number = count(page.start + k + 1);
          const span = chapterSpan(chapter);
          return (
            <li key={chapter.start} className="min-w-0">
              <Link
                to={filterHref(documentId, chapterFilter(chapter))}
                className="text-blue-800 underline dark:text-blue-200"
              >
                {t`Chapter ${number}`}
              </Link>{' '}
              <span className="text-slate-700 dark:text-slate-300">
                {plural(
                  { comments: chapter.count },
                  { one: `${span} · # comment`, other: `${span} · # comments` },
                )}
              </span>
            </li>
          );
        })}
      </ol>
      <Pager
        page={page}
        onPage={setPageNumber}
        items={t({ message: 'chapters', comment: 'what the list of chapters pages through' })}
        className="mt-2"
      />
    </div>
  );
}

/**
 * What a screen reader hears after a count of comments in the activity table: '4 on 22 Jan
 * 2022, 10:00–11:00'. A plural, so a language that names the comments can agree with the count.
 */
function countTail(comments: number, when: string): string {
  return t({
    message: plural({ comments }, { one: `on ${when}`, other: `on ${when}` }),
    comment: 'read after the count of comments in a time bin, by screen readers only',
  });
}
