/**
 * Our real events as a Knight Lab TimelineJS page, for compare.bench.ts: one slide per event of
 * content/events (headline, dates, summary, a link to our event page) read from the Markdown
 * frontmatter, plus the page in this folder and TimelineJS's own files from node_modules.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { SITE } from "../../../src/config.ts";
import { placementDay, type EventDate, type KnownDate } from "../../../src/lib/dates/event-date.ts";
import { formatEventDate } from "../../../src/lib/dates/format-date.ts";
import { slugFromPath } from "../../../src/lib/content/slug.ts";
import { ROOT } from "../build-site.ts";

const EVENTS = join(ROOT, "content", "events");
const TIMELINEJS = join(ROOT, "node_modules", "@knight-lab", "timelinejs", "dist");
const PAGE = new URL(".", import.meta.url).pathname;

export const TIMELINEJS_VERSION: string = JSON.parse(
  readFileSync(join(TIMELINEJS, "..", "package.json"), "utf8"),
).version;

/** The frontmatter fields the slides use; the full schema is in src/content.config.ts. */
interface EventFile {
  slug: string;
  title: string;
  date: EventDate;
  yearInferred?: boolean;
  summary: string;
}

/** TimelineJS's date: numbers for as much of the date as is known. */
interface SlideDate {
  year: number;
  month?: number;
  day?: number;
}

function readEvents(): EventFile[] {
  return readdirSync(EVENTS)
    .filter((file) => file.endsWith(".md"))
    .sort()
    .map((file) => {
      const frontmatter = readFileSync(join(EVENTS, file), "utf8").split(/^---$/m)[1];
      if (!frontmatter) throw new Error(`content/events/${file}: expected frontmatter between --- lines`);
      const data = parse(frontmatter) as Omit<EventFile, "slug">;
      // As the schema's reference() parses it, so the helpers of src/lib take it as it is.
      if (data.date.precision === "unknown") {
        data.date.relativeTo = { collection: "events", id: String(data.date.relativeTo) };
      }
      return { slug: slugFromPath(file), ...data };
    });
}

/** From "2025-05-19", "2025-04" or "2024" (a number when unquoted in YAML). */
function slideDate(isoDate: string): SlideDate {
  const [year, month, day] = String(isoDate).split("-").map(Number);
  return { year: year!, ...(month && { month }), ...(day && { day }) };
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * TimelineJS needs a date for every slide. An undated event is placed at the day of the event the
 * sources relate it to, as our timeline places it, and its date line says "Date not given (…)".
 */
function slide(event: EventFile, anchorOf: (slug: string) => KnownDate, eventUrl: (slug: string) => string) {
  const { date } = event;
  const anchor = date.precision === "unknown" ? anchorOf(date.relativeTo.id) : undefined;
  return {
    start_date: slideDate(date.precision === "unknown" ? placementDay(date, anchor!) : date.start),
    ...(date.precision === "range" && { end_date: slideDate(date.end) }),
    display_date: formatEventDate(date, anchor, event.yearInferred ?? false),
    text: {
      headline: escapeHtml(event.title),
      text: `<p>${escapeHtml(event.summary)}</p><p><a href="${eventUrl(event.slug)}">The event, with its sources</a></p>`,
    },
  };
}

/**
 * Writes the TimelineJS page into `folder` (emptied first) with its data as timeline.json, and
 * returns the events' titles and the slugs of the undated events placed by another event.
 */
export function writeTimelineJsSite(folder: string, eventUrl: (slug: string) => string) {
  const events = readEvents();
  const anchorOf = (slug: string) => {
    const anchor = events.find((event) => event.slug === slug)?.date;
    if (!anchor || anchor.precision === "unknown") throw new Error(`${slug}: expected a dated event`);
    return anchor;
  };
  const timeline = {
    title: { text: { headline: escapeHtml(SITE.title), text: `<p>${escapeHtml(SITE.summary)}</p>` } },
    events: events.map((event) => slide(event, anchorOf, eventUrl)),
  };
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  for (const file of ["index.html", "page.css", "start.js"]) cpSync(join(PAGE, file), join(folder, file));
  for (const part of ["js", "css"])
    cpSync(join(TIMELINEJS, part), join(folder, "timelinejs", part), { recursive: true });
  writeFileSync(join(folder, "timeline.json"), JSON.stringify(timeline, null, 2));
  return {
    titles: events.map((event) => event.title),
    undated: events.filter((event) => event.date.precision === "unknown").map((event) => event.slug),
  };
}
