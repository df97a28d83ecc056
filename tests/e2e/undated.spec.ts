import { byId, eachStory, expect, test } from "./fixtures";

interface EventFrontmatter {
  title: string;
  date: { precision: string; relativeTo?: string; position?: "before" | "during" | "after"; start?: string };
}

const PLACEMENT = { before: "At or before the start of", during: "Alongside", after: "After" } as const;
eachStory((story) => {
  const events = story.events.map(({ slug }) => ({
    slug,
    ...story.frontmatter<EventFrontmatter>("events", slug),
  }));
  const undated = events.filter((event) => event.date.precision === "unknown");
  const titleOf = (slug: string) => events.find((event) => event.slug === slug)!.title;
  const timelineOrder = events.map(({ slug }) => slug);

  for (const event of undated) {
    const anchor = event.date.relativeTo!;
    const label = `${PLACEMENT[event.date.position!]} ${titleOf(anchor)} — date not given`;

    test(`${event.slug} is listed in sequence under its own label, under no month`, async ({ page }) => {
      await page.goto("/");
      const section = page.locator("section").filter({ has: page.locator(`article${byId(event.slug)}`) });
      await expect(section.getByRole("heading", { level: 2 })).toHaveText(label);
      const headingId = await section.getByRole("heading", { level: 2 }).getAttribute("id");
      expect(headingId, "no month or year id").not.toMatch(/^\d{4}/);
      // The month navigation names months only.
      await expect(
        page.getByRole("navigation", { name: "Months" }).getByRole("link", { name: label }),
      ).toHaveCount(0);
      // In sequence: the home page lists events in timeline order.
      const ids = await page.locator("main article").evaluateAll((nodes) => nodes.map((node) => node.id));
      expect(ids).toEqual(timelineOrder);
      // Before its anchor when placed before it, after it otherwise.
      expect(ids.indexOf(event.slug) < ids.indexOf(anchor)).toBe(event.date.position === "before");
    });

    test(`${event.slug} has no year, month or day search filter`, async ({ page }) => {
      await page.goto(`/events/${event.slug}/`);
      const filters = await page
        .locator("[data-pagefind-filter]")
        .evaluateAll((spans) => spans.map((span) => span.getAttribute("data-pagefind-filter")!));
      expect(filters.length, "it has filters of other kinds").toBeGreaterThan(0);
      expect(filters.filter((filter) => /^(year|month|day|monthday):/.test(filter))).toEqual([]);
      // Its breadcrumb names its placement, not a month.
      await expect(page.getByRole("navigation", { name: "Breadcrumb" })).toContainText(label);
    });

    test(`${event.slug} is on its anchor's year page, next to it, under its own label`, async ({ page }) => {
      const anchorDate = story.frontmatter<EventFrontmatter>("events", anchor).date;
      await page.goto(`/years/${anchorDate.start!.slice(0, 4)}/`);
      const ids = await page.locator("main article").evaluateAll((nodes) => nodes.map((node) => node.id));
      expect(ids).toContain(event.slug);
      // In sequence: before its anchor when placed before it, after it otherwise, as on the home page.
      expect(ids.indexOf(event.slug) < ids.indexOf(anchor)).toBe(event.date.position === "before");
      expect(ids).toEqual(timelineOrder.filter((slug) => ids.includes(slug)));
      const section = page.locator("section").filter({ has: page.locator(`article${byId(event.slug)}`) });
      await expect(section.getByRole("heading", { level: 2 })).toHaveText(label);
    });
  }
});
