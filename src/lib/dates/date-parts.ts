import { isValid } from "date-fns/isValid";
import { parse } from "date-fns/parse";

/** Frontmatter YAML turns an unquoted 2025-05-19 into a Date; bring it back to the string form. */
export function toDayString(value: unknown): unknown {
  return value instanceof Date && isValid(value) ? value.toISOString().slice(0, 10) : value;
}

/** True for a real calendar day in YYYY-MM-DD form (rejects 2025-02-30). */
export function isCalendarDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && isValid(parse(value, "yyyy-MM-dd", new Date(0)));
}

/** True for a real month in YYYY-MM form. */
export function isCalendarMonth(value: string): boolean {
  return /^\d{4}-\d{2}$/.test(value) && isValid(parse(value, "yyyy-MM", new Date(0)));
}

/** True for a year as four digits, such as 2024. */
export const isYear = (value: string): boolean => /^\d{4}$/.test(value);

/** True for a local time as HH:mm on the 24-hour clock, such as 21:00. */
export const isClockTime = (value: string): boolean => /^([01]\d|2[0-3]):[0-5]\d$/.test(value);

/** True for an IANA time zone name that this runtime knows, such as Europe/Paris. */
export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return value.includes("/") || value === "UTC";
  } catch {
    return false;
  }
}

/** The precision a date written as a day, a month or a year has: "2025-05-19", "2025-05", "2025". */
export function precisionOf(value: string): "day" | "month" | "year" | undefined {
  if (isCalendarDay(value)) return "day";
  if (isCalendarMonth(value)) return "month";
  return isYear(value) ? "year" : undefined;
}
