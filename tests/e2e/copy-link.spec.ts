import { expect, storyUnderTest, test } from "./fixtures";

/** The first event's page; and a series' short link, canonical to its event, when the story has a series. */
const PAGES = {
  "an event page": () => {
    const { slug } = storyUnderTest().events[0]!;
    return { path: `/events/${slug}/`, canonical: `/events/${slug}/` };
  },
  "a series' short link": () => {
    const story = storyUnderTest();
    const numbered = story.events.find((event) => event.seriesNumber !== null);
    test.skip(!story.settings.series || !numbered, "this story has no numbered series");
    return {
      path: `/${story.settings.series!.path}/${numbered!.seriesNumber}/`,
      canonical: `/events/${numbered!.slug}/`,
    };
  },
};

test.describe("with JavaScript and the Clipboard API", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  // A series' short link is an alias of its event page: the permanent URL copied is the canonical one.
  for (const [name, pageOf] of Object.entries(PAGES)) {
    test(`${name}: “Copy link” copies the canonical URL and says so politely`, async ({ page }) => {
      const { path, canonical } = pageOf();
      const site = storyUnderTest().siteUrl;
      await page.goto(path);
      // In the page's share menu (tests/e2e/share-menu.spec.ts).
      await page.getByText("Share", { exact: true }).click();
      const button = page.getByRole("button", { name: "Copy link" });
      await expect(button).toBeVisible();
      const status = page.locator("[data-copy-link]").getByRole("status");
      await expect(status).toHaveText("");
      await button.click();
      await expect(status).toHaveText("Link copied");
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${site}${canonical}`);
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${site}${canonical}`);
    });
  }

  test("the button works from the keyboard", async ({ page }) => {
    await page.goto(`/events/${storyUnderTest().events[0]!.slug}/`);
    await page.getByText("Share", { exact: true }).click();
    await page.getByRole("button", { name: "Copy link" }).focus();
    await page.keyboard.press("Enter");
    await expect(page.locator("[data-copy-link] [role=status]")).toHaveText("Link copied");
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("there is no dead “Copy link” button", async ({ page }) => {
    await page.goto(`/events/${storyUnderTest().events[0]!.slug}/`);
    await expect(page.getByRole("button", { name: "Copy link" })).toHaveCount(0);
    await expect(page.locator("[data-copy-link]")).toBeHidden();
  });
});
