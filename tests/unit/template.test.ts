import { describe, expect, test } from "vitest";
import { DICTIONARIES } from "../../src/i18n/dictionaries";
import { fill, plural, type Plural } from "../../src/i18n/template";

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

  test("plural fills the template's other places too", () => {
    const forms = { one: "{shown} of {count} event", other: "{shown} of {count} events" };
    expect(plural(forms, 1, "en", { shown: 0 })).toBe("0 of 1 event");
    expect(plural(forms, 1200, "en", { shown: 3 })).toBe("3 of 1,200 events");
  });
});

/** Every set of plural forms in a dictionary, by its key: "search.results". */
function pluralForms(words: object, path = ""): [string, Plural][] {
  return Object.entries(words).flatMap(([key, value]): [string, Plural][] => {
    if (typeof value !== "object") return [];
    const at = `${path}${key}`;
    return "other" in value ? [[at, value as Plural]] : pluralForms(value, `${at}.`);
  });
}

describe.each(Object.entries(DICTIONARIES))("the counts of the %s dictionary", (lang, words) => {
  const needed = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  const counts = pluralForms(words);

  test("are there, in the same places as English's", () => {
    expect(counts.map(([key]) => key)).toEqual(pluralForms(DICTIONARIES.en).map(([key]) => key));
  });

  test.each(counts)("%s has a form for each plural category of the language", (_, forms) => {
    expect(Object.keys(forms).sort()).toEqual(expect.arrayContaining([...needed].sort()));
    // No form for a category the language never uses: it would be dead words.
    expect(needed).toEqual(expect.arrayContaining(Object.keys(forms)));
  });
});

/** Every string of a dictionary, by its key: "event.when". */
function strings(words: object, path = ""): [string, string][] {
  return Object.entries(words).flatMap(([key, value]): [string, string][] =>
    typeof value === "string" ? [[`${path}${key}`, value]] : strings(value, `${path}${key}.`),
  );
}

/** date-fns patterns, where a straight quote escapes words ("d MMMM 'năm' yyyy"). */
const DATE_PATTERN = /^dates\.(day|dayMonth|month|timeDay|time\.\w+)$/;

describe.each(Object.entries(DICTIONARIES))("the words of the %s dictionary", (_, words) => {
  test("have typographic quotes and apostrophes, not straight ones", () => {
    const straight = strings(words).filter(([key, text]) => !DATE_PATTERN.test(key) && /["']/.test(text));
    expect(straight).toEqual([]);
  });
});
