import AxeBuilder from "@axe-core/playwright";
import type { Locator, Page } from "@playwright/test";
import { plainLetters } from "../../src/lib/search/plain-letters";
import { WCAG_TAGS } from "./axe";
import { eachStory, expect, pathInSite, sitePath, storyUnderTest, test } from "./fixtures";
import {
  searchForm,
  searchField,
  results,
  resultLinks,
  resultsSettled,
  showAllResults,
  resultPaths,
  escapeRegExp,
  waitForResults,
  searchFor,
  openFilters,
  filterBox,
  typeQuery,
  textFragment,
  resultHref,
} from "./search-page";
import type { EventData } from "../../src/lib/publish/timeline-json";

/*
 * Search: the /search/ page (Pagefind behind our own form), the header search form on every page,
 * the "/" and Ctrl+K shortcuts on the search page, result links that mark the matched word with a
 * text fragment, and Pagefind loading only where it is needed. Expected rankings come from the content in content/, not from Pagefind.
 * The tests tagged @base-path run again on a build hosted under a sub-path (tests/playwright.config.ts):
 * they open pages through sitePath() and compare result paths from the base (pathInSite()).
 */

// --- What the content says -------------------------------------------------------------------

interface EventFrontmatter {
  kind: string;
  participants?: string[];
}

/** The person slugs in an event's `participants:` list, as its content file writes them. */
function participantsOf(eventSlug: string): string[] {
  return storyUnderTest().frontmatter<EventFrontmatter>("events", eventSlug).participants ?? [];
}

/** A person's display name, as the Person filter labels it. */
function personName(personSlug: string): string {
  return storyUnderTest().frontmatter<PersonFrontmatter>("people", personSlug).name;
}

const eventPath = (slug: string) => `/events/${slug}/`;
/** Every event page, in timeline order. */
const timelinePaths = () => storyUnderTest().events.map(({ slug }) => eventPath(slug));

/** The event pages a person took part in, in timeline order. */
function eventPathsOf(personSlug: string): string[] {
  return timelinePaths().filter((path) => participantsOf(path.split("/")[2]!).includes(personSlug));
}

/**
 * The people the sources name (not only by role), each with their surname (the last word of the
 * name), the one in the most events first: their surname is a query that finds several pages.
 */
function namedPeople(): { id: string; name: string; surname: string }[] {
  const story = storyUnderTest();
  return story
    .ids("people")
    .map((id) => ({ id, ...story.frontmatter<PersonFrontmatter>("people", id) }))
    .filter((person) => !person.unnamed && eventPathsOf(person.id).length > 0)
    .map(({ id, name }) => ({ id, name, surname: name.split(/\s+/).at(-1)! }))
    .sort((a, b) => eventPathsOf(b.id).length - eventPathsOf(a.id).length);
}

/** The named person in the most events, or a skip when the sources name no one. */
function busiestPerson(): { id: string; name: string; surname: string } {
  const [person] = namedPeople();
  test.skip(!person, "this story names no person who takes part in an event");
  return person!;
}

// --- The search page -------------------------------------------------------------------------

/** Every request for a Pagefind asset the page makes from now on. */
function recordPagefindRequests(page: Page): string[] {
  const seen: string[] = [];
  const pagefind = sitePath("/pagefind/");
  page.on("request", (request) => {
    if (new URL(request.url()).pathname.startsWith(pagefind)) seen.push(request.url());
  });
  return seen;
}

async function activeElementId(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.id ?? "");
}

// --- Names -----------------------------------------------------------------------------------

interface PersonFrontmatter {
  name: string;
  country: string;
  asciiName?: string;
  aliases?: string[];
  unnamed?: boolean;
}

/**
 * Every way a reader may type a person's name: as written, in ASCII, each alias, in plain letters,
 * in reverse order and, for a named person, the surname (last word) alone, with and without
 * diacritics. An official named by role has no surname: a word of the role names no one.
 */
function nameQueries(person: PersonFrontmatter): string[] {
  const written = [person.name, person.asciiName ?? person.name, ...(person.aliases ?? [])];
  const words = person.name.split(/\s+/);
  const surname = person.unnamed ? [] : [words.at(-1)!];
  const typed = [...written, words.toReversed().join(" "), ...surname];
  return [...new Set([...typed, ...typed.map(plainLetters)])];
}

test.describe("searching for a person", () => {
  eachStory((story) => {
    for (const id of story.ids("people")) {
      const person = story.frontmatter<PersonFrontmatter>("people", id);
      const queries = nameQueries(person);

      test(`${id}: ${queries.length} ways to type the name list the page, then every event, first`, async ({
        page,
      }) => {
        const expected = [`/people/${id}/`, ...eventPathsOf(id)];
        await page.goto("/search/");
        for (const query of queries) {
          await searchField(page).fill(query);
          await waitForResults(page, query);
          await resultsSettled(page);
          // The first screen, before any "Show more".
          const shown = await resultLinks(page).evaluateAll((links) =>
            links.map((link) => new URL(link.getAttribute("href") ?? "", "http://site.invalid").pathname),
          );
          expect
            .soft(shown.slice(0, expected.length), `first results for "${query}", before "Show more"`)
            .toEqual(expected);
        }
      });
    }
  });
});

// --- Dates -----------------------------------------------------------------------------------

/** The days an event's date covers, YYYY-MM-DD; none for a month, a year or no date. */
function daysOf(event: EventData): string[] {
  if (event.date.precision === "day") return [event.date.start];
  if (event.date.precision !== "range") return [];
  const days: string[] = [];
  for (let day = Date.parse(event.date.start); day <= Date.parse(event.date.end); day += 86_400_000) {
    days.push(new Date(day).toISOString().slice(0, 10));
  }
  return days;
}

/** The ways a reader may write a day: "May 22", "22 May", "22 May 2025", "May 22, 2025", "2025-05-22", "22/05/2025". */
function dayQueries(day: string): string[] {
  const [year, month, date] = day.split("-");
  const monthName = new Intl.DateTimeFormat("en", { month: "long", timeZone: "UTC" }).format(
    new Date(`${day}T00:00:00Z`),
  );
  const dayNumber = Number(date);
  return [
    `${monthName} ${dayNumber}`,
    `${dayNumber} ${monthName}`,
    `${dayNumber} ${monthName} ${year}`,
    `${monthName} ${dayNumber}, ${year}`,
    day,
    `${date}/${month}/${year}`,
  ];
}

test.describe("searching for a date", () => {
  test("a day, written six ways, lists the events of that day, then the spans that include it", async ({
    page,
  }) => {
    const events = storyUnderTest().events;
    const dayEvent = events.find((event) => event.date.precision === "day");
    test.skip(!dayEvent, "no event of this story is dated to a day");
    const day = daysOf(dayEvent!)[0]!;
    const onTheDay = events.filter((event) => event.date.precision === "day" && event.date.start === day);
    const spans = events.filter((event) => event.date.precision === "range" && daysOf(event).includes(day));
    await page.goto("/search/");
    for (const query of dayQueries(day)) {
      const paths = await typeQuery(page, query);
      // The events of that very day first, then the spans (a round of talks over days) that include it.
      expect
        .soft(paths.slice(0, onTheDay.length).sort(), `first results for "${query}"`)
        .toEqual(onTheDay.map(({ slug }) => eventPath(slug)).sort());
      expect
        .soft(
          paths.slice(onTheDay.length, onTheDay.length + spans.length).sort(),
          `next results for "${query}"`,
        )
        .toEqual(spans.map(({ slug }) => eventPath(slug)).sort());
    }
  });

  test("a day inside a span of days, and of no other event, lists the span first", async ({ page }) => {
    const events = storyUnderTest().events;
    const covered = (day: string) => events.filter((event) => daysOf(event).includes(day));
    const inside = events
      .filter((event) => event.date.precision === "range")
      .flatMap((event) =>
        daysOf(event)
          .slice(1, -1)
          .map((day) => ({ event, day })),
      )
      .find(({ day }) => covered(day).length === 1);
    test.skip(!inside, "no span of this story has a day inside it that no other event has");
    const [query] = dayQueries(inside!.day);
    const paths = await searchFor(page, query!);
    expect(paths[0]).toBe(eventPath(inside!.event.slug));
  });

  test("a month, in words or as YYYY-MM, lists the one event of that month first", async ({ page }) => {
    const events = storyUnderTest().events;
    const monthOf = (event: EventData) =>
      event.date.precision === "year" || event.date.precision === "unknown"
        ? undefined
        : event.date.start.slice(0, 7);
    const only = events.find(
      (event) => monthOf(event) && events.filter((other) => monthOf(other) === monthOf(event)).length === 1,
    );
    test.skip(!only, "every month of this story has several events or none");
    const month = monthOf(only!)!;
    const words = new Intl.DateTimeFormat("en", { month: "long", year: "numeric", timeZone: "UTC" }).format(
      new Date(`${month}-01T00:00:00Z`),
    );
    expect.soft((await searchFor(page, words))[0], `first result for "${words}"`).toBe(eventPath(only!.slug));
    expect((await typeQuery(page, month))[0], `first result for "${month}"`).toBe(eventPath(only!.slug));
  });
});

// --- What a result shows ---------------------------------------------------------------------

test("each result links to the matched word, and shows its kind, date and a marked excerpt", async ({
  page,
}) => {
  const { id, surname } = busiestPerson();
  const plain = new RegExp(`^${RegExp.escape(plainLetters(surname))}$`, "i");
  await searchFor(page, surname);
  const items = results(page);
  const count = await items.count();
  expect(count).toBeGreaterThan(0);

  const events = new Map(storyUnderTest().events.map((event) => [eventPath(event.slug), event]));
  for (const item of await items.all()) {
    const link = item.locator(":scope > a");
    await expect(link).toHaveText(/\S/);
    const href = new URL((await link.getAttribute("href")) ?? "", "http://site.invalid");
    expect(plainLetters(textFragment(href) ?? ""), `${href.pathname} scrolls to the matched word`).toMatch(
      plain,
    );

    await expect(item.locator(".result-meta")).toHaveText(/\S/);
    const event = events.get(href.pathname);
    if (event) {
      // "Kind · date" for every event, as the event page words them.
      await expect(item.locator(".result-meta")).toHaveText(`${event.kindLabel} · ${event.dateLabel}`);
    }
    // The excerpt marks what matched, unless the page names them only in its headline or its
    // facts list (an event's people), which the excerpt never shows.
    const marks = item.locator(".result-excerpt mark");
    const named = new RegExp(RegExp.escape(plainLetters(surname)), "i");
    const inHeadline = named.test(plainLetters((await link.textContent()) ?? ""));
    const inFacts = event !== undefined && participantsOf(event.slug).includes(id);
    if ((inHeadline || inFacts) && (await marks.count()) === 0) continue;
    expect(await marks.count(), `marks in the excerpt of ${href.pathname}`).toBeGreaterThan(0);
    expect(plainLetters((await marks.first().textContent()) ?? "")).toMatch(named);
  }
});

test("the status region announces how many results were found", async ({ page }) => {
  const { surname } = busiestPerson();
  await searchFor(page, surname);
  const status = page.getByRole("status");
  await showAllResults(page);
  const shown = await results(page).count();
  expect(shown).toBeGreaterThan(0);
  await expect(status).toHaveText(`${shown} ${shown === 1 ? "result" : "results"} for “${surname}”`);

  // A query with no match says so.
  await searchField(page).fill("zzzqqxnothing");
  await expect(status).toHaveText(
    "0 results for “zzzqqxnothing”. Try fewer words or filters, or another spelling.",
  );
  await expect(results(page)).toHaveCount(0);
});

/** A shared link that lists every page the search knows: every event, person and source. */
const EVERY_PAGE = "/search/?type=Event&type=Person&type=Source";

/** Opens EVERY_PAGE and returns how many results it has. */
async function openEveryPage(page: Page): Promise<number> {
  await page.goto(EVERY_PAGE);
  await waitForResults(page);
  return Number(/^(\d+)/.exec((await page.locator("#search-status").textContent()) ?? "")?.[1]);
}

test("results come eight at a time; the rest on request, with focus on the first new one", async ({
  page,
}) => {
  const total = await openEveryPage(page);
  test.skip(total <= 8, "this story has no more than eight pages to find");
  await expect(results(page)).toHaveCount(8);
  const more = page.getByRole("button", { name: `Show more results (8 of ${total} shown)` });
  await more.click();
  await expect(results(page)).toHaveCount(Math.min(16, total));
  await expect(resultLinks(page).nth(8)).toBeFocused();
});

test("a shared link shows its first result without waiting for the other excerpts", async ({ page }) => {
  // Every excerpt but the first one asked for is held back until the first result is on screen.
  let firstAsked = false;
  let releaseRest: () => void = () => {};
  const rest = new Promise<void>((resolve) => (releaseRest = resolve));
  await page.route("**/pagefind/fragment/**", async (route) => {
    if (firstAsked) await rest;
    firstAsked = true;
    await route.continue();
  });
  await page.goto(EVERY_PAGE);
  await expect(results(page)).toHaveCount(1);
  await expect(page.locator("#search-results"), "still busy with the rest").toHaveAttribute(
    "aria-busy",
    "true",
  );
  releaseRest();
  await waitForResults(page);
  await expect(results(page)).not.toHaveCount(1);
});

test('a second press of "Show more" while the next results load does not list them twice', async ({
  page,
}) => {
  const total = await openEveryPage(page);
  test.skip(total <= 16, "this story has no more than sixteen pages to find");
  // Slow the next results' excerpts down, so that both presses land while they load.
  await page.route("**/pagefind/fragment/**", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 300));
    await route.continue();
  });
  await page.getByRole("button", { name: /Show more results \(8 of/ }).dblclick();
  await expect(page.locator("#search-results"), "busy while they load").toHaveAttribute("aria-busy", "true");
  await expect(page.getByRole("button", { name: `Show more results (16 of ${total} shown)` })).toBeVisible();
  await page.waitForLoadState("networkidle");
  const hrefs = await resultLinks(page).evaluateAll((links) =>
    links.map((link) => link.getAttribute("href")),
  );
  expect(hrefs).toHaveLength(16);
  expect(new Set(hrefs).size).toBe(16);
});

// --- Filters and order -----------------------------------------------------------------------

/**
 * A person and a kind of event that narrows their events down: a person in several events, and the
 * kind of one of them that not all of them have; with the events of both, in timeline order.
 */
function narrowingExample() {
  const story = storyUnderTest();
  const kindOf = (path: string) => story.frontmatter<EventFrontmatter>("events", path.split("/")[2]!).kind;
  for (const id of story.ids("people")) {
    const theirs = eventPathsOf(id);
    const kind = theirs.map(kindOf).find((candidate) => theirs.some((path) => kindOf(path) !== candidate));
    if (kind) return { id, theirs, kind, both: theirs.filter((path) => kindOf(path) === kind) };
  }
  return undefined;
}

test("filters narrow the results, show in the address and come back from it", async ({ page }) => {
  const example = narrowingExample();
  test.skip(!example, "no person of this story is in events of different kinds");
  const { id, theirs, kind, both } = example!;
  const { eventKinds } = storyUnderTest().settings;
  const otherKind = Object.keys(eventKinds).find((key) => key !== kind)!;
  const plural = (count: number) => `${count} ${count === 1 ? "result" : "results"}`;
  await page.goto("/search/");
  await openFilters(page);

  // Person only, no query: exactly the events they took part in.
  await filterBox(page, "Person", personName(id)).check();
  await expect(page.getByRole("status")).toHaveText(plural(theirs.length));
  expect((await resultPaths(page)).sort()).toEqual([...theirs].sort());
  // The address carries ids: the person's slug and the kind's key, as the content writes them.
  await expect.poll(() => new URL(page.url()).searchParams.getAll("person")).toEqual([id]);

  // …and of those, the events of one kind only.
  await filterBox(page, "Kind of event", eventKinds[kind]!).check();
  await expect(page.getByRole("status")).toHaveText(plural(both.length));
  expect(await resultPaths(page)).toEqual(both);
  await expect.poll(() => new URL(page.url()).searchParams.getAll("kind")).toEqual([kind]);
  expect(new URL(page.url()).searchParams.getAll("person")).toEqual([id]);

  // The same address, opened afresh, gives the same form and the same results.
  const address = page.url();
  await page.goto(address);
  await waitForResults(page);
  await expect(page.locator("details.filters")).toHaveAttribute("open", "");
  await expect(filterBox(page, "Person", personName(id))).toBeChecked();
  await expect(filterBox(page, "Kind of event", eventKinds[kind]!)).toBeChecked();
  await expect(filterBox(page, "Kind of event", eventKinds[otherKind]!)).not.toBeChecked();
  await expect(searchField(page)).toHaveValue("");
  expect(await resultPaths(page)).toEqual(both);
});

test("/search/?person=<id> lists exactly that person's events, in timeline order", async ({ page }) => {
  test.slow(); // One opening per person of the story, however many.
  for (const id of storyUnderTest().ids("people")) {
    await page.goto(`/search/?person=${id}`);
    await waitForResults(page);
    await expect(personBox(page, id)).toBeChecked();
    expect.soft(await resultPaths(page), `results for person=${id}`).toEqual(eventPathsOf(id));
  }
});

test("/search/?person=…&kind=…&country=…, ids as content/ writes them, checks those boxes and lists the matching events", async ({
  page,
}) => {
  const { slug, person, kind, country, expected } = filterExample();
  const name = personName(person);
  await page.goto(`/search/?person=${person}&kind=${kind}&country=${country}`);
  await waitForResults(page);
  await expect(searchForm(page).getByRole("checkbox", { name, exact: true })).toHaveAttribute(
    "value",
    person,
  );
  await expect(personBox(page, person)).toBeChecked();
  await expect(searchForm(page).locator(`input[name="kind"][value="${kind}"]`)).toBeChecked();
  await expect(searchForm(page).locator(`input[name="country"][value="${country}"]`)).toBeChecked();
  expect(expected).toContain(eventPath(slug));
  expect(await resultPaths(page)).toEqual(expected);
});

/**
 * Filter values from content/: the first event with a participant, that person, the event's kind
 * and the person's country, and the events with that person and kind, in timeline order.
 */
function filterExample() {
  const story = storyUnderTest();
  const slugs = story.events.map(({ slug }) => slug);
  const slug = slugs.find((slug) => participantsOf(slug).length > 0);
  test.skip(!slug, "no event of this story names a person");
  const { kind } = story.frontmatter<EventFrontmatter>("events", slug!);
  const person = participantsOf(slug!)[0]!;
  const { country } = story.frontmatter<PersonFrontmatter>("people", person);
  const expected = slugs
    .filter((other) => story.frontmatter<EventFrontmatter>("events", other).kind === kind)
    .filter((other) => participantsOf(other).includes(person))
    .map(eventPath);
  return { slug: slug!, person, kind, country, expected };
}

function personBox(page: Page, id: string): Locator {
  return searchForm(page).locator(`input[name="person"][value="${id}"]`);
}

test("a shared link with a query and a month filter fills the form and shows the results", async ({
  page,
}) => {
  // The busiest person's surname, typed in plain letters, and the month of their first event with one.
  const { id, surname } = busiestPerson();
  const query = plainLetters(surname);
  const story = storyUnderTest();
  const monthOf = (path: string) => {
    const { date } = story.event(path.split("/")[2]!);
    return date.precision === "year" || date.precision === "unknown" ? undefined : date.start.slice(0, 7);
  };
  const month = eventPathsOf(id).map(monthOf).find(Boolean);
  test.skip(!month, "no event of this story's busiest person is dated to a month or a day");
  const monthWords = new Intl.DateTimeFormat("en", {
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${month}-01T00:00:00Z`));

  await page.goto(`/search/?q=${encodeURIComponent(query)}&month=${month}`);
  await waitForResults(page, query);
  await expect(searchField(page)).toHaveValue(query);
  await expect(page.locator("details.filters")).toHaveAttribute("open", "");
  await expect(filterBox(page, "Month", monthWords)).toBeChecked();
  const paths = await resultPaths(page);
  expect(paths.length).toBeGreaterThan(0);
  // Only events of that month, and every event of that month with the person among them.
  expect(
    paths.every((path) => path.startsWith("/events/") && monthOf(path) === month),
    paths.join(" "),
  ).toBe(true);
  for (const path of eventPathsOf(id).filter((path) => monthOf(path) === month))
    expect(paths).toContain(path);
});

test('"Oldest first" and "Newest first" put events in timeline order', async ({ page }) => {
  await page.goto("/search/");
  await openFilters(page);
  await filterBox(page, "Page", "Event").check();
  const inOrder = timelinePaths();
  await expect(page.getByRole("status")).toHaveText(
    `${inOrder.length} ${inOrder.length === 1 ? "result" : "results"}`,
  );

  await searchForm(page).getByRole("radio", { name: "Oldest first" }).check();
  await expect.poll(() => new URL(page.url()).searchParams.get("sort")).toBe("oldest");
  // Soft, so that a wrong "oldest" order still lets the "newest" order be checked.
  await expect
    .configure({ soft: true })
    .poll(() => resultPaths(page), { message: "oldest first = the home page's order" })
    .toEqual(inOrder);

  await searchForm(page).getByRole("radio", { name: "Newest first" }).check();
  await expect.poll(() => new URL(page.url()).searchParams.get("sort")).toBe("newest");
  await expect
    .poll(() => resultPaths(page), { message: "newest first = the home page's order reversed" })
    .toEqual(inOrder.toReversed());
});

test('"Oldest first" with a query orders the matching events by date', async ({ page }) => {
  const { id, surname } = busiestPerson();
  test.skip(eventPathsOf(id).length < 2, "no person of this story is in more than one event");
  await page.goto(`/search/?q=${encodeURIComponent(surname)}&sort=oldest`);
  await waitForResults(page, surname);
  await expect(searchForm(page).getByRole("radio", { name: "Oldest first" })).toBeChecked();
  const events = (await resultPaths(page)).filter((path) => path.startsWith("/events/"));
  expect(events.length).toBeGreaterThan(1);
  expect(events).toEqual(timelinePaths().filter((path) => events.includes(path)));
});

// --- Shared links and the address bar --------------------------------------------------------

test("/search/?q=<a surname> opens with the query filled in, and typing updates the address", async ({
  page,
}) => {
  // Two people's surnames (one person's twice in a story that names one).
  const first = busiestPerson();
  const second = namedPeople()[1] ?? first;
  const paths = await searchFor(page, first.surname);
  await expect(searchField(page)).toHaveValue(first.surname);
  expect(paths[0]).toBe(`/people/${first.id}/`);

  await searchField(page).clear();
  await searchField(page).pressSequentially(second.surname);
  await waitForResults(page, second.surname);
  expect((await resultPaths(page))[0]).toBe(`/people/${second.id}/`);
  await expect.poll(() => new URL(page.url()).searchParams.get("q")).toBe(second.surname);
  expect(new URL(page.url()).pathname).toBe("/search/");

  // Clearing the field clears the results and the address.
  await searchField(page).clear();
  await expect(results(page)).toHaveCount(0);
  await expect(page.locator("#search-status")).toHaveText("");
  await expect.poll(() => new URL(page.url()).search).toBe("");
});

// --- Keyboard --------------------------------------------------------------------------------

test("the header form on the home page, a query and Enter; then arrow keys and Escape on the results", async ({
  page,
}) => {
  const { surname } = busiestPerson();
  await page.goto("/");
  await page.locator("#site-search-field").fill(surname);
  await page.keyboard.press("Enter");
  await page.waitForURL((url) => url.pathname === "/search/" && url.searchParams.get("q") === surname);
  await waitForResults(page, surname);
  await expect(searchField(page)).toHaveValue(surname);

  const links = resultLinks(page);
  expect(await links.count()).toBeGreaterThan(1);
  await searchField(page).focus();
  await page.keyboard.press("ArrowDown");
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(searchField(page)).toBeFocused();

  // ArrowUp from the first result goes back to the field as well.
  await page.keyboard.press("ArrowDown");
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await expect(searchField(page)).toBeFocused();
});

test('"/" typed into a search field is just a character', async ({ page }) => {
  await page.goto("/search/");
  const field = searchField(page);
  await field.focus();
  await page.keyboard.type("22/05/2025");
  await expect(field).toHaveValue("22/05/2025");
});

test('"/" on the search page focuses the page\'s own search field', async ({ page }) => {
  await page.goto("/search/");
  await expect(searchField(page)).not.toBeFocused();
  await page.keyboard.press("/");
  expect(await activeElementId(page), 'element focused by "/" on /search/').toBe("search-page-field");
});

test("Ctrl+K on the search page focuses the page's own search field", async ({ page }) => {
  const { surname } = busiestPerson();
  await page.goto(`/search/?q=${encodeURIComponent(surname)}`);
  await waitForResults(page, surname);
  await page.keyboard.press("Control+k");
  expect(await activeElementId(page), "element focused by Ctrl+K on /search/").toBe("search-page-field");
});

test("arrow keys still choose the order in the Order radio group", async ({ page }) => {
  // The results' arrow-key navigation must not take Up/Down away from the radio buttons.
  const { surname } = busiestPerson();
  await page.goto(`/search/?q=${encodeURIComponent(surname)}`);
  await waitForResults(page, surname);
  await openFilters(page);
  const order = searchForm(page).getByRole("group", { name: "Order" });
  await order.getByRole("radio", { name: "Best match first" }).focus();
  await page.keyboard.press("ArrowDown");
  await expect(order.getByRole("radio", { name: "Oldest first" })).toBeChecked();
  await expect(order.getByRole("radio", { name: "Oldest first" })).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await expect(order.getByRole("radio", { name: "Best match first" })).toBeChecked();
  await expect(order.getByRole("radio", { name: "Best match first" })).toBeFocused();
});

// --- The matched word on arrival ------------------------------------------------------------

test("a result's text fragment names a word that is on the page it opens, so the browser marks it", async ({
  page,
}) => {
  const { id, surname } = busiestPerson();
  await searchFor(page, surname);
  const path = eventPathsOf(id)[0]!;
  const word = textFragment(await resultHref(page, path));
  expect(plainLetters(word ?? "").toLowerCase()).toBe(plainLetters(surname).toLowerCase());
  await page.goto(path);
  await expect(page.locator("main")).toContainText(word!);
});

test("a shared link's first result opens the page it names", { tag: "@base-path" }, async ({ page }) => {
  const [first] = await searchFor(page, busiestPerson().surname);
  await resultLinks(page).first().click();
  await page.waitForURL((url) => !url.pathname.endsWith(sitePath("/search/")));
  expect(pathInSite(page.url())).toBe(first);
  // The page itself, not the "Page not found" page, whose canonical address is its own.
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    "href",
    new RegExp(`${escapeRegExp(sitePath(first!))}$`),
  );
});

test("searching without accents links to the name as the page writes it", async ({ page }) => {
  // A surname with diacritics, and an event whose page writes it with them and never without.
  const story = storyUnderTest();
  const example = namedPeople()
    .filter(({ surname }) => plainLetters(surname) !== surname)
    .flatMap(({ id, surname }) => eventPathsOf(id).map((path) => ({ surname, path })))
    .find(({ surname, path }) => {
      const slug = path.split("/")[2]!;
      const { title, summary } = story.event(slug);
      const text = `${title} ${summary} ${story.body("events", slug)}`;
      return text.includes(surname) && !text.includes(plainLetters(surname));
    });
  test.skip(!example, "no event page of this story writes a surname with diacritics, and only with them");
  await searchFor(page, plainLetters(example!.surname));
  const word = textFragment(await resultHref(page, example!.path));
  expect(word).toBe(example!.surname);
});

// --- Pagefind loads only on the search page --------------------------------------------------

test("the home page loads nothing from /pagefind/, even with the header field focused", async ({ page }) => {
  const requests = recordPagefindRequests(page);
  await page.goto("/");
  await page.waitForLoadState("networkidle");
  await page.locator("#site-search-field").focus();
  await page.keyboard.type(busiestPerson().surname);
  await page.waitForLoadState("networkidle");
  expect(requests).toEqual([]);
});

test("an event page loads nothing from /pagefind/, even with the header field focused", async ({ page }) => {
  const requests = recordPagefindRequests(page);
  await page.goto(timelinePaths()[0]!);
  await page.waitForLoadState("networkidle");
  await page.locator("#site-search-field").focus();
  await page.keyboard.type(busiestPerson().surname);
  await page.waitForLoadState("networkidle");
  expect(requests).toEqual([]);
});

test("the search page loads Pagefind to answer a query", async ({ page }) => {
  const requests = recordPagefindRequests(page);
  await searchFor(page, busiestPerson().surname);
  const paths = requests.map((url) => new URL(url).pathname);
  expect(paths).toContain(sitePath("/pagefind/pagefind.js"));
  expect(paths.length).toBeGreaterThan(1);
});

test(
  "a shared link preloads every Pagefind file it needs before searching, each fetched once",
  { tag: "@base-path" },
  async ({ page }) => {
    const requests = recordPagefindRequests(page);
    const preloadWarnings: string[] = [];
    page.on("console", (message) => {
      if (/preload/i.test(message.text())) preloadWarnings.push(message.text());
    });
    await searchFor(page, personName(storyUnderTest().ids("people")[0]!));
    await page.waitForLoadState("networkidle");
    // Pagefind's: the page also preloads the display font its first screen needs.
    const preloaded = (
      await page
        .locator("link[rel=preload], link[rel=modulepreload]")
        .evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href))
    ).filter((url) => pathInSite(url).startsWith("/pagefind/"));
    // Code, entry file, metadata and WebAssembly: all but the index chunks the query itself selects.
    const beforeTheQuery = requests.filter(
      (url) => !/^\/pagefind\/(index|filter|fragment)\//.test(pathInSite(url)),
    );
    expect(beforeTheQuery.some((url) => url.endsWith(".pf_meta"))).toBe(true);
    expect(new Set(preloaded)).toEqual(new Set(beforeTheQuery));
    for (const url of preloaded) expect(requests.filter((request) => request === url)).toHaveLength(1);
    expect(preloadWarnings).toEqual([]);
  },
);

// --- Without JavaScript ----------------------------------------------------------------------

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  /** The pages that work without JavaScript: the timeline, the story's series if it has one, people and sources. */
  function linksWithoutScript(): { name: string; href: string }[] {
    const { series } = storyUnderTest().settings;
    return [
      { name: "timeline", href: "/" },
      ...(series ? [{ name: series.title.toLowerCase(), href: `/${series.path}/` }] : []),
      { name: "people", href: "/people/" },
      { name: "sources", href: "/sources/" },
    ];
  }

  test("the filter form submits ids that the search page, with JavaScript, reads back", async ({
    page,
    browser,
  }) => {
    const { person, kind, expected } = filterExample();
    await page.goto("/search/");
    await openFilters(page);
    await filterBox(page, "Person", personName(person)).check();
    await searchForm(page).locator(`input[name="kind"][value="${kind}"]`).check();
    await searchForm(page).getByRole("button", { name: "Search" }).click();
    await page.waitForURL((url) => url.searchParams.has("person"));
    const address = new URL(page.url());
    expect(address.searchParams.getAll("person")).toEqual([person]);
    expect(address.searchParams.getAll("kind")).toEqual([kind]);

    // The test runner would give a new page this block's options too: JavaScript is asked for.
    const withScript = await browser.newPage({ baseURL: address.origin, javaScriptEnabled: true });
    await withScript.goto(`${address.pathname}${address.search}`);
    await waitForResults(withScript);
    await expect(personBox(withScript, person)).toBeChecked();
    expect(await resultPaths(withScript)).toEqual(expected);
    await withScript.close();
  });

  test("/search/ says search needs JavaScript and links to the pages that work without it", async ({
    page,
  }) => {
    await page.goto("/search/");
    const note = page.getByRole("main").locator("p.note", { hasText: "Search needs JavaScript" });
    await expect(note).toBeVisible();
    const links = linksWithoutScript();
    await expect(note.getByRole("link")).toHaveCount(links.length);

    for (const { name, href } of links) {
      await page.goto("/search/");
      const link = note.getByRole("link", { name, exact: true });
      await expect(link).toHaveAttribute("href", href);
      await link.click();
      await page.waitForURL((url) => url.pathname === href);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    }
  });
});

// --- Accessibility ---------------------------------------------------------------------------

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`axe, ${colorScheme}`, () => {
    test.use({ colorScheme });

    test(`/search/ with results and filters open has no WCAG violations (${colorScheme})`, async ({
      page,
    }) => {
      await searchFor(page, busiestPerson().surname);
      await openFilters(page);
      expect(
        await page.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches),
        "the emulated colour scheme is in effect",
      ).toBe(colorScheme === "dark");
      const found = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      const violations = found.violations.flatMap((violation) =>
        violation.nodes.map(
          (node) =>
            `${violation.id} [${violation.impact ?? "?"}] ${JSON.stringify(node.target)}: ${violation.help}. ` +
            (node.failureSummary ?? "").replace(/\s+/g, " ").trim(),
        ),
      );
      expect(violations).toEqual([]);
    });
  });
}
