import { axeViolations } from "./axe";
import { expect, storyUnderTest, test } from "./fixtures";
import { asShown } from "./story";

// Reading needs no JavaScript: everything is in the HTML the server sends.
test.use({ javaScriptEnabled: false });

/** The event with the most to show: positions, next steps and the longest body. */
function fullestEvent() {
  const story = storyUnderTest();
  const score = (slug: string) => {
    const { positions, nextSteps } = story.event(slug);
    return (
      (positions.length > 0 ? 1e6 : 0) + (nextSteps.length > 0 ? 1e6 : 0) + story.body("events", slug).length
    );
  };
  return story.events.map(({ slug }) => slug).sort((a, b) => score(b) - score(a))[0]!;
}

/** Paragraphs and headings of an event's Markdown body, as written in the content. */
function markdownBlocks(slug: string): { paragraphs: number; headings: number } {
  const blocks = storyUnderTest()
    .body("events", slug)
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean);
  const headings = blocks.filter((block) => block.startsWith("#")).length;
  return { paragraphs: blocks.length - headings, headings };
}

test("the home page shows every event title without JavaScript", async ({ page }) => {
  await page.goto("/");
  const main = page.getByRole("main");
  const { events } = storyUnderTest();
  await expect(main.getByRole("article")).toHaveCount(events.length);
  for (const { slug, title } of events) {
    const link = main.getByRole("heading").getByRole("link", { name: asShown(title), exact: true });
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute("href", `/events/${slug}/`);
  }
});

test("an event page shows its full body and sources without JavaScript", async ({ page }) => {
  const slug = fullestEvent();
  const event = storyUnderTest().event(slug);
  await page.goto(`/events/${slug}/`);
  const article = page.getByRole("main").getByRole("article");
  await expect(article.getByRole("heading", { level: 1 })).toHaveText(event.title);

  // Every block of the Markdown body is rendered, and visible.
  const expected = markdownBlocks(slug);
  const paragraphs = article.locator(".prose > p");
  await expect(paragraphs).toHaveCount(expected.paragraphs);
  await expect(article.locator(".prose").getByRole("heading")).toHaveCount(expected.headings);
  for (const paragraph of await paragraphs.all()) {
    await expect(paragraph).toBeVisible();
    expect(((await paragraph.textContent()) ?? "").trim().length).toBeGreaterThan(20);
  }

  // Sources with their quoted passages.
  const sources = article.getByRole("region", { name: "Sources" });
  await expect(sources.getByRole("heading", { name: "Sources" })).toBeVisible();
  const items = sources.getByRole("listitem");
  expect(await items.count()).toBeGreaterThan(0);
  for (const item of await items.all()) {
    // One source (its page here, then the article for one the site only links to), then the passages quoted from it.
    await expect(item.getByRole("link").first()).toBeVisible();
    const quotes = item.locator("blockquote");
    expect(await quotes.count()).toBeGreaterThan(0);
    for (const quote of await quotes.all()) await expect(quote).toBeVisible();
  }

  // Positions and next steps are there too, where the event has them.
  for (const [name, items] of [
    ["Positions and asks", event.positions],
    ["Announced next steps", event.nextSteps],
  ] as const) {
    const region = article.getByRole("region", { name });
    if (items.length > 0) await expect(region).toBeVisible();
    else await expect(region).toHaveCount(0);
  }
});

// The theme control and "Copy link" on every page, and on / the timeline filters.
for (const [name, pathOf, ownScripts] of [
  ["/", () => "/", 2],
  ["an event page", () => `/events/${storyUnderTest().events[0]!.slug}/`, 1],
] as const) {
  test(`${name} ships ${ownScripts + 1} small scripts, the theme's and the page's own, and nothing of Pagefind`, async ({
    request,
  }) => {
    const path = pathOf();
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    const html = await response.text();
    // The JSON-LD block is data, never run, so it is not counted.
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(
      ([, attributes]) => !attributes!.includes('type="application/ld+json"'),
    );
    expect(scripts, "script tags in the HTML").toHaveLength(ownScripts + 1);
    // The stored colour theme must apply before first paint: a small script written in <head>.
    const [[beforePaint, , beforePaintText], ...others] = scripts as [RegExpExecArray, ...RegExpExecArray[]];
    expect(html.indexOf(beforePaint)).toBeLessThan(html.indexOf("</head>"));
    expect(Buffer.byteLength(beforePaintText!)).toBeLessThan(512);
    // Controls no reader needs to read; Pagefind loads on /search/ only.
    for (const [, attributes, inline] of others) {
      expect(inline, "no other inline script").toBe("");
      const src = /src="([^"]+)"/.exec(attributes!)?.[1];
      expect(src).toMatch(/^\/_astro\/.+\.js$/);
      const script = await (await request.get(src!)).text();
      expect(script).not.toContain("pagefind");
      expect(Buffer.byteLength(script)).toBeLessThan(1536);
    }
  });
}

/** What the content says each choice of the timeline's filters shows: read from its frontmatter, not the build. */
function choicesInContent() {
  const story = storyUnderTest();
  const people = new Map(
    story
      .ids("people")
      .map((id) => [id, story.frontmatter<{ name: string; country: string }>("people", id)] as const),
  );
  const events = story.ids("events").map((slug) => ({
    slug,
    ...story.frontmatter<{ kind: string; participants?: string[] }>("events", slug),
  }));
  const valuesOf = {
    kinds: (event: (typeof events)[number]) => [event.kind],
    people: (event: (typeof events)[number]) => event.participants ?? [],
    sides: (event: (typeof events)[number]) =>
      (event.participants ?? []).map((id) => people.get(id)!.country),
  };
  /** Each value some event has, with the name a link gives it and those events' slugs, sorted. */
  return (folder: keyof typeof valuesOf, nameOf: (value: string) => string) => {
    const values = [...new Set(events.flatMap(valuesOf[folder]))].sort();
    return values.map((value) => ({
      path: `/${folder}/${value}/`,
      name: nameOf(value),
      slugs: events
        .filter((event) => valuesOf[folder](event).includes(value))
        .map((event) => event.slug)
        .sort(),
    }));
  };
}

test.describe("the timeline's filters without JavaScript", () => {
  const filters = [
    ["Kind of event", "kinds", (value: string) => storyUnderTest().settings.eventKinds[value]!],
    [
      "Person",
      "people",
      (value: string) => storyUnderTest().frontmatter<{ name: string }>("people", value).name,
    ],
    ["Country", "sides", (value: string) => storyUnderTest().settings.countries[value]!.name],
  ] as const;

  test("offer links in place of the form, and say that combining filters needs JavaScript", async ({
    page,
  }) => {
    await page.goto("/");
    await expect(page.getByRole("group", { name: "Filter the timeline" })).toBeHidden();
    await expect(page.getByRole("button", { name: "Show in search" })).toBeHidden();
    const browse = page.getByRole("navigation", { name: "Browse the timeline" });
    await expect(browse).toBeVisible();
    await expect(browse).toContainText("Combining filters needs JavaScript");
  });

  test.describe("as axe sees them", () => {
    // axe runs in the page: here the page is shown as without a script, by taking off the class that says it has one.
    test.use({ javaScriptEnabled: true, viewport: { width: 320, height: 640 } });

    test("the links have no WCAG violations and fit 320 px", async ({ page }) => {
      await page.goto("/");
      await page.evaluate(() => document.documentElement.classList.remove("js"));
      await expect(page.getByRole("navigation", { name: "Browse the timeline" })).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      expect(await axeViolations(page)).toEqual([]);
    });
  });

  for (const [label, folder, nameOf] of filters) {
    test(`lead from / to a page for each ${label.toLowerCase()}, with exactly its events`, async ({
      page,
    }) => {
      const expected = choicesInContent()(folder, nameOf);
      expect(expected.length, "choices in the content").toBeGreaterThan(0);
      await page.goto("/");
      const links = page
        .getByRole("navigation", { name: "Browse the timeline" })
        .getByRole("list", { name: label })
        .getByRole("link");
      const offered = await links.evaluateAll((anchors) =>
        anchors.map((anchor) => ({ path: anchor.getAttribute("href"), name: anchor.textContent!.trim() })),
      );
      expect(offered.sort((a, b) => a.path!.localeCompare(b.path!))).toEqual(
        expected.map(({ path, name }) => ({ path, name })),
      );
      for (const { path, name, slugs } of expected) {
        await page.goto("/");
        await links.getByText(name, { exact: true }).click();
        await expect(page).toHaveURL(path);
        // Every event the page links to, once each: the events it lists.
        const listed = await page
          .getByRole("main")
          .locator('a[href^="/events/"]')
          .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute("href")!.split("/")[2]!));
        expect([...new Set(listed)].sort(), path).toEqual(slugs);
      }
    });
  }
});
