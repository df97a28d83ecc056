import { hasDays, isKnown, slugPrefix, type EventDate } from "../dates/event-date";
import { sortEvents } from "./event-order";
import { unsafeLinks } from "./check-links";
import { seriesProblems } from "./check-series";
import type { Story } from "./story";
import type { CollectionEntry } from "astro:content";

/**
 * Checks across entries that Astro's per-file schemas cannot make: references that point
 * nowhere, quotes missing from their source, slugs out of step with dates, empty bodies, links
 * that would run script, the same item twice in one list.
 * Astro 7 only logs a broken `reference()` and builds on; this makes it fail, naming every
 * problem with its file and field at once.
 */

/** An entry as the checks read it: Astro's entry, or a test's, with at least the data they name. */
export interface EntryLike<Data extends object = object> {
  id: string;
  filePath?: string | undefined;
  body?: string | undefined;
  data: Data;
}

type EventData = CollectionEntry<"events">["data"];
/** An event as the schema types it; the checks need its date, and read its series number and next steps. */
export type EventLike = EntryLike<Pick<EventData, "date"> & Partial<EventData>>;

export interface ContentSet {
  events: readonly EventLike[];
  people: readonly EntryLike[];
  /** `republish: false` marks a linked article: no text to check passages against, and no body. */
  sources: readonly EntryLike<{ republish?: boolean }>[];
  /** The story's settings, where they cite sources (its phases): checked as the entries' citations are. */
  settings?: EntryLike;
}

interface Found<T> {
  path: string;
  value: T;
}

interface Reference {
  collection: string;
  id: string;
}

const isReference = (value: unknown): value is Reference =>
  typeof value === "object" &&
  value !== null &&
  Object.keys(value).length === 2 &&
  "collection" in value &&
  typeof value.collection === "string" &&
  "id" in value &&
  typeof value.id === "string";

/** Every value in `data` (with its dotted field path) that `match` accepts. */
function findAll<T>(data: unknown, match: (value: unknown) => value is T, path = ""): Found<T>[] {
  if (match(data)) return [{ path, value: data }];
  if (typeof data !== "object" || data === null) return [];
  return Object.entries(data).flatMap(([key, value]) =>
    findAll(value, match, Array.isArray(data) ? `${path}[${key}]` : path ? `${path}.${key}` : key),
  );
}

interface Citation {
  source: Reference;
  passage: string;
}
const isCitation = (value: unknown): value is Citation =>
  typeof value === "object" &&
  value !== null &&
  "source" in value &&
  isReference(value.source) &&
  "passage" in value &&
  typeof value.passage === "string";

const isLinked = (source: EntryLike<{ republish?: boolean }>) => source.data.republish === false;

/** Markdown emphasis and line breaks do not count when matching a quoted passage. */
const plainText = (markdown: string) => markdown.replace(/[*_]{1,2}/g, "").replace(/\s+/g, " ");

const RAW_HTML = /<\/?[a-z][a-z0-9-]*(\s[^>]*)?\/?>/i;

/** Items that repeat an earlier item of the same list (a person listed twice, a citation given twice). */
export function repeatedItems(data: unknown, path = ""): Array<{ path: string; text: string }> {
  if (typeof data !== "object" || data === null) return [];
  const here = (key: string) => (Array.isArray(data) ? `${path}[${key}]` : path ? `${path}.${key}` : key);
  const repeats = Array.isArray(data)
    ? data.flatMap((item, index) => {
        const first = data.findIndex((other) => JSON.stringify(other) === JSON.stringify(item));
        return first < index
          ? [{ path: here(String(index)), text: `repeats ${here(String(first))}; expected each item once` }]
          : [];
      })
    : [];
  return [...repeats, ...Object.entries(data).flatMap(([key, value]) => repeatedItems(value, here(key)))];
}

/** Every problem in `content`; `series` is the story's numbered series, from its settings. */
export function checkContent(content: ContentSet, series: Story["series"]): string[] {
  const problems: string[] = [];
  const where = (entry: EntryLike, field: string) => `${entry.filePath ?? entry.id} → ${field}`;
  const collections = (["events", "people", "sources"] as const).map((name) => ({
    name,
    entries: content[name],
  }));
  const byCollection = new Map<string, Map<string, EntryLike>>(
    collections.map(({ name, entries }) => [name, new Map(entries.map((entry) => [entry.id, entry]))]),
  );

  const linked = new Set(content.sources.filter(isLinked).map((source) => source.id));
  const sourceText = new Map(
    content.sources
      .filter((source) => !linked.has(source.id))
      .map((source) => [source.id, plainText(source.body ?? "")]),
  );

  // A story may name no people, and cite no sources where eventCitations allows; it has events.
  if (content.events.length === 0) {
    problems.push("content/events/: no Markdown files found; expected at least one event");
  }
  /** References that point nowhere and quoted passages missing from their source's text. */
  const citationProblems = (entry: EntryLike) => [
    ...findAll(entry.data, isReference).flatMap(({ path, value }) => {
      const target = byCollection.get(value.collection);
      if (target?.has(value.id)) return [];
      const known = [...(target?.keys() ?? [])].join(", ");
      return `${where(entry, path)}: unknown ${value.collection} entry "${value.id}"; expected the slug of a file in content/${value.collection}/ (one of: ${known})`;
    }),
    ...findAll(entry.data, isCitation).flatMap(({ path, value }) => {
      const text = sourceText.get(value.source.id);
      if (text === undefined || text.includes(plainText(value.passage))) return [];
      return `${where(entry, `${path}.passage`)}: "${value.passage}" is not in the text of source "${value.source.id}"; expected words copied exactly from it`;
    }),
  ];
  if (content.settings) {
    problems.push(...citationProblems(content.settings));
    problems.push(
      ...repeatedItems(content.settings.data).map(
        (problem) => `${where(content.settings!, problem.path)}: ${problem.text}`,
      ),
    );
  }
  for (const { name, entries } of collections) {
    for (const entry of entries) {
      problems.push(...citationProblems(entry));
      if (name === "sources" && linked.has(entry.id)) {
        if (entry.body?.trim()) {
          problems.push(
            `${where(entry, "body")}: a source with republish: false is linked, not republished; expected no text below the frontmatter (or republish: true, where the site may publish the full text)`,
          );
        }
      } else if (name !== "people" && !entry.body?.trim()) {
        problems.push(
          `${where(entry, "body")}: the Markdown body is empty; expected the ${name === "events" ? "event's account" : "article's full text (or republish: false and its url, for a source the site only links to)"} below the frontmatter`,
        );
      }
      problems.push(...unsafeLinks(entry.body ?? "").map((problem) => `${where(entry, "body")}: ${problem}`));
      problems.push(
        ...repeatedItems(entry.data).map((problem) => `${where(entry, problem.path)}: ${problem.text}`),
      );
      const html = entry.body?.match(RAW_HTML);
      if (html) {
        problems.push(
          `${where(entry, "body")}: raw HTML (${html[0]}) is not allowed; write Markdown instead`,
        );
      }
    }
  }

  const events = new Map(content.events.map((entry) => [entry.id, entry]));
  problems.push(...seriesProblems(content.events, series, where));
  for (const entry of content.events) {
    const { date } = entry.data;
    let anchor: EventDate | undefined;
    if (!isKnown(date)) {
      anchor = events.get(date.relativeTo.id)?.data.date;
      if (anchor && !hasDays(anchor)) {
        problems.push(
          `${where(entry, "date.relativeTo")}: "${date.relativeTo.id}" has no day of its own; expected an event dated to a day or a range`,
        );
        continue;
      }
    }
    const prefix = slugPrefix(date, anchor && isKnown(anchor) ? anchor : undefined);
    if (!entry.id.startsWith(`${prefix}-`)) {
      problems.push(
        `${where(entry, "slug")}: the file name "${entry.id}" should start with "${prefix}-" so that it follows the event's date`,
      );
    }
  }
  // The order needs sound dates and references, so this check waits for the others to pass.
  if (problems.length === 0) problems.push(...laterEventProblems(content.events, where));
  return problems;
}

/** A next step's `laterEvent` must come after the event that announced it, in timeline order. */
function laterEventProblems(
  events: readonly EventLike[],
  where: (entry: EntryLike, field: string) => string,
): string[] {
  const order = new Map(sortEvents(events).map(({ event }, index) => [event.id, index]));
  return events.flatMap((entry) => {
    const { nextSteps = [] } = entry.data;
    return nextSteps.flatMap(({ laterEvent }, index) =>
      laterEvent && order.get(laterEvent.id)! <= order.get(entry.id)!
        ? [
            `${where(entry, `nextSteps[${index}].laterEvent`)}: "${laterEvent.id}" does not come after this event in the timeline; expected an event later than "${entry.id}"`,
          ]
        : [],
    );
  });
}
