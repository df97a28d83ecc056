import { describe, expect, test } from "vitest";
import { isKnown, isoBounds, type EventDate } from "../../src/lib/dates/event-date";
import type { PersonEntry, SourceEntry, TimelineEvent } from "../../src/lib/content/timeline";
import {
  breadcrumbNode,
  eventNode,
  itemListNode,
  jsonLdGraph,
  personNode,
  serializeJsonLd,
  sourceNode,
} from "../../src/lib/publish/structured-data";

const site = new URL("https://timeline.example/");

const person = (id: string, data: Partial<PersonEntry["data"]> = {}) =>
  ({
    id,
    data: {
      name: "Howard Lutnick",
      role: "U.S. Secretary of Commerce",
      country: "US",
      unnamed: false,
      ...data,
    },
  }) as PersonEntry;

const source = (id: string, data: Partial<SourceEntry["data"]> = {}) =>
  ({
    id,
    data: { title: "An article", editorialTitle: false, dateNote: "Undated.", ...data },
  }) as SourceEntry;

const anchorDate = { precision: "range", start: "2025-05-19", end: "2025-05-22" } as const;

function event(date: EventDate, data: Record<string, unknown> = {}): TimelineEvent {
  return {
    id: "the-event",
    entry: { data: { title: "A meeting", summary: "Two sides met.", yearInferred: false, date, ...data } },
    anchor: date.precision === "unknown" ? { id: "round", title: "Round", date: anchorDate } : undefined,
  } as unknown as TimelineEvent;
}

const timeline = {
  participantsOf: () => [person("howard-lutnick")],
  sourcesOf: () => [source("an-article")],
};

/** eventNode as the event page calls it, with the ISO bounds the page works out once. */
function eventNodeOf(event: TimelineEvent) {
  const { date } = event.entry.data;
  return eventNode(event, timeline, site, isKnown(date) ? isoBounds(date) : undefined);
}

describe("eventNode: dates as precise as the content and no more", () => {
  test.each([
    // One day, no time: a calendar date.
    [{ precision: "day", start: "2025-05-22" }, { startDate: "2025-05-22" }],
    // A time is given with its zone, so the instant carries its UTC offset.
    [
      { precision: "day", start: "2025-06-19", time: "21:00", timeZone: "Asia/Ho_Chi_Minh" },
      { startDate: "2025-06-19T21:00+07:00" },
    ],
    [anchorDate, { startDate: "2025-05-19", endDate: "2025-05-22" }],
    // Month and year precision keep ISO 8601's reduced forms rather than inventing a day.
    [{ precision: "month", start: "2025-04" }, { startDate: "2025-04" }],
    [{ precision: "year", start: "2024" }, { startDate: "2024" }],
  ] as [EventDate, object][])("%o", (date, expected) => {
    const node = eventNodeOf(event(date));
    expect({ startDate: node["startDate"], endDate: node["endDate"] }).toEqual({
      endDate: undefined,
      ...expected,
    });
  });

  test("an undated event has no startDate and says in its description where it is placed", () => {
    const node = eventNodeOf(
      event({ precision: "unknown", relativeTo: { collection: "events", id: "round" }, position: "after" }),
    );
    expect(node).not.toHaveProperty("startDate");
    expect(node["description"]).toBe("Two sides met. When: Date not given (after 19–22 May 2025).");
  });

  test("an inferred year is said in the description", () => {
    const node = eventNodeOf(event({ precision: "day", start: "2025-05-21" }, { yearInferred: true }));
    expect(node["description"]).toBe("Two sides met. When: 21 May 2025 (year inferred).");
  });

  test("name, url, attendees as people and citations to the source pages", () => {
    const node = eventNodeOf(event({ precision: "day", start: "2025-05-22" }));
    expect(node).toMatchObject({
      "@type": "Event",
      name: "A meeting",
      url: "https://timeline.example/events/the-event/",
      attendee: [{ "@type": "Person", name: "Howard Lutnick", jobTitle: "U.S. Secretary of Commerce" }],
      citation: [
        {
          "@type": "NewsArticle",
          headline: "An article",
          url: "https://timeline.example/sources/an-article/",
        },
      ],
    });
    expect(node).not.toHaveProperty("eventStatus");
  });
});

describe("eventNode: location", () => {
  const withLocation = (location?: string) =>
    eventNodeOf(event({ precision: "day", start: "2025-05-22" }, { location }));

  test("a place the sources name", () => {
    expect(withLocation("Washington, D.C.")).toMatchObject({
      location: { "@type": "Place", name: "Washington, D.C." },
      eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
    });
  });

  test("a virtual meeting", () => {
    expect(withLocation("virtual")).toMatchObject({
      location: { "@type": "VirtualLocation" },
      eventAttendanceMode: "https://schema.org/OnlineEventAttendanceMode",
    });
  });

  test("nothing when the sources do not say", () => {
    const node = withLocation(undefined);
    expect(node).not.toHaveProperty("location");
    expect(node).not.toHaveProperty("eventAttendanceMode");
  });
});

describe("personNode", () => {
  test("a named person: name, plain-letter name, role and country", () => {
    expect(
      personNode(
        person("nguyen-hong-dien", {
          name: "Nguyễn Hồng Diên",
          asciiName: "Nguyen Hong Dien",
          country: "VN",
        }),
        site,
      ),
    ).toEqual({
      "@type": "Person",
      name: "Nguyễn Hồng Diên",
      alternateName: "Nguyen Hong Dien",
      jobTitle: "U.S. Secretary of Commerce",
      nationality: { "@type": "Country", name: "Test Country" },
      url: "https://timeline.example/people/nguyen-hong-dien/",
    });
  });

  test("an official named only by role says so, and gets no invented name", () => {
    const node = personNode(
      person("prime-minister", {
        name: "The Prime Minister of Việt Nam",
        role: "Prime Minister",
        unnamed: true,
      }),
      site,
    );
    expect(node).toMatchObject({ name: "The Prime Minister of Việt Nam", jobTitle: "Prime Minister" });
    expect(node["description"]).toMatch(/by role only/);
  });
});

describe("sourceNode", () => {
  test("publisher, author and date where the article gives them", () => {
    expect(
      sourceNode(source("vns", { publisher: "VNS", byline: "Tam An", published: "2025-05-22" }), site),
    ).toMatchObject({
      "@type": "NewsArticle",
      headline: "An article",
      url: "https://timeline.example/sources/vns/",
      publisher: { "@type": "Organization", name: "VNS" },
      author: { "@type": "Person", name: "Tam An" },
      datePublished: "2025-05-22",
    });
  });

  test("none of them when it does not, and an editorial headline is said to be ours", () => {
    const node = sourceNode(source("untitled", { editorialTitle: true }), site);
    expect(node).not.toHaveProperty("publisher");
    expect(node).not.toHaveProperty("author");
    expect(node).not.toHaveProperty("datePublished");
    expect(node["description"]).toBe("Undated. This headline is the timeline’s, not the article’s.");
  });
});

describe("sourceNode of a linked article", () => {
  test("names the article's own address as sameAs, keeps our page as url, and invents no description", () => {
    const node = sourceNode(
      source("linked", {
        republish: false,
        url: "https://news.example/article",
        dateNote: undefined,
        publisher: "A Paper",
        published: "2021-03-20",
      }),
      site,
    );
    expect(node).toMatchObject({
      url: "https://timeline.example/sources/linked/",
      sameAs: "https://news.example/article",
      datePublished: "2021-03-20",
    });
    expect(node).not.toHaveProperty("description");
  });
});

describe("lists and breadcrumbs", () => {
  const links = [
    { name: "First", path: "/events/first/" },
    { name: "Second", path: "/events/second/" },
  ];

  test("ItemList numbers its entries from 1 in the order given", () => {
    expect(itemListNode("Events", links, site)).toEqual({
      "@type": "ItemList",
      name: "Events",
      numberOfItems: 2,
      itemListElement: [
        { "@type": "ListItem", position: 1, name: "First", url: "https://timeline.example/events/first/" },
        { "@type": "ListItem", position: 2, name: "Second", url: "https://timeline.example/events/second/" },
      ],
    });
  });

  test("BreadcrumbList gives each step a position, a name and an absolute item", () => {
    expect(breadcrumbNode(links, site)["itemListElement"]).toEqual([
      { "@type": "ListItem", position: 1, name: "First", item: "https://timeline.example/events/first/" },
      { "@type": "ListItem", position: 2, name: "Second", item: "https://timeline.example/events/second/" },
    ]);
  });
});

describe("serializeJsonLd", () => {
  test("a </script> in any text cannot end the script element, and the JSON still parses to the same data", () => {
    const graph = jsonLdGraph({ "@type": "Thing", name: "</script><script>alert(1)</script>" });
    const json = serializeJsonLd(graph);
    expect(json).not.toContain("<");
    expect(JSON.parse(json)).toEqual(graph);
  });
});
