import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { DEFAULT_FONT, readStory } from "../../src/lib/content/story";

const goodSettings = readFileSync(join(import.meta.dirname, "../fixtures/good-content/story.yaml"), "utf8");

/** The good fixture's settings with `brand` (YAML) added, in a folder that holds media/logo.svg. */
function readWithBrand(brand: string | undefined) {
  const folder = mkdtempSync(join(tmpdir(), "brand-"));
  mkdirSync(join(folder, "media"));
  writeFileSync(join(folder, "media/logo.svg"), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(
    join(folder, "story.yaml"),
    `${goodSettings}${brand === undefined ? "" : `\nbrand:\n${brand}`}`,
  );
  return () => readStory(folder);
}

test("without a brand the site's own: no name, logo or accent, and the default font", () => {
  expect(readWithBrand(undefined)().brand).toEqual({ font: DEFAULT_FONT });
});

test("a whole brand is read as written", () => {
  const brand = readWithBrand(
    '  name: News Example\n  logo: media/logo.svg\n  accent: { light: "#1d5f3a", dark: "#7fd4a2" }\n  font: media/headline.woff2\n',
  )().brand;
  expect(brand).toEqual({
    name: "News Example",
    logo: "media/logo.svg",
    accent: { light: "#1d5f3a", dark: "#7fd4a2" },
    font: "media/headline.woff2",
  });
});

describe("a brand the build refuses, by field", () => {
  test.each([
    {
      name: "a logo without the newsroom's name, its alt text",
      brand: "  logo: media/logo.svg\n",
      expected:
        "content/story.yaml → brand.name: expected the newsroom's name with a logo: it is the logo's alt text",
    },
    {
      name: "a logo that is not in the content folder",
      brand: "  name: News Example\n  logo: media/missing.png\n",
      expected:
        "content/story.yaml → brand.logo: expected a file in the content folder: no media/missing.png there",
    },
    {
      name: "a logo outside the content folder",
      brand: "  name: News Example\n  logo: ../secret.svg\n",
      expected: "content/story.yaml → brand.logo: expected a path in the content folder",
    },
    {
      name: "a colour that is not #rgb or #rrggbb",
      brand: '  accent: { light: red, dark: "#7fd4a2" }\n',
      expected:
        'content/story.yaml → brand.accent.light: expected a colour as #rgb or #rrggbb, such as "#a4161a"',
    },
    {
      name: "an accent for one theme only",
      brand: '  accent: { light: "#1d5f3a" }\n',
      expected: "content/story.yaml → brand.accent.dark:",
    },
    {
      name: "a font that is not a font file",
      brand: "  font: media/logo.svg\n",
      expected:
        'content/story.yaml → brand.font: expected a TTF, OTF or WOFF2 file, such as "media/headline.woff2"',
    },
  ])("$name", ({ brand, expected }) => {
    expect(readWithBrand(brand)).toThrow(expected);
  });
});
