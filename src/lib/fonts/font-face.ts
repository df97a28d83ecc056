import type { DisplayFont, FontMetrics } from "./display-font";
import { codePointName } from "./font-text";

/** The family the stylesheets name (src/styles/tokens.css), whichever font the story chose. */
export const DISPLAY_FAMILY = "Timeline Display";

/**
 * The local font that stands in until the display font has loaded, sized to take the same room, so
 * that the swap moves nothing. Times New Roman Bold, as Capsize measures it: the serif that most
 * systems have; where it is missing the rest of the stack follows, unadjusted.
 */
const FALLBACK = {
  names: ["Times New Roman Bold", "TimesNewRomanPS-BoldMT"],
  metrics: { unitsPerEm: 2048, ascent: 1825, descent: -443, lineGap: 87, xWidthAvg: 886 },
};

const percent = (value: number) => `${Number((value * 100).toFixed(2))}%`;

/** size-adjust and the overrides that give `fallback` the display font's width and line box (Capsize's formula). */
export function fallbackOverrides(font: FontMetrics, fallback: FontMetrics): Record<string, string> {
  const sizeAdjust = font.xWidthAvg / font.unitsPerEm / (fallback.xWidthAvg / fallback.unitsPerEm);
  const em = font.unitsPerEm * sizeAdjust;
  return {
    "size-adjust": percent(sizeAdjust),
    "ascent-override": percent(font.ascent / em),
    "descent-override": percent(Math.abs(font.descent) / em),
    "line-gap-override": percent(font.lineGap / em),
  };
}

/** "U+20-7E,U+E0" from code points in ascending order. */
export function unicodeRange(codePoints: readonly number[]): string {
  const runs: Array<[number, number]> = [];
  for (const codePoint of codePoints) {
    const last = runs.at(-1);
    if (last && codePoint === last[1] + 1) last[1] = codePoint;
    else runs.push([codePoint, codePoint]);
  }
  return runs
    .map(([first, end]) =>
      first === end ? codePointName(first) : `${codePointName(first)}-${end.toString(16).toUpperCase()}`,
    )
    .join(",");
}

const rule = (declarations: Record<string, string>) =>
  `@font-face {\n${Object.entries(declarations)
    .map(([property, value]) => `  ${property}: ${value};\n`)
    .join("")}}\n`;

/** The display font's @font-face rule and its sized fallback's, with `url` the file's address. */
export function fontFaceCss(font: DisplayFont, url: string): string {
  const face = {
    "font-family": `"${DISPLAY_FAMILY}"`,
    "font-style": "normal",
    "font-weight": String(font.weight),
  };
  return [
    rule({
      ...face,
      // The fallback shows at once and the font replaces it when it comes: the fallback is sized to match.
      "font-display": "swap",
      src: `url("${url}") format("woff2")`,
      "unicode-range": unicodeRange(font.codePoints),
    }),
    rule({
      ...face,
      "font-family": `"${DISPLAY_FAMILY} fallback"`,
      src: FALLBACK.names.map((name) => `local("${name}")`).join(", "),
      ...fallbackOverrides(font.metrics, FALLBACK.metrics),
    }),
  ].join("");
}
