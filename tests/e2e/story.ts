/**
 * The stories the end-to-end suite runs on, and what each says: its settings (the site's own
 * parser, src/lib/content/story.ts), its frontmatter as written in its content folder, and its
 * events in timeline order as its build publishes them in timeline.json. Specs pick their examples
 * from these by property ("an event with a time", "a person with an alias"), never by name, so that
 * they pass for any story; the facts of one story are checked in a spec of its own.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { TZDate } from "@date-fns/tz";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { readStory, type Story as StorySettings } from "../../src/lib/content/story";
import type { EventData, TimelineData } from "../../src/lib/publish/timeline-json";
import { OTHER_STORIES, otherStoryDist } from "../other-stories";

export { OTHER_STORIES, otherStoryDist };

const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
const absolute = (dir: string) => `${new URL(dir.replace(/\/?$/, "/"), `file://${repoRoot}`).pathname}`;

/** The content folder `npm run build` reads: TIMELINE_CONTENT_DIR, as src/lib/content/content-dir.ts reads it. */
export const STORY_DIR = absolute(process.env["TIMELINE_CONTENT_DIR"] ?? "content");

/**
 * Every page in dist/ (or another build) as a URL path ("/", "/events/<slug>/", …), sorted: one per
 * index.html. dist/404.html is not a page with an address of its own; the 404 tests reach it through unknown URLs.
 */
export function distPages(dist: string): string[] {
  if (!existsSync(dist)) {
    throw new Error(`${dist} does not exist: run \`npm run build\` before the end-to-end tests`);
  }
  const pages: string[] = [];
  const walk = (dir: string, urlPath: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(`${dir}${entry.name}/`, `${urlPath}${entry.name}/`);
      else if (entry.name === "index.html") pages.push(urlPath);
    }
  };
  walk(dist, "/");
  return pages.sort();
}

/**
 * A timed event's moment, worked out from its date, time and time zone as the content writes them:
 * `iso` names the zone's offset ("2025-06-19T21:00+07:00"), `instant` is the same moment in UTC.
 */
export function timeOf(event: EventData): { iso: string; instant: string } | undefined {
  const { start, time, timeZone } = event.date as { start?: string; time?: string; timeZone?: string };
  if (!start || !time || !timeZone) return undefined;
  const [year, month, day] = start.split("-").map(Number);
  const [hours, minutes] = time.split(":").map(Number);
  const moment = new TZDate(year!, month! - 1, day!, hours!, minutes!, timeZone);
  const offset = moment.toISOString().slice(-6);
  return {
    iso: `${start}T${time}${offset === "+00:00" ? "Z" : offset}`,
    instant: new Date(+moment).toISOString(),
  };
}

type Collection = "events" | "people" | "sources";

/** The sources an event cites anywhere (its citations, positions, next steps, figures), each once. */
export function citedSources(event: EventData): string[] {
  const citations = [event.citations, event.positions, event.nextSteps, event.figures].flatMap((items) =>
    items.map((item) => ("citation" in item ? item.citation : item)),
  );
  return [...new Set(citations.map(({ source }) => source))];
}

/** One story: its content folder and the build made from it. */
export class Story {
  #settings?: StorySettings;
  #timeline?: TimelineData;

  constructor(
    /** How the suite names it: a project's `metadata.story` and the tag of its own tests, `@<name>`. */
    readonly name: string,
    /** The content folder, with a trailing slash. */
    readonly content: string,
    /** The build, served at "/", with a trailing slash. */
    readonly dist: string,
  ) {}

  get tag(): string {
    return `@${this.name}`;
  }

  /** story.yaml, read and checked as the build reads it. */
  get settings(): StorySettings {
    this.#settings ??= readStory(this.content);
    return this.#settings;
  }

  /** The build's timeline.json: events in timeline order, people, sources, status. */
  get timeline(): TimelineData {
    const file = `${this.dist}timeline.json`;
    if (!existsSync(file)) {
      throw new Error(`${file} does not exist: build ${this.content} into ${this.dist} before the tests`);
    }
    this.#timeline ??= JSON.parse(readFileSync(file, "utf8")) as TimelineData;
    return this.#timeline;
  }

  /** The events in timeline order: oldest first, undated ones next to the event they are placed by. */
  get events(): EventData[] {
    return this.timeline.events;
  }

  event(slug: string): EventData {
    const event = this.events.find((candidate) => candidate.slug === slug);
    if (!event) throw new Error(`${this.name}: no event ${slug}`);
    return event;
  }

  /**
   * Where a citation of a source leads, as a full address: the source's page here when the site
   * republishes its text, otherwise the published article (a `republish: false` source).
   */
  citedAddress(slug: string): string {
    const source = this.timeline.sources.find((candidate) => candidate.slug === slug);
    if (!source) throw new Error(`${this.name}: no source ${slug}`);
    return source.republished ? source.url : source.articleUrl!;
  }

  /** The ids of a collection's entries: the names of its Markdown files. */
  ids(collection: Collection): string[] {
    return readdirSync(`${this.content}${collection}`)
      .filter((file) => file.endsWith(".md"))
      .map((file) => file.replace(/\.md$/, ""));
  }

  /** An entry's frontmatter as written in the content folder. */
  frontmatter<T>(collection: Collection, id: string): T {
    const text = readFileSync(`${this.content}${collection}/${id}.md`, "utf8");
    return parse(/^---\n([\s\S]*?)\n---\n/.exec(text)![1]!) as T;
  }

  /** An entry's Markdown body, after its frontmatter. */
  body(collection: Collection, id: string): string {
    return readFileSync(`${this.content}${collection}/${id}.md`, "utf8").replace(/^---\n[\s\S]*?\n---\n/, "");
  }

  /** Every page of the build, as URL paths, sorted. */
  pages(): string[] {
    return distPages(this.dist);
  }

  /** The latest day the content names: an article's date or an event's last known day, YYYY-MM-DD. */
  get latestDay(): string {
    const published = this.ids("sources").flatMap(
      (id) => this.frontmatter<{ published?: string }>("sources", id).published ?? [],
    );
    const lastDays = this.ids("events").flatMap((id) => {
      const { date } = this.frontmatter<{ date: { precision: string; start?: string; end?: string } }>(
        "events",
        id,
      );
      if (date.precision === "unknown") return [];
      if (date.precision === "year") return `${date.start}-01-01`;
      if (date.precision === "month") return `${date.start}-01`;
      return date.end ?? date.start!;
    });
    return [...published, ...lastDays].sort().at(-1)!;
  }

  /** The site's public address, as the build writes it in canonical URLs: "https://…", no trailing slash. */
  get siteUrl(): string {
    return new URL(this.timeline.site).origin;
  }
}

/**
 * The stories the suite runs on: first the one in TIMELINE_CONTENT_DIR (content/ when unset),
 * built into dist/ by `npm run build`, then OTHER_STORIES.
 */
export const STORIES: Story[] = [
  new Story("story", STORY_DIR, absolute("dist")),
  ...OTHER_STORIES.map(({ name, content }) => new Story(name, absolute(content), otherStoryDist(name))),
];

/**
 * Words of the content as a page shows them: with typographic quotes and apostrophes (“ ” ‘ ’), by
 * the usual rules written out here rather than by the site's library; data files keep them as written.
 */
export function asShown(text: string): string {
  return text
    .replace(/(^|[\s([{–—-])"/g, "$1“")
    .replaceAll('"', "”")
    .replace(/(^|[\s([{–—-])'/g, "$1‘")
    .replaceAll("'", "’");
}
