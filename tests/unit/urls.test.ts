import { existsSync } from "node:fs";
import { describe, expect, test } from "vitest";
import {
  eventImagePath,
  eventPath,
  FILES,
  isRoundAlias,
  PAGES,
  pagefindPath,
  personPath,
  roundImagePath,
  roundPath,
  sourcePath,
  yearPath,
} from "../../src/lib/content/urls";

/** The URL pattern Astro serves a route file at: "events/[slug].astro" → /events/<anything>/ */
function routePattern(file: string): RegExp {
  const path = file
    .replace(/\.(astro|ts)$/, "")
    .replace(/(^|\/)index$/, "$1")
    .replace(/\[[^\]]+\]/g, "[^/]+")
    .replaceAll(".", "\\.");
  const isPage = file.endsWith(".astro");
  return new RegExp(`^/${path}${isPage && path !== "" && !path.endsWith("/") ? "/" : ""}$`);
}

describe.each([
  // Each kind of page, at the route file that serves it.
  {
    url: eventPath("2025-05-19-second-round"),
    expected: "/events/2025-05-19-second-round/",
    route: "events/[slug].astro",
  },
  { url: personPath("a-person"), expected: "/people/a-person/", route: "people/[slug].astro" },
  { url: sourcePath("an-article"), expected: "/sources/an-article/", route: "sources/[slug].astro" },
  { url: yearPath("2025"), expected: "/years/2025/", route: "years/[year].astro" },
  { url: roundPath(2), expected: "/rounds/2/", route: "rounds/[round].astro" },
  // Fixed pages: the home page and the lists.
  { url: PAGES.home, expected: "/", route: "index.astro" },
  { url: PAGES.rounds, expected: "/rounds/", route: "rounds/index.astro" },
  { url: PAGES.people, expected: "/people/", route: "people/index.astro" },
  { url: PAGES.sources, expected: "/sources/", route: "sources/index.astro" },
  { url: PAGES.about, expected: "/about/", route: "about.astro" },
  { url: PAGES.search, expected: "/search/", route: "search.astro" },
  // Feeds, calendar, data and share images, built by endpoints.
  { url: FILES.rss, expected: "/rss.xml", route: "rss.xml.ts" },
  { url: FILES.jsonFeed, expected: "/feed.json", route: "feed.json.ts" },
  { url: FILES.calendar, expected: "/timeline.ics", route: "timeline.ics.ts" },
  { url: FILES.data, expected: "/timeline.json", route: "timeline.json.ts" },
  { url: FILES.siteImage, expected: "/og/site.png", route: "og/site.png.ts" },
  { url: eventImagePath("an-event"), expected: "/og/events/an-event.png", route: "og/events/[slug].png.ts" },
  { url: roundImagePath(2), expected: "/og/rounds/2.png", route: "og/rounds/[round].png.ts" },
])("$expected", ({ url, expected, route }) => {
  test("is built by its helper", () => expect(url).toBe(expected));
  test(`is served by src/pages/${route}`, () => {
    expect(existsSync(`src/pages/${route}`)).toBe(true);
    expect(url).toMatch(routePattern(route));
  });
});

describe("files that are not routes", () => {
  test.each([FILES.favicon, FILES.themeScript])("%s is in public/", (url) => {
    expect(existsSync(`public${url}`)).toBe(true);
  });

  test("the search index's files are under /pagefind/, where `pagefind --site dist` writes them", () => {
    expect(pagefindPath("pagefind.js")).toBe("/pagefind/pagefind.js");
  });
});

describe("round aliases", () => {
  test.each([
    { path: "/rounds/2/", alias: true },
    { path: "/rounds/12/", alias: true },
    // The list of rounds is a page of its own, not an alias.
    { path: "/rounds/", alias: false },
    { path: "/events/2025-05-19-second-round/", alias: false },
    // Only the exact short link: no missing slash, no deeper path.
    { path: "/rounds/2", alias: false },
    { path: "/rounds/2/extra/", alias: false },
  ])("$path: $alias", ({ path, alias }) => expect(isRoundAlias(path)).toBe(alias));

  test("every round path is an alias", () => expect(isRoundAlias(roundPath(7))).toBe(true));
});
