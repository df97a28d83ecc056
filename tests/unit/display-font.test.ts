import { describe, expect, test } from "vitest";
import { planDisplayFont, subsetBytes } from "../../src/lib/fonts/display-font";
import { fallbackOverrides, fontFaceCss, unicodeRange } from "../../src/lib/fonts/font-face";
import { codePointsOf, fontTextsOf, uncoveredCharacters, type FontText } from "../../src/lib/fonts/font-text";
import { DEFAULT_FONT } from "../../src/lib/content/story";
import { create, type Font } from "fontkitten";

const EVENT = `---
title: "Bộ trưởng gặp đối tác"
summary: A summary the display font never sets ✓
citations:
  - { source: article, passage: "words" }
---

Body text, not a heading ✓

## Kết quả

### Ελληνικά και Кириллица ##
`;

describe("fontTextsOf", () => {
  test("takes titles and names from YAML at any depth, and headings from a Markdown body", () => {
    expect(fontTextsOf("content/events/a.md", EVENT)).toEqual([
      { file: "content/events/a.md", field: "title", text: "Bộ trưởng gặp đối tác" },
      { file: "content/events/a.md", field: "body (heading)", text: "Kết quả" },
      { file: "content/events/a.md", field: "body (heading)", text: "Ελληνικά και Кириллица" },
    ]);
    expect(fontTextsOf("content/story.yaml", "title: T\nphases:\n  - { title: P, summary: S }\n")).toEqual([
      { file: "content/story.yaml", field: "title", text: "T" },
      { file: "content/story.yaml", field: "phases.0.title", text: "P" },
    ]);
  });

  test("gives nothing for YAML that does not parse: Astro's loader names the mistake", () => {
    expect(fontTextsOf("content/people/x.md", "---\nname: [unclosed\n---\n")).toEqual([]);
  });
});

const text = (value: string, field = "title"): FontText => ({
  file: "content/events/a.md",
  field,
  text: value,
});
/** A font that has the ASCII letters and "ệ" only. */
const covers = (codePoint: number) => codePoint < 0x80 || codePoint === 0x1ec7;

describe("uncoveredCharacters", () => {
  test.each([
    // Every character covered, spaces and marks of direction aside.
    { texts: [text("Việt Nam\u00a0\u200f")], expected: [] },
    // Decomposed e + two marks is compared as the one character NFC makes of it, which the font has.
    { texts: [text("Vie\u0323\u0302t")], expected: [] },
    // Named with its file, field and code point, once however often it occurs.
    {
      texts: [text("Hà Nội, Hà")],
      expected: [
        'content/events/a.md → title: "à" (U+00E0) is not in the font Test; expected text it can set, or another font (brand.font in content/story.yaml)',
        'content/events/a.md → title: "ộ" (U+1ED9) is not in the font Test; expected text it can set, or another font (brand.font in content/story.yaml)',
      ],
    },
    // A character beyond the Basic Multilingual Plane, by its whole code point.
    {
      texts: [text("𝔄", "body (heading)")],
      expected: [
        'content/events/a.md → body (heading): "𝔄" (U+1D504) is not in the font Test; expected text it can set, or another font (brand.font in content/story.yaml)',
      ],
    },
  ])("$texts.0.text", ({ texts, expected }) => {
    expect(uncoveredCharacters(texts, covers, "Test")).toEqual(expected);
  });
});

test("codePointsOf gives each character of the texts once, in NFC, ascending", () => {
  expect(codePointsOf([text("bab"), text("e\u0323\u0302")])).toEqual([0x61, 0x62, 0x1ec7]);
});

test.each([
  { codePoints: [0x41], expected: "U+0041" },
  { codePoints: [0x20, 0x41, 0x42, 0x43, 0x1ec7], expected: "U+0020,U+0041-43,U+1EC7" },
])("unicodeRange of $expected", ({ codePoints, expected }) => {
  expect(unicodeRange(codePoints)).toBe(expected);
});

test("fallbackOverrides gives a fallback the font's width and line box (Capsize's formula)", () => {
  const font = { unitsPerEm: 1000, ascent: 900, descent: -300, lineGap: 0, xWidthAvg: 500 };
  const fallback = { unitsPerEm: 2048, ascent: 1825, descent: -443, lineGap: 87, xWidthAvg: 1024 };
  expect(fallbackOverrides(font, fallback)).toEqual({
    "size-adjust": "100%",
    "ascent-override": "90%",
    "descent-override": "30%",
    "line-gap-override": "0%",
  });
});

const texts = [text("Việt Nam–US “Trade” Talks 2025"), text("Ελληνικά Кириллица", "name")];
const { font, problems } = await planDisplayFont(DEFAULT_FONT, "tests/fixtures/good-content", texts);

describe("the default display font", () => {
  test("covers Latin with Vietnamese, Greek and Cyrillic, and is cut to their characters", async () => {
    expect(problems).toEqual([]);
    expect(font.codePoints).toEqual(codePointsOf(texts));
    const served = create(Buffer.from(await subsetBytes(font))) as Font;
    expect(served.characterSet.sort((a, b) => a - b)).toEqual(expect.arrayContaining(font.codePoints));
    expect(served.hasGlyphForCodePoint("x".codePointAt(0)!)).toBe(false);
  });

  test("refuses a character it lacks, naming it", async () => {
    const { problems } = await planDisplayFont(DEFAULT_FONT, "tests/fixtures/good-content", [
      text("Talks 中"),
    ]);
    expect(problems).toEqual([
      'content/events/a.md → title: "中" (U+4E2D) is not in the font Source Serif 4 Subhead Semibold; expected text it can set, or another font (brand.font in content/story.yaml)',
    ]);
  });

  test("writes one @font-face for the file, shown at once and swapped in, and one for its sized fallback", () => {
    const css = fontFaceCss(font, "/brand/font.woff2");
    expect(css).toContain('src: url("/brand/font.woff2") format("woff2");');
    expect(css).toContain("font-display: swap;");
    expect(css).toContain(`unicode-range: ${unicodeRange(font.codePoints)};`);
    expect(css).toMatch(
      /font-family: "Timeline Display fallback";[^}]*size-adjust: [\d.]+%;[^}]*ascent-override/,
    );
  });

  test("names a font file that is not there", async () => {
    await expect(planDisplayFont("media/none.woff2", "tests/fixtures/good-content", texts)).rejects.toThrow(
      'content/story.yaml → brand.font: no media/none.woff2 in the content folder or in an installed package; expected a TTF, OTF or WOFF2 file there, such as "media/headline.woff2"',
    );
  });
});
