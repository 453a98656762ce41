// When a comment was posted, as the reader shows it (issue 13): how long ago for a recent
// comment, the date and time as written for an archive, and how long after its parent a reply
// came.

import { i18n } from '@lingui/core';
import {
  formatRelative,
  isRecent,
  postedAtParts,
  postedAtTime,
  undatedLabel,
} from '../thread/time';
import { formatWallDay, formatWallMoment } from './wallTime';

/**
 * When a comment was posted, as the reader shows it: relative under a week ('3 hours ago',
 * 'yesterday': formatRelative), else the date and time as the page wrote them, never shifted by
 * a time zone ('22 Jan 2022, 09:32'; '22 Jan 2022' for a day alone). An archive read years later
 * then tells its comments apart. 'undated' for null; a malformed value as written. In the
 * interface language ('il y a 3 heures', '22 janv. 2022, 09:32'; '3 ore fa', '22 gen 2022, 09:32').
 */
export function formatPostedAt(postedAt: string | null, now: Date): string {
  if (postedAt === null) return undatedLabel();
  const parts = postedAtParts(postedAt);
  if (parts === null) return postedAt;
  if (isRecent(postedAt, now)) return formatRelative(postedAt, now);
  const time = postedAtTime(postedAt);
  return parts.hasTime ? formatWallMoment(time) : formatWallDay(time);
}

type UnitFormats = {
  readonly minute: Intl.NumberFormat;
  readonly hour: Intl.NumberFormat;
  readonly day: Intl.NumberFormat;
};

// Per interface language, made when first asked: '12 min', '2 hr', '3 days' in English; '2 h',
// '3 jours' in French; '2 h', '3 giorni' in Italian.
const unitFormatsByLocale = new Map<string, UnitFormats>();

function unitFormats(): UnitFormats {
  const locale = i18n.locale || 'en';
  let formats = unitFormatsByLocale.get(locale);
  if (formats === undefined) {
    const unit = (unit: string, unitDisplay: 'short' | 'long') =>
      new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay });
    formats = {
      minute: unit('minute', 'short'),
      hour: unit('hour', 'short'),
      day: unit('day', 'long'),
    };
    unitFormatsByLocale.set(locale, formats);
  }
  return formats;
}

/**
 * How long after its parent a reply was posted, what a reader of an archived thread follows:
 * '+12 min', '+2 hr 5 min', '+3 days' (whole days from 48 hours on, or between two dates given
 * without a time). Null when either is undated or malformed, when the reply is dated before its
 * parent (the page's dates disagree with its nesting), or for two days alone that are the same.
 * Intl's unit names in the interface language ('+2 h 32 min', '+3 jours', '+3 giorni'); always
 * starting with '+'.
 */
export function formatDelay(parentPostedAt: string | null, postedAt: string | null): string | null {
  const parent = parentPostedAt === null ? null : postedAtParts(parentPostedAt);
  const reply = postedAt === null ? null : postedAtParts(postedAt);
  if (parent === null || reply === null) return null;
  const minutes = (postedAtTime(postedAt) - postedAtTime(parentPostedAt)) / 60_000;
  if (minutes < 0) return null;
  const units = unitFormats();
  if (!parent.hasTime || !reply.hasTime) {
    const days = Math.floor(minutes / (24 * 60));
    return days === 0 ? null : `+${units.day.format(days)}`;
  }
  if (minutes < 60) return `+${units.minute.format(minutes)}`;
  if (minutes < 48 * 60) {
    const hours = Math.floor(minutes / 60);
    const rest = minutes % 60;
    const hourText = units.hour.format(hours);
    return rest === 0 ? `+${hourText}` : `+${hourText} ${units.minute.format(rest)}`;
  }
  return `+${units.day.format(Math.floor(minutes / (24 * 60)))}`;
}
