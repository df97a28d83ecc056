import type { Locator, Page } from "@playwright/test";
import { expect, storyUnderTest, test } from "./fixtures";
import { asShown } from "./story";

/*
 * The page shell's header and footer (src/layouts/Base.astro): a slim header with one search entry
 * point, the home page's title once, and a way back to the top at the end of a long page.
 */

const PHONE = { width: 320, height: 568 };
/** The most of a phone's first screen the header may take: 88 px here, a sixth; room for longer mastheads. */
const MAX_HEADER_SHARE = 0.18;
/**
 * On the home page the masthead is the page's title, as long as the story's: there the rest of the
 * header, the chrome around the title, is held to a tenth (47 px here).
 */
const MAX_CHROME_SHARE = 0.1;

const eventPath = (slug: string) => `/events/${slug}/`;
const banner = (page: Page) => page.getByRole("banner");
const box = async (locator: Locator) => (await locator.boundingBox())!;

/** One page of each kind of template that has the header: the search page's header differs. */
function headerPages(): string[] {
  const story = storyUnderTest();
  const series = story.settings.series;
  return [
    "/",
    eventPath(story.events[0]!.slug),
    `/people/${story.timeline.people[0]!.slug}/`,
    `/sources/${story.timeline.sources[0]!.slug}/`,
    "/about/",
    "/search/",
    ...(series ? [`/${series.path}/`] : []),
  ];
}

test.describe("on a 320×568 phone", () => {
  test.use({ viewport: PHONE });

  test(`the header takes at most ${MAX_HEADER_SHARE * 100}% of the first screen, its chrome ${MAX_CHROME_SHARE * 100}% on the home page`, async ({
    page,
  }) => {
    const heights: string[] = [];
    for (const path of headerPages()) {
      await page.goto(path);
      const { height } = await box(banner(page));
      heights.push(`${path}: ${Math.round(height)} px`);
      if (path === "/") {
        const title = await box(banner(page).getByRole("heading", { level: 1 }));
        expect(height - title.height, "the home page's header but its title").toBeLessThanOrEqual(
          PHONE.height * MAX_CHROME_SHARE,
        );
      } else {
        expect(height, `the header's height on ${path}`).toBeLessThanOrEqual(PHONE.height * MAX_HEADER_SHARE);
      }
    }
    console.log(heights.join("\n"));
  });

  test("every event page shows its kind, date and headline in the first screen", async ({ page }) => {
    for (const event of storyUnderTest().events) {
      await page.goto(eventPath(event.slug));
      const article = page.getByRole("main").getByRole("article");
      const dateline = article.locator("header .kicker");
      await expect(dateline).toContainText(event.kindLabel);
      await expect(dateline.locator(".event-date")).toContainText(event.dateLabel);
      const headline = article.getByRole("heading", { level: 1 });
      await expect(headline).toHaveText(asShown(event.title));
      for (const [name, part] of [
        ["date line", dateline],
        ["headline", headline],
      ] as const) {
        const { y, height } = await box(part);
        expect(y, `${event.slug}: the ${name}'s top`).toBeGreaterThanOrEqual(0);
        expect(y + height, `${event.slug}: the ${name}'s bottom`).toBeLessThanOrEqual(PHONE.height);
      }
    }
  });

  test("the home page's first screen is the story: its title, then its summary", async ({ page }) => {
    const { title, summary } = storyUnderTest().settings;
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(asShown(title));
    const { y } = await box(page.getByRole("main").getByText(asShown(summary), { exact: true }));
    expect(y, "the summary starts in the first third of the screen").toBeLessThan(PHONE.height / 3);
  });

  test("the search button leads to the search page; the field opens over the masthead for the keyboard", async ({
    page,
  }) => {
    await page.goto(eventPath(storyUnderTest().events[0]!.slug));
    const form = banner(page).getByRole("search");
    const field = form.getByRole("searchbox", { name: "Search the timeline" });
    const masthead = banner(page).getByRole("link", { name: storyUnderTest().settings.title });
    await expect(masthead).toBeVisible();

    // From the keyboard, the field takes the masthead's row while in use, and nothing else moves.
    const navBefore = await box(banner(page).getByRole("navigation"));
    await field.focus();
    expect((await box(field)).width).toBeGreaterThan(PHONE.width * 0.8);
    await expect(masthead).toBeHidden();
    expect(await box(banner(page).getByRole("navigation"))).toEqual(navBefore);
    await page.keyboard.type("a b");
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.pathname === "/search/" && url.searchParams.get("q") === "a b");

    // By touch, the button alone: the search page, with its own field.
    await page.goBack();
    await field.blur();
    await expect(masthead).toBeVisible();
    await form.getByRole("button", { name: "Search" }).click();
    await page.waitForURL((url) => url.pathname === "/search/");
    await expect(page.getByRole("main").getByRole("searchbox")).toHaveCount(1);
  });
});

test("one search entry point in the header: one field and its button, and none on the search page", async ({
  page,
}) => {
  for (const path of headerPages()) {
    await page.goto(path);
    const header = banner(page);
    const onSearchPage = path === "/search/";
    await expect(header.getByRole("search"), path).toHaveCount(onSearchPage ? 0 : 1);
    await expect(header.getByRole("searchbox"), path).toHaveCount(onSearchPage ? 0 : 1);
    await expect(header.getByRole("button"), path).toHaveCount(onSearchPage ? 0 : 1);
    await expect(header.locator('a[href$="/search/"]'), `${path}: no link to search besides`).toHaveCount(0);
  }
  await expect(page.getByRole("searchbox"), "the search page's own field, once").toHaveCount(1);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the header's field sends its query to the search page", async ({ page }) => {
    await page.goto("/about/");
    await banner(page).getByRole("searchbox").fill("a query");
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.pathname === "/search/" && url.searchParams.get("q") === "a query");
  });

  test("at the end of a long page, “Back to top” returns to the header, and the keyboard starts there", async ({
    page,
  }) => {
    await page.setViewportSize(PHONE);
    for (const path of ["/", eventPath(storyUnderTest().events[0]!.slug)]) {
      await page.goto(path);
      const back = page.getByRole("contentinfo").getByRole("link", { name: "Back to top" });
      await back.focus();
      await expect(back).toBeInViewport();
      expect(await page.evaluate(() => scrollY), `${path} is longer than a screen`).toBeGreaterThan(0);
      await page.keyboard.press("Enter");
      await expect.poll(() => page.evaluate(() => scrollY), path).toBe(0);
      await page.keyboard.press("Tab");
      expect(
        await page.evaluate(() => document.querySelector("header")!.contains(document.activeElement)),
        `${path}: the next Tab stop is in the header`,
      ).toBe(true);
    }
  });
});

test("“Back to top” shows only on a page that scrolls", async ({ page }) => {
  await page.goto("/search/");
  const back = page.getByRole("link", { name: "Back to top" });
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const width = page.viewportSize()!.width;
  await page.setViewportSize({ width, height: Math.min(height, 600) - 100 });
  await expect(back).toBeVisible();
  await page.setViewportSize({ width, height: height + 100 });
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollHeight))
    .toBeLessThanOrEqual(height + 100);
  await expect(back).toBeHidden();
});

test("the home page has one title: the masthead is its heading, and elsewhere a link home", async ({
  page,
}) => {
  const { title } = storyUnderTest().settings;
  await page.goto("/");
  const headings = page.getByRole("heading", { level: 1 });
  await expect(headings).toHaveCount(1);
  await expect(banner(page).getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByRole("main").getByText(title, { exact: true })).toHaveCount(0);
  await expect(banner(page).getByRole("link", { name: title })).toHaveCount(0);

  await page.goto(eventPath(storyUnderTest().events[0]!.slug));
  await expect(banner(page).getByRole("heading")).toHaveCount(0);
  await expect(banner(page).getByRole("link", { name: title })).toHaveAttribute("href", "/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
});
