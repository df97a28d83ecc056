import { words } from "../../i18n/words";

/** Where an event happened, in words: the frontmatter's `location: virtual` reads "Virtual meeting". */
export function locationText(location: string): string {
  return location === "virtual" ? words.event.virtual : location;
}
