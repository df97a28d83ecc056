import { eachDayOfInterval, format } from "date-fns";
import type { EventDate } from "./event-date";
import { inUtc, utcDay } from "./format-date";
import { plainLetters } from "./plain-letters";

/** Each calendar day an event covers, as YYYY-MM-DD: one, every day of a range, none otherwise. */
export function daysCovered(date: EventDate): string[] {
  if (date.precision !== "day" && date.precision !== "range") return [];
  const end = date.precision === "range" ? date.end : date.start;
  return eachDayOfInterval({ start: utcDay(date.start), end: utcDay(end) }, inUtc).map((day) =>
    format(day, "yyyy-MM-dd", inUtc),
  );
}

/**
 * Plain-letter spellings of the names Pagefind cannot match without diacritics: it folds
 * "Diên" to "Dien" itself, but not "Đặng" to "Dang". These go into the index as hidden text.
 */
export function namesPagefindMisses(names: readonly string[]): string[] {
  return [...new Set(names.filter((name) => /[Đđ]/.test(name)).map(plainLetters))];
}
