import { describe, expect, test } from "vitest";
import { excerpt, type ExcerptPart } from "../../src/lib/search/excerpt";
import { stopWordsOf } from "../../src/lib/search/stop-words";

/** The excerpt as text, each marked run in [brackets]. */
const written = (parts: ExcerptPart[]) =>
  parts.map(({ text, marked }) => (marked ? `[${text}]` : text)).join("");

/** The indexes of the words of `content` (split as Pagefind splits them) that are in `matched`. */
const locate = (content: string, matched: string[]) =>
  content
    .split(/\s+/)
    .flatMap((word, index) =>
      matched.includes(word.replace(/[^\p{L}\p{N}]/gu, "").toLowerCase()) ? [index] : [],
    );

const title = "Harbour talks resume";
/** As Pagefind keeps an event page: hidden words, its kind, its headline, then its text. */
const content = [
  "Portis · Ana Novak.",
  "Meeting.",
  "Harbour talks resume.",
  "The two ministers met in Portis on a grey morning.",
  "They agreed on rules of origin for the catch, on shared quotas for the lake, on a joint patrol of the northern shore, on a fund for the fishers who lost their season, and on a date for the next round.",
  "The harbour reopened.",
  "Sources.",
].join(" ");
const en = stopWordsOf("en");

describe("excerpt", () => {
  test.each([
    // Whole short sentences after the headline, the one with the match first, then the next that fits.
    ["ministers", "The two [ministers] met in Portis on a grey morning."],
    // Never the headline or what precedes it: "harbour" there is skipped for the text's own; a
    // heading after it is not added.
    ["harbour", "The [harbour] reopened."],
    // A long sentence is cut at a clause, with an ellipsis where it is cut; the next sentence fits whole.
    [
      "fund",
      "… on a [fund] for the fishers who lost their season, and on a date for the next round. The harbour reopened.",
    ],
    // A phrase is marked as one, its stop word inside it; the sentence is cut after a clause.
    [
      "rules of origin",
      "They agreed on [rules of origin] for the catch, on shared quotas for the lake, on a joint patrol of the northern shore …",
    ],
  ])("%s", (query, expected) => {
    const locations = locate(content, query.split(" "));
    expect(written(excerpt({ content, locations, title, stopWords: en }))).toBe(expected);
  });

  test("a stop word that matched alone is not marked", () => {
    const locations = locate(content, ["of", "the"]);
    expect(written(excerpt({ content, locations, title, stopWords: en }))).not.toContain("[");
  });

  test("without a match, the text's first sentences after the headline", () => {
    expect(written(excerpt({ content, locations: [], title, stopWords: en }))).toBe(
      "The two ministers met in Portis on a grey morning.",
    );
  });

  test("a plain-letter spelling of the headline among the hidden words is not the headline", () => {
    const page = "Ana Do. Minister. Ana Đỗ. She chairs the harbour board.";
    expect(written(excerpt({ content: page, locations: [], title: "Ana Đỗ", stopWords: en }))).toBe(
      "She chairs the harbour board.",
    );
  });

  test("a page whose text is only its headline has no excerpt", () => {
    expect(excerpt({ content: "Harbour talks resume.", locations: [0], title, stopWords: en })).toEqual([]);
  });
});

describe("stopWordsOf", () => {
  test.each([
    ["en", "of", true],
    ["en-GB", "the", true],
    ["en", "origin", false],
    // Folded as queries are: "của" is "cua".
    ["vi", "cua", true],
    // A language without a list marks every match.
    ["el", "και", false],
  ])("%s: %s is a stop word: %s", (lang, word, expected) => {
    expect(stopWordsOf(lang).has(word)).toBe(expected);
  });
});
