import type { Page } from "@playwright/test";
import { EVENTS, expect, frontmatterOf, test } from "./fixtures";

/** The "When" value of an event page's facts list. */
function when(page: Page) {
  return page
    .getByRole("main")
    .locator("dl.facts > div")
    .filter({ has: page.locator("dt", { hasText: /^When$/ }) })
    .locator("dd");
}

test("the 19 June meeting shows Hà Nội and Washington times for the same instant", async ({ page }) => {
  await page.goto("/events/2025-06-19-virtual-ministerial-meeting/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Virtual high-level meeting of Minister Diên, Secretary Lutnick and Ambassador Greer",
  );

  const hanoi = when(page).locator('time[datetime="2025-06-19T21:00+07:00"]');
  await expect(hanoi).toBeVisible();
  await expect(hanoi).toHaveText("9:00 PM Hà Nội time (GMT+7)");

  const washington = when(page).locator("time").filter({ hasText: "10:00 AM EDT in Washington" });
  await expect(washington).toBeVisible();
  await expect(washington).toHaveText("10:00 AM EDT in Washington");

  // Both times are the same moment: 14:00 UTC.
  const hanoiInstant = Date.parse((await hanoi.getAttribute("datetime")) ?? "");
  const washingtonInstant = Date.parse((await washington.getAttribute("datetime")) ?? "");
  expect(new Date(hanoiInstant).toISOString()).toBe("2025-06-19T14:00:00.000Z");
  expect(washingtonInstant).toBe(hanoiInstant);

  await expect(when(page)).toContainText("19 June 2025");
  // The machine form names its offset, so it is one instant and not a local time of any zone.
  await expect(when(page).locator("code")).toHaveText("2025-06-19T21:00+07:00");
});

test("the Prime Minister's review says its date is not given", async ({ page }) => {
  await page.goto("/events/after-2025-05-22-prime-minister-reviews-second-round/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "The Prime Minister reviews the second round",
  );
  await expect(when(page)).toContainText("Date not given");
  // …and says what it is dated relative to.
  await expect(when(page)).toContainText("after 19–22 May 2025");
  await expect(when(page)).not.toContainText("year inferred");
});

test("the November negotiations say their year is inferred", async ({ page }) => {
  await page.goto("/events/2025-11-12-negotiations/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Negotiations on the Reciprocal Trade Agreement, November 12–14",
  );
  await expect(when(page)).toContainText("12–14 November 2025");
  await expect(when(page)).toContainText("(year inferred)");
  await expect(when(page)).not.toContainText("Date not given");
});

test("event pages have their facts, body and quoted sources", async ({ page }) => {
  await page.goto("/events/2025-05-22-dien-meets-lutnick/");
  const article = page.getByRole("main").getByRole("article");
  await expect(article.getByRole("heading", { level: 1 })).toHaveText(
    "Minister Diên meets Commerce Secretary Howard Lutnick",
  );
  await expect(when(page)).toContainText("22 May 2025");
  await expect(article.getByRole("link", { name: "Howard Lutnick" }).first()).toHaveAttribute(
    "href",
    "/people/howard-lutnick/",
  );
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
  await page.goto("/");
  const articles = page.getByRole("main").locator("article");
  const timeline = await articles.evaluateAll((nodes) =>
    nodes.map((node) => node.querySelector("h3 a, h2 a")?.getAttribute("href") ?? `(no link in #${node.id})`),
  );
  expect(timeline.length).toBe(EVENTS.length);

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
  const steps = EVENTS.flatMap(({ slug }) =>
    (frontmatterOf<StepsFrontmatter>("events", slug).nextSteps ?? []).map((step) => ({ slug, ...step })),
  );
  expect(
    steps.some((step) => step.laterEvent),
    "this content names a later event",
  ).toBe(true);
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
    const later = frontmatterOf<StepsFrontmatter>("events", step.laterEvent);
    await expect(item).toContainText("The sources do not say whether this step was carried out.");
    await expect(item).not.toContainText("do not report whether it happened");
    const link = item.getByRole("link", { name: later.title, exact: true });
    await expect(link).toHaveAttribute("href", `/events/${step.laterEvent}/`);
    await expect(item.locator("time[datetime]")).not.toHaveCount(0);
  }
});
