import { eachDayOfInterval } from "date-fns/eachDayOfInterval";
import { format } from "date-fns/format";
import { getDayOfYear } from "date-fns/getDayOfYear";
import { getDaysInYear } from "date-fns/getDaysInYear";
import { lastDayOfMonth } from "date-fns/lastDayOfMonth";
import { TZDate, tz } from "@date-fns/tz";
import { UTCDate, utc } from "@date-fns/utc";

/**
 * Calendar days are YYYY-MM-DD strings, turned into dates in UTC: the sources give calendar days,
 * so nothing may depend on the time zone of the machine that builds the site. `UTCDate` rather than
 * `TZDate` in "UTC": it needs no Intl lookup per call, which at 10,000 events cost seconds of build time.
 */
export const inUtc = { in: utc };

/** Midnight UTC of a YYYY-MM-DD day (or the first of a YYYY-MM month). */
export function utcDay(isoDay: string): UTCDate {
  const [year, month, day] = isoDay.split("-").map(Number);
  return new UTCDate(year!, month! - 1, day ?? 1);
}

/** The calendar day of a date in UTC, as YYYY-MM-DD. */
export const isoDayOf = (date: Date): string => format(date, "yyyy-MM-dd", inUtc);

/** Every day from `first` to `last`, both included, as YYYY-MM-DD. */
export function eachDay(first: string, last: string): string[] {
  return eachDayOfInterval({ start: utcDay(first), end: utcDay(last) }, inUtc).map(isoDayOf);
}

/** The last day of a YYYY-MM month: "2024-02-29" for "2024-02". */
export const lastDayOfMonthOf = (isoMonth: string): string =>
  isoDayOf(lastDayOfMonth(utcDay(isoMonth), inUtc));

/** The first day of each month of a year, January first: "2025-01-01" … "2025-12-01". */
export const monthStarts = (year: string): string[] =>
  Array.from({ length: 12 }, (_, month) => `${year}-${String(month + 1).padStart(2, "0")}-01`);

/** Where a day sits in its year: the share of the year gone when it starts and when it ends (0–1). */
export function shareOfYear(isoDay: string): { start: number; end: number } {
  const day = utcDay(isoDay);
  const days = getDaysInYear(day, inUtc);
  const start = (getDayOfYear(day, inUtc) - 1) / days;
  return { start, end: start + 1 / days };
}

/** The instant of a local day and HH:mm time in an IANA time zone. */
export function instantOf(isoDay: string, time: string, timeZone: string): TZDate {
  const [year, month, day] = isoDay.split("-").map(Number);
  const [hours, minutes] = time.split(":").map(Number);
  return new TZDate(year!, month! - 1, day!, hours!, minutes!, timeZone);
}

/** An instant as local time in `timeZone`, in ISO 8601 with that zone's offset: "2025-06-19T21:00+07:00". */
export const isoInZone = (instant: Date, timeZone: string): string =>
  format(instant, "yyyy-MM-dd'T'HH:mmXXX", { in: tz(timeZone) });

/** RFC 3339 in UTC, for feeds and data files: "2025-06-19T14:00:00Z" */
export const utcTimestamp = (instant: Date): string => format(instant, "yyyy-MM-dd'T'HH:mm:ssXXX", inUtc);
