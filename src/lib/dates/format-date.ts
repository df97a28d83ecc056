import { format, isSameMonth, isSameYear } from "date-fns";
import { TZDate, tz, tzName } from "@date-fns/tz";
import { UTCDate, utc } from "@date-fns/utc";
import type { EventDate, KnownDate } from "./event-date";

/**
 * Every date shown on the site is formatted here, with date-fns, in UTC: the sources give
 * calendar days, so output must not depend on the time zone of the machine that builds it.
 * `UTCDate` rather than `TZDate` in "UTC": it needs no Intl lookup per call, which at 10,000
 * events cost seconds of build time.
 */
export const inUtc = { in: utc };

/** Midnight UTC of a YYYY-MM-DD day (or the first of a YYYY-MM month). */
export function utcDay(isoDay: string): UTCDate {
  const [year, month, day] = isoDay.split("-").map(Number);
  return new UTCDate(year!, month! - 1, day ?? 1);
}

/** "19 May 2025" */
export function formatDay(isoDay: string): string {
  return format(utcDay(isoDay), "d MMMM yyyy", inUtc);
}

/** "April 2025" from "2025-04" */
export function formatMonth(isoMonth: string): string {
  return format(utcDay(isoMonth), "MMMM yyyy", inUtc);
}

export interface RangeParts {
  startText: string;
  /** The dash between, spaced only when the parts have spaces of their own. */
  separator: string;
  endText: string;
}

/** The words of a range, in parts so each can sit in its own `<time>`: "19" "–" "22 May 2025" */
export function rangeParts(startDay: string, endDay: string): RangeParts {
  const start = utcDay(startDay);
  const end = utcDay(endDay);
  const endText = format(end, "d MMMM yyyy", inUtc);
  if (isSameMonth(start, end, inUtc))
    return { startText: format(start, "d", inUtc), separator: "–", endText };
  const startPattern = isSameYear(start, end, inUtc) ? "d MMMM" : "d MMMM yyyy";
  return { startText: format(start, startPattern, inUtc), separator: " – ", endText };
}

/** "19–22 May 2025", "30 May – 2 June 2025", "30 December 2025 – 2 January 2026" */
export function formatRange(startDay: string, endDay: string): string {
  const { startText, separator, endText } = rangeParts(startDay, endDay);
  return `${startText}${separator}${endText}`;
}

/** The date of a dated event in words, as precise as its precision and no more. */
export function formatKnownDate(date: KnownDate): string {
  switch (date.precision) {
    case "year":
      return date.start;
    case "month":
      return formatMonth(date.start);
    case "day":
      return formatDay(date.start);
    case "range":
      return formatRange(date.start, date.end);
  }
}

/** The instant of a local day and HH:mm time in an IANA time zone. */
export function instantOf(isoDay: string, time: string, timeZone: string): TZDate {
  const [year, month, day] = isoDay.split("-").map(Number);
  const [hours, minutes] = time.split(":").map(Number);
  return new TZDate(year!, month! - 1, day!, hours!, minutes!, timeZone);
}

const ISO_LOCAL_MINUTES = "yyyy-MM-dd'T'HH:mmXXX";

/** A local day and time in ISO 8601 with that zone's offset: "2025-06-19T21:00+07:00". */
export function isoLocalTime(isoDay: string, time: string, timeZone: string): string {
  return format(instantOf(isoDay, time, timeZone), ISO_LOCAL_MINUTES, { in: tz(timeZone) });
}

/** RFC 3339 in UTC, for feeds and data files: "2025-06-19T14:00:00Z" */
export function utcTimestamp(instant: Date): string {
  return format(instant, "yyyy-MM-dd'T'HH:mm:ssXXX", inUtc);
}

export interface LocalTime {
  /** Machine form with offset, for `<time datetime>`: "2025-06-19T21:00+07:00" */
  iso: string;
  /** "9:00 PM" */
  time: string;
  /** "GMT+7", "EDT": Intl's short name for the zone at that instant */
  zoneName: string;
  /** The day in that zone, in words: "19 June 2025" */
  day: string;
}

/** One instant, given as local time in `timeZone`, shown in each of `displayZones`. */
export function formatInstant(
  isoDay: string,
  time: string,
  timeZone: string,
  displayZones: readonly string[],
): LocalTime[] {
  const instant = instantOf(isoDay, time, timeZone);
  return displayZones.map((zone) => {
    const local = { in: tz(zone) };
    return {
      iso: format(instant, ISO_LOCAL_MINUTES, local),
      time: format(instant, "h:mm a", local),
      zoneName: tzName(zone, instant, "short"),
      day: format(instant, "d MMMM yyyy", local),
    };
  });
}

/**
 * How an undated event relates to the dated one it is placed by. "Before" is worded as the least it
 * can mean: an event "immediately prior to" talks may have been on their first day.
 */
export const PLACEMENT_WORDS = {
  before: "at or before the start of",
  during: "alongside",
  after: "after",
} as const;

/** An event's date as one line of plain words, for search results and feeds: "19–22 May 2025". */
export function formatEventDate(
  date: EventDate,
  anchorDate: KnownDate | undefined,
  yearInferred: boolean,
): string {
  const words =
    date.precision === "unknown"
      ? `Date not given${anchorDate ? ` (${PLACEMENT_WORDS[date.position]} ${formatKnownDate(anchorDate)})` : ""}`
      : formatKnownDate(date);
  return yearInferred ? `${words} (year inferred)` : words;
}
