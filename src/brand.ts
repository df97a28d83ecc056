import { readFileSync } from "node:fs";
import sharp from "sharp";
import { SITE } from "./config";
import { CONTENT_DIR } from "./lib/content/content-dir";
import { accentProblems, themeBackgrounds } from "./lib/brand/contrast";
import { contentFontTexts, planDisplayFont, shortHash, subsetBytes } from "./lib/fonts/display-font";
import { fontFaceCss } from "./lib/fonts/font-face";
import { stringsOf, type FontText } from "./lib/fonts/font-text";
import { brandFile } from "./lib/content/urls";
import { monthNames } from "./lib/dates/format-date";
import { capitalized, LANGUAGE, words } from "./i18n/words";
import tokensCss from "./styles/tokens.css?raw";

/**
 * The newsroom's brand (story.yaml's `brand`), checked and prepared once: its accent colour, the
 * display font cut to the story's text, its logo; and the files the site serves for them in /brand/.
 */

/** The backgrounds the accent is set on as text: the page's and the surface of notes and panels. */
const ACCENT_BACKGROUNDS = ["--color-bg", "--color-surface"];

const { accent, font, logo, name } = SITE.brand;

/** What the site writes in headings besides the story's text: its own words, month names and figures. */
const interfaceTexts: FontText[] = [
  // Without the {placeholders}, which fill() replaces.
  ...stringsOf(words, `src/i18n/${LANGUAGE}.ts`, () => true).map((text) => ({
    ...text,
    text: text.text.replace(/\{\w+\}/g, ""),
  })),
  ...monthNames("long").map((month) => ({ file: "month names", field: LANGUAGE, text: capitalized(month) })),
  { file: "figures", field: LANGUAGE, text: new Intl.NumberFormat(SITE.lang).format(1234567890.5) },
];

const displayFont = await planDisplayFont(font, CONTENT_DIR, [
  ...contentFontTexts(CONTENT_DIR),
  ...interfaceTexts,
]);
const problems = [
  ...(accent
    ? accentProblems(
        accent,
        themeBackgrounds(tokensCss, ACCENT_BACKGROUNDS),
        "content/story.yaml → brand.accent",
      )
    : []),
  ...displayFont.problems,
];
if (problems.length > 0) {
  throw new Error(`The story's brand cannot be shown as set:\n${problems.join("\n")}`);
}

export const DISPLAY_FONT = displayFont.font;
/** The display font's file, which the masthead needs on every page's first screen. */
export const FIRST_SCREEN_FONT = brandFile(DISPLAY_FONT.name);

/** The accent in screen themes only: print keeps its own black. */
const accentCss = accent
  ? `@media screen {\n  html:root {\n    --color-accent: light-dark(${accent.light}, ${accent.dark});\n  }\n}\n`
  : "";
const brandCss = fontFaceCss(DISPLAY_FONT, FIRST_SCREEN_FONT) + accentCss;
const BRAND_CSS = `brand-${shortHash(brandCss)}.css`;
export const BRAND_STYLESHEET = brandFile(BRAND_CSS);

const logoBytes = logo && Uint8Array.from(readFileSync(`${CONTENT_DIR}/${logo}`));
const logoFile = logo && logoBytes && `logo-${shortHash(logoBytes)}.${logo.split(".").pop()!.toLowerCase()}`;

/** The logo for the header: its address, size in pixels and alt text; none without one. Read once, not per page. */
export const BRAND_LOGO = await (async () => {
  if (!logoBytes || !logoFile || !name) return undefined;
  const { width = 1, height = 1 } = await sharp(logoBytes).metadata();
  return { src: brandFile(logoFile), width, height, alt: name };
})();

const TYPES: Record<string, string> = {
  css: "text/css; charset=utf-8",
  woff2: "font/woff2",
  svg: "image/svg+xml",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  webp: "image/webp",
};

/** Every file of /brand/, each named by its content: the stylesheet, the display font and the logo. */
export const BRAND_FILES: Array<{
  name: string;
  type: string;
  body: () => Promise<Uint8Array<ArrayBuffer> | string>;
}> = [
  {
    name: BRAND_CSS,
    type: TYPES["css"]!,
    body: async () => brandCss,
  },
  { name: DISPLAY_FONT.name, type: TYPES["woff2"]!, body: () => subsetBytes(DISPLAY_FONT) },
  ...(logoFile && logoBytes
    ? [{ name: logoFile, type: TYPES[logoFile.split(".").pop()!]!, body: async () => logoBytes }]
    : []),
];
