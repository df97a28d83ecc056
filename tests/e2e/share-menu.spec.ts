import type { Page } from "@playwright/test";
import { axeViolations } from "./axe";
import { expect, storyUnderTest, test } from "./fixtures";

/*
 * The share menu (src/components/ShareMenu.astro) of the timeline, each event page, a series item's
 * short link and the series page: copy link, plain share links, and the embed code where the page
 * has an embed (its code and copy button: tests/e2e/embed.spec.ts).
 */

interface Shared {
  path: string;
  /** The address the menu shares: the page's canonical one. */
  canonical: string;
  title: string;
  hasEmbed: boolean;
}

const KINDS = ["timeline", "event page", "series item", "series page"] as const;

/** The page of this kind with a share menu; none for a series' pages in a story without one. */
function sharedPage(kind: (typeof KINDS)[number]): Shared | undefined {
  const { settings, events } = storyUnderTest();
  const event = events[0]!;
  const item = events.find((candidate) => candidate.seriesNumber !== null);
  const series = settings.series;
  switch (kind) {
    case "timeline":
      return { path: "/", canonical: "/", title: settings.title, hasEmbed: true };
    case "event page":
      return {
        path: `/events/${event.slug}/`,
        canonical: `/events/${event.slug}/`,
        title: event.title,
        hasEmbed: true,
      };
    case "series item":
      return (
        series &&
        item && {
          path: `/${series.path}/${item.seriesNumber}/`,
          canonical: `/events/${item.slug}/`,
          title: item.title,
          hasEmbed: true,
        }
      );
    case "series page":
      return (
        series && {
          path: `/${series.path}/`,
          canonical: `/${series.path}/`,
          title: series.title,
          hasEmbed: false,
        }
      );
  }
}

/** Each service's address, the parameter that carries the page's address, and whether the title goes too. */
const SERVICES = [
  { name: "Email", host: "", param: "body", title: "subject" },
  { name: "X", host: "x.com", param: "url", title: "text" },
  { name: "Bluesky", host: "bsky.app", param: "text", title: "text" },
  { name: "Facebook", host: "www.facebook.com", param: "u", title: undefined },
  { name: "LinkedIn", host: "www.linkedin.com", param: "url", title: undefined },
  { name: "WhatsApp", host: "wa.me", param: "text", title: "text" },
];

const menu = (page: Page) => page.locator("details[data-share-menu]");
const control = (page: Page) => menu(page).locator(":scope > summary");
const shareLinks = (page: Page) => page.getByRole("list", { name: "Share on" }).getByRole("link");

for (const kind of KINDS) {
  test(`the ${kind}: one Share control, closed; open, it shares the canonical address and title`, async ({
    page,
  }) => {
    const shared = sharedPage(kind);
    test.skip(!shared, `the story has no ${kind}`);
    const { path, canonical, title, hasEmbed } = shared!;
    const address = `${storyUnderTest().siteUrl}${canonical}`;
    const requested: string[] = [];
    page.on("request", (request) => requested.push(request.url()));
    await page.goto(path);

    await expect(menu(page)).toHaveCount(1);
    await expect(control(page)).toHaveText("Share");
    await expect(shareLinks(page).first()).toBeHidden();
    await control(page).click();
    await expect(menu(page)).toHaveAttribute("open");

    await expect(shareLinks(page)).toHaveText(SERVICES.map((service) => service.name));
    for (const service of SERVICES) {
      const link = shareLinks(page).filter({ hasText: new RegExp(`^${service.name}$`) });
      await expect(link).toBeVisible();
      // An ordinary link: no script, no new window chosen for the reader.
      await expect(link).not.toHaveAttribute("target", /.*/);
      await expect(link).not.toHaveAttribute("onclick", /.*/);
      const href = new URL((await link.getAttribute("href"))!);
      if (service.host) {
        await expect(link).toHaveAttribute("rel", "external");
        expect(href.protocol, service.name).toBe("https:");
        expect(href.host, service.name).toBe(service.host);
      } else {
        expect(href.protocol, service.name).toBe("mailto:");
      }
      expect(href.searchParams.get(service.param), service.name).toContain(address);
      if (service.title) expect(href.searchParams.get(service.title), service.name).toContain(title);
    }
    await expect(menu(page).getByText("Embed", { exact: true })).toHaveCount(hasEmbed ? 1 : 0);

    // Nothing came from any of those services, or from anywhere but the site.
    const origin = new URL(page.url()).origin;
    expect(requested.filter((url) => new URL(url).origin !== origin)).toEqual([]);
  });
}

test.describe("from the keyboard", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  test("Enter opens the menu, Tab goes into it, Escape closes it and the focus returns to its control", async ({
    page,
  }) => {
    await page.goto(`/events/${storyUnderTest().events[0]!.slug}/`);
    await control(page).focus();
    await page.keyboard.press("Enter");
    await expect(menu(page)).toHaveAttribute("open");
    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: "Copy link" })).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(shareLinks(page).first()).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(menu(page)).not.toHaveAttribute("open");
    await expect(control(page)).toBeFocused();
    await expect(shareLinks(page).first()).toBeHidden();
  });

  test("a click elsewhere on the page closes it", async ({ page }) => {
    await page.goto("/");
    await control(page).click();
    await expect(menu(page)).toHaveAttribute("open");
    await page.getByRole("contentinfo").click({ position: { x: 1, y: 1 } });
    await expect(menu(page)).not.toHaveAttribute("open");
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the menu opens, with its share links and embed code, and no dead Copy button", async ({ page }) => {
    await page.goto(`/events/${storyUnderTest().events[0]!.slug}/`);
    await control(page).click();
    await expect(shareLinks(page)).toHaveCount(SERVICES.length);
    await expect(shareLinks(page).first()).toBeVisible();
    await expect(page.getByRole("button", { name: "Copy link" })).toHaveCount(0);
    await menu(page).getByText("Embed", { exact: true }).click();
    await expect(page.getByLabel("Code to paste into an article’s HTML")).toBeVisible();
  });
});

test.describe("at 320 px", () => {
  test.use({ viewport: { width: 320, height: 640 }, permissions: ["clipboard-read", "clipboard-write"] });

  for (const colorScheme of ["light", "dark"] as const) {
    test(`opened with its embed code, it fits the screen and axe finds nothing (${colorScheme})`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(`/events/${storyUnderTest().events[0]!.slug}/`);
      await control(page).click();
      await menu(page).getByText("Embed", { exact: true }).click();
      await expect(page.getByRole("button", { name: "Copy embed code" })).toBeVisible();
      const widest = await menu(page).evaluate((element) =>
        Math.max(
          ...[element, ...element.querySelectorAll("*")].map((el) => el.getBoundingClientRect().right),
        ),
      );
      expect(widest).toBeLessThanOrEqual(320);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

test("the menu is left out of print", async ({ page }) => {
  await page.goto("/");
  await control(page).click();
  await page.emulateMedia({ media: "print" });
  await expect(menu(page)).toBeHidden();
  await expect(page.getByRole("link", { name: "Back to top" })).toBeHidden();
});
