import { plainLetters } from "./plain-letters";

/**
 * A person as the search page recognises them: their entry id and their names (name, ASCII
 * spelling, aliases), each as folded words. Built at build time, read in the browser.
 */
export interface NamedPerson {
  id: string;
  names: string[][];
  /** An official the sources name by role only: a single word of that role names no one. */
  unnamed: boolean;
}

/** Lower-case words without diacritics, Đ/đ as D/d: "Đặng Thị Hà" → dang, thi, ha. */
export function foldedWords(text: string): string[] {
  return plainLetters(text)
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * Whether the query's words name this person: each is a word of one of their names, in any order
 * ("Zoë", "Zoë Ortiz", "Ortiz Zoë", "Mayor Ortiz"). An official named by role must be named in
 * full, so that "Council" or "Chair" alone does not stand for "The Chair of the Council".
 */
function names(words: string[], person: NamedPerson): boolean {
  const known = new Set(person.names.flat());
  if (!words.every((word) => known.has(word))) return false;
  return !person.unnamed || person.names.some((name) => name.every((word) => words.includes(word)));
}

/** The one person the query names; none when it names no one or could be more than one person. */
export function personNamedBy(query: string, people: readonly NamedPerson[]): NamedPerson | undefined {
  const words = foldedWords(query);
  if (words.length === 0) return undefined;
  const named = people.filter((person) => names(words, person));
  return named.length === 1 ? named[0] : undefined;
}

/** A person entry's names as the search page matches them; spellings that fold alike count once. */
export function namedPerson(
  id: string,
  data: { name: string; asciiName?: string | undefined; aliases: readonly string[]; unnamed: boolean },
): NamedPerson {
  const spellings = [data.name, data.asciiName ?? data.name, ...data.aliases].map(foldedWords);
  const names = [...new Map(spellings.map((words) => [words.join(" "), words])).values()];
  return { id, names, unnamed: data.unnamed };
}
