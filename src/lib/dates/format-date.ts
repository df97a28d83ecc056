// Each function and locale from its own module: the package index would load every function and all of
// its locales, which Vitest does again for each test file (2 s each).
import type { Locale } from "date-fns";
import { format } from "date-fns/format";
import { isSameMonth } from "date-fns/isSameMonth";
import { isSameYear } from "date-fns/isSameYear";
import { isValid } from "date-fns/isValid";
import { parse } from "date-fns/parse";
import { enUS } from "date-fns/locale/en-US";
import { vi } from "date-fns/locale/vi";
import { tz } from "@date-fns/tz";
import { DICTIONARIES, type Language } from "../../i18n/dictionaries";
import { fill as fillIn } from "../../i18n/template";
import { capitalized, fill, LANGUAGE, words } from "../../i18n/words";
import { inUtc, isoInZone, monthStarts, utcDay } from "./days";
import {
  isKnown,
  isTimed,
  timedInstant,
  type EventDate,
  type KnownDate,
  type UnknownDate,
} from "./event-date";

/**
 * Every date shown on the site is put in words here, with date-fns, in UTC (see days.ts), in the
 * story's language: its dictionary's patterns (src/i18n/) and its date-fns locale.
 */

/** date-fns' locale for each interface language. */
const DATE_LOCALES: Record<Language, Locale> = { en: enUS, vi };
const locale = DATE_LOCALES[LANGUAGE];
const PATTERNS = words.dates;
/** A day in UTC, in the story's language. */
const inWords = { ...inUtc, locale };

/** "19 May 2025" */
export function formatDay(isoDay: string): string {
  return format(utcDay(isoDay), PATTERNS.day, inWords);
}

/** "April 2025" from "2025-04" */
export function formatMonth(isoMonth: string): string {
  return format(utcDay(isoMonth), PATTERNS.month, inWords);
}

const MONTH_PATTERNS = { long: "MMMM", short: "MMM", narrow: "MMMMM" } as const;

/** The twelve month names, January first: "January", "Jan" or "J"; in the story's language unless told. */
export function monthNames(width: keyof typeof MONTH_PATTERNS, language: Language = LANGUAGE): string[] {
  const options = { ...inUtc, locale: DATE_LOCALES[language] };
  return monthStarts("2000").map((day) => format(utcDay(day), MONTH_PATTERNS[width], options));
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
  const endText = format(end, PATTERNS.day, inWords);
  if (isSameMonth(start, end, inUtc))
    return { startText: format(start, "d", inWords), separator: "–", endText };
  const startPattern = isSameYear(start, end, inUtc) ? PATTERNS.dayMonth : PATTERNS.day;
  return { startText: format(start, startPattern, inWords), separator: " – ", endText };
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

/** A place whose clock the site gives times in: one of the story's `timeZones`. */
export interface DisplayZone {
  id: string;
  place: string;
}

export interface ZoneTime {
  /** Machine form with offset, for `<time datetime>`: "2025-06-19T21:00+07:00" */
  iso: string;
  /** The time there in words, with its day where that is not the first place's: "8 p.m. on 9 January in Lima" */
  words: string;
}

/**
 * A timed event's instant in each of `zones`, the first being the one the sources give the time in;
 * nothing for an event without a time. Each place's minutes are its own (a half-hour zone).
 */
export function formatEventTime(
  date: EventDate,
  zones: readonly DisplayZone[],
  language: Language = LANGUAGE,
): ZoneTime[] {
  if (!isTimed(date)) return [];
  const instant = timedInstant(date);
  const { dates } = DICTIONARIES[language];
  const [firstDay = ""] = zones.map((zone) => format(instant, "yyyy-MM-dd", { in: tz(zone.id) }));
  return zones.map((zone, index) => {
    const local = { in: tz(zone.id), locale: DATE_LOCALES[language] };
    const pattern = format(instant, "mm", local) === "00" ? dates.time.onTheHour : dates.time.withMinutes;
    const day = format(instant, "yyyy-MM-dd", local);
    const template = index === 0 ? dates.timeHere : day === firstDay ? dates.timeThere : dates.timeThereOnDay;
    const dayPattern = day.slice(0, 4) === firstDay.slice(0, 4) ? dates.timeDay : dates.day;
    const values = {
      time: format(instant, pattern, local),
      place: zone.place,
      day: format(instant, dayPattern, local),
    };
    return { iso: isoInZone(instant, zone.id), words: fillIn(template, values, language) };
  });
}

/**
 * How an undated event relates to the dated one it is placed by. "Before" is worded as the least it
 * can mean: an event "immediately prior to" talks may have been on their first day.
 */
const PLACEMENT_WORDS = PATTERNS.placement;

export const DATE_NOT_GIVEN = PATTERNS.dateNotGiven;
export const YEAR_INFERRED = PATTERNS.yearInferred;

/** The heading of undated events placed by one event: "After <title> — date not given". */
export function undatedLabel(position: UnknownDate["position"], anchorTitle: string): string {
  const placement = PLACEMENT_WORDS[position];
  return capitalized(fill(PATTERNS.undatedLabel, { placement, title: anchorTitle }));
}

/**
 * An event's date in words, in parts so a page can put each date in its own `<time>`: the event's
 * own date, or for an undated event where it is placed ("after" the date of the event it is placed by).
 */
export interface EventDateParts {
  /** Undefined when the sources give no date: the words are then "Date not given". */
  date: KnownDate | undefined;
  placement: { words: string; anchorDate: KnownDate } | undefined;
}

export function eventDateParts(date: EventDate, anchorDate: KnownDate | undefined): EventDateParts {
  if (isKnown(date)) return { date, placement: undefined };
  return { date: undefined, placement: anchorDate && { words: PLACEMENT_WORDS[date.position], anchorDate } };
}

/** An event's date as one line of plain words, for search results and feeds: "19–22 May 2025". */
export function formatEventDate(
  date: EventDate,
  anchorDate: KnownDate | undefined,
  yearInferred: boolean,
): string {
  const { date: own, placement } = eventDateParts(date, anchorDate);
  const placed = placement ? ` (${placement.words} ${formatKnownDate(placement.anchorDate)})` : "";
  const words = own ? formatKnownDate(own) : `${DATE_NOT_GIVEN}${placed}`;
  return yearInferred ? `${words} (${YEAR_INFERRED})` : words;
}

/**
 * The machine form of a date an article writes in words ("May", "22", "2025"): "2025-05-22", the
 * yearless "05-22" when no year is written (never one the article does not give), "2025-05" for a
 * month alone; undefined when it is no real date.
 */
export function datetimeOf(month: string, day?: string, year?: string): string | undefined {
  if (!day) {
    const date = parse(`${month} ${year}`, "MMMM yyyy", new Date(0), inUtc);
    return isValid(date) ? format(date, "yyyy-MM", inUtc) : undefined;
  }
  // Without a year, read the day in a leap year, so that "February 29" stands.
  const date = parse(`${month} ${day} ${year ?? 2000}`, "MMMM d yyyy", new Date(0), inUtc);
  if (!isValid(date)) return undefined;
  return format(date, year ? "yyyy-MM-dd" : "MM-dd", inUtc);
}
