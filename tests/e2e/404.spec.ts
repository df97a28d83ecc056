import { expect, storyUnderTest, test } from "./fixtures";

for (const path of ["/no-such-page/", "/events/no-such-event/"]) {
  test(`${path} is a 404 page that leads back to the timeline`, async ({ page, browserErrors, baseURL }) => {
    // Chromium logs the 404 of the document itself; that one is expected, nothing else is.
    const url = new URL(path, baseURL).href;
    browserErrors.allow(
      (error) => error.kind === "console" && error.url === url && /status of 404/.test(error.text),
    );

    const { title } = storyUnderTest().settings;
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await expect(page).toHaveTitle(new RegExp(`Page not found|${RegExp.escape(title)}`));

    // Links back to the timeline: the site title, the "Timeline" nav item and the link in the page body.
    const main = page.getByRole("main");
    const back = main.getByRole("link", { name: "The timeline" });
    await expect(back).toHaveAttribute("href", "/");
    await expect(
      page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: "Timeline" }),
    ).toHaveAttribute("href", "/");

    await back.click();
    await expect(page).toHaveURL("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(page.getByRole("main").getByRole("article").first()).toBeVisible();
  });
}
