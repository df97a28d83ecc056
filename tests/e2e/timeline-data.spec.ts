import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type {
  EventData,
  MediaData,
  PersonData,
  PhaseData,
  SourceData,
  StatusData,
  TimelineData,
} from "../../src/lib/publish/timeline-json";
import { expect, storyUnderTest, test } from "./fixtures";
import { timeOf } from "./story";

/**
 * Every field of each documented type, once. TypeScript refuses a missing or an unknown key here,
 * so comparing these with the keys of the served JSON checks the file against the exported type.
 */
const TOP_FIELDS: Record<keyof TimelineData, true> = {
  version: true,
  site: true,
  generatedFrom: true,
  status: true,
  events: true,
  phases: true,
  people: true,
  sources: true,
};
const GENERATED_FROM_FIELDS: Record<keyof TimelineData["generatedFrom"], true> = {
  title: true,
  description: true,
  latestContentDay: true,
  eventCount: true,
  personCount: true,
  sourceCount: true,
};
const STATUS_FIELDS: Record<keyof StatusData, true> = {
  asOf: true,
  latestEvent: true,
  announcedNextSteps: true,
};
const EVENT_FIELDS: Record<keyof EventData, true> = {
  slug: true,
  url: true,
  title: true,
  date: true,
  dateIso: true,
  dateLabel: true,
  yearInferred: true,
  dateNote: true,
  kind: true,
  kindLabel: true,
  seriesNumber: true,
  location: true,
  participants: true,
  summary: true,
  positions: true,
  nextSteps: true,
  figures: true,
  citations: true,
  media: true,
};
const PERSON_FIELDS: Record<keyof PersonData, true> = {
  slug: true,
  url: true,
  name: true,
  asciiName: true,
  aliases: true,
  role: true,
  country: true,
  unnamed: true,
  events: true,
  citations: true,
  media: true,
};
const MEDIA_FIELDS: Record<keyof MediaData, true> = {
  type: true,
  url: true,
  provider: true,
  width: true,
  height: true,
  alt: true,
  credit: true,
  caption: true,
  licence: true,
  sourceUrl: true,
};
const PHASE_FIELDS: Record<keyof PhaseData, true> = {
  slug: true,
  title: true,
  start: true,
  end: true,
  summary: true,
  citations: true,
};
const SOURCE_FIELDS: Record<keyof SourceData, true> = {
  slug: true,
  url: true,
  republished: true,
  articleUrl: true,
  title: true,
  editorialTitle: true,
  publisher: true,
  byline: true,
  dateline: true,
  published: true,
  dateNote: true,
  events: true,
};

const keysOf = (fields: object) => Object.keys(fields).sort();
/** The slugs of the pages under /<section>/ in the build. */
const pagesUnder = (section: string) =>
  storyUnderTest()
    .pages()
    .filter((path) => path.startsWith(`/${section}/`) && path !== `/${section}/`)
    .map((path) => path.split("/")[2]);

async function load(request: import("@playwright/test").APIRequestContext): Promise<TimelineData> {
  const response = await request.get("/timeline.json");
  expect(response.status()).toBe(200);
  return response.json();
}

test("timeline.json has the documented shape, with every event, person and source", async ({ request }) => {
  const data = await load(request);
  expect(keysOf(data)).toEqual(keysOf(TOP_FIELDS));
  expect(data.version).toMatch(/^\d+\.\d+\.\d+$/);
  expect(keysOf(data.generatedFrom)).toEqual(keysOf(GENERATED_FROM_FIELDS));
  expect(keysOf(data.status)).toEqual(keysOf(STATUS_FIELDS));
  for (const event of data.events) expect(keysOf(event), event.slug).toEqual(keysOf(EVENT_FIELDS));
  for (const person of data.people) expect(keysOf(person), person.slug).toEqual(keysOf(PERSON_FIELDS));
  for (const source of data.sources) expect(keysOf(source), source.slug).toEqual(keysOf(SOURCE_FIELDS));
  for (const { slug, media } of [...data.events, ...data.people]) {
    for (const item of media) expect(keysOf(item), slug).toEqual(keysOf(MEDIA_FIELDS));
  }
  for (const phase of data.phases) expect(keysOf(phase), phase.slug).toEqual(keysOf(PHASE_FIELDS));

  // In timeline order: the order of the home page, which timeline.spec.ts checks against the dates.
  const home = readFileSync(`${storyUnderTest().dist}index.html`, "utf8");
  const homeOrder = [...home.matchAll(/<article class="event-card" id="([^"]+)"/g)].map((match) => match[1]);
  expect(data.events.map((event) => event.slug)).toEqual(homeOrder);
  expect(data.people.map((person) => person.slug).sort()).toEqual(pagesUnder("people").sort());
  expect(data.sources.map((source) => source.slug).sort()).toEqual(pagesUnder("sources").sort());
  expect(data.generatedFrom).toMatchObject({
    eventCount: data.events.length,
    personCount: data.people.length,
    sourceCount: data.sources.length,
  });
});

test("every reference in timeline.json resolves, and every URL is a page of the site", async ({
  request,
}) => {
  const data = await load(request);
  const events = new Set(data.events.map((event) => event.slug));
  const people = new Set(data.people.map((person) => person.slug));
  const sources = new Set(data.sources.map((source) => source.slug));
  const unresolved: string[] = [];
  const check = (set: Set<string>, slug: string, where: string) => {
    if (!set.has(slug)) unresolved.push(`${where}: ${slug}`);
  };
  for (const event of data.events) {
    const citations = [
      ...event.citations,
      ...event.positions.map((position) => position.citation),
      ...event.nextSteps.map((step) => step.citation),
      ...event.figures.map((figure) => figure.citation),
    ];
    for (const { source } of citations) check(sources, source, `${event.slug} cites`);
    for (const person of event.participants) check(people, person, `${event.slug} participant`);
    if (event.date.precision === "unknown") check(events, event.date.relativeTo, `${event.slug} relativeTo`);
    for (const { laterEvent } of event.nextSteps) {
      if (laterEvent) check(events, laterEvent, `${event.slug} next step's laterEvent`);
    }
  }
  if (data.status.latestEvent) check(events, data.status.latestEvent, "status.latestEvent");
  for (const step of data.status.announcedNextSteps) {
    check(events, step.event, "status.announcedNextSteps event");
    check(sources, step.citation.source, "status.announcedNextSteps cites");
  }
  for (const person of data.people) for (const slug of person.events) check(events, slug, person.slug);
  for (const source of data.sources) for (const slug of source.events) check(events, slug, source.slug);
  expect(unresolved).toEqual([]);

  const images = [...data.events, ...data.people]
    .flatMap((item) => item.media)
    .filter((item) => item.type === "image");
  const urls = [
    data.site,
    ...[...data.events, ...data.people, ...data.sources, ...images].map((item) => item.url),
  ];
  for (const url of urls) {
    expect(new URL(url).origin).toBe(new URL(data.site).origin);
    expect((await request.get(new URL(url).pathname)).status(), url).toBe(200);
  }
});

const YEAR_INFERRED = " (year inferred)";

test("dates keep their schema form, with an ISO form and the words the site shows", async ({ request }) => {
  const story = storyUnderTest();
  const data = await load(request);
  for (const event of data.events) {
    const written = story.frontmatter<{
      date: Record<string, string>;
      location?: string;
      seriesNumber?: number;
    }>("events", event.slug);
    // YAML reads an unquoted year (start: 2019) as a number; the schema form is its text.
    const writtenDate = Object.fromEntries(
      Object.entries(written.date).map(([key, value]) => [key, String(value)]),
    );
    expect(event.date, event.slug).toEqual(writtenDate);
    expect(event.location, event.slug).toBe(written.location ?? null);
    expect(event.seriesNumber, event.slug).toBe(written.seriesNumber ?? null);
    const { precision, start, end } = writtenDate;
    const iso =
      precision === "unknown"
        ? null
        : precision === "range"
          ? `${start}/${end}`
          : (timeOf(event)?.iso ?? start);
    expect(event.dateIso, event.slug).toBe(iso);
    // The words: an undated event's say so, and name the date of the event it is placed by.
    if (precision === "unknown") {
      const anchor = data.events.find((other) => other.slug === written.date["relativeTo"])!;
      expect(event.dateLabel, event.slug).toMatch(/^Date not given \(/);
      expect(event.dateLabel, event.slug).toContain(anchor.dateLabel.replace(YEAR_INFERRED, ""));
    } else {
      expect(event.dateLabel, event.slug).toMatch(/\d{4}( \(year inferred\))?$/);
    }
    expect(event.dateLabel.endsWith(YEAR_INFERRED), `${event.slug} says its year is inferred`).toBe(
      event.yearInferred,
    );
  }
});

test("status names the latest dated event and the steps announced from it on", async ({ request }) => {
  const data = await load(request);
  const latest = data.events.findLastIndex((event) => event.dateIso !== null);
  expect(latest, "the content has a dated event").toBeGreaterThanOrEqual(0);
  expect(data.status.latestEvent).toBe(data.events[latest]!.slug);
  expect(data.status.asOf).toBe(data.generatedFrom.latestContentDay);
  expect(data.status.announcedNextSteps).toEqual(
    data.events
      .slice(latest)
      .flatMap((event) =>
        event.nextSteps.map(({ text, citation }) => ({ event: event.slug, text, citation })),
      ),
  );
});

test("README documents every field of the data", () => {
  const readme = readFileSync(fileURLToPath(new URL("../../README.md", import.meta.url)), "utf8");
  const section = readme.slice(readme.indexOf("## Data for reuse"));
  const fields = [
    ...Object.keys(TOP_FIELDS),
    ...Object.keys(GENERATED_FROM_FIELDS),
    ...Object.keys(STATUS_FIELDS),
    ...Object.keys(EVENT_FIELDS),
    ...Object.keys(PERSON_FIELDS),
    ...Object.keys(SOURCE_FIELDS),
  ];
  expect(fields.filter((field) => !section.includes(`\`${field}\``))).toEqual([]);
});
