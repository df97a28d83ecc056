import type { APIRequestContext } from "@playwright/test";
import { axeViolations, templateSamples } from "./axe";
import { eachStory, expect, storyUnderTest, test } from "./fixtures";

/** The kind of an embed of one event or one round ("/embed/events/"): one page of each stands for the rest. */
const embedKind = (path: string) => /^\/embed\/[^/]+\//.exec(path)?.[0];

/**
 * Every page but the embeds after the first of each kind: the others differ only in content, which
 * the full pages already show (tests/e2e/embed.spec.ts checks each kind in a frame).
 */
const withOneEmbedOfEachKind = (pages: string[]) =>
  pages.filter(
    (path, index) =>
      !embedKind(path) || pages.findIndex((page) => embedKind(page) === embedKind(path)) === index,
  );

/** The 404 page, reached through an unknown address. */
const NOT_FOUND = "/no-such-page/";

const LAYOUTS = [
  { name: "desktop", viewport: { width: 1280, height: 800 } },
  { name: "320px", viewport: { width: 320, height: 640 } },
] as const;
const SCHEMES = ["light", "dark"] as const;

eachStory((story) => {
  /** Every page of the built site (one embed of each kind), plus the 404 page. */
  const pages = [...withOneEmbedOfEachKind(story.pages()), NOT_FOUND];
  // The first page of each template is tagged @template-sample: a project that checks a story's
  // layouts rather than every page (the second story's, tests/playwright.config.ts) runs axe on those.
  const samples = templateSamples(pages);

  for (const layout of LAYOUTS) {
    for (const colorScheme of SCHEMES) {
      test.describe(`axe, ${layout.name}, ${colorScheme}`, () => {
        test.use({ viewport: layout.viewport, colorScheme });

        for (const path of pages) {
          test(
            `${path} has no WCAG violations`,
            { tag: samples.has(path) ? "@template-sample" : [] },
            async ({ page, browserErrors }) => {
              // The home page lists every event up to the story's homeEventLimit: the longest page axe reads.
              test.slow(path === "/");
              if (path === NOT_FOUND) {
                // Chromium logs the 404 of the document itself.
                browserErrors.allow(
                  (error) =>
                    error.kind === "console" &&
                    error.url.endsWith(NOT_FOUND) &&
                    /status of 404/.test(error.text),
                );
              }
              const response = await page.goto(path);
              expect(response?.status()).toBe(path === NOT_FOUND ? 404 : 200);
              expect(
                await page.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches),
                "the emulated colour scheme is in effect",
              ).toBe(colorScheme === "dark");
              const violations = await axeViolations(page);
              expect(violations, `axe violations on ${path} (${layout.name}, ${colorScheme})`).toEqual([]);
            },
          );
        }
      });
    }
  }

  test.describe("reflow at 320 px", () => {
    test.use({ viewport: { width: 320, height: 640 } });
    for (const path of withOneEmbedOfEachKind(story.pages())) {
      const tag = samples.has(path) ? "@template-sample" : [];
      test(`${path} does not scroll sideways at 320 px (WCAG 1.4.10)`, { tag }, async ({ page }) => {
        await page.goto(path);
        const overflow = await page.evaluate(() => {
          const width = document.documentElement.clientWidth;
          const sticksOut = (el: Element) => el.getBoundingClientRect().right > width + 1;
          // Wide content may scroll inside its own container (the table exception of 1.4.10), not the page.
          const inScroller = (el: Element) => {
            for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
              if (["auto", "scroll"].includes(getComputedStyle(up).overflowX)) return true;
            }
            return false;
          };
          const wide = [...document.querySelectorAll("body *")]
            .filter((el) => sticksOut(el) && !inScroller(el))
            .filter((el) => !el.parentElement || !sticksOut(el.parentElement))
            .filter((el) => !el.closest(".visually-hidden"))
            .map((el) => {
              const box = el.getBoundingClientRect();
              const cls = el.getAttribute("class");
              const text = (el.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 50);
              return `<${el.tagName.toLowerCase()}${cls ? ` class="${cls}"` : ""}> ${Math.round(box.width)}px wide, right edge at ${Math.round(box.right)}px: "${text}"`;
            });
          return { scrollWidth: document.documentElement.scrollWidth, width, wide };
        });
        expect(overflow.wide, `content sticking out of the ${overflow.width}px viewport on ${path}`).toEqual(
          [],
        );
        expect(overflow.scrollWidth, `page width on ${path}`).toBeLessThanOrEqual(overflow.width);
      });
    }
  });
});

/**
 * Same-origin pages linked from `start` (by a link, or by a form that sends there), breadth first, without
 * hashes or queries. Linked files that are not HTML (feeds, calendar, data) must answer too, but are not pages.
 */
async function crawl(request: APIRequestContext, origin: string, start = "/") {
  const seen = new Set<string>([start]);
  const queue = [start];
  const pages: string[] = [];
  const broken: string[] = [];
  while (queue.length > 0) {
    const path = queue.shift() ?? "/";
    const response = await request.get(path);
    if (response.status() !== 200) {
      broken.push(`${path} answered ${response.status()}`);
      continue;
    }
    if (!(response.headers()["content-type"] ?? "").includes("text/html")) continue;
    pages.push(path);
    const html = await response.text();
    for (const match of html.matchAll(/<(?:a\s[^>]*?href|form\s[^>]*?action)="([^"]*)"/g)) {
      const href = (match[1] ?? "").replaceAll("&amp;", "&");
      const url = new URL(href, new URL(path, origin));
      if (url.origin !== origin) continue;
      const target = url.pathname;
      if (!seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  return { pages: pages.sort(), broken };
}

test("the audited pages are every page reachable from / and no internal link is broken", async ({
  request,
  baseURL,
}) => {
  const { pages, broken } = await crawl(request, new URL(baseURL ?? "http://127.0.0.1:4322").origin);
  expect(broken, "internal links that do not resolve").toEqual([]);
  // The embeds are reached from the code a page offers, not by a link (tests/e2e/embed.spec.ts).
  const linked = storyUnderTest()
    .pages()
    .filter((path) => !embedKind(path) && path !== "/embed/");
  expect(pages, "pages reachable from / = index.html files in dist/ but the embeds").toEqual(linked);
});

test("the first Tab focuses “Skip to content”, which moves focus to main", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await expect(skip).toBeInViewport();
  await expect(skip).toHaveAttribute("href", "#main");

  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
  await expect(page.getByRole("main")).toBeFocused();

  // The next Tab continues from main, not from the top of the page.
  await page.keyboard.press("Tab");
  const focusedInMain = await page.evaluate(() =>
    document.querySelector("main")?.contains(document.activeElement),
  );
  expect(focusedInMain, "the Tab after the skip link lands inside main").toBe(true);
});

/** The timeline, search results for a person's name, and the first event's page. */
const TAB_PAGES = {
  "/": () => "/",
  "/search/?q=<a person's name>": () =>
    `/search/?q=${encodeURIComponent(storyUnderTest().timeline.people.find((person) => person.events.length > 0)!.name)}`,
  "/events/<the first event>/": () => `/events/${storyUnderTest().events[0]!.slug}/`,
};

for (const [name, pathOf] of Object.entries(TAB_PAGES)) {
  test(`on ${name} Tab reaches every control, each with a visible focus ring, and leaves the page (no trap)`, async ({
    page,
  }) => {
    const path = pathOf();
    await page.goto(path);
    if (path.startsWith("/search/")) await expect(page.locator("#search-status")).toHaveText(/result/);
    const focusable = await page
      .locator("a[href], button:not([hidden]), input, summary, [tabindex='0']")
      .evaluateAll(
        (elements) => elements.filter((element) => (element as HTMLElement).offsetParent !== null).length,
      );
    const visited = new Set<string>();
    for (let step = 0; step < focusable + 5; step++) {
      await page.keyboard.press("Tab");
      const focused = await page.evaluate(() => {
        const element = document.activeElement;
        if (!element || element === document.body) return undefined;
        const style = getComputedStyle(element);
        return {
          key: `${element.tagName}#${element.id}|${element.getAttribute("href") ?? ""}|${element.textContent?.slice(0, 40)}`,
          ring: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2,
        };
      });
      if (!focused) break; // Focus left the document: no trap.
      expect(focused.ring, `visible focus on ${focused.key}`).toBe(true);
      visited.add(focused.key);
    }
    expect(visited.size, "distinct controls reached by Tab").toBeGreaterThanOrEqual(Math.min(focusable, 10));
    expect(
      await page.evaluate(() => document.activeElement === document.body || document.activeElement === null),
    ).toBe(true);
  });
}
