import { daysCovered, isKnown, type EventDate } from "../dates/event-date";
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
