import { expect, storyUnderTest, test } from "./fixtures";
import { timeOf } from "./story";

/** The timeline newest first: every feed lists events in the timeline's order, reversed. */
const newestFirst = () => storyUnderTest().events.toReversed();
const eventPath = (slug: string) => `/events/${slug}/`;
const pathOf = (url: string) => new URL(url).pathname;

test("RSS parses as XML, with one item per event, newest first, each linking to its event page", async ({
  page,
  request,
}) => {
  const response = await request.get("/rss.xml");
  expect(response.status()).toBe(200);
  const xml = await response.text();
  // Chromium's own XML parser: a malformed feed yields a <parsererror> document.
  const feed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "application/xml");
    const textOf = (parent: Element, name: string) => parent.getElementsByTagName(name)[0]?.textContent ?? "";
    return {
      error: doc.getElementsByTagName("parsererror")[0]?.textContent ?? null,
      root: doc.documentElement.nodeName,
      version: doc.documentElement.getAttribute("version"),
      channelLink: textOf(doc.getElementsByTagName("channel")[0]!, "link"),
      items: [...doc.getElementsByTagName("item")].map((item) => ({
        title: textOf(item, "title"),
        link: textOf(item, "link"),
        guid: textOf(item, "guid"),
        pubDate: textOf(item, "pubDate"),
        description: textOf(item, "description"),
      })),
    };
  }, xml);
  expect(feed.error).toBeNull();
  expect(feed.root).toBe("rss");
  expect(feed.version).toBe("2.0");
  const events = newestFirst();
  expect(feed.items.map((item) => item.title)).toEqual(events.map((event) => event.title));
  expect(feed.items.map((item) => pathOf(item.link))).toEqual(events.map((e) => eventPath(e.slug)));
  expect(feed.items.map((item) => item.guid)).toEqual(feed.items.map((item) => item.link));
  for (const [index, item] of feed.items.entries()) {
    const event = events[index]!;
    expect(new URL(item.link).origin, "links are absolute, on the site's address").toBe(
      new URL(feed.channelLink).origin,
    );
    expect((await request.get(pathOf(item.link))).status(), item.link).toBe(200);
    expect(Number.isNaN(Date.parse(item.pubDate)), item.pubDate).toBe(false);
    // The date as the site words it: a month-precision event says so rather than claiming a day.
    expect(item.description.startsWith(`When: ${event.dateLabel}. `), item.description).toBe(true);
    // A timed event carries its instant.
    const time = timeOf(event);
    if (time) expect(item.pubDate, event.slug).toBe(new Date(time.instant).toUTCString());
  }
});

test("JSON Feed has the required 1.1 fields and the same items as the RSS feed", async ({ request }) => {
  const response = await request.get("/feed.json");
  expect(response.status()).toBe(200);
  const feed = await response.json();
  expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
  expect(typeof feed.title).toBe("string");
  expect(pathOf(feed.home_page_url)).toBe("/");
  expect(pathOf(feed.feed_url)).toBe("/feed.json");
  expect(feed.items.map((item: { url: string }) => pathOf(item.url))).toEqual(
    newestFirst().map((event) => eventPath(event.slug)),
  );
  for (const item of feed.items) {
    // Required: an id, and content_text or content_html.
    expect(typeof item.id).toBe("string");
    expect(item.id).toBe(item.url);
    expect(item.content_text).toContain(item.summary);
    expect(item.content_text).toMatch(/^When: /);
    // RFC 3339
    expect(item.date_published).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  }
});

test("every page announces both feeds in its head", async ({ page, request }) => {
  await page.goto(eventPath(storyUnderTest().events[0]!.slug));
  const alternates = await page
    .locator('head link[rel="alternate"]:not([type="application/json+oembed"])')
    .evaluateAll((links) => links.map((link) => [link.getAttribute("type"), link.getAttribute("href")]));
  expect(alternates).toEqual([
    ["application/rss+xml", "/rss.xml"],
    ["application/feed+json", "/feed.json"],
  ]);
  for (const [, href] of alternates) expect((await request.get(href!)).status()).toBe(200);
});

test("the footer lists the feeds, the calendar and the data", async ({ page }) => {
  await page.goto("/");
  const list = page.getByRole("contentinfo").getByRole("region", { name: "Follow and reuse" });
  await expect(list.getByRole("link")).toHaveText([
    "RSS feed",
    "JSON Feed",
    "Calendar (iCalendar)",
    "Data (JSON)",
    "TimelineJS (JSON)",
    "Spreadsheet (CSV)",
  ]);
});
