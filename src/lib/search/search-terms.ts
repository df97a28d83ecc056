import { daysCovered, isKnown, type EventDate } from "../dates/event-date";
import { MENTION_DAY_FILTER, MENTION_MONTH_FILTER, MENTION_MONTHDAY_FILTER } from "./fields";
import { plainLetters } from "./plain-letters";

/**
 * The date filters of an event, from its own date only: its year, month (unless known only to the
 * year), and each day it covers as `day` (2025-05-22) and `monthday` (05-22). None for an undated event.
 */
export function dateFilters(date: EventDate): Array<[name: string, value: string]> {
  if (!isKnown(date)) return [];
  const month = date.precision === "year" ? [] : [["month", date.start.slice(0, 7)] as [string, string]];
  const days = daysCovered(date);
  return [
    ["year", date.start.slice(0, 4)],
    ...month,
    ...days.map((day): [string, string] => ["day", day]),
    ...days.map((day): [string, string] => ["monthday", day.slice("yyyy-".length)]),
  ];
}

/**
 * Plain-letter spellings of the names Pagefind cannot match without diacritics: it folds
 * "Zoë" to "Zoe" itself, but not "Đặng" to "Dang". These go into the index as hidden text.
 */
export function namesPagefindMisses(names: readonly string[]): string[] {
  return [...new Set(names.filter((name) => /[Đđ]/.test(name)).map(plainLetters))];
}

/**
 * The date filters of a date a page's text names in a `<time datetime>` (src/markdown/rehype-mark-dates.ts
 * marks them): a day ("2024-03-03", or a time on it) as its day, month and day without the
 * year; a month ("2024-03") as its month; a day without a year ("03-03") as that. None for anything else (a year, a duration).
 */
export function mentionFilters(datetime: string): Array<[name: string, value: string]> {
  const day = /^(\d{4}-(\d{2}-\d{2}))(?:T|$)/.exec(datetime);
  if (day) {
    return [
      [MENTION_DAY_FILTER, day[1]!],
      [MENTION_MONTH_FILTER, day[1]!.slice(0, 7)],
      [MENTION_MONTHDAY_FILTER, day[2]!],
    ];
  }
  if (/^\d{4}-\d{2}$/.test(datetime)) return [[MENTION_MONTH_FILTER, datetime]];
  if (/^\d{2}-\d{2}$/.test(datetime)) return [[MENTION_MONTHDAY_FILTER, datetime]];
  return [];
}
