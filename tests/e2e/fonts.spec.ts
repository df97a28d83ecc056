import { expect, test } from "./fixtures";
import { familiesOf, renderedFonts } from "./rendered-fonts";

// The font set-up (tests/playwright.config.ts) must be in effect, or the layout tests would pass or fail
// on whatever fonts the machine happens to have.
test("the page renders in the font set-up's sans and serif families", async ({ page }, testInfo) => {
  const { sans, serif } = testInfo.project.metadata as { sans: string; serif: string };
  await page.goto("/about/");
  // Body text (the system-ui stack) and running serif text (the serif stack), each in its own family only.
  expect(familiesOf(await renderedFonts(page, ".site-header nav a")), "the navigation's font").toEqual([
    sans,
  ]);
  expect(familiesOf(await renderedFonts(page, ".prose p")), "the article text's font").toEqual([serif]);
});
