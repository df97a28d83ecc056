import { describe, expect, test } from "vitest";
import { foldedWords, namedPerson, personNamedBy } from "../../src/lib/search/person-match";

// Made-up people, so the rule is tested apart from this story's content.
const PEOPLE = [
  namedPerson("dang-thu-ha", {
    name: "Đặng Thu Hà",
    asciiName: "Dang Thu Ha",
    aliases: ["Minister Hà", "Minister Dang"],
    unnamed: false,
  }),
  namedPerson("jane-doe", { name: "Jane Doe", aliases: ["Senator Doe"], unnamed: false }),
  namedPerson("john-doe", { name: "John Doe", aliases: ["Senator John Doe"], unnamed: false }),
  namedPerson("mary-major", { name: "Mary Major", aliases: ["Ambassador Major"], unnamed: false }),
  namedPerson("the-deputy-minister-of-viet-nam", {
    name: "The Deputy Minister of Việt Nam",
    aliases: ["the Deputy Minister"],
    unnamed: true,
  }),
];

describe("foldedWords", () => {
  test.each([
    ["Nguyễn Hồng Diên", ["nguyen", "hong", "dien"]],
    ["ĐẶNG Thu Hà", ["dang", "thu", "ha"]],
    ["  Greer's  meeting, 22/05 ", ["greer", "s", "meeting", "22", "05"]],
    ["", []],
  ])("%j → %j", (text, words) => {
    expect(foldedWords(text)).toEqual(words);
  });
});

describe("namedPerson", () => {
  test("keeps each spelling once, as folded words", () => {
    expect(
      namedPerson("x", {
        name: "Đặng Thu Hà",
        asciiName: "Dang Thu Ha",
        aliases: ["Minister Hà", "Minister Ha"],
        unnamed: false,
      }),
    ).toEqual({
      id: "x",
      names: [
        ["dang", "thu", "ha"],
        ["minister", "ha"],
      ],
      unnamed: false,
    });
  });
});

describe("personNamedBy", () => {
  test.each([
    // The name as written, without diacritics, in another order, in part.
    ["Đặng Thu Hà", "dang-thu-ha"],
    ["Dang Thu Ha", "dang-thu-ha"],
    ["dang thu ha", "dang-thu-ha"],
    ["Thu Ha Dang", "dang-thu-ha"],
    ["Hà", "dang-thu-ha"],
    ["ĐẶNG", "dang-thu-ha"],
    // Words of an alias, and words of two spellings together.
    ["Minister Ha", "dang-thu-ha"],
    ["Minister Dang Thu Ha", "dang-thu-ha"],
    ["Major", "mary-major"],
    ["ambassador", "mary-major"],
    // A first name tells two people of one surname apart.
    ["Jane Doe", "jane-doe"],
    ["Senator John", "john-doe"],
    // An official named by role, named in full, in any order.
    ["The Deputy Minister of Viet Nam", "the-deputy-minister-of-viet-nam"],
    ["the deputy minister", "the-deputy-minister-of-viet-nam"],
  ])("%j names %s", (query, id) => {
    expect(personNamedBy(query, PEOPLE)?.id).toBe(id);
  });

  test.each([
    // Nothing, or a word that is no one's name.
    [""],
    ["   "],
    ["tariffs"],
    // A name with another word: a topic search, not a person.
    ["Major tariffs"],
    ["Jane Doe 2025"],
    // Two people's names together.
    ["Doe Major"],
    // A surname or title that two people share.
    ["Doe"],
    ["Senator"],
    // A word of an unnamed official's role is no name: "Viet Nam" is not the Deputy Minister.
    ["Viet Nam"],
    ["deputy"],
    // Part of a word: names match whole words only.
    ["Maj"],
  ])("%j names no one", (query) => {
    expect(personNamedBy(query, PEOPLE)).toBeUndefined();
  });
});
