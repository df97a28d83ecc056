import { eachDayOfInterval, format } from "date-fns";
import { TZDate, tz } from "@date-fns/tz";
import type { EventDate } from "./event-date";

/**
 * The other ways readers type an event's date or a person's name, for the search index only.
 * Pagefind finds a date only in the form the page spells it, and does not fold Đ to D.
 */

const inUtc = { in: tz("UTC") };

/** Formats a reader may type for one day, all from date-fns patterns. */
const DAY_PATTERNS = [
  "MMMM d",
  "d MMMM",
  "MMM d",
  "d MMM",
  "d MMMM yyyy",
  "MMMM d, yyyy",
  "yyyy-MM-dd",
  "dd/MM/yyyy",
  "MM/dd/yyyy",
  "d/M/yyyy",
];
const MONTH_PATTERNS = ["MMMM yyyy", "MMM yyyy", "yyyy-MM", "MM/yyyy"];

function utc(isoDay: string): TZDate {
  const [year, month, day] = isoDay.split("-").map(Number);
  return new TZDate(year!, month! - 1, day ?? 1, "UTC");
}

/** Every day the date covers (each day of a range), in every pattern; undated events get none. */
export function dateSearchTerms(date: EventDate): string[] {
  switch (date.precision) {
    case "unknown":
      return [];
    case "year":
      return [date.start];
    case "month":
      return MONTH_PATTERNS.map((pattern) => format(utc(date.start), pattern, inUtc));
    case "day":
    case "range": {
      const days = eachDayOfInterval(
        { start: utc(date.start), end: utc(date.precision === "range" ? date.end : date.start) },
        inUtc,
      );
      const dayForms = days.flatMap((day) => DAY_PATTERNS.map((pattern) => format(day, pattern, inUtc)));
      const monthForms = MONTH_PATTERNS.map((pattern) => format(days[0]!, pattern, inUtc));
      return [...new Set([...dayForms, ...monthForms])];
    }
  }
}

/** A name without diacritics, Đ/đ included, as readers type it on an English keyboard. */
export function plainLetters(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Mn}/gu, "")
    .replace(/Đ/g, "D")
    .replace(/đ/g, "d");
}

/** Each spelling of a person's names, with and without diacritics, once. */
export function nameSearchTerms(names: readonly string[]): string[] {
  return [...new Set(names.flatMap((name) => [name, plainLetters(name)]))];
}
