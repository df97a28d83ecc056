import type { TimelineEvent } from "./timeline";

/** Negotiation rounds in timeline order, numbered or not. */
export function negotiationRounds(events: readonly TimelineEvent[]): TimelineEvent[] {
  return events.filter((event) => event.entry.data.kind === "negotiation-round");
}

/** The permanent short link of a numbered round: /rounds/2/ */
export function roundPath(round: number): string {
  return `/rounds/${round}/`;
}
