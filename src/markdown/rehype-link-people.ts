import type { Root } from "hast";
import { element, wrapMatches } from "./wrap-matches";

/**
 * Links the first mention of each person in a Markdown document to their page, so a reader of
 * an article can go straight to everything that person did. Later mentions stay plain text.
 */

export interface PersonNames {
  slug: string;
  /** Every form of the name to look for; longer forms win over shorter ones. */
  names: string[];
}

export interface Options {
  people: PersonNames[];
  href: (slug: string) => string;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export default function rehypeLinkPeople({ people, href }: Options) {
  const slugByName = new Map(people.flatMap(({ slug, names }) => names.map((name) => [name, slug] as const)));
  const longestFirst = [...slugByName.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  // Letters on either side mean a longer word, not a name: "Ana" must not match in "Anatole".
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${longestFirst.join("|")})(?![\\p{L}\\p{N}])`, "gu");

  return (tree: Root) => {
    if (longestFirst.length === 0) return;
    const linked = new Set<string>();
    wrapMatches(
      tree,
      pattern,
      ([name]) => {
        const slug = slugByName.get(name)!;
        if (linked.has(slug)) return undefined;
        linked.add(slug);
        return element("a", { href: href(slug), className: ["person-link"] }, name);
      },
      ["a", "h1", "h2", "h3", "h4", "code", "pre"],
    );
  };
}
