import { byId, expect, storyUnderTest, test } from "./fixtures";
import { asShown, citedSources } from "./story";

const slugs = () => storyUnderTest().events.map((event) => event.slug);

/**
 * The month headings the home page should show, in order, from the events' dates: a year for an
 * event dated to a year only, "April 2025" for the rest; a month interrupted by undated events
 * resumes under a heading of its own. `nav` lists each month once.
 */
function expectedMonths(): { headings: string[]; nav: string[] } {
  const story = storyUnderTest();
  const words = new Intl.DateTimeFormat(story.settings.lang, {
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
  const keys = story.events.map(({ date }) => {
    if (date.precision === "unknown") return undefined;
    return date.precision === "year" ? date.start : date.start.slice(0, 7);
  });
  const label = (key: string) => (key.length === 4 ? key : words.format(new Date(`${key}-01T00:00:00Z`)));
  const headings = keys.filter((key, index) => key !== undefined && key !== keys[index - 1]) as string[];
  // A month that resumes after undated events placed in it says so in its heading.
  const continued = (key: string, index: number) =>
    headings.indexOf(key) < index ? `${label(key)} (continued)` : label(key);
  return { headings: headings.map(continued), nav: [...new Set(headings)].map(label) };
}

test.describe("home page timeline", () => {
  test.beforeEach(async ({ page }) => {
    await page.goto("/");
  });

  test("groups events by month, in order", async ({ page }) => {
    const main = page.getByRole("main");
    const { headings, nav } = expectedMonths();
    // The title is the masthead's (tests/e2e/header.spec.ts), above the list.
    await expect(page.getByRole("banner").getByRole("heading", { level: 1 })).toHaveText(
      storyUnderTest().settings.title,
    );
    // The month headings; "Where things stand" (status.spec.ts) and undated events' (undated.spec.ts) aside.
    await expect(main.locator("section.month:not(.undated) > h2")).toHaveText(headings);

    // Each month is a <section> named by its heading and holding one <ol> of events.
    for (const month of nav) {
      const section = main.getByRole("region", { name: month, exact: true });
      await expect(section).toHaveCount(headings.filter((heading) => heading === month).length);
      await expect(section.getByRole("list")).not.toHaveCount(0);
      await expect(section.locator(":scope > ol > li > article")).not.toHaveCount(0);
    }

    // The month navigation lists the same months in the same order, each pointing at its heading.
    const monthNav = page.getByRole("navigation", { name: "Months" });
    await expect(monthNav.getByRole("link")).toHaveText(nav);
    for (const link of await monthNav.getByRole("link").all()) {
      const hash = (await link.getAttribute("href")) ?? "";
      expect(hash, "month links are in-page anchors").toMatch(/^#./);
      await expect(page.locator(byId(hash.slice(1))), `target of ${hash}`).toHaveRole("heading");
    }
  });

  test("lists every event oldest first", async ({ page }) => {
    const articles = page.getByRole("main").locator("article");
    const ids = await articles.evaluateAll((nodes) => nodes.map((node) => node.id));

    // The order of the published data (timeline-data.spec.ts checks it is the home page's own).
    expect(ids).toEqual(slugs());

    // The count the lede states is the count of articles.
    await expect(page.getByRole("main")).toContainText(`${ids.length} events from`);

    // Dates, read from the markup: every article sits in the section of its month, and the events
    // with a date of their own (not "Date not given") have non-decreasing datetimes.
    const rows = await articles.evaluateAll((nodes) =>
      nodes.map((node) => ({
        id: node.id,
        month: node.closest("section")?.querySelector("h2")?.id ?? "",
        datetimes: [...node.querySelectorAll("time[datetime]")].map((t) => t.getAttribute("datetime") ?? ""),
        undated: (node.querySelector(".event-date")?.textContent ?? "").trim().startsWith("Date not given"),
      })),
    );
    for (const row of rows) {
      expect(row.datetimes.length, `${row.id} has a <time datetime>`).toBeGreaterThan(0);
      // Undated events sit under no month (undated.spec.ts); a month resumed after them is "<month>-continued".
      if (row.undated) continue;
      expect(row.datetimes[0], `${row.id} is under the month heading of its date`).toMatch(
        new RegExp(`^${row.month.replace(/-continued(-\d+)?$/, "")}(-|$)`),
      );
    }
    const dated = rows.filter((row) => !row.undated).map((row) => `${row.datetimes[0]} ${row.id}`);
    expect(dated.length).toBeGreaterThan(0);
    expect(dated, "dated events in datetime order").toEqual([...dated].sort());
  });

  test("every event has a title link and at least one source link", async ({ page }) => {
    const articles = page.getByRole("main").getByRole("article");
    await expect(articles).toHaveCount(slugs().length);
    for (const article of await articles.all()) {
      const id = (await article.getAttribute("id")) ?? "(no id)";
      const titleLink = article.getByRole("heading").getByRole("link");
      await expect(titleLink, `${id}: one link in the heading`).toHaveCount(1);
      await expect(titleLink, `${id}: heading link goes to its event page`).toHaveAttribute(
        "href",
        `/events/${id}/`,
      );
      await expect(titleLink).not.toHaveText("");
      // The article is named by its heading.
      await expect(article).toHaveAccessibleName((await titleLink.textContent()) ?? "");
      await expect(article.locator("time[datetime]").first()).toBeVisible();
      const sourceLinks = article.getByRole("link").and(article.locator('a[href^="/sources/"]'));
      // An event that cites nothing (a story may allow it) has none.
      const cites = citedSources(storyUnderTest().event(id)).length > 0;
      expect((await sourceLinks.count()) > 0, `${id}: source links`).toBe(cites);
      for (const link of await sourceLinks.all()) await expect(link).not.toHaveText("");
    }
  });

  test("each event title leads to its event page", async ({ page }) => {
    // Two page loads per event, for every event of the story: more than one page's time.
    test.slow();
    for (const event of storyUnderTest().events) {
      const [slug, title] = [event.slug, asShown(event.title)];
      const link = page
        .locator(byId(slug))
        .getByRole("heading")
        .getByRole("link", { name: title, exact: true });
      await link.click();
      await expect(page).toHaveURL(`/events/${slug}/`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
      await expect(page).toHaveTitle(`${title} · ${asShown(storyUnderTest().settings.title)}`);
      await page.goBack();
      await expect(page).toHaveURL("/");
    }
  });

  test("/#<slug> anchors land on the event", async ({ page }) => {
    for (const slug of slugs()) {
      await page.goto(`/#${slug}`);
      const target = page.locator(byId(slug));
      await expect(target, `an element with id ${slug}`).toHaveCount(1);
      await expect(target).toBeInViewport();
    }
  });

  test("event pages' breadcrumbs link back to their place on the timeline", async ({ page }) => {
    // A page load per event.
    test.slow();
    for (const slug of slugs()) {
      await page.goto(`/events/${slug}/`);
      const crumbs = page.getByRole("navigation", { name: "Breadcrumb" });
      const back = crumbs.getByRole("link").and(page.locator(`a[href="/#${slug}"]`));
      await expect(back, `${slug}: breadcrumb to /#${slug}`).toHaveCount(1);
      await back.click();
      await expect(page).toHaveURL(`/#${slug}`);
      await expect(page.locator(byId(slug))).toBeInViewport();
    }
  });
});

test("a list's comma or semicolon stays on its link's line, at a phone's width and a desktop's", async ({
  page,
}) => {
  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto("/");
    // An item's last line box holds its separator: below its link's last line, the separator wrapped alone.
    const stranded = await page.evaluate(() =>
      [...document.querySelectorAll("main li:has(> a)")]
        .filter(
          (item) =>
            item.getClientRects().length > 0 &&
            item.nextElementSibling &&
            getComputedStyle(item, "::after").content !== "none",
        )
        .filter((item) => {
          const lines = [...item.getClientRects()];
          const linkLines = [...item.querySelector("a")!.getClientRects()];
          return lines.at(-1)!.bottom > linkLines.at(-1)!.bottom + 1;
        })
        .map((item) => item.textContent),
    );
    expect(stranded, `at ${width} px`).toEqual([]);
  }
});
