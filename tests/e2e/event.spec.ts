import { expect, storyUnderTest, test } from "./fixtures";
import { timeOf } from "./story";
import { when } from "./event-page";

/**
 * A time as an English news desk writes it, worked out with Intl rather than the site's date-fns:
 * "9 p.m.", "6:30 a.m.", "12 noon", "12 midnight".
 */
function newsroomTime(instant: string, timeZone: string): string {
  const format = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hour: "numeric",
    minute: "2-digit",
    hour12: true,
  });
  const parts = Object.fromEntries(
    format.formatToParts(new Date(instant)).map((part) => [part.type, part.value]),
  );
  const pm = parts["dayPeriod"] === "PM";
  if (parts["minute"] === "00" && parts["hour"] === "12") return pm ? "12 noon" : "12 midnight";
  return `${parts["hour"]}${parts["minute"] === "00" ? "" : `:${parts["minute"]}`} ${pm ? "p.m." : "a.m."}`;
}

const dayIn = (instant: string, timeZone: string) =>
  new Intl.DateTimeFormat("en-GB", { timeZone, day: "numeric", month: "long" }).format(new Date(instant));

test("an event with a time shows it in every time zone of the settings, for the same instant", async ({
  page,
}) => {
  const story = storyUnderTest();
  const event = story.events.find((candidate) => timeOf(candidate));
  test.skip(!event, "no event of this story gives a time");
  const { iso, instant } = timeOf(event!)!;
  await page.goto(`/events/${event!.slug}/`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(event!.title);

  // The time as the sources give it, in their zone, before its other zones (one may share its offset)…
  const sourceTime = when(page).locator(".event-time > time");
  await expect(sourceTime).toHaveAttribute("datetime", iso);
  await expect(sourceTime).toBeVisible();
  // …and in each zone of the settings, each naming its place, all the same moment.
  for (const { place } of story.settings.timeZones) {
    const inZone = when(page).locator("time").filter({ hasText: place });
    await expect(inZone, `the time in ${place}`).toHaveCount(1);
    await expect(inZone).toBeVisible();
    const datetime = (await inZone.getAttribute("datetime")) ?? "";
    expect(new Date(Date.parse(datetime)).toISOString(), `the time in ${place}`).toBe(instant);
  }

  await expect(when(page)).toContainText(event!.dateLabel);
  // Machine forms stay in the datetime attributes: no ISO form, offset or "=" for the reader.
  await expect(when(page)).not.toContainText(/\d{4}-\d\d-\d\d|T\d\d:\d\d|GMT|UTC|[+−-]\d\d:\d\d|=/);
});

test("a time reads as a news desk writes it, the other places in brackets, a day named where it differs", async ({
  page,
}) => {
  const story = storyUnderTest();
  test.skip(!story.settings.lang.startsWith("en"), "the newsroom style checked here is English's");
  const event = story.events.find((candidate) => timeOf(candidate));
  test.skip(!event, "no event of this story gives a time");
  const { instant } = timeOf(event!)!;
  const timeZone = (event!.date as { timeZone: string }).timeZone;
  const zones = story.settings.timeZones;
  const [first, ...others] = [
    ...zones.filter((zone) => zone.id === timeZone),
    ...zones.filter((zone) => zone.id !== timeZone),
  ];
  const day = dayIn(instant, first!.id);
  const there = others.map(({ id, place }) => {
    const otherDay = dayIn(instant, id);
    return `${newsroomTime(instant, id)}${otherDay === day ? "" : ` on ${otherDay}`} in ${place}`;
  });
  await page.goto(`/events/${event!.slug}/`);
  const expected = `, ${newsroomTime(instant, first!.id)} in ${first!.place}${there.length ? ` (${there.join(", ")})` : ""}`;
  await expect(when(page).locator(".event-time")).toHaveText(expected);
});

test("an undated event says its date is not given, and what it is dated relative to", async ({ page }) => {
  const story = storyUnderTest();
  const event = story.events.find((candidate) => candidate.date.precision === "unknown");
  test.skip(!event, "every event of this story has a date");
  const anchor = story.event((event!.date as { relativeTo: string }).relativeTo);
  await page.goto(`/events/${event!.slug}/`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(event!.title);
  await expect(when(page)).toContainText("Date not given");
  await expect(when(page)).toContainText(anchor.dateLabel.replace(" (year inferred)", ""));
  if (!event!.yearInferred) await expect(when(page)).not.toContainText("year inferred");
});

test("an event whose year is inferred says so", async ({ page }) => {
  const event = storyUnderTest().events.find((candidate) => candidate.yearInferred);
  test.skip(!event, "no event of this story has an inferred year");
  await page.goto(`/events/${event!.slug}/`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(event!.title);
  await expect(when(page)).toContainText(event!.dateLabel);
  await expect(when(page)).toContainText("(year inferred)");
  await expect(when(page)).not.toContainText("Date not given");
});

test("event pages have their facts, body and quoted sources", async ({ page }) => {
  const story = storyUnderTest();
  // An event with people: "Who" links each of them.
  const event = story.events.find((candidate) => candidate.participants.length > 0) ?? story.events[0]!;
  await page.goto(`/events/${event.slug}/`);
  const article = page.getByRole("main").getByRole("article");
  await expect(article.getByRole("heading", { level: 1 })).toHaveText(event.title);
  await expect(when(page)).toContainText(
    event.dateLabel.replace(/^Date not given.*|\s*\(year inferred\)$/, ""),
  );
  for (const slug of event.participants) {
    const { name } = story.timeline.people.find((person) => person.slug === slug)!;
    await expect(article.getByRole("link", { name, exact: true }).first()).toHaveAttribute(
      "href",
      `/people/${slug}/`,
    );
  }
  await expect(article.locator(".prose p").first()).toBeVisible();

  const sources = article.getByRole("region", { name: "Sources" });
  await expect(sources).toBeVisible();
  const items = sources.getByRole("listitem");
  expect(await items.count()).toBeGreaterThan(0);
  for (const item of await items.all()) {
    // One source, then the passages quoted from it.
    await expect(item.getByRole("link")).toHaveAttribute("href", /^\/sources\/[^/]+\/$/);
    const quotes = item.locator("blockquote");
    expect(await quotes.count()).toBeGreaterThan(0);
    for (const quote of await quotes.all()) await expect(quote).toHaveText(/\S/);
  }
});

test("following “next” from the first event visits every event in timeline order", async ({ page }) => {
  // A page load per event.
  test.slow();
  await page.goto("/");
  const articles = page.getByRole("main").locator("article");
  const timeline = await articles.evaluateAll((nodes) =>
    nodes.map((node) => node.querySelector("h3 a, h2 a")?.getAttribute("href") ?? `(no link in #${node.id})`),
  );
  expect(timeline.length).toBe(storyUnderTest().events.length);

  const visited: string[] = [];
  await page.goto(timeline[0] ?? "/");
  await expect(page.locator('a[rel="prev"]'), "the first event has no previous").toHaveCount(0);
  for (;;) {
    const here = new URL(page.url()).pathname;
    expect(visited, `the chain of next links loops back to ${here}`).not.toContain(here);
    visited.push(here);
    expect(visited.length, "more pages in the chain than events on the timeline").toBeLessThanOrEqual(
      timeline.length,
    );

    // The previous link points where we came from.
    const prev = page.locator('a[rel="prev"]');
    if (visited.length > 1) {
      await expect(prev).toHaveCount(1);
      await expect(prev).toHaveAttribute("href", visited.at(-2) ?? "");
    }

    const next = page.locator('a[rel="next"]');
    if ((await next.count()) === 0) break;
    await expect(next).toHaveCount(1);
    const nextTitle = (await next.locator("span").last().textContent()) ?? "";
    await next.click();
    await page.waitForURL((url) => url.pathname !== here);
    await expect(
      page.getByRole("heading", { level: 1 }),
      "the next link names the page it leads to",
    ).toHaveText(nextTitle);
  }

  expect(visited.length, "pages in the chain = articles on the home page").toBe(timeline.length);
  expect(visited).toEqual(timeline);
  expect(visited.at(-1)).toBe(timeline.at(-1));
});

interface StepsFrontmatter {
  title: string;
  nextSteps?: { text: string; laterEvent?: string }[];
}

test("a next step with a later event links it, without saying the step was carried out", async ({ page }) => {
  const story = storyUnderTest();
  const steps = story.events.flatMap(({ slug }) =>
    (story.frontmatter<StepsFrontmatter>("events", slug).nextSteps ?? []).map((step) => ({ slug, ...step })),
  );
  test.skip(!steps.some((step) => step.laterEvent), "no next step of this story names a later event");
  for (const step of steps) {
    await page.goto(`/events/${step.slug}/`);
    const item = page
      .getByRole("region", { name: "Announced next steps" })
      .getByRole("listitem")
      .filter({ hasText: step.text });
    if (!step.laterEvent) {
      await expect(item).toContainText("The sources do not report whether it happened.");
      continue;
    }
    const later = story.frontmatter<StepsFrontmatter>("events", step.laterEvent);
    await expect(item).toContainText("The sources do not say whether this step was carried out.");
    await expect(item).not.toContainText("do not report whether it happened");
    const link = item.getByRole("link", { name: later.title, exact: true });
    await expect(link).toHaveAttribute("href", `/events/${step.laterEvent}/`);
    await expect(item.locator("time[datetime]")).not.toHaveCount(0);
  }
});
