import { en, type Words } from "./en";
import { vi } from "./vi";

/**
 * Every interface language, by its language tag's first part: adding one is adding its dictionary
 * here (TypeScript checks that it has every key of English's) and its date-fns locale
 * (DATE_LOCALES in src/lib/dates/format-date.ts).
 */
export const DICTIONARIES = { en, vi } satisfies Record<string, Words>;

export type Language = keyof typeof DICTIONARIES;

/** The interface language of a story's `lang` ("en-GB" → "en"); undefined when there is no dictionary. */
export function interfaceLanguage(lang: string): Language | undefined {
  const primary = lang.split("-")[0]!.toLowerCase();
  return Object.hasOwn(DICTIONARIES, primary) ? (primary as Language) : undefined;
}
