import type { TimelineEvent } from "./timeline";

/** Negotiation rounds in timeline order, numbered or not. */
export function negotiationRounds(events: readonly TimelineEvent[]): TimelineEvent[] {
  return events.filter((event) => event.entry.data.kind === "negotiation-round");
}

/** The permanent short link of a numbered round: /rounds/2/ */
export function roundPath(round: number): string {
  return `/rounds/${round}/`;
}

/** True for a /rounds/<n>/ alias, whose canonical page is the round's event page. */
export function isRoundAlias(path: string): boolean {
  return /^\/rounds\/\d+\/$/.test(path);
}

/** The rounds the sources number, each with its number: each has a page at /rounds/<n>/. */
export function numberedRounds(events: readonly TimelineEvent[]): { round: number; event: TimelineEvent }[] {
  return negotiationRounds(events).flatMap((event) => {
    const { round } = event.entry.data;
    return round === undefined ? [] : [{ round, event }];
  });
}
