import { describe, expect, test } from "vitest";
import { fill, plural } from "../../src/i18n/template";

describe("filling the dictionary's templates", () => {
  test.each([
    ["en", "1,200 events in 2025"],
    ["vi", "1.200 events in 2025"],
    ["de", "1.200 events in 2025"],
  ])("numbers are written as %s writes them; text is left as it is", (lang, text) => {
    expect(fill("{count} events in {year}", { count: 1200, year: "2025" }, lang)).toBe(text);
  });

  test("a place with no value stays as written", () => {
    expect(fill("{count} of {total}", { count: 3 }, "en")).toBe("3 of {total}");
  });

  test.each([
    [1, "1 result"],
    [2, "2 results"],
    [10_000, "10,000 results"],
  ])("plural picks the form for %d and writes the number", (count, text) => {
    expect(plural({ one: "{count} result", other: "{count} results" }, count, "en")).toBe(text);
  });
});
