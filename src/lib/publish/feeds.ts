import { kindLabel, SITE } from "../../config";
import { utcDay, utcTimestamp } from "../dates/days";
import { firstDay, hasDays, isKnown, isTimed, placementDay, timedInstant } from "../dates/event-date";
import { formatEventDate } from "../dates/format-date";
import type { SourceEntry, Timeline, TimelineEvent } from "../content/timeline";
import { eventPath, FILES, PAGES, sourcePath } from "../content/urls";
import { fill, words } from "../../i18n/words";

/** One timeline event as the feeds and the calendar describe it. */
export interface EventDescription {
  /** Absolute URL of the event page; also the item's permanent id. */
  url: string;
  title: string;
  /** The date as precisely as the sources give it: "When: April 2025 (year inferred)". */
  dateLine: string;
  summary: string;
  kindLabel: string;
  /** `articleUrl` is the published article's address, for a source the site links to instead of republishing. */
  sources: { title: string; url: string; articleUrl?: string }[];
}

/** An event as a feed item: its description and the one date a feed needs (see `feedDate`). */
export interface FeedItem extends EventDescription {
  date: Date;
}

/**
 * The date a feed item carries. A feed needs one day for every item, and the sources do not always
 * give one, so the rule is, most exact first:
 * - an event dated to a day or a range: the day it starts, at its time where the sources give one;
 * - otherwise, the earliest publication date among the articles it cites: the day the news was out;
 * - otherwise, the day the timeline sorts it on: the first day of its month or year, or for an
 *   undated event the day of the event it is placed by (its start, or its last day for "after").
 * The item's own text always says how precisely the date is known (see `dateLine`).
 */
export function feedDate(event: TimelineEvent, sources: SourceEntry[]): Date {
  const { date } = event.entry.data;
  if (isTimed(date)) return timedInstant(date);
  if (hasDays(date)) return utcDay(firstDay(date));
  const published = sources.flatMap((source) => source.data.published ?? []).sort();
  if (published[0]) return utcDay(published[0]);
  if (isKnown(date)) return utcDay(firstDay(date));
  if (!event.anchor) throw new Error(`${event.id}: an undated event needs a dated event to be placed by`);
  return utcDay(placementDay(date, event.anchor.date));
}

/** Newest first: the timeline order reversed, so undated events keep their place beside their anchor. */
export function feedItems(timeline: Pick<Timeline, "events" | "sourcesOf">, site: URL): FeedItem[] {
  return [...timeline.events].reverse().map((event) => {
    const sources = timeline.sourcesOf(event);
    return { ...describeEvent(event, sources, site), date: feedDate(event, sources) };
  });
}

/** What the feeds and the calendar say about one event. */
export function describeEvent(event: TimelineEvent, sources: SourceEntry[], site: URL): EventDescription {
  const { title, summary, kind, date, yearInferred } = event.entry.data;
  return {
    url: new URL(eventPath(event.id), site).href,
    title,
    dateLine: fill(words.feeds.when, { date: formatEventDate(date, event.anchor?.date, yearInferred) }),
    summary,
    kindLabel: kindLabel(kind),
    sources: sources.map((source) => ({
      title: source.data.title,
      url: new URL(sourcePath(source.id), site).href,
      ...(!source.data.republish && { articleUrl: source.data.url! }),
    })),
  };
}

/** The item as plain text: date line, summary, then each source on a line of its own, or that it has none. */
export function feedItemText(item: EventDescription): string {
  if (item.sources.length === 0)
    return [item.dateLine, "", item.summary, "", words.event.notSourced].join("\n");
  const sources = item.sources.map(({ title, url, articleUrl }) =>
    articleUrl ? fill(words.feeds.linkedSource, { title, url, articleUrl }) : `${title} (${url})`,
  );
  return [item.dateLine, "", item.summary, "", words.feeds.sources, ...sources].join("\n");
}

/** A JSON Feed 1.1 document (https://jsonfeed.org/version/1.1) of the feed items. */
export function jsonFeed(items: FeedItem[], site: URL) {
  return {
    version: "https://jsonfeed.org/version/1.1",
    title: SITE.title,
    home_page_url: new URL(PAGES.home, site).href,
    feed_url: new URL(FILES.jsonFeed, site).href,
    description: SITE.description,
    language: SITE.lang,
    items: items.map((item) => ({
      id: item.url,
      url: item.url,
      title: item.title,
      summary: item.summary,
      content_text: feedItemText(item),
      date_published: utcTimestamp(item.date),
      tags: [item.kindLabel],
    })),
  };
}
