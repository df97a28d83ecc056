import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

/** The families Chromium drew the text of `selector` with (first match), as its font back end reports them. */
async function renderedFamilies(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("DOM.enable");
  await cdp.send("CSS.enable");
  const { root } = await cdp.send("DOM.getDocument");
  const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
  await cdp.detach();
  return [...new Set(fonts.map((font) => font.familyName))];
}

// The font set-up (tests/playwright.config.ts) must be in effect, or the layout tests would pass or fail
// on whatever fonts the machine happens to have.
test("the page renders in the font set-up's sans and serif families", async ({ page }, testInfo) => {
  const { sans, serif } = testInfo.project.metadata as { sans: string; serif: string };
  await page.goto("/");
  // Body text (the system-ui stack) and the site title (the serif stack), each in its own family only.
  expect(await renderedFamilies(page, ".site-header nav a"), "the navigation's font").toEqual([sans]);
  expect(await renderedFamilies(page, ".site-title"), "the site title's font").toEqual([serif]);
});
