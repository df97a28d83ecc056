import { SITE } from "../../config";
import { capitalized } from "../../i18n/words";
import type { TimelineEvent } from "./timeline";

/** The events of the story's numbered series (its settings' `series.kind`), in timeline order, numbered or not. */
export function seriesEvents(events: readonly TimelineEvent[]): TimelineEvent[] {
  const { series } = SITE;
  return series ? events.filter((event) => event.entry.data.kind === series.kind) : [];
}

/** The events of the series that the sources number, each with its number: each has a short link. */
export function numberedEvents(events: readonly TimelineEvent[]): { number: number; event: TimelineEvent }[] {
  return seriesEvents(events).flatMap((event) => {
    const { seriesNumber } = event.entry.data;
    return seriesNumber === undefined ? [] : [{ number: seriesNumber, event }];
  });
}

/** A route per numbered item (its short link, embed, share image), for getStaticPaths: /<path>/<n>/. */
export function seriesItemRoutes(events: readonly TimelineEvent[]) {
  return numberedEvents(events).map(({ number, event }) => ({
    params: { series: SITE.series!.path, number: String(number) },
    props: { number, event },
  }));
}

/** One of the series by its number, as a name: "Hearing 2" for a series whose item is "hearing". */
export function seriesItemName(number: number): string {
  const item = SITE.series?.item ?? "";
  return `${capitalized(item)} ${number}`;
}
