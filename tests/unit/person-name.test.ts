import { describe, expect, test } from "vitest";
import { plainFormBeside } from "../../src/lib/views/person-name";

const person = (name: string, asciiName?: string) => ({ data: { name, asciiName } }) as never;

describe("plainFormBeside", () => {
  test.each([
    // Greek and Cyrillic are not read by every reader of an English timeline: the plain form goes beside.
    ["a Greek name", person("Ελένη Παπαδάκη", "Eleni Papadaki"), "Eleni Papadaki"],
    ["a Cyrillic name", person("Дмитрий Белов", "Dmitri Belov"), "Dmitri Belov"],
    // Latin letters with diacritics are read as they are: nothing beside.
    ["a Vietnamese name", person("Nguyễn Hồng Diên", "Nguyen Hong Dien"), undefined],
    ["a Czech name", person("Zdeněk Hořejší", "Zdenek Horejsi"), undefined],
    // Nothing to show when the content gives no plain form.
    ["a Greek name without a plain form", person("Νίκος Σταθάκης"), undefined],
  ])("%s", (_, entry, expected) => {
    expect(plainFormBeside(entry)).toBe(expected);
  });
});
