import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { eachStory, expect, test } from "./fixtures";
import type { MediaData } from "../../src/lib/publish/timeline-json";

/**
 * Photos and media on the pages of any story that has them (events' and people's `media`, as its
 * timeline.json publishes them): pictures in modern formats with their size and credit, remote media
 * as links, no layout shift, nothing loaded from another host. A story without media skips them.
 */

const VIEWPORTS = [
  { width: 320, height: 640 },
  { width: 1280, height: 800 },
];
/** The timeline's budget before images: HTML, stylesheets and scripts, gzip. */
const TIMELINE_BUDGET = 25 * 1024;

/** Records layout shifts from the page's start, as Lighthouse's CLS counts them (not after input). */
async function watchLayoutShifts(page: Page) {
  await page.addInitScript(() => {
    const shifts: number[] = [];
    (window as unknown as { shifts: number[] }).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[]) {
        if (!entry.hadRecentInput) shifts.push(entry.value);
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
}

/** Scrolls through the page, so lazy images load, and waits until every image has. */
async function loadEveryImage(page: Page) {
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += innerHeight / 2) {
      scrollTo(0, y);
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  });
  await expect
    .poll(() =>
      page
        .locator("img")
        .evaluateAll((images) => images.every((image) => (image as HTMLImageElement).complete)),
    )
    .toBe(true);
}

const cumulativeShift = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { shifts: number[] }).shifts.reduce((sum, value) => sum + value, 0),
  );

eachStory((story) => {
  const pages = [
    ...story.events
      .filter((event) => event.media.length > 0)
      .map((event) => ({ path: `/events/${event.slug}/`, media: event.media, event: true })),
    ...story.timeline.people
      .filter((person) => person.media.length > 0)
      .map((person) => ({ path: `/people/${person.slug}/`, media: person.media, event: false })),
  ];

  test.describe("media", () => {
    test.skip(pages.length === 0, `${story.name} has no media`);

    for (const { path, media, event } of pages) {
      test(`${path}: each item is a figure with its credit; images as pictures, remote media as links`, async ({
        page,
      }) => {
        await page.goto(path);
        const figures = page.locator("main figure.media");
        await expect(figures).toHaveCount(media.length);
        for (const [index, item] of media.entries()) {
          const figure = figures.nth(index);
          await expect(figure.locator("figcaption")).toContainText(`Credit: ${item.credit}`);
          if (item.licence) await expect(figure.locator("figcaption")).toContainText(item.licence);
          if (item.caption) await expect(figure).toContainText(item.caption);
          if (item.type === "link") {
            const link = figure.getByRole("link", { name: item.caption ?? item.provider! });
            await expect(link).toHaveAttribute("href", item.url);
            await expect(link).toContainText(`opens on ${item.provider}`);
            continue;
          }
          await checkPicture(figure.locator("picture"), item, index === 0);
        }
      });

      test(`${path}: no layout shift and no request to another host, at 320 px and 1280 px`, async ({
        page,
        baseURL,
      }) => {
        const elsewhere: string[] = [];
        page.on("request", (request) => {
          if (new URL(request.url()).origin !== new URL(baseURL!).origin) elsewhere.push(request.url());
        });
        await watchLayoutShifts(page);
        for (const viewport of VIEWPORTS) {
          await page.setViewportSize(viewport);
          await page.goto(path);
          await loadEveryImage(page);
          expect(await cumulativeShift(page), `CLS at ${viewport.width} px`).toBe(0);
        }
        expect(elsewhere).toEqual([]);
      });

      test(`${path}: axe finds nothing to fix`, async ({ page }) => {
        // axe takes 15-30 s on a loaded machine.
        test.slow();
        await page.goto(path);
        const results = await new AxeBuilder({ page })
          .withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"])
          .analyze();
        expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
      });

      const photo = media.find((item) => item.type === "image");
      if (event && photo) {
        test(`${path}: the share image shows the event's photo, and its alt text says so`, async ({
          page,
        }) => {
          await page.goto(path);
          await expect(page.locator('meta[property="og:image:alt"]')).toHaveAttribute(
            "content",
            new RegExp(`Photo: ${photo.alt!.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`),
          );
        });
      }
    }
  });

  test("the timeline stays within its budget before images, with no layout shift", async ({ page }) => {
    const html = readFileSync(`${story.dist}index.html`, "utf8");
    const files = [...html.matchAll(/<(?:link rel="stylesheet"|script)[^>]*(?:href|src)="\/([^"]+)"/g)].map(
      (match) => readFileSync(`${story.dist}${match[1]}`),
    );
    const gzip = [Buffer.from(html), ...files].reduce(
      (sum, bytes) => sum + gzipSync(bytes, { level: 9 }).length,
      0,
    );
    expect(gzip).toBeLessThanOrEqual(TIMELINE_BUDGET);
    await watchLayoutShifts(page);
    await page.goto("/");
    await loadEveryImage(page);
    expect(await cumulativeShift(page)).toBe(0);
  });
});

/** A picture in AVIF and WebP at several widths, its image sized as the file is, lazy unless it leads. */
async function checkPicture(picture: ReturnType<Page["locator"]>, item: MediaData, lead: boolean) {
  for (const type of ["image/avif", "image/webp"]) {
    const srcset = await picture.locator(`source[type="${type}"]`).getAttribute("srcset");
    expect(srcset, type).toMatch(/ \d+w,.* \d+w$/);
  }
  const image = picture.locator("img");
  await expect(image).toHaveAttribute("alt", item.alt!);
  await expect(image).toHaveAttribute("width", String(item.width));
  await expect(image).toHaveAttribute("height", String(item.height));
  await expect(image).toHaveAttribute("sizes", /.+/);
  await expect(image).toHaveAttribute("loading", lead ? "eager" : "lazy");
}
