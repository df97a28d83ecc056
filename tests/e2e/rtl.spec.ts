import { eachStory, expect, test } from "./fixtures";

/**
 * Right-to-left ready: the CSS uses logical properties (inline start and end), so a story in a
 * right-to-left language needs no CSS of its own. Each template's first page, turned right to left,
 * must still fit 320 px: nothing sticks out on either side, and the page does not scroll sideways.
 */
const templateOf = (path: string) => (path.split("/").length > 3 ? path.replace(/[^/]+\/$/, "*/") : path);

eachStory((story) => {
  test.describe("right to left at 320 px", () => {
    test.use({ viewport: { width: 320, height: 640 } });
    const samples = [...Map.groupBy(story.pages(), templateOf).values()].map((group) => group[0]!);
    for (const path of samples) {
      test(`${path} fits 320 px with dir="rtl"`, async ({ page }) => {
        await page.goto(path);
        await page.evaluate(() => (document.documentElement.dir = "rtl"));
        const overflow = await page.evaluate(() => {
          const width = document.documentElement.clientWidth;
          const sticksOut = (el: Element) => {
            const box = el.getBoundingClientRect();
            return box.width > 0 && (box.right > width + 1 || box.left < -1);
          };
          // Wide content may scroll inside its own container (a table), not the page.
          const inScroller = (el: Element) => {
            for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
              if (["auto", "scroll"].includes(getComputedStyle(up).overflowX)) return true;
            }
            return false;
          };
          const wide = [...document.querySelectorAll("body *")]
            .filter((el) => sticksOut(el) && !inScroller(el) && !el.closest(".visually-hidden, .skip-link"))
            .filter((el) => !el.parentElement || !sticksOut(el.parentElement))
            .map((el) => `<${el.tagName.toLowerCase()} class="${el.getAttribute("class") ?? ""}">`);
          return { scrollWidth: document.documentElement.scrollWidth, width, wide };
        });
        expect(overflow.wide, `content sticking out of ${path} right to left`).toEqual([]);
        expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.width);
      });
    }
  });
});
