/**
 * JSON-LD (schema.org) for every page, built from the same content the page shows and nothing more:
 * a property the sources leave open (a place, a publisher, a date) is left out, never guessed.
 */
import { countryOf, SITE } from "../../config";
import { isKnown, type IsoBounds } from "../dates/event-date";
import { formatEventDate } from "../dates/format-date";
import { words } from "../../i18n/words";
import type { PersonEntry, SourceEntry, Timeline, TimelineEvent } from "../content/timeline";
import { eventPath, PAGES, personPath, sourcePath } from "../content/urls";

/** One schema.org object. */
export type JsonLdNode = { "@type": string } & Record<string, unknown>;

/** A page's structured data: every node in one graph, so a page has one script element. */
export interface JsonLdGraph {
  "@context": "https://schema.org";
  "@graph": JsonLdNode[];
}

/** A named link: a breadcrumb step or a list entry. */
export interface Link {
  name: string;
  path: string;
}

export const jsonLdGraph = (...nodes: JsonLdNode[]): JsonLdGraph => ({
  "@context": "https://schema.org",
  "@graph": nodes,
});

/** JSON for a script element: "<" is escaped so no text can close the element early. */
export const serializeJsonLd = (graph: JsonLdGraph): string =>
  JSON.stringify(graph).replaceAll("<", "\\u003c");

const absolute = (path: string, site: URL) => new URL(path, site).href;

/** start and end as ISO 8601, only as precise as the date: "2025-04", "2025-06-19T21:00+07:00". */
function eventDates({ start, end }: IsoBounds): { startDate: string; endDate?: string } {
  return end ? { startDate: start, endDate: end } : { startDate: start };
}

/** Where the sources put the event; nothing when they do not say. */
function eventPlace(location: string | undefined) {
  if (location === undefined) return {};
  if (location === "virtual") {
    return {
      location: { "@type": "VirtualLocation", name: words.event.virtual },
      eventAttendanceMode: "https://schema.org/OnlineEventAttendanceMode",
    };
  }
  return {
    location: { "@type": "Place", name: location, address: location },
    eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
  };
}

/** The summary, plus the date in words when it is not plain: undated, or its year inferred. */
function eventDescription(event: TimelineEvent): string {
  const { summary, date, yearInferred } = event.entry.data;
  if (isKnown(date) && !yearInferred) return summary;
  return `${summary} When: ${formatEventDate(date, event.anchor?.date, yearInferred)}.`;
}

/**
 * An event. No eventStatus: the articles report what took place, not whether it kept to a schedule.
 * The URL is the event page's, also on a series item's alias page. `iso` is the date's `isoBounds`, which
 * the page also shows (none for an undated event).
 */
export function eventNode(
  event: TimelineEvent,
  timeline: Pick<Timeline, "participantsOf" | "sourcesOf">,
  site: URL,
  iso: IsoBounds | undefined,
): JsonLdNode {
  const { title } = event.entry.data;
  return {
    "@type": "Event",
    name: title,
    description: eventDescription(event),
    url: absolute(eventPath(event.id), site),
    ...(iso && eventDates(iso)),
    ...eventPlace(event.entry.data.location),
    attendee: timeline.participantsOf(event).map((person) => personNode(person, site)),
    citation: timeline.sourcesOf(event).map((source) => sourceReference(source, site)),
  };
}

/** A person; an official the articles name only by role is named by that role, and says so. */
export function personNode(person: PersonEntry, site: URL): JsonLdNode {
  const { name, asciiName, role, country, unnamed } = person.data;
  return {
    "@type": "Person",
    name,
    ...(asciiName && { alternateName: asciiName }),
    jobTitle: role,
    nationality: { "@type": "Country", name: countryOf(country).name },
    url: absolute(personPath(person.id), site),
    ...(unnamed && {
      description: words.people.unnamedData,
    }),
  };
}

/** A source article as cited by an event: enough to find it. */
const sourceReference = (source: SourceEntry, site: URL): JsonLdNode => ({
  "@type": "NewsArticle",
  headline: source.data.title,
  url: absolute(sourcePath(source.id), site),
});

/**
 * A source article, as our page gives it (its text, or its details and a link): the URL is our page's,
 * and the article's own address, where the content gives one, is its `sameAs`. Publisher, author and
 * date appear only where the article gives them.
 */
export function sourceNode(source: SourceEntry, site: URL): JsonLdNode {
  const { editorialTitle, publisher, byline, published, dateNote, url } = source.data;
  const description = [dateNote, editorialTitle && words.sources.editorialTitleData]
    .filter(Boolean)
    .join(" ");
  return {
    ...sourceReference(source, site),
    ...(description && { description }),
    ...(url && { sameAs: url }),
    ...(publisher && { publisher: { "@type": "Organization", name: publisher } }),
    ...(byline && { author: { "@type": "Person", name: byline } }),
    ...(published && { datePublished: published }),
  };
}

/** A list of pages in the order shown, numbered from 1. */
export function itemListNode(name: string, items: Link[], site: URL): JsonLdNode {
  return {
    "@type": "ItemList",
    name,
    numberOfItems: items.length,
    itemListElement: items.map((item, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: item.name,
      url: absolute(item.path, site),
    })),
  };
}

/** The path from the home page to this page, this page last. */
export function breadcrumbNode(trail: Link[], site: URL): JsonLdNode {
  return {
    "@type": "BreadcrumbList",
    itemListElement: trail.map((step, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: step.name,
      item: absolute(step.path, site),
    })),
  };
}

/** A page that is neither an event, a person, an article nor a list: About, Search, Not found. */
export function webPageNode(type: string, page: Link & { description: string }, site: URL): JsonLdNode {
  return { "@type": type, name: page.name, description: page.description, url: absolute(page.path, site) };
}

export function webSiteNode(site: URL): JsonLdNode {
  return {
    "@type": "WebSite",
    name: SITE.title,
    description: SITE.description,
    url: absolute(PAGES.home, site),
  };
}

/** The first step of every breadcrumb trail. */
export const HOME_CRUMB: Link = { name: words.nav.timeline, path: PAGES.home };

/** An event as a list entry or breadcrumb step, at its own page. */
export const eventLink = (event: TimelineEvent): Link => ({
  name: event.entry.data.title,
  path: eventPath(event.id),
});
