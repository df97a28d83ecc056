import type { TimelineEvent } from "./timeline";

/** Negotiation rounds in timeline order, numbered or not. */
export function negotiationRounds(events: readonly TimelineEvent[]): TimelineEvent[] {
  return events.filter((event) => event.entry.data.kind === "negotiation-round");
}

/** The rounds the sources number, each with its number: each has a page at /rounds/<n>/. */
export function numberedRounds(events: readonly TimelineEvent[]): { round: number; event: TimelineEvent }[] {
  return negotiationRounds(events).flatMap((event) => {
    const { round } = event.entry.data;
    return round === undefined ? [] : [{ round, event }];
  });
}
