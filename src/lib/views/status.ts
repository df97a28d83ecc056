import { isKnown, type EventDate } from "../dates/event-date";

/** The part of a timeline event that the status needs. */
export interface StatusEvent {
  entry: { data: { date: Pick<EventDate, "precision">; nextSteps: readonly { laterEvent?: unknown }[] } };
}

type StepOf<Event extends StatusEvent> = Event["entry"]["data"]["nextSteps"][number];

export interface Status<Event extends StatusEvent> {
  /** The latest dated event: the last in timeline order that has a date of its own. */
  latest: Event;
  /**
   * Steps announced at the latest event or at an (undated) event placed after it, with where each was
   * announced; a step that names a later event (`laterEvent`) is not pending.
   */
  pending: { event: Event; step: StepOf<Event> }[];
}

/**
 * Where things stand, from events in timeline order: the latest reported development and the steps
 * announced since that no later dated event can report on. Undefined when no event has a date.
 */
export function whereThingsStand<Event extends StatusEvent>(
  events: readonly Event[],
): Status<Event> | undefined {
  const latestIndex = events.findLastIndex((event) => isKnown(event.entry.data.date));
  const latest = events[latestIndex];
  if (!latest) return undefined;
  const pending = events
    .slice(latestIndex)
    .flatMap((event) => event.entry.data.nextSteps.map((step: StepOf<Event>) => ({ event, step })))
    .filter(({ step }) => !step.laterEvent);
  return { latest, pending };
}
