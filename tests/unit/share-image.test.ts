import { describe, expect, test } from "vitest";
import { subsetsFor } from "../../src/lib/publish/share-image";

describe("subsetsFor", () => {
  test.each([
    // Latin alone for Latin-1 letters, whatever the language: no other subset is parsed.
    ["Latin-1", "São Paulo: Zoë meets Señor Müller", ["latin"]],
    ["Latin Extended", "Zdeněk Hořejší meets Łukasz", ["latin", "latin-ext"]],
    ["Vietnamese", "Nguyễn Hồng Diên", ["latin", "vietnamese"]],
    // ư is Latin Extended as well as Vietnamese: each letter loads the first subset that has it.
    ["Vietnamese with ư", "Bộ trưởng Diên", ["latin", "latin-ext", "vietnamese"]],
    // A letter that Latin Extended also carries (Đ) loads it, not the Vietnamese subset.
    ["a letter of two subsets", "Đà", ["latin", "latin-ext"]],
    ["Greek", "Ελένη Παπαδάκη chairs the survey", ["latin", "greek"]],
    ["Cyrillic", "Дмитрий Белов reports on the spill", ["latin", "cyrillic"]],
    ["both", "Ελένη Παπαδάκη and Светлана Орлова", ["latin", "greek", "cyrillic"]],
    // Every subset the font package has may be loaded, not only those of the stories at hand.
    ["Devanagari", "अनीता शर्मा opens the hearing", ["latin", "devanagari"]],
    // Decomposed text (e followed by a combining circumflex and dot) is read as the letter it composes.
    ["decomposed Vietnamese", "Vie\u0302\u0323t", ["latin", "vietnamese"]],
  ])("%s", (_, text, subsets) => {
    expect(subsetsFor(text)).toEqual(subsets);
  });
});
