import { EVENTS, byId, expect, test } from "./fixtures";

const SLUGS: string[] = EVENTS.map((event) => event.slug);
const UNDATED = /^(before|during|after)-(\d{4}-\d{2}-\d{2})-/;

test.describe("time axis on the home page", () => {
  test.beforeEach(async ({ page }) => {
    await page.goto("/");
  });

  test("has one mark per event, in timeline order, each linking to that event's card", async ({ page }) => {
    const axis = page.getByRole("navigation", { name: "Events over time" });
    const marks = axis.getByRole("link");
    const hrefs = await marks.evaluateAll((links) => links.map((link) => link.getAttribute("href")));
    expect(hrefs).toEqual(SLUGS.map((slug) => `/#${slug}`));
    for (const slug of SLUGS) {
      await expect(page.locator(`article${byId(slug)}`), `card for ${slug}`).toHaveCount(1);
    }
    // Each mark is named by its event's title and date.
    for (const { title } of EVENTS) {
      await expect(axis.getByRole("link", { name: new RegExp(`^${RegExp.escape(title)}: `) })).toHaveCount(1);
    }
  });

  test("marks a year or a month as a bar over all of it, never a day", async ({ page }) => {
    const mark = (slug: string) => page.locator(`.time-axis a[href="/#${slug}"]`);
    await expect(mark("2024-us-vietnam-goods-trade")).toHaveAttribute("data-first", "2024-01-01");
    await expect(mark("2024-us-vietnam-goods-trade")).toHaveAttribute("data-last", "2024-12-31");
    await expect(mark("2025-04-reciprocal-tariffs-announced")).toHaveAttribute("data-first", "2025-04-01");
    await expect(mark("2025-04-reciprocal-tariffs-announced")).toHaveAttribute("data-last", "2025-04-30");
    for (const slug of ["2024-us-vietnam-goods-trade", "2025-04-reciprocal-tariffs-announced"]) {
      await expect(mark(slug).locator("rect.axis-mark"), `${slug} is drawn as a bar`).toHaveCount(1);
      await expect(mark(slug).locator("circle")).toHaveCount(0);
    }
    // April spans its month: from 1 April to the start of May on a 365-day year.
    const april = await mark("2025-04-reciprocal-tariffs-announced")
      .locator("rect.axis-mark")
      .evaluate((rect) => [rect.getAttribute("x"), rect.getAttribute("width")]);
    expect(parseFloat(april[0]!)).toBeCloseTo((90 / 365) * 100, 2);
    expect(parseFloat(april[1]!)).toBeCloseTo((30 / 365) * 100, 2);
  });

  test("an undated event sits at its reference event, marked approximate, not at a day of its own", async ({
    page,
  }) => {
    for (const slug of SLUGS.filter((slug) => UNDATED.test(slug))) {
      const [, position, anchorDay] = UNDATED.exec(slug)!;
      const mark = page.locator(`.time-axis a[href="/#${slug}"]`);
      await expect(mark, slug).toHaveAttribute("data-approximate", "");
      await expect(mark, slug).toHaveAccessibleName(
        /Date not given \((at or before the start of|alongside|after) /,
      );
      await expect(mark.locator("circle.axis-mark-approximate"), slug).toHaveCount(1);
      // Its day is the reference event's own first (or, "after", last) day, taken from that event's mark.
      const anchor = page.locator(
        `.time-axis a[data-first="${anchorDay}"]:not([data-approximate]), .time-axis a[data-last="${anchorDay}"]:not([data-approximate])`,
      );
      await expect(anchor, `reference event of ${slug}`).not.toHaveCount(0);
      const anchorEdge = await anchor.first().getAttribute(position === "after" ? "data-last" : "data-first");
      await expect(mark).toHaveAttribute("data-first", anchorEdge!);
      await expect(mark).toHaveAttribute("data-last", anchorEdge!);
    }
    // Only undated events are drawn as approximate.
    const approximate = await page
      .locator(".time-axis a[data-approximate]")
      .evaluateAll((links) => links.map((link) => link.getAttribute("href")!.slice(2)));
    expect(approximate).toEqual(SLUGS.filter((slug) => UNDATED.test(slug)));
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
    await expect(page).toHaveURL(/\/#2024-us-vietnam-goods-trade$/);
    await expect(page.locator(byId("2024-us-vietnam-goods-trade"))).toBeInViewport();
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
