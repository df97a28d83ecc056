import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { accentProblems, contrastRatio, themeBackgrounds } from "../../src/lib/brand/contrast";

const TOKENS = readFileSync("src/styles/tokens.css", "utf8");
const FIELD = "content/story.yaml → brand.accent";

describe("contrastRatio", () => {
  test.each([
    // The extremes, either way round.
    { one: "#000", other: "#fff", expected: 21 },
    { one: "#ffffff", other: "#000000", expected: 21 },
    { one: "#777", other: "#777777", expected: 1 },
    // WCAG's own worked figure: #767676 is the lightest grey that passes on white.
    { one: "#767676", other: "#fff", expected: 4.54 },
    { one: "#777", other: "#111", expected: 4.22 },
  ])("$one on $other is $expected:1", ({ one, other, expected }) => {
    expect(contrastRatio(one, other)).toBeCloseTo(expected, 2);
  });
});

describe("accentProblems", () => {
  const backgrounds = { light: ["#fff", "#f2f1ec"], dark: ["#111", "#202020"] };
  test.each([
    {
      name: "a pair that passes in both themes",
      accent: { light: "#a4161a", dark: "#ff8a80" },
      expected: [],
    },
    {
      name: "a dark accent too faint on one dark background",
      accent: { light: "#a4161a", dark: "#777" },
      expected: [
        `${FIELD}.dark: #777 on #111 is 4.2:1, needs 4.5:1 (WCAG AA for text in the dark theme)`,
        `${FIELD}.dark: #777 on #202020 is 3.6:1, needs 4.5:1 (WCAG AA for text in the dark theme)`,
      ],
    },
    {
      // The ratio is shown rounded down, so that a failing pair never reads as 4.5:1.
      name: "a light accent just short on the surface, passing on the page",
      accent: { light: "#767676", dark: "#ff8a80" },
      expected: [
        `${FIELD}.light: #767676 on #f2f1ec is 4.0:1, needs 4.5:1 (WCAG AA for text in the light theme)`,
      ],
    },
    {
      name: "both themes failing",
      accent: { light: "#ffeb3b", dark: "#0000ff" },
      expected: [
        `${FIELD}.light: #ffeb3b on #fff is 1.2:1, needs 4.5:1 (WCAG AA for text in the light theme)`,
        `${FIELD}.light: #ffeb3b on #f2f1ec is 1.0:1, needs 4.5:1 (WCAG AA for text in the light theme)`,
        `${FIELD}.dark: #0000ff on #111 is 2.1:1, needs 4.5:1 (WCAG AA for text in the dark theme)`,
        `${FIELD}.dark: #0000ff on #202020 is 1.8:1, needs 4.5:1 (WCAG AA for text in the dark theme)`,
      ],
    },
  ])("$name", ({ accent, expected }) => {
    expect(accentProblems(accent, backgrounds, FIELD)).toEqual(expected);
  });
});

describe("themeBackgrounds", () => {
  test("reads each theme's colour of the tokens, in order", () => {
    const css =
      ":root {\n  --color-bg: light-dark(#fcfcfa, #151515);\n  --color-surface: light-dark(#f2f1ec, #202020);\n}";
    expect(themeBackgrounds(css, ["--color-bg", "--color-surface"])).toEqual({
      light: ["#fcfcfa", "#f2f1ec"],
      dark: ["#151515", "#202020"],
    });
  });

  test("names a token that is missing or not a light-dark() pair", () => {
    expect(() => themeBackgrounds("--color-bg: #fff;", ["--color-bg"])).toThrow(
      "src/styles/tokens.css: expected --color-bg: light-dark(#light, #dark)",
    );
  });

  test("the site's own accent passes on its backgrounds in both themes", () => {
    const [, light, dark] = /--color-accent: light-dark\((#\w+), (#\w+)\)/.exec(TOKENS)!;
    const backgrounds = themeBackgrounds(TOKENS, ["--color-bg", "--color-surface"]);
    expect(accentProblems({ light: light!, dark: dark! }, backgrounds, FIELD)).toEqual([]);
  });
});
