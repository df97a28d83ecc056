import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, test } from "vitest";
import { importTimelineJs } from "../../src/cli/import-timelinejs";
import type { TimelineData } from "../../src/lib/publish/timeline-json";
import { buildStory } from "./build-fixture";

/**
 * Stories made by the TimelineJS importer build as they are: a sample TimelineJS ships, and this
 * site's own /timeline.csv of the second test story, whose round trip keeps every event's title, date
 * and precision, every phase, and the address, credit and caption of its first media item.
 */

const work = mkdtempSync(join(tmpdir(), "import-timelinejs-build-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const timelineOf = (dist: string) =>
  JSON.parse(readFileSync(join(dist, "timeline.json"), "utf8")) as TimelineData;

test("a sample timeline TimelineJS ships builds as imported", () => {
  const content = join(work, "sample");
  const sample = "node_modules/@knight-lab/timelinejs/src/js/core/__tests__/women_in_computing.csv";
  const { events } = importTimelineJs(sample, content, false);
  const build = buildStory(content, join(work, "sample-dist"));
  expect(build.status).toBe(0);
  expect(
    timelineOf(build.outDir)
      .events.map((event) => event.slug)
      .sort(),
  ).toEqual(events.map((event) => event.slug).sort());
});

test("export → import → build keeps every event's title, date and precision", () => {
  const original = buildStory("tests/fixtures/second-story", join(work, "original-dist"));
  expect(original.status).toBe(0);
  const content = join(work, "round-trip");
  importTimelineJs(join(original.outDir, "timeline.csv"), content, false);
  const copy = buildStory(content, join(work, "round-trip-dist"));
  expect(copy.status).toBe(0);
  const essentials = (data: TimelineData) =>
    data.events.map(({ slug, title, date, dateIso }) => ({ slug, title, date, dateIso }));
  expect(essentials(timelineOf(copy.outDir))).toEqual(essentials(timelineOf(original.outDir)));
  // A slide carries one media item, the event's first: it comes back as a link to where it was, with its words.
  const firstMedia = (data: TimelineData) =>
    data.events.flatMap(({ slug, media: [first] }) =>
      first ? [{ slug, url: first.url, credit: first.credit, caption: first.caption }] : [],
    );
  expect(firstMedia(timelineOf(original.outDir))).not.toEqual([]);
  expect(firstMedia(timelineOf(copy.outDir))).toEqual(firstMedia(timelineOf(original.outDir)));
  // Phases go out as TimelineJS eras (rows of Type "era") and come back as they were, but uncited.
  const phases = (data: TimelineData) =>
    data.phases.map(({ slug, title, start, end, summary }) => ({ slug, title, start, end, summary }));
  expect(timelineOf(original.outDir).phases).not.toEqual([]);
  expect(phases(timelineOf(copy.outDir))).toEqual(phases(timelineOf(original.outDir)));
  // Two builds, one after the other.
}, 300_000);

test("TimelineJS's sample with eras builds with them as phases", () => {
  const content = join(work, "eras");
  importTimelineJs("node_modules/@knight-lab/timelinejs/src/template/eras.json", content, false);
  const build = buildStory(content, join(work, "eras-dist"));
  expect(build.status, build.output).toBe(0);
  expect(timelineOf(build.outDir).phases.map((phase) => phase.title)).toEqual([
    "Era Test 600-650",
    "Era Test 700-720",
  ]);
});
