import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import AxeBuilder from "@axe-core/playwright";
import type { Locator, Page } from "@playwright/test";
import { plainLetters } from "../../src/lib/search/plain-letters";
import { entryIds, EVENTS, expect, frontmatterOf, pathInSite, sitePath, test } from "./fixtures";

/*
 * Search: the /search/ page (Pagefind behind our own form), the header search form on every page,
 * the "/" and Ctrl+K shortcuts on the search page, result links that mark the matched word with a
 * text fragment, and Pagefind loading only where it is needed. Expected rankings come from the content in content/, not from Pagefind.
 * The tests tagged @base-path run again on a build hosted under a sub-path (tests/playwright.config.ts):
 * they open pages through sitePath() and compare result paths from the base (pathInSite()).
 */

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

// --- What the content says -------------------------------------------------------------------

const CONTENT_DIR = fileURLToPath(new URL("../../content/", import.meta.url));

/** The YAML frontmatter of a content file, as text. */
function frontmatter(collection: string, slug: string): string {
  const text = readFileSync(`${CONTENT_DIR}${collection}/${slug}.md`, "utf8");
  return /^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? "";
}

/** The person slugs in an event's `participants:` list. */
function participantsOf(eventSlug: string): string[] {
  const list = /^participants:\n((?:[ \t]+- .*\n?)+)/m.exec(frontmatter("events", eventSlug))?.[1] ?? "";
  return [...list.matchAll(/- ["']?([\w-]+)["']?/g)].map((match) => match[1]!);
}

interface EventFrontmatter {
  kind: string;
}

/** A person's display name, as the Person filter labels it. */
function personName(personSlug: string): string {
  const name = /^name:\s*"(.*)"\s*$/m.exec(frontmatter("people", personSlug))?.[1];
  if (!name) throw new Error(`no name in content/people/${personSlug}.md`);
  return name;
}

const EVENT_SLUGS = readdirSync(`${CONTENT_DIR}events/`)
  .filter((file) => file.endsWith(".md"))
  .map((file) => file.replace(/\.md$/, ""));

/** The event pages a person took part in, in timeline (EVENTS) order. */
function eventPathsOf(personSlug: string): string[] {
  const theirs = new Set(EVENT_SLUGS.filter((slug) => participantsOf(slug).includes(personSlug)));
  return EVENTS.filter(({ slug }) => theirs.has(slug)).map(({ slug }) => `/events/${slug}/`);
}

const eventPath = (slug: (typeof EVENTS)[number]["slug"]) => `/events/${slug}/`;
const TIMELINE_PATHS = EVENTS.map(({ slug }) => eventPath(slug));

// --- The search page -------------------------------------------------------------------------

function searchForm(page: Page): Locator {
  return page.getByRole("search", { name: "Timeline" });
}

function searchField(page: Page): Locator {
  return page.locator("#search-page-field");
}

function results(page: Page): Locator {
  return page.locator("#search-results > li");
}

function resultLinks(page: Page): Locator {
  return results(page).locator(":scope > a");
}

/** Waits until the results asked for by the last keystroke, choice or press are on screen. */
async function resultsSettled(page: Page): Promise<void> {
  await expect(page.locator("#search-results")).toHaveAttribute("aria-busy", "false");
}

/** Presses "Show more results" until every result is on the page. */
async function showAllResults(page: Page): Promise<void> {
  const more = page.getByRole("button", { name: /Show more results/ });
  await resultsSettled(page);
  while (await more.isVisible()) {
    await more.click();
    await resultsSettled(page);
  }
}

/** The paths all the results link to, in order, from the site's base and without their #fragment. */
async function resultPaths(page: Page): Promise<string[]> {
  await showAllResults(page);
  const hrefs = await resultLinks(page).evaluateAll((links) =>
    links.map((link) => link.getAttribute("href")),
  );
  return hrefs.map((href) => pathInSite(href ?? ""));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Waits until the status line reports a count and, given a query, names that query: the status is
 * written together with the result list, so the list is then that query's.
 */
async function waitForResults(page: Page, query?: string): Promise<void> {
  const status = page.locator("#search-status");
  await expect(status).toHaveText(/\d+ results?/);
  if (query !== undefined) {
    await expect(status).toHaveText(new RegExp(`results? for “${escapeRegExp(query)}”`));
  }
}

/** Opens /search/ with a query in the address, as a shared link would, and waits for its results. */
async function searchFor(page: Page, query: string): Promise<string[]> {
  await page.goto(sitePath(`/search/?q=${encodeURIComponent(query)}`));
  await waitForResults(page, query);
  return resultPaths(page);
}

/** Opens the "Filters and order" disclosure. */
async function openFilters(page: Page): Promise<void> {
  const details = page.locator("details.filters");
  if ((await details.getAttribute("open")) === null) {
    await details.locator("summary", { hasText: "Filters and order" }).click();
  }
  await expect(details).toHaveAttribute("open", "");
}

function filterBox(page: Page, legend: string, label: string): Locator {
  return searchForm(page)
    .getByRole("group", { name: legend })
    .getByRole("checkbox", { name: label, exact: true });
}

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
  for (const id of entryIds("people")) {
    const person = frontmatterOf<PersonFrontmatter>("people", id);
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

  test('"Lutnick" lists his page, then his two meetings, before any source', async ({ page }) => {
    const paths = await searchFor(page, "Lutnick");
    expect(paths[0]).toBe("/people/howard-lutnick/");
    expect(paths.slice(1, 3).sort()).toEqual(
      [
        eventPath("2025-05-22-dien-meets-lutnick"),
        eventPath("2025-06-19-virtual-ministerial-meeting"),
      ].sort(),
    );
    expect(paths.slice(0, 3).some((path) => path.startsWith("/sources/"))).toBe(false);
  });

  test('"Ted Cruz" lists his page, then his meeting with Minister Diên', async ({ page }) => {
    const paths = await searchFor(page, "Ted Cruz");
    expect(paths.slice(0, 2)).toEqual([
      "/people/ted-cruz/",
      eventPath("2025-05-21-dien-meets-senators-cruz-and-daines"),
    ]);
  });
});

// --- Dates -----------------------------------------------------------------------------------

/** Types a query into the search page's field and returns the result paths once they are shown. */
async function typeQuery(page: Page, query: string): Promise<string[]> {
  await searchField(page).fill(query);
  await waitForResults(page, query);
  return resultPaths(page);
}

test.describe("searching for a date", () => {
  test("22 May, written six ways, lists the 22 May meeting, then the round that includes 22 May", async ({
    page,
  }) => {
    await page.goto("/search/");
    for (const query of ["May 22", "22 May", "22 May 2025", "May 22, 2025", "2025-05-22", "22/05/2025"]) {
      const paths = await typeQuery(page, query);
      // The meeting of that very day first, then the round (19–22 May) that includes it.
      expect
        .soft(paths.slice(0, 2), `first two results for "${query}"`)
        .toEqual([eventPath("2025-05-22-dien-meets-lutnick"), eventPath("2025-05-19-second-round")]);
    }
  });

  test('"May 20", a day inside the 19–22 May round only, lists the round first', async ({ page }) => {
    const paths = await searchFor(page, "May 20");
    expect(paths[0]).toBe(eventPath("2025-05-19-second-round"));
  });

  test('a month, "June 2025" or "2025-06", lists the event of June 2025 first', async ({ page }) => {
    const june = eventPath("2025-06-19-virtual-ministerial-meeting");
    expect.soft((await searchFor(page, "June 2025"))[0], 'first result for "June 2025"').toBe(june);
    expect((await typeQuery(page, "2025-06"))[0], 'first result for "2025-06"').toBe(june);
  });
});

// --- Topics ----------------------------------------------------------------------------------

test("topics find the event that is about them first", async ({ page }) => {
  const TOPICS = [
    { query: "rules of origin", first: "2025-06-19-virtual-ministerial-meeting" },
    { query: "digital trade", first: "2025-11-12-negotiations" },
    { query: "D1 D3", first: "2025-05-22-dien-meets-lutnick" },
    { query: "Boeing", first: "after-2025-05-22-prime-minister-reviews-second-round" },
    { query: "46%", first: "2025-04-reciprocal-tariffs-announced" },
  ] as const;
  await page.goto("/search/");
  for (const { query, first } of TOPICS) {
    const paths = await typeQuery(page, query);
    expect.soft(paths[0], `first result for "${query}"`).toBe(eventPath(first));
  }
});

// --- What a result shows ---------------------------------------------------------------------

test("each result links to the matched word, and shows its kind, date and a marked excerpt", async ({
  page,
}) => {
  await searchFor(page, "Lutnick");
  const items = results(page);
  const count = await items.count();
  expect(count).toBeGreaterThan(0);

  for (const item of await items.all()) {
    const link = item.locator(":scope > a");
    await expect(link).toHaveText(/\S/);
    const href = new URL((await link.getAttribute("href")) ?? "", "http://site.invalid");
    expect(textFragment(href), `${href.pathname} scrolls to the matched word`).toMatch(/^lutnick$/i);

    await expect(item.locator(".result-meta")).toHaveText(/\S/);
    if (href.pathname.startsWith("/events/")) {
      // "Kind · date" for every event.
      await expect(item.locator(".result-meta")).toHaveText(/^[^·]+\S · \S.+$/);
    }
    // The excerpt marks what matched.
    const marks = item.locator(".result-excerpt mark");
    expect(await marks.count(), `marks in the excerpt of ${href.pathname}`).toBeGreaterThan(0);
    await expect(marks.first()).toHaveText(/lutnick/i);
  }

  // The exact kind and date of two known events.
  const meta = (slug: string) =>
    items.filter({ has: page.locator(`a[href^="/events/${slug}/"]`) }).locator(".result-meta");
  await expect(meta("2025-05-22-dien-meets-lutnick")).toHaveText(
    "Ministerial meeting · 22 May 2025 (year inferred)",
  );
  await expect(meta("2025-06-19-virtual-ministerial-meeting")).toHaveText("Virtual meeting · 19 June 2025");
});

test("the status region announces how many results were found", async ({ page }) => {
  await searchFor(page, "Greer");
  const status = page.getByRole("status");
  await showAllResults(page);
  const shown = await results(page).count();
  expect(shown).toBeGreaterThan(0);
  await expect(status).toHaveText(`${shown} ${shown === 1 ? "result" : "results"} for “Greer”`);

  // A query with no match says so.
  await searchField(page).fill("zzzqqxnothing");
  await expect(status).toHaveText(
    "0 results for “zzzqqxnothing”. Try fewer words or filters, or another spelling.",
  );
  await expect(results(page)).toHaveCount(0);
});

test("results come eight at a time; the rest on request, with focus on the first new one", async ({
  page,
}) => {
  await page.goto("/search/?q=Dien");
  await waitForResults(page, "Dien");
  await expect(results(page)).toHaveCount(8);
  const total = Number(/^(\d+)/.exec((await page.locator("#search-status").textContent()) ?? "")?.[1]);
  expect(total).toBeGreaterThan(8);
  const more = page.getByRole("button", { name: `Show more results (8 of ${total} shown)` });
  await more.click();
  await expect(results(page)).toHaveCount(Math.min(16, total));
  await expect(resultLinks(page).nth(8)).toBeFocused();
});

test('a second press of "Show more" while the next results load does not list them twice', async ({
  page,
}) => {
  await page.goto("/search/?q=Dien");
  await waitForResults(page, "Dien");
  const total = Number(/^(\d+)/.exec((await page.locator("#search-status").textContent()) ?? "")?.[1]);
  expect(total).toBeGreaterThan(16);
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

test("filters narrow the results, show in the address and come back from it", async ({ page }) => {
  await page.goto("/search/");
  await openFilters(page);

  // Person only, no query: exactly the events Howard Lutnick took part in.
  await filterBox(page, "Person", personName("howard-lutnick")).check();
  const lutnickEvents = eventPathsOf("howard-lutnick");
  await expect(page.getByRole("status")).toHaveText(`${lutnickEvents.length} results`);
  expect((await resultPaths(page)).sort()).toEqual([...lutnickEvents].sort());
  // The address carries ids: the person's slug and the kind's key, as content/ writes them.
  await expect.poll(() => new URL(page.url()).searchParams.getAll("person")).toEqual(["howard-lutnick"]);

  // …and of those, the virtual meeting only.
  await filterBox(page, "Kind of event", "Virtual meeting").check();
  await expect(page.getByRole("status")).toHaveText("1 result");
  expect(await resultPaths(page)).toEqual([eventPath("2025-06-19-virtual-ministerial-meeting")]);
  const { kind } = frontmatterOf<EventFrontmatter>("events", "2025-06-19-virtual-ministerial-meeting");
  await expect.poll(() => new URL(page.url()).searchParams.getAll("kind")).toEqual([kind]);
  expect(new URL(page.url()).searchParams.getAll("person")).toEqual(["howard-lutnick"]);

  // The same address, opened afresh, gives the same form and the same results.
  const address = page.url();
  await page.goto(address);
  await waitForResults(page);
  await expect(page.locator("details.filters")).toHaveAttribute("open", "");
  await expect(filterBox(page, "Person", "Howard Lutnick")).toBeChecked();
  await expect(filterBox(page, "Kind of event", "Virtual meeting")).toBeChecked();
  await expect(filterBox(page, "Kind of event", "Ministerial meeting")).not.toBeChecked();
  await expect(searchField(page)).toHaveValue("");
  expect(await resultPaths(page)).toEqual([eventPath("2025-06-19-virtual-ministerial-meeting")]);
});

test("/search/?person=<id> lists exactly that person's events, in timeline order", async ({ page }) => {
  for (const id of entryIds("people")) {
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
  const { name } = frontmatterOf<PersonFrontmatter>("people", person);
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
  const slug = EVENTS.map(({ slug }) => slug).find((slug) => participantsOf(slug).length > 0)!;
  const { kind } = frontmatterOf<EventFrontmatter>("events", slug);
  const person = participantsOf(slug)[0]!;
  const { country } = frontmatterOf<PersonFrontmatter>("people", person);
  const expected = EVENTS.map(({ slug }) => slug)
    .filter((other) => frontmatterOf<EventFrontmatter>("events", other).kind === kind)
    .filter((other) => participantsOf(other).includes(person))
    .map(eventPath);
  return { slug, person, kind, country, expected };
}

function personBox(page: Page, id: string): Locator {
  return searchForm(page).locator(`input[name="person"][value="${id}"]`);
}

test("a shared link with a query and a month filter fills the form and shows the results", async ({
  page,
}) => {
  await page.goto("/search/?q=Dien&month=2025-05");
  await waitForResults(page, "Dien");
  await expect(searchField(page)).toHaveValue("Dien");
  await expect(page.locator("details.filters")).toHaveAttribute("open", "");
  await expect(filterBox(page, "Month", "May 2025")).toBeChecked();
  const paths = await resultPaths(page);
  expect(paths.length).toBeGreaterThan(0);
  // Only May 2025 events, and every May 2025 event with Minister Diên among them.
  const mayEvents = eventPathsOf("nguyen-hong-dien").filter((path) => path.startsWith("/events/2025-05-"));
  expect(paths.every((path) => path.startsWith("/events/") && path.includes("2025-05"))).toBe(true);
  for (const path of mayEvents) expect(paths).toContain(path);
});

test('"Oldest first" and "Newest first" put events in timeline order', async ({ page }) => {
  await page.goto("/search/");
  await openFilters(page);
  await filterBox(page, "Page", "Event").check();
  await expect(page.getByRole("status")).toHaveText(`${EVENTS.length} results`);

  await searchForm(page).getByRole("radio", { name: "Oldest first" }).check();
  await expect.poll(() => new URL(page.url()).searchParams.get("sort")).toBe("oldest");
  // Soft, so that a wrong "oldest" order still lets the "newest" order be checked.
  await expect
    .configure({ soft: true })
    .poll(() => resultPaths(page), { message: "oldest first = the home page's order" })
    .toEqual(TIMELINE_PATHS);

  await searchForm(page).getByRole("radio", { name: "Newest first" }).check();
  await expect.poll(() => new URL(page.url()).searchParams.get("sort")).toBe("newest");
  await expect
    .poll(() => resultPaths(page), { message: "newest first = the home page's order reversed" })
    .toEqual([...TIMELINE_PATHS].reverse());
});

test('"Oldest first" with a query orders the matching events by date', async ({ page }) => {
  await page.goto("/search/?q=Greer&sort=oldest");
  await waitForResults(page, "Greer");
  await expect(searchForm(page).getByRole("radio", { name: "Oldest first" })).toBeChecked();
  const events = (await resultPaths(page)).filter((path) => path.startsWith("/events/"));
  expect(events.length).toBeGreaterThan(1);
  expect(events).toEqual(TIMELINE_PATHS.filter((path) => events.includes(path)));
});

// --- Shared links and the address bar --------------------------------------------------------

test("/search/?q=Greer opens with the query filled in, and typing updates the address", async ({ page }) => {
  const paths = await searchFor(page, "Greer");
  await expect(searchField(page)).toHaveValue("Greer");
  expect(paths[0]).toBe("/people/jamieson-greer/");

  await searchField(page).clear();
  await searchField(page).pressSequentially("Lutnick");
  await waitForResults(page, "Lutnick");
  expect((await resultPaths(page))[0]).toBe("/people/howard-lutnick/");
  await expect.poll(() => new URL(page.url()).searchParams.get("q")).toBe("Lutnick");
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
  await page.goto("/");
  await page.locator("#site-search-field").fill("Lutnick");
  await page.keyboard.press("Enter");
  await page.waitForURL((url) => url.pathname === "/search/" && url.searchParams.get("q") === "Lutnick");
  await waitForResults(page, "Lutnick");
  await expect(searchField(page)).toHaveValue("Lutnick");

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
  await page.goto("/search/?q=Greer");
  await waitForResults(page, "Greer");
  await page.keyboard.press("Control+k");
  expect(await activeElementId(page), "element focused by Ctrl+K on /search/").toBe("search-page-field");
});

test("arrow keys still choose the order in the Order radio group", async ({ page }) => {
  // The results' arrow-key navigation must not take Up/Down away from the radio buttons.
  await page.goto("/search/?q=Greer");
  await waitForResults(page, "Greer");
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

/** The text of a link's text fragment (#…:~:text=…), decoded; undefined when there is none. */
function textFragment(href: URL): string | undefined {
  const text = /:~:text=([^&]+)/.exec(href.hash)?.[1];
  return text === undefined ? undefined : decodeURIComponent(text);
}

/** The href of the result that links to `path`, resolved. */
async function resultHref(page: Page, path: string): Promise<URL> {
  const link = resultLinks(page).and(page.locator(`[href^="${sitePath(path)}"]`));
  return new URL((await link.first().getAttribute("href")) ?? "", "http://site.invalid");
}

test("a result's text fragment names a word that is on the page it opens, so the browser marks it", async ({
  page,
}) => {
  await searchFor(page, "Boeing");
  const path = eventPath("after-2025-05-22-prime-minister-reviews-second-round");
  const word = textFragment(await resultHref(page, path));
  expect(word?.toLowerCase()).toBe("boeing");
  await page.goto(path);
  await expect(page.locator("main")).toContainText(word!);
});

test("a shared link's first result opens the page it names", { tag: "@base-path" }, async ({ page }) => {
  const [first] = await searchFor(page, "Greer");
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
  await searchFor(page, "Dien");
  const word = textFragment(await resultHref(page, eventPath("2025-05-22-dien-meets-lutnick")));
  expect(word).toBe("Diên");
});

// --- Pagefind loads only on the search page --------------------------------------------------

test("the home page loads nothing from /pagefind/, even with the header field focused", async ({ page }) => {
  const requests = recordPagefindRequests(page);
  await page.goto("/");
  await page.waitForLoadState("networkidle");
  await page.locator("#site-search-field").focus();
  await page.keyboard.type("Greer");
  await page.waitForLoadState("networkidle");
  expect(requests).toEqual([]);
});

test("an event page loads nothing from /pagefind/, even with the header field focused", async ({ page }) => {
  const requests = recordPagefindRequests(page);
  await page.goto(eventPath("2025-06-19-virtual-ministerial-meeting"));
  await page.waitForLoadState("networkidle");
  await page.locator("#site-search-field").focus();
  await page.keyboard.type("Lutnick");
  await page.waitForLoadState("networkidle");
  expect(requests).toEqual([]);
});

test("the search page loads Pagefind to answer a query", async ({ page }) => {
  const requests = recordPagefindRequests(page);
  await searchFor(page, "Greer");
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
    await searchFor(page, personName(entryIds("people")[0]!));
    await page.waitForLoadState("networkidle");
    const preloaded = await page
      .locator("link[rel=preload], link[rel=modulepreload]")
      .evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href));
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

  const LINKS = [
    { name: "timeline", href: "/" },
    { name: "negotiation rounds", href: "/rounds/" },
    { name: "people", href: "/people/" },
    { name: "sources", href: "/sources/" },
  ] as const;

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
    await expect(note.getByRole("link")).toHaveCount(LINKS.length);

    for (const { name, href } of LINKS) {
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

    test(`/search/?q=Greer with results and filters open has no WCAG violations (${colorScheme})`, async ({
      page,
    }) => {
      await searchFor(page, "Greer");
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
