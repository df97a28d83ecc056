import { getCollection, type CollectionEntry } from "astro:content";
import { checkContent } from "./check-entries";
import { checkFiles } from "./check-files";
import { CONTENT_DIR } from "./content-dir";
import { SITE } from "../../config";
import { groupKey, sortEvents } from "./event-order";
import { groupLabel, yearOfKey } from "../views/month-groups";
import { isKnown, type KnownDate } from "../dates/event-date";
import { undatedLabel } from "../dates/format-date";
import { PAGES, yearPath } from "./urls";
import { timelinePhases, type TimelinePhase } from "../views/phases";
import { plural, PROBLEMS } from "../../i18n/template";

export type EventEntry = CollectionEntry<"events">;
export type PersonEntry = CollectionEntry<"people">;
export type SourceEntry = CollectionEntry<"sources">;

export interface TimelineEvent {
  id: string;
  entry: EventEntry;
  /** For an undated event: the dated event it is placed relative to. */
  anchor: { id: string; title: string; date: KnownDate } | undefined;
  /** "2025-05" for May 2025, "2024" for year-precision data, "undated-after-<slug>" for an undated event. */
  group: string;
  /** The heading it is listed under: "May 2025", "2024", "After <title> — date not given". */
  groupLabel: string;
  /** The year whose page lists it: its own, or for an undated event the year it is placed in. */
  year: string;
  /** Its place in the timeline, from 0: the one sort key that includes every tie-break. */
  order: number;
  previous: TimelineEvent | undefined;
  next: TimelineEvent | undefined;
}

export interface Timeline {
  /** Oldest first; see sortEvents for the rule. */
  events: TimelineEvent[];
  /** The story's phases, oldest first; none for a story without. */
  phases: TimelinePhase[];
  people: PersonEntry[];
  sources: SourceEntry[];
  eventsByPerson: Map<string, TimelineEvent[]>;
  eventsBySource: Map<string, TimelineEvent[]>;
  /** Events by year ("2025"), oldest year first: each year has its page at /years/<year>/. */
  eventsByYear: Map<string, TimelineEvent[]>;
  /** True when the home page lists every event; otherwise it lists years (SITE.homeEventLimit). */
  homeListsAll: boolean;
  /** Where an event sits in a timeline listing: /#<slug>, or /years/<year>/#<slug> for long timelines. */
  placeOf: (event: TimelineEvent) => string;
  eventById: Map<string, TimelineEvent>;
  personById: Map<string, PersonEntry>;
  sourceById: Map<string, SourceEntry>;
  participantsOf: (event: TimelineEvent) => PersonEntry[];
  /** Each source an event cites, once, in the order of its citations. */
  sourcesOf: (event: TimelineEvent) => SourceEntry[];
  /** Each source a list of citations (an event's, a person's) names, once, in their order. */
  sourcesCitedIn: (citations: readonly Citation[]) => SourceEntry[];
}

export class ContentCheckError extends Error {
  constructor(problems: string[]) {
    super(
      `The content has ${plural(PROBLEMS, problems.length, "en")}:\n${problems.map((p) => `  - ${p}`).join("\n")}`,
    );
    this.name = "ContentCheckError";
  }
}

let loaded: Promise<Timeline> | undefined;

/** The one way pages get content: loaded, checked across entries and ordered once per build. */
export function getTimeline(): Promise<Timeline> {
  loaded ??= loadTimeline();
  return loaded;
}

async function loadTimeline(): Promise<Timeline> {
  const [eventEntries, people, sources] = await Promise.all([
    getCollection("events"),
    getCollection("people"),
    getCollection("sources"),
  ]);
  const content = { events: eventEntries, people, sources };
  const settings = { id: "story", filePath: "content/story.yaml", data: { phases: SITE.phases } };
  const problems = [
    ...checkFiles(CONTENT_DIR, Object.keys(content)),
    ...checkContent({ ...content, settings }, SITE.series),
  ];
  if (problems.length > 0) throw new ContentCheckError(problems);

  const byId = new Map(eventEntries.map((entry) => [entry.id, entry]));
  const events = sortEvents(eventEntries).map(({ event: entry, key }, order): TimelineEvent => {
    const { date } = entry.data;
    const anchorEntry = isKnown(date) ? undefined : byId.get(date.relativeTo.id);
    const anchorDate = anchorEntry?.data.date;
    const group = groupKey(date, key);
    return {
      id: entry.id,
      entry,
      anchor:
        anchorEntry && anchorDate && isKnown(anchorDate)
          ? { id: anchorEntry.id, title: anchorEntry.data.title, date: anchorDate }
          : undefined,
      group,
      groupLabel: isKnown(date)
        ? groupLabel(group)
        : undatedLabel(date.position, anchorEntry?.data.title ?? date.relativeTo.id),
      year: yearOfKey(key.day),
      order,
      previous: undefined,
      next: undefined,
    };
  });
  events.forEach((event, index) => {
    event.previous = events[index - 1];
    event.next = events[index + 1];
  });

  const homeListsAll = events.length <= SITE.homeEventLimit;
  const personById = new Map(people.map((person) => [person.id, person]));
  const sourceById = new Map(sources.map((source) => [source.id, source]));
  const sourcesCitedIn = (citations: readonly Citation[]) =>
    citedSourceIds(citations).map((id) => sourceById.get(id)!);
  return {
    events,
    phases: timelinePhases(SITE.phases),
    people: [...people].sort(
      (a, b) => Number(a.data.unnamed) - Number(b.data.unnamed) || a.data.name.localeCompare(b.data.name),
    ),
    sources: [...sources].sort(bySourceOrder),
    eventsByPerson: indexBy(events, (event) => [...new Set(event.entry.data.participants.map((p) => p.id))]),
    eventsBySource: indexBy(events, (event) => citedSourceIds(event.entry.data.citations)),
    eventsByYear: indexBy(events, (event) => [event.year]),
    homeListsAll,
    placeOf: (event) => `${homeListsAll ? PAGES.home : yearPath(event.year)}#${event.id}`,
    eventById: new Map(events.map((event) => [event.id, event])),
    personById,
    sourceById,
    participantsOf: (event) => event.entry.data.participants.map(({ id }) => personById.get(id)!),
    sourcesOf: (event) => sourcesCitedIn(event.entry.data.citations),
    sourcesCitedIn,
  };
}

type Citation = { source: { id: string } };

/**
 * Sources in the order of their intake files, then of publication, then by title; a source without
 * an intake file or a date comes after those with one.
 */
function bySourceOrder(a: SourceEntry, b: SourceEntry): number {
  const later = (x?: string, y?: string) =>
    x === y ? 0 : x === undefined ? 1 : y === undefined ? -1 : x.localeCompare(y);
  return (
    later(a.data.originalFile, b.data.originalFile) ||
    later(a.data.published, b.data.published) ||
    a.data.title.localeCompare(b.data.title)
  );
}

function citedSourceIds(citations: readonly Citation[]): string[] {
  return [...new Set(citations.map((citation) => citation.source.id))];
}

/** Groups events under each key they name, keeping timeline order; keys must not repeat. */
function indexBy(events: TimelineEvent[], keysOf: (event: TimelineEvent) => string[]) {
  const index = new Map<string, TimelineEvent[]>();
  for (const event of events) {
    for (const key of keysOf(event)) {
      const list = index.get(key) ?? [];
      list.push(event);
      index.set(key, list);
    }
  }
  return index;
}
