import { expect, test } from "./fixtures";

const SECOND_ROUND_TITLE = "Second round of negotiations in Washington, D.C.";
const SECOND_ROUND_EVENT = "/events/2025-05-19-second-round/";

test("/rounds/ lists the rounds and links to /rounds/2/", async ({ page }) => {
  await page.goto("/rounds/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Negotiation rounds");
  await expect(
    page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: "Rounds" }),
  ).toHaveAttribute("aria-current", "page");

  const secondRound = page.getByRole("main").getByRole("article", { name: SECOND_ROUND_TITLE });
  await expect(secondRound).toBeVisible();
  await expect(secondRound.getByRole("link", { name: SECOND_ROUND_TITLE })).toHaveAttribute(
    "href",
    SECOND_ROUND_EVENT,
  );

  const shortLink = page.getByRole("main").getByRole("link", { name: "/rounds/2/", exact: true });
  await expect(shortLink).toHaveAttribute("href", "/rounds/2/");
  await shortLink.click();
  await expect(page).toHaveURL("/rounds/2/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(SECOND_ROUND_TITLE);
});

test("/rounds/2/ is the second round, canonical to its event page", async ({ page }) => {
  const response = await page.goto("/rounds/2/");
  expect(response?.status()).toBe(200);

  const h1 = page.getByRole("heading", { level: 1 });
  await expect(h1).toContainText("Second round");
  await expect(h1).toHaveText(SECOND_ROUND_TITLE);

  const canonical = page.locator('head link[rel="canonical"]');
  await expect(canonical).toHaveCount(1);
  const href = (await canonical.getAttribute("href")) ?? "";
  expect(new URL(href, page.url()).pathname).toBe(SECOND_ROUND_EVENT);

  // 19–22 May 2025, as text and as machine-readable dates.
  const main = page.getByRole("main");
  await expect(main.locator(".event-date").first()).toHaveText("19–22 May 2025");
  await expect(main.locator('time[datetime="2025-05-19"]').first()).toBeVisible();
  await expect(main.locator('time[datetime="2025-05-22"]').first()).toBeVisible();
});

test("/rounds/2/ shows the same article as the event page", async ({ page }) => {
  await page.goto(SECOND_ROUND_EVENT);
  const eventArticle = page.getByRole("main").getByRole("article").first();
  const eventTitle = await page.getByRole("heading", { level: 1 }).textContent();
  const eventBody = await eventArticle.locator(".prose").innerText();
  const eventSources = await eventArticle.getByRole("region", { name: "Sources" }).innerText();

  await page.goto("/rounds/2/");
  const roundArticle = page.getByRole("main").getByRole("article").first();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(eventTitle ?? "");
  expect(await roundArticle.locator(".prose").innerText()).toBe(eventBody);
  expect(await roundArticle.getByRole("region", { name: "Sources" }).innerText()).toBe(eventSources);

  // The event page is its own canonical address.
  const canonical = await page
    .goto(SECOND_ROUND_EVENT)
    .then(() => page.locator('head link[rel="canonical"]').getAttribute("href"));
  expect(new URL(canonical ?? "", page.url()).pathname).toBe(SECOND_ROUND_EVENT);
});
