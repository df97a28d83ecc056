import type { Page } from "@playwright/test";
import { expect, storyUnderTest, test } from "./fixtures";

const LIGHT_BG = "rgb(252, 252, 250)";
const DARK_BG = "rgb(21, 21, 21)";
/** The first event's page. */
const eventPage = () => `/events/${storyUnderTest().events[0]!.slug}/`;

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false, colorScheme: "dark" });

  test("there is no theme control, and the system preference applies", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByLabel("Theme")).toBeHidden();
    expect(await background(page)).toBe(DARK_BG);
  });
});

test.describe("with JavaScript", () => {
  test.use({ colorScheme: "light" });

  test("the control follows the system until a theme is picked, and remembers it across pages and reloads", async ({
    page,
  }, testInfo) => {
    await page.goto(eventPage());
    const theme = page.getByLabel("Theme");
    await expect(theme).toBeVisible();
    await expect(theme).toHaveValue("system");
    expect(await background(page)).toBe(LIGHT_BG);
    await testInfo.attach("light", { body: await page.screenshot(), contentType: "image/png" });

    await theme.selectOption("dark");
    expect(await background(page)).toBe(DARK_BG);
    expect(await page.evaluate(() => localStorage.getItem("theme"))).toBe("dark");
    await testInfo.attach("dark", { body: await page.screenshot(), contentType: "image/png" });

    await page.reload();
    await expect(page.getByLabel("Theme")).toHaveValue("dark");
    expect(await background(page)).toBe(DARK_BG);
    await page.goto("/");
    expect(await background(page)).toBe(DARK_BG);

    await page.getByLabel("Theme").selectOption("system");
    expect(await background(page)).toBe(LIGHT_BG);
    expect(await page.evaluate(() => localStorage.getItem("theme"))).toBeNull();
  });

  test("the control is in the footer, named, and works from the keyboard", async ({ page }) => {
    await page.goto(eventPage());
    const theme = page.getByRole("contentinfo").getByRole("combobox", { name: "Theme" });
    await expect(theme).toBeVisible();
    await expect(page.getByRole("banner").getByRole("combobox")).toHaveCount(0);
    await theme.focus();
    await page.keyboard.press("ArrowDown");
    await expect(theme).toHaveValue("light");
    await page.keyboard.press("ArrowDown");
    await expect(theme).toHaveValue("dark");
    expect(await background(page)).toBe(DARK_BG);
    expect(await page.evaluate(() => localStorage.getItem("theme"))).toBe("dark");
  });

  test("a stored choice applies before first paint", async ({ page }) => {
    await page.addInitScript(() => {
      localStorage.setItem("theme", "dark");
      // Record the theme at the moment <body> is created: before anything can be painted.
      const seen: Record<string, string | undefined> = {};
      Object.assign(window, { themeSeen: seen });
      new MutationObserver((_, observer) => {
        if (!document.body) return;
        seen["atBody"] = document.documentElement.dataset["theme"];
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
      document.addEventListener("DOMContentLoaded", () => {
        seen["background"] = getComputedStyle(document.body).backgroundColor;
      });
    });
    await page.goto(eventPage());
    const seen = await page.evaluate(
      () => (window as unknown as { themeSeen: Record<string, string> }).themeSeen,
    );
    expect(seen).toEqual({ atBody: "dark", background: DARK_BG });
  });

  test("a stored light choice overrides a dark system", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.addInitScript(() => localStorage.setItem("theme", "light"));
    await page.goto(eventPage());
    expect(await background(page)).toBe(LIGHT_BG);
    await expect(page.getByLabel("Theme")).toHaveValue("light");
  });

  test("the head script is small and written in the page before any other", async ({ request }) => {
    for (const path of ["/", "/embed/"]) {
      const html = await (await request.get(path)).text();
      const head = html.slice(0, html.indexOf("</head>"));
      const [first, text] = /<script>([\s\S]*?)<\/script>/.exec(head) ?? [];
      expect(first, `${path}: an inline script in <head>`).toBeDefined();
      // Before any script that runs (JSON-LD is data).
      const firstToRun = /<script(?![^>]*application\/ld\+json)/.exec(html)?.index;
      expect(html.indexOf(first!), `${path}: before any other script`).toBe(firstToRun);
      // security.spec.ts checks that the policy allows it, by its hash.
      expect(Buffer.byteLength(text!)).toBeLessThan(512);
    }
  });
});
