import type { Page } from "@playwright/test";
import { expect, storyUnderTest, test } from "./fixtures";
import { resultLinks, results, resultsSettled, searchField, searchFor, waitForResults } from "./search-page";
import type { Story } from "./story";

/*
 * Search that reads what the reader means: a date in any form names the same pages, and only
 * pages that name that date; the words of a query as a phrase first; "Did you mean …" for a
 * misspelt name; excerpts that are sentences, not the headline or a facts list; a first screen
 * with the results on a phone. Expectations come from the content's Markdown, read here.
 */

const MONTHS = Array.from({ length: 12 }, (_, month) =>
  new Intl.DateTimeFormat("en", { month: "long", timeZone: "UTC" }).format(Date.UTC(2000, month, 1)),
);

type Collection = "events" | "people" | "sources";
const COLLECTIONS: Collection[] = ["events", "people", "sources"];

/** Every entry with a page, as its path and the whole text of its file, spaces folded. */
function entries(story: Story): Array<{ path: string; collection: Collection; text: string }> {
  const pages = new Set(story.pages());
  return COLLECTIONS.flatMap((collection) =>
    story.ids(collection).map((id) => ({
      path: `/${collection}/${id}/`,
      collection,
      text: [JSON.stringify(story.frontmatter(collection, id)), story.body(collection, id)]
        .join(" ")
        .replace(/\s+/g, " "),
    })),
  ).filter(({ path }) => pages.has(path));
}

/** How an English text writes the day YYYY-MM-DD in full: "June 19, 2025" or "19 June 2025". */
function dayInWords(day: string): RegExp {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  const name = MONTHS[month - 1]!;
  return new RegExp(`\\b(?:${name} ${date}, ${year}|${date} ${name} ${year})\\b`);
}

/** The ways a reader types that day: ISO, day first with slashes, and in words both ways round. */
function dayForms(day: string): string[] {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  const name = MONTHS[month - 1]!;
  return [day, `${date}/${month}/${year}`, `${date} ${name} ${year}`, `${name} ${date}, ${year}`];
}

/** The result paths of a query typed into the page's field, every result shown. */
async function pathsFor(page: Page, query: string): Promise<string[]> {
  await searchField(page).fill(query);
  await waitForResults(page, query);
  const more = page.getByRole("button", { name: /Show more results/ });
  await resultsSettled(page);
  while (await more.isVisible()) {
    await more.click();
    await resultsSettled(page);
  }
  return resultLinks(page).evaluateAll((links) =>
    links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
  );
}

test.describe("a date, in any form", () => {
  test("names the same pages: the events of that day first, then the pages that name it, never its digits", async ({
    page,
  }) => {
    const story = storyUnderTest();
    const all = entries(story);
    const sources = all.filter(({ collection }) => collection === "sources");
    // A day of an event that an article also names in full.
    const day = story.events
      .flatMap(({ date }) => (date.precision === "day" ? [date.start] : []))
      .find((candidate) => sources.some(({ text }) => dayInWords(candidate).test(text)));
    test.skip(!day, "no article of this story names the day of an event in full");
    const onTheDay = story.events
      .filter((event) => event.date.precision === "day" && event.date.start === day)
      .map(({ slug }) => `/events/${slug}/`);
    const naming = sources.filter(({ text }) => dayInWords(day!).test(text)).map(({ path }) => path);
    const [month, date] = [MONTHS[Number(day!.slice(5, 7)) - 1]!, String(Number(day!.slice(8)))];

    await page.goto("/search/");
    const [first, ...others] = dayForms(day!);
    const paths = await pathsFor(page, first!);
    expect(paths.slice(0, onTheDay.length).sort()).toEqual(onTheDay.sort());
    expect(paths, `the articles that name ${day}`).toEqual(expect.arrayContaining(naming));
    // Besides the events on the day (a span of days writes only its ends), a page found shows that
    // month and day, not merely its numbers ("19.3 per cent").
    const covering = story.events
      .filter(({ date: when }) => when.precision === "range" && when.start <= day! && day! <= when.end)
      .map(({ slug }) => `/events/${slug}/`);
    for (const path of paths.filter((path) => !covering.includes(path))) {
      await page.goto(path);
      await expect(page.locator("main"), `${path}, found for ${first}`).toContainText(
        new RegExp(`\\b${month} ${date}\\b|\\b${date} ${month}\\b`),
      );
    }
    await page.goto("/search/");
    for (const query of others) {
      expect.soft(await pathsFor(page, query), `results for "${query}"`).toEqual(paths);
    }
  });

  test("a month, in words or as YYYY-MM, lists that month's events first, in timeline order, and only pages that name it", async ({
    page,
  }) => {
    const story = storyUnderTest();
    const monthOf = (start: string) => start.slice(0, 7);
    const dated = story.events.filter((event) => ["day", "range", "month"].includes(event.date.precision));
    const month = dated.map((event) => monthOf((event.date as { start: string }).start))[0];
    test.skip(!month, "no event of this story is dated to a month or a day");
    const inMonth = dated
      .filter((event) => monthOf((event.date as { start: string }).start) === month)
      .map(({ slug }) => `/events/${slug}/`);
    const name = MONTHS[Number(month!.slice(5)) - 1]!;
    const words = `${name} ${month!.slice(0, 4)}`;

    await page.goto("/search/");
    const paths = await pathsFor(page, words);
    expect(paths.slice(0, inMonth.length)).toEqual(inMonth);
    expect(await pathsFor(page, month!)).toEqual(paths);
    const texts = new Map(entries(story).map(({ path, text }) => [path, text]));
    for (const path of paths.filter((path) => path.startsWith("/sources/"))) {
      expect(texts.get(path), `${path} found for ${words}`).toContain(name);
    }
  });
});

/** A phrase "<word> of <word>" of the content, from the fewest pages, and those pages. */
function rarestPhrase(story: Story): { phrase: string; paths: string[] } | undefined {
  const all = entries(story);
  const phrases = new Set(
    all.flatMap(({ text }) =>
      [...text.matchAll(/\b([a-z]{4,}) of ([a-z]{4,})\b/g)].map(([phrase]) => phrase),
    ),
  );
  return [...phrases]
    .map((phrase) => ({
      phrase,
      paths: all.filter(({ text }) => text.toLowerCase().includes(phrase)).map(({ path }) => path),
    }))
    .filter(({ phrase }) => {
      // Its words also apart, on other pages, so that the phrase has to come first.
      const [first, , last] = phrase.split(" ");
      return all.some(
        ({ text }) => !text.toLowerCase().includes(phrase) && text.includes(first!) && text.includes(last!),
      );
    })
    .sort((a, b) => a.paths.length - b.paths.length || a.phrase.localeCompare(b.phrase))[0];
}

test("words typed as they come match the phrase first, marked as one, and a stop word is never marked alone", async ({
  page,
}) => {
  const found = rarestPhrase(storyUnderTest());
  test.skip(!found, "no phrase of this story has its words apart elsewhere");
  const { phrase, paths: withPhrase } = found!;
  const paths = await searchFor(page, phrase);
  expect(paths.slice(0, withPhrase.length).sort()).toEqual(withPhrase.sort());
  await expect(results(page).first().locator(".result-excerpt mark").first()).toHaveText(
    new RegExp(`^${phrase}$`, "i"),
  );
  const marks = await page.locator(".result-excerpt mark").allTextContents();
  expect(marks.filter((mark) => mark.toLowerCase() === "of")).toEqual([]);
});

/** The first named person whose surname is one word of six letters or more. */
function longSurname(story: Story): string | undefined {
  return story
    .ids("people")
    .map((id) => story.frontmatter<{ name: string; unnamed?: boolean }>("people", id))
    .filter((person) => !person.unnamed)
    .map((person) => person.name.split(/\s+/).at(-1)!)
    .find((surname) => /^\p{L}{6,}$/u.test(surname));
}

test('a misspelt name offers "Did you mean" the name, which searches for it', async ({ page }) => {
  const surname = longSurname(storyUnderTest());
  test.skip(!surname, "no person of this story has a surname of six letters or more");
  // One letter left out, as a hurried reader types it.
  const misspelt = surname!.slice(0, -2) + surname!.slice(-1);
  await searchFor(page, misspelt);
  const offer = page.locator("#search-suggestion");
  await expect(offer).toHaveText(`Did you mean ${surname}?`);
  await offer.getByRole("link", { name: surname! }).click();
  await expect(searchField(page)).toHaveValue(surname!);
  await waitForResults(page, surname);
  await expect(results(page).first()).toBeVisible();
  await expect(offer).toBeHidden();
});

test("a query every word of which is known offers no other spelling", async ({ page }) => {
  const surname = longSurname(storyUnderTest());
  test.skip(!surname, "no person of this story has a surname of six letters or more");
  await searchFor(page, surname!);
  await expect(page.locator("#search-suggestion")).toBeHidden();
});

test("excerpts are sentences or clauses, with an ellipsis where cut, never the headline, a facts label or an ISO date", async ({
  page,
}) => {
  const story = storyUnderTest();
  const found = rarestPhrase(story);
  const queries = [longSurname(story), found?.phrase, found?.phrase.split(" ")[0]].filter(
    (query): query is string => Boolean(query),
  );
  // The facts list's labels, as an event page shows them.
  await page.goto(`/events/${story.events[0]!.slug}/`);
  const labels = await page.locator("dl dt").allTextContents();
  for (const query of queries) {
    await searchFor(page, query);
    for (const item of await results(page).all()) {
      const title = (await item.locator(":scope > a").textContent())!;
      const excerpt = (await item.locator(".result-excerpt").textContent())!;
      expect(excerpt.startsWith(title), `the excerpt of "${title}" repeats it`).toBe(false);
      expect(excerpt, `the excerpt of "${title}" for "${query}"`).toMatch(/^(?:… |["“‘(]?[\p{Lu}\p{N}])/u);
      expect(excerpt, `the excerpt of "${title}" for "${query}"`).toMatch(/(?:[.!?:]["”’)]?| …)$/u);
      expect(excerpt).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      for (const label of labels) expect(excerpt).not.toMatch(new RegExp(`(?:^|\\. )${label} `));
    }
  }
});

for (const viewport of [
  { width: 320, height: 568 },
  { width: 390, height: 844 },
]) {
  test.describe(`on a ${viewport.width}×${viewport.height} phone`, () => {
    test.use({ viewport });
    test("one search field in the page, the filters closed, and the first result on the first screen", async ({
      page,
    }) => {
      const surname = longSurname(storyUnderTest()) ?? storyUnderTest().events[0]!.title.split(" ")[0]!;
      await searchFor(page, surname);
      await expect(page.locator("main input[type=search]")).toHaveCount(1);
      await expect(page.locator("details.filters")).not.toHaveAttribute("open");
      const first = await resultLinks(page).first().boundingBox();
      expect(
        first!.y + first!.height,
        "the first result's link ends within the first screen",
      ).toBeLessThanOrEqual(viewport.height);
    });
  });
}
