import { firstDay, lastDay } from "./event-date";
import type { Timeline } from "../timeline";

/**
 * The latest day the content names: an article's publication date or the last known day of an event.
 * Files that must carry a date of their own (the calendar's DTSTAMP) use it rather than the build time,
 * so two builds of the same content are identical and the date moves only when the content does.
 */
export function latestContentDay(timeline: Pick<Timeline, "events" | "sources">): string {
  const published = timeline.sources.flatMap((source) => source.data.published ?? []);
  const eventDays = timeline.events.flatMap(({ entry: { data } }) => {
    const { date } = data;
    if (date.precision === "unknown") return [];
    return date.precision === "day" || date.precision === "range" ? [lastDay(date)] : [firstDay(date)];
  });
  const latest = [...published, ...eventDays].sort().at(-1);
  if (!latest) throw new Error("content/: expected at least one dated event or source");
  return latest;
}
