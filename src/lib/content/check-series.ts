import type { Story } from "./story";
import { seriesItemPath } from "./urls";

/**
 * An event's `seriesNumber:` is its number in the story's series (content/story.yaml), and that number is a
 * permanent short link: only events of the series' kind have one, and each number belongs to one event.
 */
/** The part of an event that its number concerns. */
interface NumberedEvent {
  id: string;
  filePath?: string | undefined;
  data: { kind?: string | undefined; seriesNumber?: number | undefined };
}

export function seriesProblems(
  events: readonly NumberedEvent[],
  series: Story["series"],
  where: (entry: NumberedEvent, field: string) => string,
): string[] {
  const owners = new Map<number, NumberedEvent>();
  return events.flatMap((entry) => {
    const { seriesNumber, kind } = entry.data;
    if (seriesNumber === undefined) return [];
    if (!series)
      return [`${where(entry, "seriesNumber")}: expected no number, since content/story.yaml has no series`];
    if (kind !== series.kind) {
      return [
        `${where(entry, "seriesNumber")}: expected a number only on events of kind "${series.kind}" (the series)`,
      ];
    }
    const owner = owners.get(seriesNumber);
    if (!owner) {
      owners.set(seriesNumber, entry);
      return [];
    }
    return [
      `${where(entry, "seriesNumber")}: number ${seriesNumber} is already ${owner.filePath ?? owner.id}; expected each number of the series once, since ${seriesItemPath(seriesNumber)} is its permanent link`,
    ];
  });
}
