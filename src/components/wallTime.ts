// Wall-clock times as the page wrote them, for comment dates, the filter bar and the insights. A time is a
// postedAtTime (src/thread/time.ts): the milliseconds of Date.UTC of the fields as written, so
// formatted in UTC it reads back exactly, whatever the reader's time zone. Worded in the active
// interface language (its date locale: src/thread/time.ts dateLocale), formatters made once per
// language.

import { t } from '@lingui/core/macro';
import { byDateLocale, formatDay } from '../thread/time';

const clockFormat = /* @__PURE__ */ byDateLocale(
  (locale) =>
    new Intl.DateTimeFormat(locale, {
      timeZone: 'UTC',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }),
);

/** '22 Jan 2022'; '22 janv. 2022' in French, '22 gen 2022' in Italian. */
export function formatWallDay(time: number): string {
  return formatDay(time, 'short');
}

/** '09:32', in every language (a 24-hour clock). */
export function formatWallClock(time: number): string {
  return clockFormat().format(time);
}

/**
 * '22 Jan 2022, 09:32'; '22 janv. 2022, 09:32' in French, '22 gen 2022, 09:32' in Italian. Joined
 * by hand rather than by Intl's date-and-time pattern, which changes between ICU versions ('à'
 * in some French data).
 */
export function formatWallMoment(time: number): string {
  return `${formatWallDay(time)}, ${formatWallClock(time)}`;
}

/**
 * From one time to another, both included: '22 Jan 2022, 09:32–10:14' within a day,
 * '22 Jan 2022, 23:50 to 23 Jan 2022, 00:38' across midnight ('du … au …' in French, 'dal … al …'
 * in Italian), one moment when they are equal. Built by hand rather than by Intl's formatRange,
 * whose spacing around the dash changes with the ICU version (thin spaces in some).
 */
export function formatWallRange(from: number, to: number): string {
  if (from === to) return formatWallMoment(from);
  if (formatWallDay(from) === formatWallDay(to))
    return `${formatWallMoment(from)}–${formatWallClock(to)}`;
  const start = formatWallMoment(from);
  const end = formatWallMoment(to);
  return t({
    message: `${start} to ${end}`,
    comment: 'a span of time across days: “22 Jan 2022, 23:50 to 23 Jan 2022, 00:38”',
  });
}
