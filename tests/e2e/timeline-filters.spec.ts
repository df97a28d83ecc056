import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { eachStory, expect, storyUnderTest, test, type Story } from "./fixtures";

/** What the filters match, read from the content: an event's kind, its participants and their countries. */
interface EventMatter {
  kind: string;
  participants?: string[];
}

/** A story's events in timeline order, the people and countries they involve, and what each choice shows. */
function filtersOf(story: Story) {
  const slugs = story.events.map((event) => event.slug);
  const eventMatter = new Map(slugs.map((slug) => [slug, story.frontmatter<EventMatter>("events", slug)]));
  const countryOf = new Map(
    story.ids("people").map((id) => [id, story.frontmatter<{ country: string }>("people", id).country]),
  );
  const participantsOf = (slug: string) => eventMatter.get(slug)!.participants ?? [];
  const people = story.ids("people").filter((id) => slugs.some((slug) => participantsOf(slug).includes(id)));
  /** The events a choice should show, in timeline order. */
  const expected = (choice: { kind?: string; person?: string; country?: string }): string[] =>
    slugs.filter((slug) => {
      const who = participantsOf(slug);
      return (
        (!choice.kind || eventMatter.get(slug)!.kind === choice.kind) &&
        (!choice.person || who.includes(choice.person)) &&
        (!choice.country || who.some((id) => countryOf.get(id) === choice.country))
      );
    });
  return {
    slugs,
    kindOf: (slug: string) => eventMatter.get(slug)!.kind,
    people,
    countries: [...new Set(people.map((id) => countryOf.get(id)!))],
    expected,
  };
}

/** The filters of the running test's story. */
const filters = () => filtersOf(storyUnderTest());

const select = (page: Page, label: string) =>
  page.getByRole("group", { name: "Filter the timeline" }).getByLabel(label, { exact: true });

/** An attribute of each element that matches `selector` and is rendered, in page order. */
const visible = (page: Page, selector: string, attribute: string) =>
  page
    .locator(selector)
    .evaluateAll(
      (nodes, name) => nodes.filter((node) => node.checkVisibility()).map((node) => node.getAttribute(name)),
      attribute,
    );

/** Checks that the page shows exactly these events, their months, their axis marks and their count. */
async function expectShown(page: Page, slugs: string[]): Promise<void> {
  await expect.poll(() => visible(page, "main article.event-card", "id")).toEqual(slugs);
  // The axis keeps a mark for each shown event and no other.
  expect(await visible(page, ".time-axis a", "href"), "time-axis marks").toEqual(
    slugs.map((slug) => `/#${slug}`),
  );
  // A month heading, and its entry in the month navigation, shows only with an event in it.
  const months = await page.locator("main section.month").evaluateAll((sections) =>
    sections.map((section) => ({
      id: section.querySelector("h2")!.id,
      undated: section.classList.contains("undated"),
      events: [...section.querySelectorAll("article")].map((article) => article.id),
    })),
  );
  const shownMonths = months
    .filter((month) => month.events.some((id) => slugs.includes(id)))
    .map((m) => m.id);
  expect(await visible(page, "main section.month h2", "id"), "month headings").toEqual(shownMonths);
  // The navigation lists each month once (a month resumed after undated events is one entry), never an undated heading.
  const shownInNav = new Set(
    months
      .filter((month) => !month.undated && month.events.some((id) => slugs.includes(id)))
      .map((month) => `#${month.id.replace(/-continued(-\d+)?$/, "")}`),
  );
  expect(await visible(page, 'nav[aria-label="Months"] a', "href"), "month navigation").toEqual([
    ...shownInNav,
  ]);
  await expect(page.locator("[data-timeline-filters-status]")).toHaveText(
    new RegExp(`^${slugs.length} of ${filters().slugs.length} events`),
  );
}

test.describe("timeline filters with JavaScript", () => {
  test("offer exactly the kinds, people and countries the events have", async ({ page }) => {
    const { slugs, kindOf, people, countries } = filters();
    await page.goto("/");
    const values = (label: string) =>
      select(page, label)
        .locator("option")
        .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
    expect((await values("Kind of event")).slice(1).sort()).toEqual([...new Set(slugs.map(kindOf))].sort());
    expect((await values("Person")).slice(1).sort()).toEqual([...people].sort());
    expect((await values("Country")).slice(1).sort()).toEqual([...countries].sort());
    // Each starts with the choice that filters nothing.
    for (const label of ["Kind of event", "Person", "Country"]) expect((await values(label))[0]).toBe("");
  });

  eachStory((story) => {
    const { people, countries, expected } = filtersOf(story);
    for (const person of people) {
      test(`choosing ${person} shows exactly their events and keeps the choice in the address`, async ({
        page,
      }) => {
        await page.goto("/");
        await select(page, "Person").selectOption(person);
        await expectShown(page, expected({ person }));
        await expect(page).toHaveURL(`/?person=${person}`);
      });
    }

    for (const country of countries) {
      test(`choosing the country ${country} shows the events with someone from it`, async ({ page }) => {
        await page.goto("/");
        await select(page, "Country").selectOption(country);
        await expectShown(page, expected({ country }));
        await expect(page).toHaveURL(`/?country=${country}`);
      });
    }
  });

  test("an address with choices opens filtered, with the controls in that state; Clear shows all", async ({
    page,
  }) => {
    // A person, and the kind of one of their events: an address someone could have shared.
    const { slugs, kindOf, people, expected } = filters();
    test.skip(people.length === 0, "no event of this story names a person");
    const person = people.at(-1)!;
    const kind = kindOf(expected({ person })[0]!);
    await page.goto(`/?person=${person}&kind=${kind}`);
    await expect(select(page, "Person")).toHaveValue(person);
    await expect(select(page, "Kind of event")).toHaveValue(kind);
    await expect(select(page, "Country")).toHaveValue("");
    const shown = expected({ person, kind });
    expect(shown.length).toBeGreaterThan(0);
    await expectShown(page, shown);

    await page.getByRole("button", { name: "Clear filters" }).click();
    await expectShown(page, slugs);
    await expect(select(page, "Person")).toHaveValue("");
    await expect(page).toHaveURL("/");
  });

  test("a choice no event has empties the timeline and says what to do; a value not offered is ignored", async ({
    page,
  }) => {
    const { slugs, kindOf, countries, expected } = filters();
    await page.goto("/?person=no-such-person");
    await expect(select(page, "Person")).toHaveValue("");
    await expect(page.locator("article.event-card:visible")).toHaveCount(slugs.length);

    // Some kind and country no event combines, where the content has one.
    const kinds = [...new Set(slugs.map(kindOf))];
    const empty = kinds
      .flatMap((kind) => countries.map((country) => ({ kind, country })))
      .find((choice) => expected(choice).length === 0);
    test.skip(!empty, "every kind has events with people of every country");
    await select(page, "Kind of event").selectOption(empty!.kind);
    await select(page, "Country").selectOption(empty!.country);
    await expectShown(page, []);
    await expect(page.locator("[data-timeline-filters-status]")).toContainText("clear them");
  });

  test("work by keyboard alone, with a visible focus ring", async ({ page }) => {
    const { slugs, expected } = filters();
    await page.goto("/");
    const kind = select(page, "Kind of event");
    await kind.focus();
    expect(await kind.evaluate((element) => getComputedStyle(element).outlineStyle)).not.toBe("none");
    // Arrow keys change a closed select's choice, and the timeline follows at once.
    await page.keyboard.press("ArrowDown");
    const chosen = await kind.inputValue();
    expect(chosen).not.toBe("");
    await expectShown(page, expected({ kind: chosen }));
    await expect(page).toHaveURL(`/?kind=${chosen}`);
    // Tab on to the Clear button and press it.
    const clear = page.getByRole("button", { name: "Clear filters" });
    for (
      let step = 0;
      step < 5 && !(await clear.evaluate((button) => button === document.activeElement));
      step++
    ) {
      await page.keyboard.press("Tab");
    }
    await expect(clear).toBeFocused();
    await page.keyboard.press("Enter");
    await expectShown(page, slugs);
    await expect(kind).toHaveValue("");
  });

  test("the filtered page has no WCAG violations", async ({ page }) => {
    // axe over the whole timeline takes most of the default 30 s on a busy machine.
    test.slow();
    const { people, expected } = filters();
    test.skip(people.length === 0, "no event of this story names a person");
    const person = people[0]!;
    await page.goto(`/?person=${person}`);
    await expectShown(page, expected({ person }));
    const results = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
      .analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });

  test("fit a 320 px screen, and stay off paper", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto("/");
    for (const label of ["Kind of event", "Person", "Country"]) {
      const box = (await select(page, label).boundingBox())!;
      expect(box.x + box.width, `${label} fits the screen`).toBeLessThanOrEqual(320);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("group", { name: "Filter the timeline" })).toBeHidden();
  });
});

test.describe("timeline filters and the search page", () => {
  test('"Show in search" asks the search page for the same choices', async ({ page }) => {
    const { kindOf, people, expected } = filters();
    test.skip(people.length === 0, "no event of this story names a person");
    await page.goto("/");
    const person = people[0]!;
    const kind = kindOf(expected({ person })[0]!);
    await select(page, "Kind of event").selectOption(kind);
    await select(page, "Person").selectOption(person);
    await page.getByRole("button", { name: "Show in search" }).click();
    // The search page drops the empty choice from its address as it reads the others.
    await expect(page).toHaveURL(new RegExp(`/search/\\?kind=${kind}&person=${person}(&country=)?$`));
  });
});

test("the filter script is the one script the timeline adds, under 1.5 KB gzip, and only on /", async () => {
  const { dist } = storyUnderTest();
  const [firstSlug] = filters().slugs;
  const scriptsOf = (page: string) =>
    [...readFileSync(`${dist}${page}index.html`, "utf8").matchAll(/<script[^>]*src="([^"]+)"/g)].map(
      (match) => match[1]!,
    );
  const own = scriptsOf("").filter((src) => !scriptsOf(`events/${firstSlug}/`).includes(src));
  expect(own, "scripts on / that an event page does not load").toHaveLength(1);
  const gzip = gzipSync(readFileSync(`${dist}${own[0]!.slice(1)}`), { level: 9 }).length;
  expect(gzip).toBeLessThanOrEqual(1536);
  for (const page of ["search/", "people/", `events/${firstSlug}/`]) {
    expect(scriptsOf(page), page).not.toContain(own[0]);
  }
});
