// Long on purpose: the published TimelineData shape, documented field by field, beside its one builder.
import { type CountryCode, type EventKind, kindLabel, SITE } from "../../config";
import { isKnown, isoForm, latestContentDay, type KnownDate } from "../dates/event-date";
import { formatEventDate } from "../dates/format-date";
import { whereThingsStand } from "../views/status";
import { isLocalImage, mediaProvider, type MediaItem } from "../views/media";
import type { EventEntry, PersonEntry, SourceEntry, Timeline, TimelineEvent } from "../content/timeline";
import { eventPath, PAGES, personPath, sourcePath } from "../content/urls";

/**
 * The version of the TimelineData shape, in semver: the major number goes up when a field is removed,
 * renamed or changes its meaning; the minor number when a field is added. README "Data for reuse".
 */
export const TIMELINE_DATA_VERSION = "2.2.0";

/** A claim's support: a source slug and the words quoted from it. */
export interface CitationData {
  source: string;
  /**
   * Words quoted from the source: checked word for word against its text when the source is
   * `republished`; of a linked article (`republished: false`), a quotation that could not be checked.
   */
  passage: string;
}

/** Since 2.1.0. A photo or other media shown with an event or a person. */
export interface MediaData {
  /** "image": a local image this site serves; "link": remote media, which the site links to and never loads. */
  type: "image" | "link";
  /** The image's file on this site (at its full size), or the remote media's address. */
  url: string;
  /** Who serves remote media ("YouTube", or the host name); null for an image. */
  provider: string | null;
  /** The image's size in pixels; null for a link. */
  width: number | null;
  height: number | null;
  /** What the image shows; null for a link. */
  alt: string | null;
  credit: string;
  caption: string | null;
  licence: string | null;
  /** Where the media was published, if not at `url`. */
  sourceUrl: string | null;
}

/** The `date` frontmatter as the schema defines it, with references as slugs. */
export type EventDateData =
  KnownDate | { precision: "unknown"; relativeTo: string; position: "before" | "during" | "after" };

export interface EventData {
  slug: string;
  /** The event page. */
  url: string;
  title: string;
  date: EventDateData;
  /** ISO 8601 as precise as the date is known ("2025-05-19/2025-05-22", "2025-04", "2025-06-19T21:00+07:00"); null when undated. */
  dateIso: string | null;
  /** The date in words, as the site shows it: "19–22 May 2025", "Date not given (after 19–22 May 2025)". */
  dateLabel: string;
  yearInferred: boolean;
  dateNote: string | null;
  kind: EventKind;
  kindLabel: string;
  /** Its number in the story's numbered series (`series` in the settings); null outside it. */
  seriesNumber: number | null;
  /** A place, "virtual", or null when the sources do not say. */
  location: string | null;
  /** Person slugs. */
  participants: string[];
  summary: string;
  positions: { side: CountryCode; text: string; citation: CitationData }[];
  /** `laterEvent`: slug of a later event that relates to the step (not that it carried it out), or null. */
  nextSteps: { text: string; citation: CitationData; laterEvent: string | null }[];
  figures: {
    label: string;
    value: number;
    /** The figure's unit, a key of `figureUnits` in the story's settings: "percent". */
    unit: string;
    changePercent: number | null;
    citation: CitationData;
  }[];
  citations: CitationData[];
  /** Since 2.1.0. Its photos and media, in the order the page shows them. */
  media: MediaData[];
}

export interface PersonData {
  slug: string;
  url: string;
  name: string;
  asciiName: string | null;
  aliases: string[];
  role: string;
  country: CountryCode;
  /** True for an official the sources name only by role. */
  unnamed: boolean;
  /** Slugs of the events they took part in, in timeline order. */
  events: string[];
  citations: CitationData[];
  /** Since 2.1.0. */
  media: MediaData[];
}

export interface SourceData {
  slug: string;
  /** The page on this site about the article: its full text when `republished`, otherwise its details. */
  url: string;
  /** Since 1.2.0. True when the site republishes the article's full text; false when it only links to it. */
  republished: boolean;
  /** Since 1.2.0. The published article's address: always given when not `republished`, else null or given. */
  articleUrl: string | null;
  title: string;
  /** True when the article has no title of its own and `title` is ours. */
  editorialTitle: boolean;
  publisher: string | null;
  byline: string | null;
  dateline: string | null;
  /** YYYY-MM-DD, or null when the article carries no date. */
  published: string | null;
  /** What the text says about its own date; null only for a source that is not `republished` (since 1.2.0). */
  dateNote: string | null;
  /** Slugs of the events that cite it, in timeline order. */
  events: string[];
}

/** Since 2.2.0. A period of the story (story.yaml `phases`; TimelineJS's era). */
export interface PhaseData {
  /** The id of its mark in the timeline list: "phase-talks". */
  slug: string;
  title: string;
  /** ISO 8601 as precise as the settings give it: "2025-05-19", "2025-05" or "2025"; `end` is inclusive. */
  start: string;
  end: string;
  summary: string | null;
  citations: CitationData[];
}

/** Where things stand, as the home page's status block shows it. */
export interface StatusData {
  /** The latest day the content names, as `generatedFrom.latestContentDay`. */
  asOf: string;
  /** Slug of the latest dated event (the last in timeline order with a date of its own); null when none has one. */
  latestEvent: string | null;
  /** Steps announced at the latest event, or at an undated event placed after it: announced, not reported as done. */
  announcedNextSteps: { event: string; text: string; citation: CitationData }[];
}

/** Everything the site shows, in one file at /timeline.json. */
export interface TimelineData {
  version: typeof TIMELINE_DATA_VERSION;
  site: string;
  /** What the file is made from; it never records when it was built, so builds are reproducible. */
  generatedFrom: {
    title: string;
    description: string;
    /** The latest day the content names (an article's date or an event's last day). */
    latestContentDay: string;
    eventCount: number;
    personCount: number;
    sourceCount: number;
  };
  /** Since 1.1.0. */
  status: StatusData;
  /** Oldest first, in timeline order. */
  events: EventData[];
  /** Since 2.2.0. Oldest first, never overlapping; empty for a story without phases. */
  phases: PhaseData[];
  people: PersonData[];
  sources: SourceData[];
}

const citationData = ({
  source,
  passage,
}: Pick<EventEntry["data"]["citations"][number], "source" | "passage">): CitationData => ({
  source: source.id,
  passage,
});

function mediaData(item: MediaItem, site: URL): MediaData {
  const common = {
    credit: item.credit,
    caption: item.caption ?? null,
    licence: item.licence ?? null,
    sourceUrl: item.sourceUrl ?? null,
  };
  if (isLocalImage(item)) {
    const { src, width, height } = item.image;
    return {
      type: "image",
      url: new URL(src, site).href,
      provider: null,
      width,
      height,
      alt: item.alt,
      ...common,
    };
  }
  const url = item.url!;
  return { type: "link", url, provider: mediaProvider(url), width: null, height: null, alt: null, ...common };
}

function eventData(event: TimelineEvent, site: URL): EventData {
  const { data } = event.entry;
  const { date } = data;
  return {
    slug: event.id,
    url: new URL(eventPath(event.id), site).href,
    title: data.title,
    date: isKnown(date) ? date : { ...date, relativeTo: date.relativeTo.id },
    dateIso: isKnown(date) ? isoForm(date) : null,
    dateLabel: formatEventDate(date, event.anchor?.date, data.yearInferred),
    yearInferred: data.yearInferred,
    dateNote: data.dateNote ?? null,
    kind: data.kind,
    kindLabel: kindLabel(data.kind),
    seriesNumber: data.seriesNumber ?? null,
    location: data.location ?? null,
    participants: data.participants.map((person) => person.id),
    summary: data.summary,
    positions: data.positions.map(({ citation, ...position }) => ({
      ...position,
      citation: citationData(citation),
    })),
    nextSteps: data.nextSteps.map(({ text, citation, laterEvent }) => ({
      text,
      citation: citationData(citation),
      laterEvent: laterEvent?.id ?? null,
    })),
    figures: data.figures.map(({ citation, ...figure }) => ({
      ...figure,
      changePercent: figure.changePercent ?? null,
      citation: citationData(citation),
    })),
    citations: data.citations.map(citationData),
    media: data.media.map((item) => mediaData(item, site)),
  };
}

function statusData(timeline: Timeline): StatusData {
  const status = whereThingsStand(timeline.events);
  return {
    asOf: latestContentDay(timeline),
    latestEvent: status?.latest.id ?? null,
    announcedNextSteps: (status?.pending ?? []).map(({ event, step }) => ({
      event: event.id,
      text: step.text,
      citation: citationData(step.citation),
    })),
  };
}

function personData(person: PersonEntry, events: TimelineEvent[], site: URL): PersonData {
  const { data } = person;
  return {
    slug: person.id,
    url: new URL(personPath(person.id), site).href,
    name: data.name,
    asciiName: data.asciiName ?? null,
    aliases: data.aliases,
    role: data.role,
    country: data.country,
    unnamed: data.unnamed,
    events: events.map((event) => event.id),
    citations: data.citations.map(citationData),
    media: data.media.map((item) => mediaData(item, site)),
  };
}

function sourceData(source: SourceEntry, events: TimelineEvent[], site: URL): SourceData {
  const { data } = source;
  return {
    slug: source.id,
    url: new URL(sourcePath(source.id), site).href,
    republished: data.republish,
    articleUrl: data.url ?? null,
    title: data.title,
    editorialTitle: data.editorialTitle,
    publisher: data.publisher ?? null,
    byline: data.byline ?? null,
    dateline: data.dateline ?? null,
    published: data.published ?? null,
    dateNote: data.dateNote ?? null,
    events: events.map((event) => event.id),
  };
}

/** The whole timeline in the documented, versioned TimelineData shape. */
export function timelineData(timeline: Timeline, site: URL): TimelineData {
  return {
    version: TIMELINE_DATA_VERSION,
    site: new URL(PAGES.home, site).href,
    generatedFrom: {
      title: SITE.title,
      description: SITE.description,
      latestContentDay: latestContentDay(timeline),
      eventCount: timeline.events.length,
      personCount: timeline.people.length,
      sourceCount: timeline.sources.length,
    },
    status: statusData(timeline),
    events: timeline.events.map((event) => eventData(event, site)),
    phases: timeline.phases.map((phase) => ({
      slug: phase.id,
      title: phase.title,
      start: phase.start.start,
      end: phase.end.start,
      summary: phase.summary ?? null,
      citations: phase.citations.map(citationData),
    })),
    people: timeline.people.map((person) =>
      personData(person, timeline.eventsByPerson.get(person.id) ?? [], site),
    ),
    sources: timeline.sources.map((source) =>
      sourceData(source, timeline.eventsBySource.get(source.id) ?? [], site),
    ),
  };
}
