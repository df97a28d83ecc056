/**
 * Structured data and share tags on every built page: one JSON-LD block with the properties each
 * schema.org type needs, Open Graph and Twitter tags pointing at the canonical URL and at a share
 * image that answers with a 1200×630 PNG.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, storyUnderTest, test } from "./fixtures";

type Node = Record<string, unknown> & { "@type": string };
type ListItem = { position: number; name: string; url?: string; item?: string };

const html = (path: string) =>
  readFileSync(join(storyUnderTest().dist, path, path.endsWith(".html") ? "" : "index.html"), "utf8");
const attribute = (page: string, pattern: RegExp) => pattern.exec(page)?.[1]?.replaceAll("&amp;", "&");
const meta = (page: string, key: string) =>
  attribute(page, new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`));
const canonicalOf = (page: string) => attribute(page, /<link rel="canonical" href="([^"]*)"/);
const pathOf = (url: string) => new URL(url).pathname;
/** The pages that are shared and indexed: every page but the embeds, which are framed (embed.spec.ts). */
const sharedPages = () =>
  storyUnderTest()
    .pages()
    .filter((path) => !path.startsWith("/embed/"));

/** The page's one JSON-LD block, parsed: its nodes by type. */
function structuredData(path: string): Map<string, Node> {
  const blocks = [...html(path).matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)];
  expect(blocks, `${path}: one JSON-LD block`).toHaveLength(1);
  const data = JSON.parse(blocks[0]![1]!) as { "@context": string; "@graph": Node[] };
  expect(data["@context"]).toBe("https://schema.org");
  return new Map(data["@graph"].map((node) => [node["@type"], node]));
}

/** Positions count 1, 2, 3… and each entry names a page of the build. */
function expectNumberedLinks(items: ListItem[], key: "url" | "item", where: string) {
  expect(
    items.map((item) => item.position),
    where,
  ).toEqual(items.map((_, index) => index + 1));
  for (const item of items) {
    expect(item.name, where).toBeTruthy();
    expect(URL.canParse(item[key]!), `${where}: ${item[key]}`).toBe(true);
  }
}

/** The path of the story's numbered series ("rounds"), or one no page has. */
const seriesPath = () => storyUnderTest().settings.series?.path ?? "(no series)";

/** The short links of the story's numbered series, each with its event's slug. */
const shortLinks = () =>
  storyUnderTest()
    .events.filter((event) => event.seriesNumber !== null)
    .map((event) => ({
      path: `/${seriesPath()}/${event.seriesNumber}/`,
      round: event.seriesNumber!,
      slug: event.slug,
    }));

/** The schema.org type that each kind of page is about; the first pattern that matches wins. */
function mainType(path: string): string | undefined {
  const series = RegExp.escape(seriesPath());
  const pageTypes: [RegExp, string][] = [
    [/^\/$/, "ItemList"],
    [new RegExp(`^/(events|${series})/.`), "Event"],
    [/^\/people\/./, "Person"],
    [/^\/sources\/./, "NewsArticle"],
    [new RegExp(`^/(people|sources|${series}|years/\\d+|kinds/[^/]+|sides/[^/]+)/$`), "ItemList"],
    [/^\/about\/$/, "AboutPage"],
    [/^\/search\/$/, "SearchResultsPage"],
  ];
  return pageTypes.find(([pattern]) => pattern.test(path))?.[1];
}

test("every page has one JSON-LD block with the required properties of its type", () => {
  const undated = new Set(
    storyUnderTest()
      .events.filter((event) => event.date.precision === "unknown")
      .map((event) => `/events/${event.slug}/`),
  );
  for (const path of sharedPages()) {
    const nodes = structuredData(path);
    const page = html(path);
    const main = nodes.get(mainType(path) ?? "a type for this page in PAGE_TYPES");
    expect(main, `${path}: a ${mainType(path)}`).toBeDefined();
    switch (main!["@type"]) {
      case "Event": {
        expect(main!["name"], path).toBeTruthy();
        expect(main!["url"], `${path}: the Event's url is the canonical event page`).toBe(canonicalOf(page));
        const dated = !undated.has(pathOf(main!["url"] as string));
        expect(Boolean(main!["startDate"]), `${path}: startDate only for a dated event`).toBe(dated);
        const placeStated = !page.includes("Not stated in the sources");
        expect(Boolean(main!["location"]), `${path}: location only where the sources give one`).toBe(
          placeStated,
        );
        break;
      }
      case "NewsArticle":
        expect(main!["headline"], path).toBeTruthy();
        expect(main!["url"], path).toBe(canonicalOf(page));
        expect(Boolean(main!["publisher"]), `${path}: publisher where the article names one`).toBe(
          !page.includes("does not say who published it"),
        );
        break;
      case "Person":
        expect(main!["name"], path).toBeTruthy();
        expect(main!["jobTitle"], path).toBeTruthy();
        break;
      case "ItemList":
        expectNumberedLinks(main!["itemListElement"] as ListItem[], "url", path);
        break;
    }
    const breadcrumb = nodes.get("BreadcrumbList");
    if (path === "/") {
      expect(breadcrumb, "the home page has no breadcrumb").toBeUndefined();
    } else {
      const steps = breadcrumb?.["itemListElement"] as ListItem[];
      expectNumberedLinks(steps, "item", `${path} breadcrumb`);
      expect(pathOf(steps[0]!.item!)).toBe("/");
    }
  }
});

test("the 404 page names no address of its own (it is served at every missing one) and asks not to be indexed", () => {
  const page = html("/404.html");
  expect(page).not.toContain("application/ld+json");
  expect(canonicalOf(page)).toBeUndefined();
  expect(meta(page, "og:url")).toBeFalsy();
  expect(page).toContain('<meta name="robots" content="noindex">');
  expect(meta(page, "og:image")).toBeTruthy();
});

test("the home page lists every event in timeline order", () => {
  const list = structuredData("/").get("ItemList")!["itemListElement"] as ListItem[];
  expect(list.map((item) => pathOf(item.url!))).toEqual(
    storyUnderTest().events.map(({ slug }) => `/events/${slug}/`),
  );
});

test("a series' short link is an alias: its Event and its canonical URL are the event page's", () => {
  test.skip(shortLinks().length === 0, "this story has no numbered series");
  for (const { path, slug } of shortLinks()) {
    const event = structuredData(path).get("Event")!;
    expect(pathOf(event["url"] as string)).toBe(`/events/${slug}/`);
    expect(pathOf(canonicalOf(html(path))!)).toBe(`/events/${slug}/`);
  }
});

test("Open Graph and Twitter tags name the canonical URL and a share image with its size and alt text", () => {
  const articles = new RegExp(`^/(events|${RegExp.escape(seriesPath())}|sources)/.`);
  for (const path of sharedPages()) {
    const page = html(path);
    expect(meta(page, "og:url"), path).toBe(canonicalOf(page));
    expect(meta(page, "og:type"), path).toBe(articles.test(path) ? "article" : "website");
    for (const key of ["og:title", "og:description", "og:site_name", "og:locale", "og:image:alt"]) {
      expect(meta(page, key), `${path} ${key}`).toBeTruthy();
    }
    expect([meta(page, "og:image:width"), meta(page, "og:image:height")], path).toEqual(["1200", "630"]);
    expect(meta(page, "twitter:card"), path).toBe("summary_large_image");
    expect(meta(page, "twitter:image"), path).toBe(meta(page, "og:image"));
    expect(meta(page, "twitter:image:alt"), path).toBe(meta(page, "og:image:alt"));
    expect(meta(page, "twitter:title"), path).toBe(meta(page, "og:title"));
  }
});

test("each event and each item of a series has its own share image", () => {
  for (const { slug } of storyUnderTest().events) {
    expect(pathOf(meta(html(`/events/${slug}/`), "og:image")!)).toBe(`/og/events/${slug}.png`);
  }
  for (const { path, round } of shortLinks()) {
    expect(pathOf(meta(html(path), "og:image")!)).toBe(`/og/${seriesPath()}/${round}.png`);
  }
  expect(pathOf(meta(html("/about/"), "og:image")!)).toBe("/og/site.png");
});

test("every share image answers 200 with a 1200×630 PNG", async ({ request }) => {
  const images = new Set(sharedPages().map((path) => pathOf(meta(html(path), "og:image")!)));
  for (const image of images) {
    const response = await request.get(image);
    expect(response.status(), image).toBe(200);
    expect(response.headers()["content-type"], image).toBe("image/png");
    const png = await response.body();
    // The PNG signature, then the IHDR chunk: width and height as 32-bit big-endian at bytes 16 and 20.
    expect(png.subarray(0, 8).toString("hex"), image).toBe("89504e470d0a1a0a");
    expect(png.subarray(12, 16).toString("ascii"), image).toBe("IHDR");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)], image).toEqual([1200, 630]);
  }
});
