// When a comment was posted, as the reader shows it (issue 13): how long ago for a recent
// comment, the date and time as written for an archive, and how long after its parent a reply
// came.

import { formatRelative, isRecent, postedAtParts, postedAtTime } from '../thread/time';
import { formatWallDay, formatWallMoment } from './wallTime';

/**
 * When a comment was posted, as the reader shows it: relative under a week ('3 hours ago',
 * 'yesterday': formatRelative), else the date and time as the page wrote them, never shifted by
 * a time zone ('22 Jan 2022, 09:32'; '22 Jan 2022' for a day alone). An archive read years later
 * then tells its comments apart. 'undated' for null; a malformed value as written.
 */
export function formatPostedAt(postedAt: string | null, now: Date): string {
  if (postedAt === null) return 'undated';
  const parts = postedAtParts(postedAt);
  if (parts === null) return postedAt;
  if (isRecent(postedAt, now)) return formatRelative(postedAt, now);
  const time = postedAtTime(postedAt);
  return parts.hasTime ? formatWallMoment(time) : formatWallDay(time);
}

const unitFormats = {
  minute: new Intl.NumberFormat('en', { style: 'unit', unit: 'minute', unitDisplay: 'short' }),
  hour: new Intl.NumberFormat('en', { style: 'unit', unit: 'hour', unitDisplay: 'short' }),
  day: new Intl.NumberFormat('en', { style: 'unit', unit: 'day', unitDisplay: 'long' }),
} as const;

/**
 * How long after its parent a reply was posted, what a reader of an archived thread follows:
 * '+12 min', '+2 hr 5 min', '+3 days' (whole days from 48 hours on, or between two dates given
 * without a time). Null when either is undated or malformed, when the reply is dated before its
 * parent (the page's dates disagree with its nesting), or for two days alone that are the same.
 */
export function formatDelay(parentPostedAt: string | null, postedAt: string | null): string | null {
  const parent = parentPostedAt === null ? null : postedAtParts(parentPostedAt);
  const reply = postedAt === null ? null : postedAtParts(postedAt);
  if (parent === null || reply === null) return null;
  const minutes = (postedAtTime(postedAt) - postedAtTime(parentPostedAt)) / 60_000;
  if (minutes < 0) return null;
  if (!parent.hasTime || !reply.hasTime) {
    const days = Math.floor(minutes / (24 * 60));
    return days === 0 ? null : `+${unitFormats.day.format(days)}`;
  }
  if (minutes < 60) return `+${unitFormats.minute.format(minutes)}`;
  if (minutes < 48 * 60) {
    const hours = Math.floor(minutes / 60);
    const rest = minutes % 60;
    const hourText = unitFormats.hour.format(hours);
    return rest === 0 ? `+${hourText}` : `+${hourText} ${unitFormats.minute.format(rest)}`;
  }
  return `+${unitFormats.day.format(Math.floor(minutes / (24 * 60)))}`;
}
