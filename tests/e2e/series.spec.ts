import { expect, storyUnderTest, test } from "./fixtures";

/*
 * A story's numbered series (story.yaml `series`: negotiation rounds, hearings…): a list page at
 * /<path>/ and a short link /<path>/<n>/ for each numbered event, an alias of its event page.
 * Checked on the item with the highest number; skipped for a story without a series.
 */

/** The series, its list page and its item with the highest number, with that item's paths. */
function seriesUnderTest() {
  const story = storyUnderTest();
  const { series } = story.settings;
  test.skip(!series, "this story has no numbered series");
  const item = story.events
    .filter((event) => event.seriesNumber !== null)
    .toSorted((a, b) => b.seriesNumber! - a.seriesNumber!)[0];
  expect(item, `an event of the series' kind, ${series!.kind}, with a number`).toBeDefined();
  return {
    series: series!,
    item: item!,
    list: `/${series!.path}/`,
    shortLink: `/${series!.path}/${item!.seriesNumber}/`,
    eventPage: `/events/${item!.slug}/`,
  };
}

test("the list page lists the series' events and links to the short link of each numbered one", async ({
  page,
}) => {
  const { series, item, list, shortLink, eventPage } = seriesUnderTest();
  await page.goto(list);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(series.title);
  await expect(
    page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: series.navLabel }),
  ).toHaveAttribute("aria-current", "page");

  // Every event of the series' kind, numbered or not, in timeline order.
  const ofKind = storyUnderTest().events.filter((event) => event.kind === series.kind);
  const ids = await page
    .getByRole("main")
    .getByRole("article")
    .evaluateAll((nodes) => nodes.map((node) => node.id));
  expect(ids).toEqual(ofKind.map((event) => event.slug));
  const article = page.getByRole("main").getByRole("article", { name: item.title });
  await expect(article).toBeVisible();
  await expect(article.getByRole("link", { name: item.title })).toHaveAttribute("href", eventPage);

  const link = page.getByRole("main").getByRole("link", { name: shortLink, exact: true });
  await expect(link).toHaveAttribute("href", shortLink);
  await link.click();
  await expect(page).toHaveURL(shortLink);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(item.title);
});

test("a short link is its event, canonical to the event page", async ({ page }) => {
  const { item, shortLink, eventPage } = seriesUnderTest();
  const response = await page.goto(shortLink);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(item.title);

  const canonical = page.locator('head link[rel="canonical"]');
  await expect(canonical).toHaveCount(1);
  const href = (await canonical.getAttribute("href")) ?? "";
  expect(new URL(href, page.url()).pathname).toBe(eventPage);

  // Its date, as text and as machine-readable dates.
  const main = page.getByRole("main");
  await expect(main.locator(".event-date").first()).toContainText(item.dateLabel);
  for (const datetime of item.dateIso!.split("/")) {
    await expect(main.locator(`time[datetime="${datetime}"]`).first()).toBeVisible();
  }
});

test("a short link shows the same article as the event page", async ({ page }) => {
  const { shortLink, eventPage } = seriesUnderTest();
  await page.goto(eventPage);
  const eventArticle = page.getByRole("main").getByRole("article").first();
  const eventTitle = await page.getByRole("heading", { level: 1 }).textContent();
  const eventBody = await eventArticle.locator(".prose").innerText();
  const eventSources = await eventArticle.getByRole("region", { name: "Sources" }).innerText();

  await page.goto(shortLink);
  const itemArticle = page.getByRole("main").getByRole("article").first();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(eventTitle ?? "");
  expect(await itemArticle.locator(".prose").innerText()).toBe(eventBody);
  expect(await itemArticle.getByRole("region", { name: "Sources" }).innerText()).toBe(eventSources);

  // The event page is its own canonical address.
  const canonical = await page
    .goto(eventPage)
    .then(() => page.locator('head link[rel="canonical"]').getAttribute("href"));
  expect(new URL(canonical ?? "", page.url()).pathname).toBe(eventPage);
});
