import { formatMonth } from "./format-date";

export interface Group<T> {
  /** "2025-05", or "2024" for events known only to the year. */
  key: string;
  /** "May 2025", or "2024" */
  label: string;
  items: T[];
}

/** Splits an ordered list into consecutive groups by each item's `group` key, keeping order. */
export function groupByMonth<T extends { group: string }>(items: readonly T[]): Group<T>[] {
  const groups: Group<T>[] = [];
  for (const item of items) {
    const current = groups.at(-1);
    if (current?.key === item.group) {
      current.items.push(item);
    } else {
      const label = item.group.length === 4 ? item.group : formatMonth(item.group);
      groups.push({ key: item.group, label, items: [item] });
    }
  }
  return groups;
}
