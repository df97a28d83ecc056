import type { Page } from "@playwright/test";
import { expect, storyUnderTest, test } from "./fixtures";

interface Step {
  text: string;
  citation: { source: string; passage: string };
}
interface EventFrontmatter {
  title: string;
  summary: string;
  date: { precision: string; start?: string; end?: string };
  nextSteps?: Step[];
}

/**
 * What the status block should say, from the content: the latest development (the last event in
 * timeline order with a date of its own), and the steps announced at it or at an undated event
 * placed after it.
 */
function expectedStatus() {
  const story = storyUnderTest();
  const events = story.events.map(({ slug }) => ({
    slug,
    ...story.frontmatter<EventFrontmatter>("events", slug),
  }));
  const latestIndex = events.findLastIndex((event) => event.date.precision !== "unknown");
  return {
    latest: events[latestIndex]!,
    pending: events.slice(latestIndex).flatMap((event) => event.nextSteps ?? []),
  };
}

const statusBlock = (page: Page) => page.getByRole("region", { name: "Where things stand" });

test.describe("where things stand, at the top of the timeline", () => {
  test.beforeEach(async ({ page }) => {
    await page.goto("/");
  });

  test("comes after the introduction, above the time axis and the month list", async ({ page }) => {
    const block = statusBlock(page);
    await expect(block).toHaveCount(1);
    await expect(block.getByRole("heading", { level: 2 })).toHaveText("Where things stand");
    const isBefore = (selector: string) =>
      block.evaluate(
        (section, selector) =>
          Boolean(
            section.compareDocumentPosition(document.querySelector(selector)!) &
            Node.DOCUMENT_POSITION_FOLLOWING,
          ),
        selector,
      );
    expect(await isBefore(".time-axis"), "before the time axis").toBe(true);
    expect(await isBefore('nav[aria-label="Months"]'), "before the month list").toBe(true);
    expect(await isBefore("section.month"), "before the first month").toBe(true);
  });

  test("names the latest dated event, with its date and summary, linked to its page", async ({ page }) => {
    const { latest } = expectedStatus();
    const block = statusBlock(page);
    const link = block.getByRole("link", { name: latest.title, exact: true });
    await expect(link).toHaveAttribute("href", `/events/${latest.slug}/`);
    await expect(block.locator(`time[datetime="${latest.date.start}"]`).first()).toBeVisible();
    await expect(block).toContainText(latest.summary);
    await link.click();
    await expect(page).toHaveURL(`/events/${latest.slug}/`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(latest.title);
  });

  test("marks each pending step as announced, with a citation that opens its source", async ({ page }) => {
    const { pending } = expectedStatus();
    const items = statusBlock(page).getByRole("listitem");
    await expect(items).toHaveCount(pending.length);
    test.skip(pending.length === 0, "this story announces no steps after its latest event");
    for (const [index, step] of pending.entries()) {
      const item = items.nth(index);
      await expect(item).toContainText(step.text);
      await expect(item.getByText("Announced", { exact: true })).toBeVisible();
      const cite = item.locator("a.cite");
      const href = (await cite.getAttribute("href"))!;
      expect(href).toBe(
        `/sources/${step.citation.source}/#:~:text=${encodeURIComponent(step.citation.passage)}`,
      );
      const response = await page.request.get(href.split("#")[0]!);
      expect(response.status(), href).toBe(200);
    }
  });

  test("says as of which date, the latest the content names", async ({ page }) => {
    const block = statusBlock(page);
    const line = block.getByText(/^As of /);
    await expect(line).toBeVisible();
    await expect(line.locator("time")).toHaveAttribute("datetime", storyUnderTest().latestDay);
  });

  test("prints, with the address of every citation", async ({ page }) => {
    const { latest, pending } = expectedStatus();
    await page.emulateMedia({ media: "print" });
    const block = statusBlock(page);
    await expect(block).toBeVisible();
    // In print a link's name includes the address printed after it.
    await expect(block.locator(`a[href="/events/${latest.slug}/"]`)).toBeVisible();
    const printed = await block
      .locator("a.cite")
      .evaluateAll((links) => links.map((link) => getComputedStyle(link, "::after").content));
    expect(printed).toEqual(
      pending.map((step) => `"] (${storyUnderTest().siteUrl}/sources/${step.citation.source}/)"`),
    );
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the status reads in full", async ({ page }) => {
    const { latest, pending } = expectedStatus();
    await page.goto("/");
    const block = statusBlock(page);
    await expect(block.getByRole("link", { name: latest.title, exact: true })).toBeVisible();
    for (const step of pending) await expect(block.getByText(step.text)).toBeVisible();
  });
});
