import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { buildFixture, type BuildResult } from "./build-fixture";

/**
 * A story with more events than its home page lists (story.yaml `homeEventLimit`), here the small
 * valid story with a limit of 2 for its 3 events: the home page lists years, and the timeline's embed,
 * which sits in another site's article, lists only the latest events and links to all of them.
 */

let build: BuildResult;
/** A built page's HTML, without the attributes Astro adds to scope styles. */
const page = (path: string) =>
  readFileSync(join(build.outDir, path, "index.html"), "utf8").replace(/ data-astro-cid-\w+/g, "");
const eventLinks = (html: string) => [...html.matchAll(/href="(\/events\/[^"]+)"/g)].map((match) => match[1]);

beforeAll(() => {
  build = buildFixture([{ file: "story.yaml", replace: ["homeEventLimit: 300", "homeEventLimit: 2"] }]);
  if (build.status !== 0) throw new Error(build.output);
}, 120_000);

afterAll(() => rmSync(build.work, { recursive: true, force: true }));

test("the home page lists years, and the year's page every event of it", () => {
  expect(page("")).toContain('href="/years/2025/"');
  expect(eventLinks(page("years/2025"))).toEqual(
    expect.arrayContaining([
      "/events/2025-05-19-test-round/",
      "/events/2025-05-22-test-meeting/",
      "/events/after-2025-05-22-test-review/",
    ]),
  );
});

test("the timeline's embed lists the latest events, oldest first, and links to all of them", () => {
  const embed = page("embed");
  expect(embed).toContain("<h2>The latest 2 of 3 events, oldest first</h2>");
  const list = /<ol class="events">(.*?)<\/ol>/s.exec(embed)?.[1] ?? "";
  expect(eventLinks(list)).toEqual([
    "/events/2025-05-22-test-meeting/",
    "/events/after-2025-05-22-test-review/",
  ]);
  expect(embed).toContain('<a href="/">All 3 events</a>');
});
