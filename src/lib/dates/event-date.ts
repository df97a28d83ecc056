import type { CollectionEntry } from "astro:content";
import { eachDay, instantOf, isoInZone, lastDayOfMonthOf } from "./days";

/**
 * Every rule about what an event's date means, by its precision: which days it covers, where an
 * undated event is placed, its instant, its ISO 8601 form, its slug, and the latest day the content
 * names. The words for people are in format-date.ts; days and instants on date-fns in days.ts.
 */

/** The `date` frontmatter of an event, as the schema in src/content.config.ts parses it. */
export type EventDate = CollectionEntry<"events">["data"]["date"];
export type KnownDate = Exclude<EventDate, { precision: "unknown" }>;
export type UnknownDate = Extract<EventDate, { precision: "unknown" }>;
/** A date the sources give to the day: one day or a span of days. */
export type DayDate = Extract<EventDate, { precision: "day" | "range" }>;
/** A day the sources also give a local time for. */
export type TimedDate = Extract<EventDate, { precision: "day" }> & { time: string; timeZone: string };

/** True when the sources date the event at all, if only to a year. */
export const isKnown = (date: Pick<EventDate, "precision">): date is KnownDate =>
  date.precision !== "unknown";

/** True when the sources give the day (or days) of the event, not just its month or year. */
export const hasDays = (date: EventDate): date is DayDate =>
  date.precision === "day" || date.precision === "range";

/** True when the sources give a local time and its zone (the schema requires both or neither). */
export const isTimed = (date: EventDate): date is TimedDate =>
  date.precision === "day" && Boolean(date.time && date.timeZone);

/** The first calendar day a date covers, as YYYY-MM-DD: 1 January for a year, the 1st for a month. */
export function firstDay(date: KnownDate): string {
  if (date.precision === "year") return `${date.start}-01-01`;
  if (date.precision === "month") return `${date.start}-01`;
  return date.start;
}

/** The last calendar day a date covers: 31 December for a year, the month's last day for a month. */
export function lastDay(date: KnownDate): string {
  if (date.precision === "year") return `${date.start}-12-31`;
  if (date.precision === "month") return lastDayOfMonthOf(date.start);
  return date.precision === "range" ? date.end : date.start;
}

/** The days the sources name for an event, as YYYY-MM-DD: its day or each day of its range; none otherwise. */
export function daysCovered(date: EventDate): string[] {
  return hasDays(date) ? eachDay(firstDay(date), lastDay(date)) : [];
}

/** The day an undated event is placed at: its anchor's first day, or its anchor's last day for "after". */
export function placementDay(date: UnknownDate, anchor: KnownDate): string {
  return date.position === "after" && hasDays(anchor) ? lastDay(anchor) : firstDay(anchor);
}

/** The instant of a timed event: its local time on its day, in its zone. */
export const timedInstant = (date: TimedDate): Date => instantOf(date.start, date.time, date.timeZone);

/** The prefix an event's slug must start with, so URLs read in date order: "2025-05-19", "after-2025-05-22". */
export function slugPrefix(date: EventDate, anchor?: KnownDate): string {
  if (isKnown(date)) return date.start;
  return anchor ? `${date.position}-${placementDay(date, anchor)}` : date.position;
}

/**
 * The start and, for a range, the end of a date in ISO 8601, as precise as it is known: "2025-04",
 * "2024", or with its local time and that zone's offset: "2025-06-19T21:00+07:00".
 */
export function isoBounds(date: KnownDate): IsoBounds {
  if (date.precision === "range") return { start: date.start, end: date.end };
  return { start: isTimed(date) ? isoInZone(timedInstant(date), date.timeZone) : date.start };
}

export interface IsoBounds {
  start: string;
  end?: string;
}

/** Bounds as one ISO 8601 value: "2025-05-19/2025-05-22" for a range, otherwise the start. */
export const isoInterval = ({ start, end }: IsoBounds): string => (end ? `${start}/${end}` : start);

/** The date as one ISO 8601 value: "2025-05-19/2025-05-22" for a range, otherwise as `isoBounds`. */
export const isoForm = (date: KnownDate): string => isoInterval(isoBounds(date));

/** What `latestContentDay` reads of a timeline: each event's date and each source's publication day. */
export interface DatedContent {
  events: readonly { entry: { data: { date: EventDate } } }[];
  sources: readonly { data: { published?: string | undefined } }[];
}

/**
 * The latest day the content names: an article's publication date or the last day an event is known
 * to cover (the first day of a month or a year, which may not have run its course). Files that must
 * carry a date of their own (the calendar's DTSTAMP) use it rather than the build time, so two builds
 * of the same content are identical and the date moves only when the content does.
 */
export function latestContentDay(content: DatedContent): string {
  const published = content.sources.flatMap((source) => source.data.published ?? []);
  const eventDays = content.events.flatMap(({ entry: { data } }) => {
    if (!isKnown(data.date)) return [];
    return [hasDays(data.date) ? lastDay(data.date) : firstDay(data.date)];
  });
  const latest = [...published, ...eventDays].sort().at(-1);
  if (!latest) throw new Error("content/: expected at least one dated event or source");
  return latest;
}
