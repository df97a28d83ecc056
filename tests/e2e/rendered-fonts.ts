import { expect, type Page } from "@playwright/test";

/** A font Chromium drew text with, as its font back end reports it. */
export interface RenderedFont {
  familyName: string;
  /** A web font (an @font-face the page loaded), not one installed on the machine. */
  isCustomFont: boolean;
  glyphCount: number;
}

/**
 * The fonts Chromium drew the text of every element matching `selector` with (its own text, not its
 * children's: match those too, "h2, h2 *"), once the page's web fonts have loaded.
 */
export async function renderedFonts(page: Page, selector: string): Promise<RenderedFont[]> {
  await page.evaluate(() => document.fonts.ready);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("DOM.enable");
  await cdp.send("CSS.enable");
  const { root } = await cdp.send("DOM.getDocument", { depth: -1 });
  const { nodeIds } = await cdp.send("DOM.querySelectorAll", { nodeId: root.nodeId, selector });
  const fonts: RenderedFont[] = [];
  for (const nodeId of nodeIds)
    fonts.push(...(await cdp.send("CSS.getPlatformFontsForNode", { nodeId })).fonts);
  await cdp.detach();
  return fonts;
}

/** The distinct families of `fonts`, web fonts marked: ["DejaVu Sans"], ["Source Serif 4 (web font)"]. */
export const familiesOf = (fonts: readonly RenderedFont[]): string[] => [
  ...new Set(fonts.map((font) => `${font.familyName}${font.isCustomFont ? " (web font)" : ""}`)),
];

/** The family of the display font's @font-face rules (src/lib/fonts/font-face.ts). */
const DISPLAY_FAMILY = "Timeline Display";
const MARK = "data-display-font-text";

/**
 * Checks that every element of the page whose text the display font sets (--font-display: the
 * masthead and headings) is drawn in that web font alone: no letter falls back to another font
 * inside a word, as the machine's serif would for a letter it lacks.
 */
export async function expectDisplayFont(page: Page, path: string): Promise<void> {
  const marked = await page.evaluate(
    ([family, mark]) => {
      const elements = [...document.querySelectorAll("body *")].filter(
        (element) =>
          getComputedStyle(element).fontFamily.startsWith(`"${family}"`) &&
          [...element.childNodes].some(
            (node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim(),
          ),
      );
      for (const element of elements) element.setAttribute(mark, "");
      return elements.map((element) => element.textContent?.trim() ?? "");
    },
    [DISPLAY_FAMILY, MARK] as const,
  );
  expect(marked, `the text set in the display font on ${path}`).not.toEqual([]);
  const families = familiesOf(await renderedFonts(page, `[${MARK}]`));
  expect(families, `the fonts of the masthead and headings on ${path}`).toHaveLength(1);
  expect(families[0], `the font of the masthead and headings on ${path}`).toMatch(/\(web font\)$/);
}
