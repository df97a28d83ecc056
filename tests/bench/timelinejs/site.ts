/**
 * Our real events as a Knight Lab TimelineJS page, for compare.bench.ts: the site's own TimelineJS
 * export (/timelinejs.json, src/lib/publish/timelinejs.ts) beside the page in this folder and
 * TimelineJS's own files from node_modules.
 */
import { cpSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../build-site.ts";

const TIMELINEJS = join(ROOT, "node_modules", "@knight-lab", "timelinejs", "dist");
const PAGE = new URL(".", import.meta.url).pathname;

export const TIMELINEJS_VERSION: string = JSON.parse(
  readFileSync(join(TIMELINEJS, "..", "package.json"), "utf8"),
).version;

interface TimelineData {
  events: { slug: string; title: string; dateIso: string | null }[];
}

/**
 * Writes the TimelineJS page into `folder` (emptied first) with the export of the site built in
 * `dist` as its timeline.json, and returns the events' titles and the slugs of the undated events,
 * which TimelineJS places on the day of the event they relate to.
 */
export function writeTimelineJsSite(folder: string, dist: string) {
  const { events } = JSON.parse(readFileSync(join(dist, "timeline.json"), "utf8")) as TimelineData;
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  for (const file of ["index.html", "page.css", "start.js"]) cpSync(join(PAGE, file), join(folder, file));
  for (const part of ["js", "css"])
    cpSync(join(TIMELINEJS, part), join(folder, "timelinejs", part), { recursive: true });
  cpSync(join(dist, "timelinejs.json"), join(folder, "timeline.json"));
  return {
    titles: events.map((event) => event.title),
    undated: events.filter((event) => event.dateIso === null).map((event) => event.slug),
  };
}
