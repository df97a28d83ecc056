import type { Locator } from "@playwright/test";
import { byId, expect, storyUnderTest, test } from "./fixtures";

/** A phone, a larger phone, a tablet and a desktop. */
const WIDTHS = [320, 390, 768, 1280];

/** Every event of the story, as its content folder names them, sorted here rather than taken from the build. */
const slugs = () => storyUnderTest().ids("events").sort();

/** WCAG's contrast ratio of two "rgb(r, g, b)" colours. */
function contrast(a: string, b: string): number {
  const luminance = (colour: string) => {
    const [r, g, b] = colour
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map((value) => {
        const channel = Number(value) / 255;
        return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

/**
 * The event's first line (kind and date) and its headline are in the viewport and nothing covers
 * them: the topmost element at their corners is the event itself, never a sticky heading.
 */
async function expectFullyInView(card: Locator, slug: string): Promise<void> {
  await expect(card, slug).toBeInViewport();
  const parts = [card.locator(":scope > *").first(), card.getByRole("heading").first()];
  for (const [index, part] of parts.entries()) {
    const what = `${slug}: ${index === 0 ? "its first line" : "its headline"}`;
    // Scrolling to a target may finish after the navigation: wait for the box to settle.
    await expect
      .poll(
        () =>
          part.evaluate((element) => {
            const box = element.getBoundingClientRect();
            const corners = [
              [box.left + 2, box.top + 2],
              [box.left + 2, box.bottom - 2],
            ];
            const uncovered = corners.every(([x, y]) => element.contains(document.elementFromPoint(x!, y!)));
            return uncovered && box.top >= 0 && box.bottom <= window.innerHeight;
          }),
        { message: `${what} is in view, uncovered` },
      )
      .toBe(true);
  }
}

for (const width of WIDTHS) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: width < 768 ? 640 : 800 } });

    test("every /#<event> link shows the event whole, below the month heading", async ({ page }) => {
      test.slow();
      await page.goto("/");
      for (const slug of slugs()) {
        await page.goto(`/#${slug}`);
        await expectFullyInView(page.locator(`article${byId(slug)}`), slug);
      }
    });

    test("on each year page, every /#<event> link shows the event whole", async ({ page }) => {
      test.slow();
      const years = [...new Set(storyUnderTest().events.map((event) => event.slug.match(/\d{4}/)![0]))];
      for (const year of years) {
        await page.goto(`/years/${year}/`);
        const here = await page
          .getByRole("main")
          .locator("article[id]")
          .evaluateAll((articles) => articles.map((article) => article.id));
        for (const slug of here) {
          await page.goto(`/years/${year}/#${slug}`);
          await expectFullyInView(page.locator(`article${byId(slug)}`), slug);
        }
      }
    });

    test("every month of the month navigation brings its heading into view", async ({ page }) => {
      await page.goto("/");
      const months = page.getByRole("navigation", { name: "Months" }).getByRole("link");
      for (const month of await months.all()) {
        const id = (await month.getAttribute("href"))!.slice(1);
        await month.click();
        await expect(page.locator(`h2${byId(id)}`)).toBeInViewport({ ratio: 1 });
      }
    });

    test("every mark of the time axis leads to its event, shown whole", async ({ page }) => {
      test.slow();
      await page.goto("/");
      const axis = page.getByRole("navigation", { name: "Events over time" });
      const marks = await axis.getByRole("link").all();
      expect(marks.length).toBeGreaterThan(0);
      for (const mark of marks) {
        const slug = (await mark.getAttribute("href"))!.split("#")[1]!;
        await mark.click();
        await expect(page).toHaveURL(new RegExp(`#${RegExp.escape(slug)}$`));
        await expectFullyInView(page.locator(`article${byId(slug)}`), slug);
      }
    });
  });
}

for (const colorScheme of ["light", "dark"] as const) {
  test(`the event a link leads to is framed, 3:1 against the page in ${colorScheme}, moving nothing`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    const slug = slugs().at(-1)!;
    await page.goto("/");
    const card = page.locator(`article${byId(slug)}`);
    const before = await card.boundingBox();
    await page.goto(`/#${slug}`);
    const { outline, outlineColor, background } = await card.evaluate((element) => {
      const style = getComputedStyle(element);
      return {
        outline: style.outlineStyle,
        outlineColor: style.outlineColor,
        background: getComputedStyle(document.body).backgroundColor,
      };
    });
    expect(outline).not.toBe("none");
    expect(contrast(outlineColor, background)).toBeGreaterThanOrEqual(3);
    const after = await card.boundingBox();
    const scrolled = await page.evaluate(() => window.scrollY);
    const round = (box: { x: number; y: number; width: number; height: number }) =>
      [box.x, box.y, box.width, box.height].map(Math.round);
    expect(round({ ...after!, y: after!.y + scrolled })).toEqual(round(before!));
  });
}
