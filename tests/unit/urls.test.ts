import { existsSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import {
  basePath,
  eventImagePath,
  eventPath,
  FILES,
  isSeriesAlias,
  kindPath,
  PAGES,
  pagefindPath,
  personPath,
  seriesImagePath,
  seriesItemPath,
  seriesPage,
  sidePath,
  sourcePath,
  yearPath,
} from "../../src/lib/content/urls";
import { SITE } from "../../src/config";

/** The story's numbered series, as its settings name it (a story without one skips those rows). */
const series = SITE.series?.path;

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
  { url: kindPath("a-kind"), expected: "/kinds/a-kind/", route: "kinds/[kind].astro" },
  { url: sidePath("FR"), expected: "/sides/FR/", route: "sides/[side].astro" },
  ...(series
    ? [{ url: seriesItemPath(2), expected: `/${series}/2/`, route: "[series]/[number].astro" }]
    : []),
  // Fixed pages: the home page and the lists.
  { url: PAGES.home, expected: "/", route: "index.astro" },
  ...(series ? [{ url: seriesPage!, expected: `/${series}/`, route: "[series]/index.astro" }] : []),
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
  ...(series
    ? [{ url: seriesImagePath(2), expected: `/og/${series}/2.png`, route: "og/[series]/[number].png.ts" }]
    : []),
])("$expected", ({ url, expected, route }) => {
  test("is built by its helper", () => expect(url).toBe(expected));
  test(`is served by src/pages/${route}`, () => {
    expect(existsSync(`src/pages/${route}`)).toBe(true);
    expect(url).toMatch(routePattern(route));
  });
});

describe("files that are not routes", () => {
  test("the favicon is in public/", () => {
    expect(existsSync(`public${FILES.favicon}`)).toBe(true);
  });

  test("the search index's files are under /pagefind/, where `pagefind --site dist` writes them", () => {
    expect(pagefindPath("pagefind.js")).toBe("/pagefind/pagefind.js");
  });
});

describe.runIf(series)("the series' short links", () => {
  test.each([
    { path: `/${series}/2/`, alias: true },
    { path: `/${series}/12/`, alias: true },
    // The list of the series is a page of its own, not an alias.
    { path: `/${series}/`, alias: false },
    { path: "/events/2025-05-19-second-round/", alias: false },
    // Only the exact short link: no missing slash, no deeper path.
    { path: `/${series}/2`, alias: false },
    { path: `/${series}/2/extra/`, alias: false },
  ])("$path: $alias", ({ path, alias }) => expect(isSeriesAlias(path)).toBe(alias));

  test("every number's short link is an alias", () => expect(isSeriesAlias(seriesItemPath(7))).toBe(true));
});

describe("BASE_PATH", () => {
  test.each([
    // Unset or the root: the site lives at the root of its domain.
    { value: undefined, base: "/" },
    { value: "", base: "/" },
    { value: "/", base: "/" },
    // A slash is added at either end where it is missing.
    { value: "/interactive/2025/story/", base: "/interactive/2025/story/" },
    { value: "interactive/2025/story", base: "/interactive/2025/story/" },
    { value: "/a_b.c~d-e", base: "/a_b.c~d-e/" },
  ])("$value is $base", ({ value, base }) => expect(basePath(value)).toBe(base));

  test.each([
    // A query, a fragment, a space or an escape would break every URL built on it.
    "/interactive?x=1/",
    "/interactive#top/",
    "/inter active/",
    "/%20/",
    // An empty part, or one that climbs out of the path.
    "/interactive//story/",
    "/interactive/../story/",
    "/./",
    // A whole address belongs in SITE_URL.
    "https://news.example/interactive/",
  ])("%s fails, naming the variable and what is expected", (value) => {
    expect(() => basePath(value)).toThrow(
      `BASE_PATH: expected a URL path such as "/interactive/2025/story/", its parts made of letters, digits, "-", "_", "." or "~" between single slashes; got "${value}"`,
    );
  });
});

describe("under a base path", () => {
  const BASE = "/interactive/2025/story/";
  let urls: typeof import("../../src/lib/content/urls");
  let headers: typeof import("../../src/lib/publish/security-headers");

  beforeAll(async () => {
    vi.stubEnv("BASE_PATH", BASE);
    vi.resetModules();
    urls = await import("../../src/lib/content/urls");
    headers = await import("../../src/lib/publish/security-headers");
  });
  afterAll(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  test("every helper starts its path with the base", () => {
    const paths = [
      ...Object.values(urls.PAGES),
      ...Object.values(urls.FILES),
      urls.eventPath("an-event"),
      urls.personPath("a-person"),
      urls.sourcePath("an-article"),
      urls.yearPath("2025"),
      ...(series ? [urls.seriesItemPath(2), urls.seriesImagePath(2)] : []),
      urls.eventImagePath("an-event"),
      urls.pagefindPath("pagefind.js"),
    ];
    expect(paths.filter((path) => !path.startsWith(BASE))).toEqual([]);
    expect(urls.PAGES.home).toBe(BASE);
    expect(urls.eventPath("an-event")).toBe(`${BASE}events/an-event/`);
    expect(urls.FILES.rss).toBe(`${BASE}rss.xml`);
    // A path written from the site's root, as in Markdown: "/people/x/".
    expect(urls.withBase("/people/a-person/")).toBe(`${BASE}people/a-person/`);
  });

  test("a path's file in dist/ is the path after the base", () => {
    expect(urls.inDist(urls.pagefindPath("pagefind.js"))).toBe("pagefind/pagefind.js");
    expect(urls.inDist(urls.PAGES.search)).toBe("search/");
  });

  test.each([
    { path: `${BASE}${series}/2/`, alias: series !== undefined },
    { path: `${BASE}${series}/`, alias: false },
    // The short link without the base is not the site's.
    { path: `/${series}/2/`, alias: false },
  ])("series short link $path: $alias", ({ path, alias }) => expect(urls.isSeriesAlias(path)).toBe(alias));

  test("the _headers rules cover the site's own paths only", () => {
    const file = headers.headersFile(["about/", "embed/", "rss.xml", "_astro/"]);
    expect(file.split("\n")[0]).toBe(`${BASE}*`);
    expect(file).toContain(`\n${BASE}_astro/*\n  Cache-Control:`);
    expect(file).toContain(`\n${BASE}embed/*\n  Content-Security-Policy:`);
    const paths = file.split("\n").filter((line) => line && !line.startsWith(" "));
    expect(paths.filter((path) => !path.startsWith(BASE))).toEqual([]);
  });
  test("an embed's path and its oEmbed file are under the base", () => {
    expect(urls.embedPath(urls.eventPath("an-event"))).toBe(`${BASE}embed/events/an-event/`);
    expect(urls.oembedPath(urls.PAGES.home)).toBe(`${BASE}embed/oembed.json`);
    expect(urls.isEmbedPath(`${BASE}embed/`)).toBe(true);
    expect(urls.isEmbedPath("/embed/")).toBe(false);
  });
});
