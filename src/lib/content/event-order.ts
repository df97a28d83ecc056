import {
  firstDay,
  hasDays,
  isKnown,
  placementDay,
  type EventDate,
  type KnownDate,
} from "../dates/event-date";

/** The part of an event entry that ordering needs. */
export interface Orderable {
  id: string;
  data: { date: EventDate };
}

/**
 * Where an event sits among events on the same sort day. An undated event is placed
 * relative to a dated one: before it, during it (just after its start) or after its end.
 */
const RANK = { before: 0, "year-or-month": 1, dated: 2, during: 3, after: 4 } as const;

export interface SortKey {
  day: string;
  rank: number;
}

/** Undated events are anchored to a dated event with a day or range (checked in check-content). */
export function sortKey(date: EventDate, anchorDate: (id: string) => KnownDate | undefined): SortKey {
  if (isKnown(date)) return { day: firstDay(date), rank: hasDays(date) ? RANK.dated : RANK["year-or-month"] };
  const anchor = anchorDate(date.relativeTo.id);
  if (!anchor || !hasDays(anchor)) {
    throw new Error(`cannot place an undated event relative to "${date.relativeTo.id}"`);
  }
  return { day: placementDay(date, anchor), rank: RANK[date.position] };
}

/**
 * Oldest first, by the event's own date (never file name or time stamps).
 * Ties: undated-before, then month/year, then dated, then undated-during/after; then by slug.
 */
export function sortEvents<T extends Orderable>(events: readonly T[]): Array<{ event: T; key: SortKey }> {
  const dates = new Map(events.map((event) => [event.id, event.data.date]));
  const anchorDate = (id: string) => {
    const date = dates.get(id);
    return date && isKnown(date) ? date : undefined;
  };
  const keyed = events.map((event) => ({ event, key: sortKey(event.data.date, anchorDate) }));
  keyed.sort(
    (a, b) =>
      a.key.day.localeCompare(b.key.day) || a.key.rank - b.key.rank || a.event.id.localeCompare(b.event.id),
  );
  return keyed;
}

/**
 * The heading an event is listed under: its month ("2025-05"), or its year for year-precision data.
 * An undated event is listed by the event it is placed by ("undated-after-<slug>"), never under a month.
 */
export function groupKey(date: EventDate, key: SortKey): string {
  if (!isKnown(date)) return `undated-${date.position}-${date.relativeTo.id}`;
  return date.precision === "year" ? date.start : key.day.slice(0, 7);
}
