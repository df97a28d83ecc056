import type { CollectionEntry } from "astro:content";
import { isoLocalTime } from "./format-date";

/** The `date` frontmatter of an event, as the schema in src/content.config.ts parses it. */
export type EventDate = CollectionEntry<"events">["data"]["date"];
export type KnownDate = Exclude<EventDate, { precision: "unknown" }>;
export type UnknownDate = Extract<EventDate, { precision: "unknown" }>;

/** The first calendar day an event's date covers, as YYYY-MM-DD. */
export function firstDay(date: KnownDate): string {
  if (date.precision === "year") return `${date.start}-01-01`;
  if (date.precision === "month") return `${date.start}-01`;
  return date.start;
}

/** The last calendar day of an event dated to a day or a range. */
export function lastDay(date: Extract<KnownDate, { precision: "day" | "range" }>): string {
  return date.precision === "range" ? date.end : date.start;
}

/** The day an undated event is placed at: its anchor's start, or its anchor's end for "after". */
export function placementDay(date: UnknownDate, anchor: KnownDate): string {
  if (date.position === "after" && (anchor.precision === "day" || anchor.precision === "range")) {
    return lastDay(anchor);
  }
  return firstDay(anchor);
}

/** The prefix an event's slug must start with, so URLs read in date order: "2025-05-19", "after-2025-05-22". */
export function slugPrefix(date: EventDate, anchor?: KnownDate): string {
  if (date.precision !== "unknown") return date.start;
  return anchor ? `${date.position}-${placementDay(date, anchor)}` : date.position;
}

/**
 * The date in ISO 8601 form as precise as it is known: "2025-05-19/2025-05-22", "2025-04", "2024",
 * or with its local time and that zone's offset: "2025-06-19T21:00+07:00".
 */
export function isoForm(date: KnownDate): string {
  if (date.precision === "range") return `${date.start}/${date.end}`;
  if (date.precision === "day" && date.time && date.timeZone)
    return isoLocalTime(date.start, date.time, date.timeZone);
  return date.start;
}
