/**
 * A story told in a language other than English, in its own project (tests/other-stories.ts,
 * `specs`): axe on one page of each template, as the dictionary's words and the language's dates
 * lay them out; the display font setting every letter of its headings; a name found when typed without
 * diacritics; and a date found when typed the way the language writes it.
 * tests/build/vietnamese-story.test.ts checks that no English word is left.
 */
import { plainLetters } from "../../src/lib/search/plain-letters";
import { axeViolations, templateSamples } from "./axe";
import { eachStory, expect, storyUnderTest, test } from "./fixtures";
import { expectDisplayFont } from "./rendered-fonts";
import type { Page } from "@playwright/test";

/** How readers type a day, by language: day, month and year as numbers. */
const TYPED_DATES: Record<string, (day: number, month: number, year: number) => string[]> = {
  vi: (day, month, year) => [
    `${day}/${month}/${year}`,
    `ngày ${day} tháng ${month} năm ${year}`,
    `${day}-${month}`,
  ],
};

/** The paths of the results on screen once the search the address asks for has finished. */
async function searchResults(page: Page, query: string): Promise<string[]> {
  await page.goto(`/search/?q=${encodeURIComponent(query)}`);
  const links = page.locator("#search-results > li > a");
  await expect(links.first()).toBeVisible();
  await expect(page.locator("#search-results")).toHaveAttribute("aria-busy", "false");
  const hrefs = await links.evaluateAll((found) => found.map((link) => link.getAttribute("href") ?? ""));
  return hrefs.map((href) => href.replace(/#.*$/, ""));
}

const pathOf = (url: string) => new URL(url).pathname;

eachStory((story) => {
  for (const path of templateSamples(story.pages())) {
    test(`axe at 320 px on ${path}, in the story's language`, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(path);
      expect(await axeViolations(page), `axe violations on ${path}`).toEqual([]);
    });
  }

  // The language's letters (Vietnamese stacks two marks on one) are all in the display font.
  for (const path of [...templateSamples(story.pages())].slice(0, 2)) {
    test(`the masthead and headings are in the display font alone on ${path}`, async ({ page }) => {
      await page.goto(path);
      await expectDisplayFont(page, path);
    });
  }
});

test("a name typed without its diacritics finds that person's page first", async ({ page }) => {
  const people = storyUnderTest().timeline.people.filter(({ name }) => plainLetters(name) !== name);
  test.skip(people.length === 0, "no name in this story has diacritics");
  for (const person of people) {
    expect((await searchResults(page, plainLetters(person.name)))[0], person.name).toBe(pathOf(person.url));
  }
});

test("a day typed the way the story's language writes it finds the events of that day first", async ({
  page,
}) => {
  const story = storyUnderTest();
  const typed = TYPED_DATES[story.settings.lang.split("-")[0]!];
  const event = story.events.find(({ date }) => date.precision === "day");
  test.skip(!typed || !event, "no typed date forms for this language, or no event on one day");
  const dayOf = ({ date }: (typeof story.events)[number]) =>
    date.precision === "day" ? date.start : undefined;
  const day = dayOf(event!)!;
  const onThatDay = story.events.filter((other) => dayOf(other) === day).map(({ url }) => pathOf(url));
  const [year, month, date] = day.split("-").map(Number);
  for (const query of typed!(date!, month!, year!)) {
    const found = await searchResults(page, query);
    expect(found.slice(0, onThatDay.length).sort(), query).toEqual(onThatDay.sort());
  }
});
