// Wall-clock times as the page wrote them, for comment dates, the filter bar and the insights. A time is a
// postedAtTime (src/thread/time.ts): the milliseconds of Date.UTC of the fields as written, so
// formatted in UTC it reads back exactly, whatever the reader's time zone.

const dayFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});
const clockFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** '22 Jan 2022'. */
export function formatWallDay(time: number): string {
  return dayFormat.format(time);
}

/** '09:32'. */
export function formatWallClock(time: number): string {
  return clockFormat.format(time);
}

/** '22 Jan 2022, 09:32'. */
export function formatWallMoment(time: number): string {
  return `${formatWallDay(time)}, ${formatWallClock(time)}`;
}

/**
 * From one time to another, both included: '22 Jan 2022, 09:32–10:14' within a day,
 * '22 Jan 2022, 23:50 to 23 Jan 2022, 00:38' across midnight, one moment when they are equal.
 * Built by hand rather than by Intl's formatRange, whose spacing around the dash changes with
 * the ICU version (thin spaces in some).
 */
export function formatWallRange(from: number, to: number): string {
  if (from === to) return formatWallMoment(from);
  return formatWallDay(from) === formatWallDay(to)
    ? `${formatWallMoment(from)}–${formatWallClock(to)}`
    : `${formatWallMoment(from)} to ${formatWallMoment(to)}`;
}
