import { formatMonth } from "./format-date";

export interface Group<T> {
  /** "2025-05", or "2024" for events known only to the year. */
  key: string;
  /** "May 2025", or "2024" */
  label: string;
  items: T[];
}

/** True for a month key ("2025-05"), false for a year key ("2024"). */
export const isMonthKey = (key: string) => key.length > 4;

/** The year of a month or year key or of an ISO date: "2025" for "2025-05" or "2025-05-19". */
export const yearOfKey = (key: string) => key.slice(0, 4);

/** "May 2025" for "2025-05"; a year key reads as itself. */
export const groupLabel = (key: string) => (isMonthKey(key) ? formatMonth(key) : key);

/** Splits an ordered list into consecutive groups by each item's `group` key, keeping order. */
export function groupByMonth<T extends { group: string }>(items: readonly T[]): Group<T>[] {
  const groups: Group<T>[] = [];
  for (const item of items) {
    const current = groups.at(-1);
    if (current?.key === item.group) {
      current.items.push(item);
    } else {
      groups.push({ key: item.group, label: groupLabel(item.group), items: [item] });
    }
  }
  return groups;
}
