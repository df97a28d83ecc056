import type { Element, ElementContent, Root, Text } from "hast";
import { SKIP, visit } from "unist-util-visit";

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
  const pattern =
    longestFirst.length > 0
      ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${longestFirst.join("|")})(?![\\p{L}\\p{N}])`, "gu")
      : undefined;

  return (tree: Root) => {
    if (!pattern) return;
    const linked = new Set<string>();
    visit(tree, (node, index, parent) => {
      if (
        node.type === "element" &&
        ["a", "h1", "h2", "h3", "h4", "code", "pre"].includes((node as Element).tagName)
      ) {
        return SKIP;
      }
      if (node.type !== "text" || !parent || index === undefined) return;
      const parts = linkFirstMentions(node as Text, pattern, slugByName, linked, href);
      if (!parts) return;
      parent.children.splice(index, 1, ...parts);
      return index + parts.length;
    });
  };
}

function linkFirstMentions(
  node: Text,
  pattern: RegExp,
  slugByName: Map<string, string>,
  linked: Set<string>,
  href: (slug: string) => string,
): ElementContent[] | undefined {
  const parts: ElementContent[] = [];
  let last = 0;
  for (const match of node.value.matchAll(pattern)) {
    const slug = slugByName.get(match[0])!;
    if (linked.has(slug)) continue;
    linked.add(slug);
    parts.push({ type: "text", value: node.value.slice(last, match.index) });
    parts.push({
      type: "element",
      tagName: "a",
      properties: { href: href(slug), className: ["person-link"] },
      children: [{ type: "text", value: match[0] }],
    });
    last = match.index + match[0].length;
  }
  if (parts.length === 0) return undefined;
  parts.push({ type: "text", value: node.value.slice(last) });
  return parts.filter((part) => part.type !== "text" || part.value !== "");
}
