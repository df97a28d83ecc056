import type { Story } from "./story";
import { seriesItemPath } from "./urls";

/**
 * An event's `round:` is its number in the story's series (content/story.yaml), and that number is a
 * permanent short link: only events of the series' kind have one, and each number belongs to one event.
 */
/** The part of an event that its number concerns. */
interface NumberedEvent {
  id: string;
  filePath?: string | undefined;
  data: { kind?: string | undefined; round?: number | undefined };
}

export function seriesProblems(
  events: readonly NumberedEvent[],
  series: Story["series"],
  where: (entry: NumberedEvent, field: string) => string,
): string[] {
  const owners = new Map<number, NumberedEvent>();
  return events.flatMap((entry) => {
    const { round, kind } = entry.data;
    if (round === undefined) return [];
    if (!series)
      return [`${where(entry, "round")}: expected no number, since content/story.yaml has no series`];
    if (kind !== series.kind) {
      return [
        `${where(entry, "round")}: expected a number only on events of kind "${series.kind}" (the series)`,
      ];
    }
    const owner = owners.get(round);
    if (!owner) {
      owners.set(round, entry);
      return [];
    }
    return [
      `${where(entry, "round")}: number ${round} is already ${owner.filePath ?? owner.id}; expected each number of the series once, since ${seriesItemPath(round)} is its permanent link`,
    ];
  });
}
