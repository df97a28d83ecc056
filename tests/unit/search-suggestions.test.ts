import { describe, expect, test } from "vitest";
import { editDistance, indexWords, suggestion } from "../../src/lib/search/suggestions";

describe("indexWords", () => {
  test("each word of four letters or more once, most frequent first, in its most frequent spelling", () => {
    expect(
      indexWords(["Renée Ortiz met the mayor.", "Ortiz and Renee spoke; Renée Ortiz left.", "Ortiz’s boat"]),
    ).toEqual(["Ortiz", "Renée", "mayor", "spoke", "left", "boat"]);
  });
});

describe("editDistance", () => {
  test.each([
    ["lutnik", "lutnick", 1],
    ["tarifs", "tariffs", 1],
    // A swap of neighbours is one edit.
    ["ortzi", "ortiz", 1],
    ["harbour", "harbour", 0],
    ["harbor", "harbour", 1],
  ])("%s → %s: %i", (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
  });
});

describe("suggestion", () => {
  const words = ["Ortiz", "harbour", "Portis", "quotas", "Đặng"];
  test.each([
    // A misspelt name or term: the nearest word of the index, in its spelling.
    ["Ortzi", "Ortiz"],
    ["harbor quotas", "harbour quotas"],
    ["mayor Ortz", "mayor Ortiz"],
    // Every word known, or nothing near: no suggestion.
    ["Portis", undefined],
    ["dang", undefined],
    ["zzzqqx", undefined],
    // Short words and numbers are not guessed at.
    ["cat 2025", undefined],
  ])("%s → %s", (query, expected) => {
    expect(suggestion(query, words)).toBe(expected);
  });
});
