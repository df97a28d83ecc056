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
 * and precision, and the address, credit and caption of its first media item.
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
});
