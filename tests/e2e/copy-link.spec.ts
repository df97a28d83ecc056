import { expect, test } from "./fixtures";

const SITE = "https://vn-us-trade-timeline.example";

test.describe("with JavaScript and the Clipboard API", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  for (const [path, canonical] of [
    ["/events/2025-06-19-virtual-ministerial-meeting/", "/events/2025-06-19-virtual-ministerial-meeting/"],
    // A round's page is an alias of its event page: the permanent URL copied is the canonical one.
    ["/rounds/2/", "/events/2025-05-19-second-round/"],
  ] as const) {
    test(`${path}: “Copy link” copies the canonical URL and says so politely`, async ({ page }) => {
      await page.goto(path);
      const button = page.getByRole("button", { name: "Copy link" });
      await expect(button).toBeVisible();
      const status = page.locator("[data-copy-link]").getByRole("status");
      await expect(status).toHaveText("");
      await button.click();
      await expect(status).toHaveText("Link copied");
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${SITE}${canonical}`);
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${SITE}${canonical}`);
    });
  }

  test("the button works from the keyboard", async ({ page }) => {
    await page.goto("/events/2024-us-vietnam-goods-trade/");
    await page.getByRole("button", { name: "Copy link" }).focus();
    await page.keyboard.press("Enter");
    await expect(page.locator("[data-copy-link] [role=status]")).toHaveText("Link copied");
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("there is no dead “Copy link” button", async ({ page }) => {
    await page.goto("/events/2024-us-vietnam-goods-trade/");
    await expect(page.getByRole("button", { name: "Copy link" })).toHaveCount(0);
    await expect(page.locator("[data-copy-link]")).toBeHidden();
  });
});
