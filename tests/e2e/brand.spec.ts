/**
 * The newsroom's brand, as story.yaml's `brand` sets it: its logo in the header with its name as
 * alt text (or its name in words), beside the story's title; its accent colour in either theme.
 * A story without a brand shows the title alone, in the site's own colours.
 */
import { readFileSync } from "node:fs";
import { expect, storyUnderTest, test } from "./fixtures";

/** The site's own accent, light and dark, from the design tokens. */
const [, LIGHT, DARK] = /--color-accent: light-dark\((#\w+), (#\w+)\)/.exec(
  readFileSync("src/styles/tokens.css", "utf8"),
)!;

test("the masthead shows the newsroom's logo or name, then the story's title, linking home", async ({
  page,
}) => {
  const { title, brand } = storyUnderTest().settings;
  await page.goto("/about/");
  const masthead = page.locator("header .site-title");
  await expect(masthead).toHaveAttribute("href", "/");
  await expect(masthead.locator(".story-title")).toHaveText(title);
  const logo = masthead.getByRole("img");
  if (brand.logo) {
    await expect(logo).toHaveAttribute("alt", brand.name!);
    // Drawn at its own proportions, from the site itself.
    expect(await logo.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(
      true,
    );
    await expect(masthead).toHaveAccessibleName(`${brand.name} ${title}`);
  } else {
    await expect(logo).toHaveCount(0);
    await expect(masthead).toHaveAccessibleName(brand.name ? `${brand.name} ${title}` : title);
  }
});

for (const theme of ["light", "dark"] as const) {
  test(`the accent colour in the ${theme} theme is the brand's, or the site's own`, async ({ page }) => {
    const { accent } = storyUnderTest().settings.brand;
    await page.emulateMedia({ colorScheme: theme });
    await page.goto("/");
    const colour = await page.evaluate(() => {
      const probe = document.body.appendChild(document.createElement("span"));
      probe.style.color = "var(--color-accent)";
      return getComputedStyle(probe).color;
    });
    const expected = accent?.[theme] ?? { light: LIGHT!, dark: DARK! }[theme];
    expect(colour).toBe(
      await page.evaluate((hex) => {
        const probe = document.body.appendChild(document.createElement("span"));
        probe.style.color = hex;
        return getComputedStyle(probe).color;
      }, expected),
    );
  });
}
