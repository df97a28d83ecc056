/**
 * Every page reads as prose for people: no machine forms of dates where a reader looks for a date,
 * counts in their plural form, typographic quotes. Machine forms stay in attributes, data files
 * and code (the embed snippet), which these checks leave out.
 */
import type { Page } from "@playwright/test";
import { byId, eachStory, expect, storyUnderTest, test } from "./fixtures";

/** What a reader sees of the page's `selector` parts, without code and what a form field holds. */
async function visibleText(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((selector) => {
    for (const verbatim of document.querySelectorAll("code, pre, kbd, samp, textarea")) verbatim.remove();
    return [
      document.title,
      ...[...document.querySelectorAll<HTMLElement>(selector)].map((part) => part.innerText),
    ];
  }, selector);
}

/** The site's own words about dates: its banner, navigation and footer, and each event's date and facts. */
const CHROME_AND_FACTS =
  "header:not(main *), footer:not(main *), nav, dl.facts, .event-date, .event-card .meta";
/** A date or time in ISO 8601 form, or a zone offset; a path or an address with a date in it is a link's, not prose. */
const MACHINE_DATE = /\b\d{4}-[01]\d(-[0-3]\d)?\b|\bT\d\d:\d\d|[+−-]\d\d:\d\d\b|\bGMT[+−-]|\bUTC[+−-]/;
const withoutAddresses = (text: string) => text.replace(/\S*\/\S*/g, "");

eachStory((story) => {
  test("no page shows a machine form of a date, an unworded count or a straight quote", async ({ page }) => {
    test.slow();
    const english = story.settings.lang.startsWith("en");
    for (const path of story.pages()) {
      await page.goto(path);
      for (const text of await visibleText(page, CHROME_AND_FACTS)) {
        expect(withoutAddresses(text), `the dates of ${path}`).not.toMatch(MACHINE_DATE);
      }
      const [title, body] = await visibleText(page, "body");
      for (const text of [title!, body!]) {
        expect(text, `the counts of ${path}`).not.toMatch(/\(s\)/);
        if (english)
          expect(text, `the counts of ${path}`).not.toMatch(
            /(?<![\d.,])\b1 (events|articles|results|sources)\b/,
          );
        expect(text, `the quotes of ${path}`).not.toMatch(/["']/);
      }
    }
  });
});

/** Where and how large each part is, in reading order: the kind, the date, the headline, the standfirst. */
async function hierarchy(page: Page, scope: string) {
  return page.locator(scope).evaluate((root) =>
    [".tag", ".event-date", "h1, h2, h3", ".summary, .lede"].map((selector) => {
      const element = root.querySelector(selector)!;
      const { top, bottom } = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      return { top, bottom, size: parseFloat(style.fontSize), weight: Number(style.fontWeight) };
    }),
  );
}

function expectNewsHierarchy(parts: Awaited<ReturnType<typeof hierarchy>>) {
  const [kind, date, headline, standfirst] = parts as [(typeof parts)[0], ...typeof parts];
  // Read first: the kind and the date, above the headline and smaller than the standfirst.
  expect(Math.max(kind.bottom, date!.bottom)).toBeLessThanOrEqual(headline!.top);
  expect(headline!.bottom).toBeLessThanOrEqual(standfirst!.top);
  expect(Math.max(kind.size, date!.size)).toBeLessThan(standfirst!.size);
  // The headline strongest: larger and bolder than the standfirst.
  expect(headline!.size).toBeGreaterThan(standfirst!.size);
  expect(headline!.weight).toBeGreaterThan(standfirst!.weight);
}

test("a timeline card reads kind and date first and small, then its headline, then its summary", async ({
  page,
}) => {
  const [first] = storyUnderTest().events;
  await page.goto("/");
  expectNewsHierarchy(await hierarchy(page, byId(first!.slug)));
});

test("an event page reads the same way, its date in the first screen of a phone", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 568 });
  const [first] = storyUnderTest().events;
  await page.goto(`/events/${first!.slug}/`);
  const parts = await hierarchy(page, "main article header");
  expectNewsHierarchy(parts);
  expect(parts[1]!.bottom, "the date's bottom edge").toBeLessThanOrEqual(568);
});
