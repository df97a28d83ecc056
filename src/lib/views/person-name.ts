import type { PersonEntry } from "../content/timeline";

/** A letter of any script but Latin: Greek, Cyrillic and others that a reader of the story may not read. */
const NON_LATIN_LETTER = /(?!\p{Script=Latin})\p{L}/u;

/**
 * The plain-letter form to show beside a name written in another script ("Dmitri Belov" beside
 * "Дмитрий Белов"), so every reader can read it; none for a Latin name, diacritics and all.
 */
export function plainFormBeside(person: Pick<PersonEntry, "data">): string | undefined {
  const { name, asciiName } = person.data;
  return asciiName && NON_LATIN_LETTER.test(name) ? asciiName : undefined;
}
