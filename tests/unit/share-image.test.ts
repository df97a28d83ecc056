import { describe, expect, test } from "vitest";
import { subsetsFor } from "../../src/lib/publish/share-image";

describe("subsetsFor", () => {
  test.each([
    // Latin and Vietnamese always, so a card's cache key and bytes do not change for Latin text.
    ["Latin with diacritics", "Minister Diên meets Zdeněk Hořejší", ["latin", "vietnamese"]],
    ["Greek", "Ελένη Παπαδάκη chairs the survey", ["latin", "vietnamese", "greek"]],
    ["Cyrillic", "Дмитрий Белов reports on the spill", ["latin", "vietnamese", "cyrillic"]],
    ["both", "Ελένη Παπαδάκη and Светлана Орлова", ["latin", "vietnamese", "greek", "cyrillic"]],
  ])("%s", (_, text, subsets) => {
    expect(subsetsFor(text)).toEqual(subsets);
  });
});
