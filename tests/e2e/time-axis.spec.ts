import { byId, expect, storyUnderTest, test } from "./fixtures";
import type { EventData } from "../../src/lib/publish/timeline-json";

const slugs = () => storyUnderTest().events.map((event) => event.slug);
/** The years the content dates its events in, from its frontmatter: an undated event sits in its anchor's year. */
const yearsInContent = () => {
  const story = storyUnderTest();
  const starts = story
    .ids("events")
    .flatMap((id) => story.frontmatter<{ date: { start?: string | number } }>("events", id).date.start ?? []);
  return [...new Set(starts.map((start) => String(start).slice(0, 4)))].sort();
};
const undatedEvents = () => storyUnderTest().events.filter((event) => event.date.precision === "unknown");
/** The last day of a YYYY-MM month. */
const lastDayOf = (month: string) =>
  new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10);

for (const width of [320, 390, 768, 1280]) {
  test(`at ${width} px every year is labelled, and its months as often as they fit, none overlapping`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto("/");
    const rows = page.locator(".time-axis .axis-year");
    await expect(rows.locator(".axis-year-label")).toHaveText(yearsInContent());
    for (const row of await rows.all()) {
      const axis = (await row.locator("svg.axis").boundingBox())!;
      const labels = await row.locator("text.axis-month").evaluateAll((texts) =>
        texts
          .filter((text) => text.checkVisibility())
          .map((text) => ({
            text: text.textContent,
            box: text.getBoundingClientRect().toJSON() as DOMRect,
          })),
      );
      // At least each quarter, from January.
      expect(labels.length, `month labels at ${width} px`).toBeGreaterThanOrEqual(4);
      expect(labels[0]!.box.x).toBeLessThan(axis.x + axis.width / 12);
      for (const [index, { text, box }] of labels.entries()) {
        expect(text!.trim()).not.toBe("");
        expect(box.x, `${text} starts on the axis`).toBeGreaterThanOrEqual(axis.x);
        expect(box.right, `${text} ends on the axis`).toBeLessThanOrEqual(axis.x + axis.width + 0.5);
        const next = labels[index + 1];
        if (next) expect(box.right, `${text} ends before ${next.text} starts`).toBeLessThan(next.box.x);
      }
    }
  });
}

test.describe("time axis on the home page", () => {
  test.beforeEach(async ({ page }) => {
    await page.goto("/");
  });

  test("has one mark per event, in timeline order, each linking to that event's card", async ({ page }) => {
    const axis = page.getByRole("navigation", { name: "Events over time" });
    const marks = axis.getByRole("link");
    const hrefs = await marks.evaluateAll((links) => links.map((link) => link.getAttribute("href")));
    expect(hrefs).toEqual(slugs().map((slug) => `/#${slug}`));
    for (const slug of slugs()) {
      await expect(page.locator(`article${byId(slug)}`), `card for ${slug}`).toHaveCount(1);
    }
    // Each mark is named by its event's date, as the site writes it everywhere, then its title.
    const story = storyUnderTest();
    for (const { slug, title, dateLabel, date } of story.events) {
      const mark = axis.locator(`a[href="/#${slug}"]`);
      await expect(mark).toHaveAccessibleName(`${dateLabel}: ${title}`);
      // A single day reads as a reader writes it, worked out here: "19 June 2025: …".
      const { precision, start, time } = date as { precision: string; start?: string; time?: string };
      if (precision === "day" && !time && story.settings.lang === "en") {
        const day = new Date(`${start}T12:00Z`).toLocaleDateString("en-GB", {
          day: "numeric",
          month: "long",
          year: "numeric",
          timeZone: "UTC",
        });
        await expect(mark).toHaveAccessibleName(new RegExp(`^${day}( \\(year inferred\\))?: `));
      }
    }
  });

  test("marks a year or a month as a bar over all of it, never a day", async ({ page }) => {
    const mark = (slug: string) => page.locator(`.time-axis a[href="/#${slug}"]`);
    const byPrecision = (precision: string) =>
      storyUnderTest().events.find((event) => event.date.precision === precision);
    const year = byPrecision("year");
    const month = byPrecision("month");
    test.skip(!year && !month, "no event of this story is dated to a year or a month only");
    const spans: [EventData | undefined, (start: string) => [string, string]][] = [
      [year, (start) => [`${start}-01-01`, `${start}-12-31`]],
      [month, (start) => [`${start}-01`, lastDayOf(start)]],
    ];
    for (const [event, span] of spans) {
      if (!event) continue;
      const [first, last] = span((event.date as { start: string }).start);
      await expect(mark(event.slug)).toHaveAttribute("data-first", first);
      await expect(mark(event.slug)).toHaveAttribute("data-last", last);
      await expect(mark(event.slug).locator("rect.axis-mark"), `${event.slug} is drawn as a bar`).toHaveCount(
        1,
      );
      await expect(mark(event.slug).locator("circle")).toHaveCount(0);
    }
  });

  test("an undated event sits at its reference event, marked approximate, not at a day of its own", async ({
    page,
  }) => {
    test.skip(undatedEvents().length === 0, "every event of this story has a date");
    for (const { slug, date } of undatedEvents()) {
      const { position, relativeTo } = date as { position: string; relativeTo: string };
      const mark = page.locator(`.time-axis a[href="/#${slug}"]`);
      await expect(mark, slug).toHaveAttribute("data-approximate", "");
      await expect(mark, slug).toHaveAccessibleName(
        /Date not given \((at or before the start of|alongside|after) /,
      );
      await expect(mark.locator("circle.axis-mark-approximate"), slug).toHaveCount(1);
      // Its day is the reference event's own first (or, "after", last) day, taken from that event's mark.
      const anchor = page.locator(`.time-axis a[href="/#${relativeTo}"]:not([data-approximate])`);
      await expect(anchor, `reference event of ${slug}`).toHaveCount(1);
      const anchorEdge = await anchor.getAttribute(position === "after" ? "data-last" : "data-first");
      await expect(mark).toHaveAttribute("data-first", anchorEdge!);
      await expect(mark).toHaveAttribute("data-last", anchorEdge!);
    }
    // Only undated events are drawn as approximate.
    const approximate = await page
      .locator(".time-axis a[data-approximate]")
      .evaluateAll((links) => links.map((link) => link.getAttribute("href")!.slice(2)));
    expect(approximate).toEqual(undatedEvents().map((event) => event.slug));
  });

  test("is usable by keyboard: a focused mark shows a focus ring, Enter goes to its card", async ({
    page,
  }) => {
    const first = page.locator(".time-axis a").first();
    await first.focus();
    await expect(first).toBeFocused();
    const ring = await first.evaluate((link) => getComputedStyle(link).outlineStyle);
    expect(ring).not.toBe("none");
    await page.keyboard.press("Enter");
    const [firstSlug] = slugs();
    await expect(page).toHaveURL(`/#${firstSlug}`);
    await expect(page.locator(byId(firstSlug!))).toBeInViewport();
  });

  test("fits 320 px with no sideways scroll, every mark at least a 24 px target", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.reload();
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    for (const mark of await page.locator(".time-axis a").all()) {
      const box = await mark.boundingBox();
      expect(box!.width).toBeGreaterThanOrEqual(23.9);
      expect(box!.height).toBeGreaterThanOrEqual(23.9);
      expect(box!.x + box!.width).toBeLessThanOrEqual(clientWidth + 12);
    }
  });
});
