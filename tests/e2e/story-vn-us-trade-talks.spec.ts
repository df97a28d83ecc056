/**
 * The facts of one story, "Việt Nam–US Trade Talks 2025" (content/ as committed): the exact order,
 * months, times, rounds, figures and search results its sources give. The other specs check the
 * same behaviour for any story, with examples they pick from its content; this one pins this
 * story's answers, so a change to how the site reads them shows here by name. It runs only on this
 * story, and is skipped for any other, such as a newsroom's fork telling its own.
 */
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join } from "node:path";
import { calendarText, parseCalendar } from "./calendar-file";
import { when } from "./event-page";
import { byId, expect, storyUnderTest, test } from "./fixtures";
import {
  filterBox,
  openFilters,
  resultHref,
  resultLinks,
  resultPaths,
  results,
  searchFor,
  searchField,
  textFragment,
  typeQuery,
  waitForResults,
} from "./search-page";

const TITLE = "Việt Nam–US Trade Talks 2025";

test.beforeEach(() => {
  test.skip(storyUnderTest().settings.title !== TITLE, `the facts of "${TITLE}" only`);
});

/** The events the home page shows, oldest first, as the source articles date them. */
const EVENTS = [
  { slug: "2024-us-vietnam-goods-trade", title: "US goods trade with Việt Nam in 2024" },
  {
    slug: "2025-04-reciprocal-tariffs-announced",
    title: "US announces reciprocal tariffs; Việt Nam hit with 46 per cent",
  },
  { slug: "2025-05-19-second-round", title: "Second round of negotiations in Washington, D.C." },
  {
    slug: "2025-05-21-dien-meets-senators-cruz-and-daines",
    title: "Minister Diên meets Senators Ted Cruz and Steve Daines",
  },
  { slug: "2025-05-22-dien-meets-lutnick", title: "Minister Diên meets Commerce Secretary Howard Lutnick" },
  {
    slug: "after-2025-05-22-prime-minister-reviews-second-round",
    title: "The Prime Minister reviews the second round",
  },
  {
    slug: "2025-06-19-virtual-ministerial-meeting",
    title: "Virtual high-level meeting of Minister Diên, Secretary Lutnick and Ambassador Greer",
  },
  {
    slug: "before-2025-11-12-dien-greer-ministerial-meeting",
    title: "Direct ministerial meeting of Minister Dien and Ambassador Greer",
  },
  {
    slug: "2025-11-12-negotiations",
    title: "Negotiations on the Reciprocal Trade Agreement, November 12–14",
  },
  {
    slug: "during-2025-11-12-dien-meets-us-officials-and-industry",
    title: "Minister Dien meets US officials, lawmakers and industry",
  },
] as const;
const SLUGS: string[] = EVENTS.map(({ slug }) => slug);
const eventPath = (slug: string) => `/events/${slug}/`;

test.describe("the timeline", () => {
  test("lists the ten events in the order the sources date them, under five months", async ({ page }) => {
    await page.goto("/");
    const main = page.getByRole("main");
    await expect(page.getByRole("banner").getByRole("heading", { level: 1 })).toHaveText(TITLE);
    const ids = await main.locator("article").evaluateAll((nodes) => nodes.map((node) => node.id));
    expect(ids).toEqual(SLUGS);
    for (const { slug, title } of EVENTS) {
      await expect(page.locator(byId(slug)).getByRole("heading").getByRole("link")).toHaveText(title);
    }
    await expect(main.locator("section.month:not(.undated) > h2")).toHaveText([
      "2024",
      "April 2025",
      "May 2025",
      "June 2025",
      "November 2025",
    ]);
    // The second round, the meetings on its third and fourth days, and the review that followed it.
    const at = (slug: string) => ids.indexOf(slug);
    expect(at("2025-05-19-second-round")).toBeLessThan(at("2025-05-21-dien-meets-senators-cruz-and-daines"));
    expect(at("2025-05-21-dien-meets-senators-cruz-and-daines")).toBeLessThan(
      at("2025-05-22-dien-meets-lutnick"),
    );
    expect(at("2025-05-22-dien-meets-lutnick")).toBeLessThan(
      at("after-2025-05-22-prime-minister-reviews-second-round"),
    );
  });

  test("timeline.json lists the same events in the same order", async ({ request }) => {
    const data = await (await request.get("/timeline.json")).json();
    expect(data.events.map((event: { slug: string }) => event.slug)).toEqual(SLUGS);
  });

  test("the content has undated events, next steps after the latest event and one naming a later event", () => {
    const story = storyUnderTest();
    expect(story.events.filter((event) => event.date.precision === "unknown")).toHaveLength(3);
    expect(story.timeline.status.announcedNextSteps.length).toBeGreaterThan(0);
    expect(story.events.some((event) => event.nextSteps.some((step) => step.laterEvent))).toBe(true);
  });

  test("the time axis draws 2024 and April 2025 as bars over all of them", async ({ page }) => {
    await page.goto("/");
    const mark = (slug: string) => page.locator(`.time-axis a[href="/#${slug}"]`);
    await expect(mark("2024-us-vietnam-goods-trade")).toHaveAttribute("data-first", "2024-01-01");
    await expect(mark("2024-us-vietnam-goods-trade")).toHaveAttribute("data-last", "2024-12-31");
    await expect(mark("2025-04-reciprocal-tariffs-announced")).toHaveAttribute("data-first", "2025-04-01");
    await expect(mark("2025-04-reciprocal-tariffs-announced")).toHaveAttribute("data-last", "2025-04-30");
    // April spans its month: from 1 April to the start of May on a 365-day year.
    const april = await mark("2025-04-reciprocal-tariffs-announced")
      .locator("rect.axis-mark")
      .evaluate((rect) => [rect.getAttribute("x"), rect.getAttribute("width")]);
    expect(parseFloat(april[0]!)).toBeCloseTo((90 / 365) * 100, 2);
    expect(parseFloat(april[1]!)).toBeCloseTo((30 / 365) * 100, 2);
    // A mark is named by its date, then its title.
    await expect(mark("2025-06-19-virtual-ministerial-meeting")).toHaveAccessibleName(
      /^19 June 2025: Virtual high-level meeting/,
    );
  });
});

test.describe("dates and times", () => {
  test("the 19 June meeting shows Hà Nội and Washington times for the same instant", async ({ page }) => {
    await page.goto("/events/2025-06-19-virtual-ministerial-meeting/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Virtual high-level meeting of Minister Diên, Secretary Lutnick and Ambassador Greer",
    );
    const hanoi = when(page).locator('time[datetime="2025-06-19T21:00+07:00"]');
    await expect(hanoi).toHaveText("9 p.m. in Hà Nội");
    const washington = when(page).locator("time").filter({ hasText: "10 a.m. in Washington" });
    await expect(washington).toHaveText("10 a.m. in Washington");
    // Both times are the same moment: 14:00 UTC.
    const instant = Date.parse((await hanoi.getAttribute("datetime")) ?? "");
    expect(new Date(instant).toISOString()).toBe("2025-06-19T14:00:00.000Z");
    expect(Date.parse((await washington.getAttribute("datetime")) ?? "")).toBe(instant);
    await expect(when(page)).toHaveText("19 June 2025, 9 p.m. in Hà Nội (10 a.m. in Washington)");
  });

  test("the Prime Minister's review, the November negotiations and the Lutnick meeting word their dates", async ({
    page,
  }) => {
    await page.goto("/events/after-2025-05-22-prime-minister-reviews-second-round/");
    await expect(when(page)).toContainText("Date not given");
    await expect(when(page)).toContainText("after 19–22 May 2025");
    await expect(when(page)).not.toContainText("year inferred");

    await page.goto("/events/2025-11-12-negotiations/");
    await expect(when(page)).toContainText("12–14 November 2025");
    await expect(when(page)).toContainText("(year inferred)");

    await page.goto("/events/2025-05-22-dien-meets-lutnick/");
    await expect(when(page)).toContainText("22 May 2025");
    await expect(
      page.getByRole("main").getByRole("link", { name: "Howard Lutnick" }).first(),
    ).toHaveAttribute("href", "/people/howard-lutnick/");
  });

  test("timeline.json keeps the dates in their schema form, with an ISO form and words", async ({
    request,
  }) => {
    const data = await (await request.get("/timeline.json")).json();
    const bySlug = new Map(data.events.map((event: { slug: string }) => [event.slug, event]));
    expect(bySlug.get("2025-06-19-virtual-ministerial-meeting")).toMatchObject({
      date: { precision: "day", start: "2025-06-19", time: "21:00", timeZone: "Asia/Ho_Chi_Minh" },
      dateIso: "2025-06-19T21:00+07:00",
      dateLabel: "19 June 2025",
      location: "virtual",
    });
    expect(bySlug.get("2025-05-19-second-round")).toMatchObject({
      date: { precision: "range", start: "2025-05-19", end: "2025-05-22" },
      dateIso: "2025-05-19/2025-05-22",
      dateLabel: "19–22 May 2025",
      seriesNumber: 2,
    });
    expect(bySlug.get("after-2025-05-22-prime-minister-reviews-second-round")).toMatchObject({
      date: { precision: "unknown", relativeTo: "2025-05-19-second-round", position: "after" },
      dateIso: null,
      dateLabel: "Date not given (after 19–22 May 2025)",
    });
  });

  test("the calendar holds the five events with a day, 19 June at 14:00 UTC, the round all-day", async ({
    request,
  }) => {
    const { calendar, bySlug } = parseCalendar(await calendarText(request));
    expect([...bySlug.keys()]).toEqual([
      "2025-05-19-second-round",
      "2025-05-21-dien-meets-senators-cruz-and-daines",
      "2025-05-22-dien-meets-lutnick",
      "2025-06-19-virtual-ministerial-meeting",
      "2025-11-12-negotiations",
    ]);
    const meeting = bySlug.get("2025-06-19-virtual-ministerial-meeting")!;
    expect(meeting.component.getFirstProperty("dtstart")?.getParameter("tzid")).toBe("Asia/Ho_Chi_Minh");
    expect(meeting.startDate.toJSDate().toISOString()).toBe("2025-06-19T14:00:00.000Z");
    expect(meeting.location).toBe("Virtual meeting");
    expect(
      calendar.getAllSubcomponents("vtimezone").map((zone) => zone.getFirstPropertyValue("tzid")),
    ).toEqual(["Asia/Ho_Chi_Minh"]);
    const round = bySlug.get("2025-05-19-second-round")!;
    expect([round.startDate.toString(), round.endDate.toString()]).toEqual(["2025-05-19", "2025-05-23"]);
    expect(round.location).toBe("Washington, D.C.");
    const senators = bySlug.get("2025-05-21-dien-meets-senators-cruz-and-daines")!;
    expect([senators.startDate.toString(), senators.endDate.toString()]).toEqual([
      "2025-05-21",
      "2025-05-22",
    ]);
    // The latest day the content names: the end of the 12–14 November negotiations.
    const stamps = [...bySlug.values()].map((event) =>
      event.component.getFirstPropertyValue("dtstamp")?.toString(),
    );
    expect(new Set(stamps)).toEqual(new Set(["2025-11-14T00:00:00Z"]));
  });

  test("the RSS feed dates 19 June at 9 PM in Hà Nội, and April 2025 as a month", async ({ request }) => {
    const xml = await (await request.get("/rss.xml")).text();
    const item = (slug: string) => {
      const found = [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].find(([, text]) => text!.includes(slug));
      return found![1]!;
    };
    expect(item("2025-06-19-virtual-ministerial-meeting")).toContain(
      "<pubDate>Thu, 19 Jun 2025 14:00:00 GMT</pubDate>",
    );
    expect(item("2025-04-reciprocal-tariffs-announced")).toMatch(
      /<description>When: April 2025 \(year inferred\)\. /,
    );
  });
});

test.describe("the negotiation rounds", () => {
  test("/rounds/2/ is the second round, 19–22 May 2025, canonical to its event page", async ({ page }) => {
    await page.goto("/rounds/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Negotiation rounds");
    await page.goto("/rounds/2/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Second round of negotiations in Washington, D.C.",
    );
    const main = page.getByRole("main");
    await expect(main.locator(".event-date").first()).toHaveText("19–22 May 2025");
    await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute(
      "href",
      `${storyUnderTest().siteUrl}/events/2025-05-19-second-round/`,
    );
    const html = readFileSync(join(storyUnderTest().dist, "rounds/2/index.html"), "utf8");
    expect(html).toContain(`${storyUnderTest().siteUrl}/og/rounds/2.png`);
  });

  test("the second round's page has the heading its body gives", async ({ page }) => {
    await page.goto("/events/2025-05-19-second-round/");
    await expect(page.getByRole("heading", { name: "What the sources leave open" })).toBeVisible();
  });
});

test.describe("sources", () => {
  /**
   * What each article's own text says of who published it, when and where: only the fourth names
   * its publisher ("— VNS" at its end) and gives a date ("date 2025-05-22 HÀ NỘI —" at its head);
   * one ends with a byline, "Tam An"; none gives its address.
   */
  const CREDITS = [
    ["virtual-ministerial-meeting-june-19", "Publisher not named"],
    ["negotiations-november-12-14", "Publisher not named"],
    ["dien-meets-lutnick-and-senators", "Publisher not named · By Tam An"],
    ["second-round-prime-minister-review", "Publisher not named"],
    ["vns-second-round-concludes", "VNS, 22 May 2025"],
  ];

  test("/sources/ lists the five articles, only the VNS one with a publisher and a date", async ({
    page,
  }) => {
    await page.goto("/sources/");
    const items = page.getByRole("main").getByRole("listitem");
    await expect(items).toHaveCount(CREDITS.length);
    for (const [index, [slug, credit]] of CREDITS.entries()) {
      await expect(items.nth(index).getByRole("link")).toHaveAttribute("href", `/sources/${slug}/`);
      await expect(items.nth(index).locator("p")).toHaveText(new RegExp(`^${credit}( · |$)`));
    }
  });

  test("the VNS article is republished as published by VNS on 22 May 2025, with its dateline", async ({
    page,
  }) => {
    await page.goto("/sources/vns-second-round-concludes/");
    const article = page.getByRole("article");
    await expect(article).toContainText("Republished from the article as published by VNS on 22 May 2025.");
    await expect(article.locator("header")).toContainText("Dateline: HÀ NỘI");
    await expect(article.getByRole("link", { name: "Read the original article" })).toHaveCount(0);
  });

  test("the four others say their text names no publisher, and link no original; one has a byline", async ({
    page,
  }) => {
    for (const [slug] of CREDITS.filter(([slug]) => slug !== "vns-second-round-concludes")) {
      await page.goto(`/sources/${slug}/`);
      const article = page.getByRole("article");
      await expect(article, slug).toContainText(
        "Republished from the article’s text alone. The text does not say who published it",
      );
      await expect(article, slug).toContainText("No address of the original article is known.");
      const byline = article.locator("header").getByText(/^By /);
      if (slug === "dien-meets-lutnick-and-senators") await expect(byline).toHaveText("By Tam An");
      else await expect(byline, slug).toHaveCount(0);
    }
  });
});

test.describe("weight", () => {
  /** The budget of the timeline before any image: HTML, stylesheets, scripts and fonts, gzip. */
  const BUDGET = 25 * 1024;
  const LOADED = ["document", "stylesheet", "script", "font"];

  test("the timeline loads within 25 KB gzip before images, its display font included", async ({ page }) => {
    const paths: string[] = [];
    page.on("request", (request) => {
      if (LOADED.includes(request.resourceType())) paths.push(new URL(request.url()).pathname);
    });
    await page.goto("/");
    await page.evaluate(() => document.fonts.ready);
    const files = paths.map((path) => (path.endsWith("/") ? `${path}index.html` : path));
    expect(
      files.filter((file) => file.endsWith(".woff2")),
      "the display font's file",
    ).toHaveLength(1);
    const gzip = files.reduce(
      (sum, file) => sum + gzipSync(readFileSync(join(storyUnderTest().dist, file)), { level: 9 }).length,
      0,
    );
    expect(gzip).toBeLessThanOrEqual(BUDGET);
  });
});

test.describe("figures", () => {
  /** How the article writes the number: "$136.6" for money, "46 per cent" for a rate. */
  const inArticleWords = (figure: { value: number; unit: string }) =>
    figure.unit === "percent" ? `${figure.value} per cent` : `$${figure.value}`;

  test("the 2024 trade figures and the tariff rates are charted, each in the article's words", () => {
    const withFigures = storyUnderTest().events.filter((event) => event.figures.length > 0);
    expect(withFigures.map((event) => event.slug)).toEqual([
      "2024-us-vietnam-goods-trade",
      "2025-04-reciprocal-tariffs-announced",
    ]);
    for (const figure of withFigures.flatMap((event) => event.figures)) {
      expect(figure.citation.passage, figure.label).toContain(inArticleWords(figure));
    }
  });
});

test.describe("search", () => {
  test('"Lutnick" lists his page, then his two meetings, before any source', async ({ page }) => {
    const paths = await searchFor(page, "Lutnick");
    expect(paths[0]).toBe("/people/howard-lutnick/");
    expect(paths.slice(1, 3).sort()).toEqual(
      [
        eventPath("2025-05-22-dien-meets-lutnick"),
        eventPath("2025-06-19-virtual-ministerial-meeting"),
      ].sort(),
    );
    expect(paths.slice(0, 3).some((path) => path.startsWith("/sources/"))).toBe(false);
  });

  test('"Ted Cruz" lists his page, then his meeting with Minister Diên', async ({ page }) => {
    const paths = await searchFor(page, "Ted Cruz");
    expect(paths.slice(0, 2)).toEqual([
      "/people/ted-cruz/",
      eventPath("2025-05-21-dien-meets-senators-cruz-and-daines"),
    ]);
  });

  test('"Greer" lists Ambassador Greer\'s page first', async ({ page }) => {
    expect((await searchFor(page, "Greer"))[0]).toBe("/people/jamieson-greer/");
  });

  test("22 May, written six ways, lists the 22 May meeting, then the round that includes 22 May", async ({
    page,
  }) => {
    await page.goto("/search/");
    for (const query of ["May 22", "22 May", "22 May 2025", "May 22, 2025", "2025-05-22", "22/05/2025"]) {
      const paths = await typeQuery(page, query);
      expect
        .soft(paths.slice(0, 2), `first two results for "${query}"`)
        .toEqual([eventPath("2025-05-22-dien-meets-lutnick"), eventPath("2025-05-19-second-round")]);
    }
  });

  test('"May 20" lists the round first; "June 2025" and "2025-06" the June meeting', async ({ page }) => {
    expect((await searchFor(page, "May 20"))[0]).toBe(eventPath("2025-05-19-second-round"));
    const june = eventPath("2025-06-19-virtual-ministerial-meeting");
    expect.soft((await searchFor(page, "June 2025"))[0], 'first result for "June 2025"').toBe(june);
    expect((await typeQuery(page, "2025-06"))[0], 'first result for "2025-06"').toBe(june);
  });

  test("topics find the event that is about them first", async ({ page }) => {
    const TOPICS = [
      { query: "rules of origin", first: "2025-06-19-virtual-ministerial-meeting" },
      { query: "digital trade", first: "2025-11-12-negotiations" },
      { query: "D1 D3", first: "2025-05-22-dien-meets-lutnick" },
      { query: "Boeing", first: "after-2025-05-22-prime-minister-reviews-second-round" },
      { query: "46%", first: "2025-04-reciprocal-tariffs-announced" },
    ] as const;
    await page.goto("/search/");
    for (const { query, first } of TOPICS) {
      const paths = await typeQuery(page, query);
      expect.soft(paths[0], `first result for "${query}"`).toBe(eventPath(first));
    }
  });

  test('results for "Lutnick" show the kind and date of his two meetings', async ({ page }) => {
    await searchFor(page, "Lutnick");
    const meta = (slug: string) =>
      results(page)
        .filter({ has: page.locator(`a[href^="/events/${slug}/"]`) })
        .locator(".result-meta");
    await expect(meta("2025-05-22-dien-meets-lutnick")).toHaveText(
      "Ministerial meeting · 22 May 2025 (year inferred)",
    );
    await expect(meta("2025-06-19-virtual-ministerial-meeting")).toHaveText("Virtual meeting · 19 June 2025");
  });

  test('"Dien" comes eight at a time, and "Boeing" and "Dien" mark the word as the page writes it', async ({
    page,
  }) => {
    await page.goto("/search/?q=Dien");
    await waitForResults(page, "Dien");
    await expect(results(page)).toHaveCount(8);
    const total = Number(/^(\d+)/.exec((await page.locator("#search-status").textContent()) ?? "")?.[1]);
    expect(total).toBeGreaterThan(16);
    await page.getByRole("button", { name: `Show more results (8 of ${total} shown)` }).click();
    await expect(resultLinks(page).nth(8)).toBeFocused();
    expect(textFragment(await resultHref(page, eventPath("2025-05-22-dien-meets-lutnick")))).toBe("Diên");

    await searchFor(page, "Boeing");
    const review = eventPath("after-2025-05-22-prime-minister-reviews-second-round");
    expect(textFragment(await resultHref(page, review))?.toLowerCase()).toBe("boeing");
  });

  test('"Dien" in May 2025 lists the May events with Minister Diên', async ({ page }) => {
    await page.goto("/search/?q=Dien&month=2025-05");
    await waitForResults(page, "Dien");
    await expect(filterBox(page, "Month", "May 2025")).toBeChecked();
    expect((await resultPaths(page)).sort()).toEqual(
      [
        "2025-05-19-second-round",
        "2025-05-21-dien-meets-senators-cruz-and-daines",
        "2025-05-22-dien-meets-lutnick",
      ].map(eventPath),
    );
  });

  test("Howard Lutnick's events, narrowed to virtual meetings, are the 19 June meeting", async ({ page }) => {
    await page.goto("/search/");
    await openFilters(page);
    await filterBox(page, "Person", "Howard Lutnick").check();
    await expect(page.getByRole("status")).toHaveText("2 results");
    await filterBox(page, "Kind of event", "Virtual meeting").check();
    await expect(page.getByRole("status")).toHaveText("1 result");
    expect(await resultPaths(page)).toEqual([eventPath("2025-06-19-virtual-ministerial-meeting")]);
    await expect(searchField(page)).toHaveValue("");
  });
});
