import { SITE } from "../config";
import type { Words } from "./en";
import { DICTIONARIES, interfaceLanguage } from "./dictionaries";
import { fill as fillIn, plural as pluralIn, type Plural } from "./template";

/** The site's interface language: story.yaml's `lang` has a dictionary (src/lib/content/story.ts checks). */
export const LANGUAGE = interfaceLanguage(SITE.lang)!;

/** Every word the site writes, in the story's language. */
export const words: Words = DICTIONARIES[LANGUAGE];

/** A template filled in the story's language: fill(words.year.count, { count: 1200 }) → "1,200 events…". */
export const fill = (template: string, values: Record<string, string | number>): string =>
  fillIn(template, values, SITE.lang);

/** `text` as a label or heading starts in the story's language, with a capital: "Tháng 3 năm 2024". */
export const capitalized = (text: string): string =>
  `${text.charAt(0).toLocaleUpperCase(SITE.lang)}${text.slice(1)}`;

/** The form for `count` in the story's language, with any other values: plural(words.search.results, 2) → "2 results". */
export const plural = (forms: Plural, count: number, values?: Record<string, string | number>): string =>
  pluralIn(forms, count, SITE.lang, values);

/**
 * The words before and after one place of a template, for a value that needs its own element (a
 * `<time>`), wherever the language puts it in the sentence: around("As of {date}, …", "date").
 */
export function around(template: string, place: string): [before: string, after: string] {
  const [before = "", after = ""] = template.split(`{${place}}`);
  return [before, after];
}
