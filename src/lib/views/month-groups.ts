import { formatMonth } from "../dates/format-date";
import { capitalized, fill, words } from "../../i18n/words";

export interface Group<T> {
  /** "2025-05", "2024" for events known only to the year, "undated-after-<slug>" for undated events. */
  key: string;
  /** The heading's id: the key, or "2025-11-continued" where a month resumes after undated events. */
  id: string;
  /** "May 2025", "2024", "After <title> — date not given" */
  label: string;
  /** False for undated events: listed by the event they are placed by, never as a month. */
  dated: boolean;
  items: T[];
}

/** True for a month key ("2025-05"), false for a year key ("2024") or an undated group's. */
export const isMonthKey = (key: string) => /^\d{4}-\d{2}$/.test(key);

const isDatedKey = (key: string) => /^\d{4}(-\d{2})?$/.test(key);

/** The year of a month or year key or of an ISO date: "2025" for "2025-05" or "2025-05-19". */
export const yearOfKey = (key: string) => key.slice(0, 4);

/** "March 2024" for "2024-03", a label, so capitalized ("Tháng 3 năm 2024" in `vi`); a year key reads as itself. */
export const groupLabel = (key: string) => (isMonthKey(key) ? capitalized(formatMonth(key)) : key);

/**
 * Splits an ordered list into consecutive groups by each item's `group` key, keeping order. A key
 * that comes back (a month resumed after undated events) gets a heading id and label of its own.
 */
export function groupByMonth<T extends { group: string; groupLabel: string }>(
  items: readonly T[],
): Group<T>[] {
  const groups: Group<T>[] = [];
  const seen = new Map<string, number>();
  for (const item of items) {
    const current = groups.at(-1);
    if (current?.key === item.group) {
      current.items.push(item);
      continue;
    }
    const times = (seen.get(item.group) ?? 0) + 1;
    seen.set(item.group, times);
    const suffix = times === 1 ? "" : times === 2 ? "-continued" : `-continued-${times - 1}`;
    groups.push({
      key: item.group,
      id: `${item.group}${suffix}`,
      label: times === 1 ? item.groupLabel : fill(words.dates.continued, { label: item.groupLabel }),
      dated: isDatedKey(item.group),
      items: [item],
    });
  }
  return groups;
}

/** Each month or year once, with all its events, for navigation and counts; undated groups are left out. */
export function monthsOf<T>(groups: readonly Group<T>[]): Group<T>[] {
  const months = new Map<string, Group<T>>();
  for (const group of groups.filter((group) => group.dated)) {
    const month = months.get(group.key);
    if (month) month.items = [...month.items, ...group.items];
    else months.set(group.key, { ...group, items: [...group.items] });
  }
  return [...months.values()];
}
