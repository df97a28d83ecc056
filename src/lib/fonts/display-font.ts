import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fromBuffer } from "@capsizecss/unpack";
import { create, type Font } from "fontkitten";
import subsetFont from "subset-font";
import { codePointsOf, fontTextsOf, uncoveredCharacters, type FontText } from "./font-text";

/**
 * The display font (masthead, headings): one font file, from the content folder or an npm package,
 * served by the site itself and cut down to the characters the story sets in it.
 */

/** Vertical metrics and average width, in font units: what a fallback's overrides are computed from. */
export interface FontMetrics {
  unitsPerEm: number;
  ascent: number;
  descent: number;
  lineGap: number;
  xWidthAvg: number;
}

export interface DisplayFont {
  /** The file served, named by its characters, so that a change of text is a new address. */
  name: string;
  /** The font file it is cut from. */
  source: string;
  weight: number;
  codePoints: number[];
  metrics: FontMetrics;
}

/** Where an error names the choice. */
const FIELD = "content/story.yaml → brand.font";

/** A file in the content folder, or else one of an installed npm package ("source-serif/TTF/…"). */
function fontPath(file: string, contentDir: string): string {
  if (existsSync(join(contentDir, file))) return join(contentDir, file);
  try {
    return createRequire(import.meta.url).resolve(file);
  } catch {
    throw new Error(
      `${FIELD}: no ${file} in the content folder or in an installed package; expected a TTF, OTF or WOFF2 file there, such as "media/headline.woff2"`,
    );
  }
}

/** Eight hex digits of a SHA-256: file names that change with their content, so they may be cached for ever. */
export const shortHash = (text: string | Uint8Array) =>
  createHash("sha256").update(text).digest("hex").slice(0, 8);

/**
 * Plans the display font for `texts`: the font file `file` names, cut down to their characters; and
 * the problems, each naming a file, field and character of the text that the font lacks.
 */
export async function planDisplayFont(
  file: string,
  contentDir: string,
  texts: readonly FontText[],
): Promise<{ font: DisplayFont; problems: string[] }> {
  const source = fontPath(file, contentDir);
  const bytes = readFileSync(source);
  const font = create(bytes) as Font;
  // Capsize's average width weighs each letter by how often text uses it, unlike the font's own xAvgCharWidth.
  const { unitsPerEm, ascent, descent, lineGap, xWidthAvg } = await fromBuffer(bytes);
  const codePoints = codePointsOf(texts);
  return {
    font: {
      name: `${font.postscriptName.toLowerCase()}-${shortHash(`${source}:${codePoints}`)}.woff2`,
      source,
      weight: font["OS/2"].usWeightClass,
      codePoints,
      metrics: { unitsPerEm, ascent, descent, lineGap, xWidthAvg },
    },
    problems: uncoveredCharacters(texts, (codePoint) => font.hasGlyphForCodePoint(codePoint), font.fullName),
  };
}

/** The display font as served: WOFF2, its characters' glyphs only, with kerning, the one feature headlines need. */
export const subsetBytes = async (font: DisplayFont): Promise<Uint8Array<ArrayBuffer>> =>
  Uint8Array.from(
    await subsetFont(readFileSync(font.source), String.fromCodePoint(...font.codePoints), {
      targetFormat: "woff2",
      keepFeatures: ["kern"],
    }),
  );

/** The display text of every Markdown and YAML file of a content folder, named as errors name them ("content/events/…"). */
export function contentFontTexts(contentDir: string): FontText[] {
  return readdirSync(contentDir, { recursive: true, encoding: "utf8" })
    .filter((path) => /\.(md|ya?ml)$/.test(path))
    .sort()
    .flatMap((path) => fontTextsOf(`content/${path}`, readFileSync(join(contentDir, path), "utf8")));
}
