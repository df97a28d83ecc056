/**
 * The words too common to mark alone in an excerpt, per language (by its tag's first part), folded
 * as src/lib/search/person-match.ts `foldedWords` folds them. Pagefind has no such lists: it
 * matches every word, and weighs the rarer ones higher.
 */
const STOP_WORDS: Record<string, string> = {
  en: "a an and are as at be but by for from has have he her his in into is it its of on or she that the their they this to was were which who with",
  vi: "ai cac cho co cua da de duoc khi la ma mot nay nhung o sau se tai theo thi trong tu va ve voi",
};

/** The stop words of the language `lang`; none for a language without a list. */
export function stopWordsOf(lang: string): ReadonlySet<string> {
  return new Set(STOP_WORDS[lang.split("-")[0]!.toLowerCase()]?.split(" ") ?? []);
}
