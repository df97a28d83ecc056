import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, storyUnderTest, test } from "./fixtures";

/** The <loc> URLs of a sitemap or sitemap index. */
const locsOf = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);

/** The canonical URL path a built page declares. */
function canonicalOf(path: string): string {
  const html = readFileSync(join(storyUnderTest().dist, path, "index.html"), "utf8");
  const href = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
  if (!href) throw new Error(`${path} has no canonical link`);
  return new URL(href).pathname;
}

test("the sitemap lists every canonical page and no alias", async ({ request }) => {
  const index = await request.get("/sitemap-index.xml");
  expect(index.status()).toBe(200);
  const listed: string[] = [];
  for (const sitemap of locsOf(await index.text())) {
    const response = await request.get(new URL(sitemap).pathname);
    expect(response.status(), sitemap).toBe(200);
    listed.push(...locsOf(await response.text()).map((url) => new URL(url).pathname));
  }
  const story = storyUnderTest();
  // An embed names its full page as canonical and stays out of the sitemap (tests/e2e/embed.spec.ts).
  const pages = story.pages().filter((path) => !path.startsWith("/embed/"));
  const canonical = pages.filter((path) => canonicalOf(path) === path);
  const aliases = pages.filter((path) => canonicalOf(path) !== path);
  // The aliases are the short links of a numbered series, if the story has one.
  const { series } = story.settings;
  const shortLinks = series
    ? story.events
        .filter((event) => event.seriesNumber !== null)
        .map((event) => `/${series.path}/${event.seriesNumber}/`)
    : [];
  expect(aliases.sort()).toEqual(shortLinks.sort());
  expect(listed.sort()).toEqual(canonical);
  expect(listed).not.toContain("/404/");
});
