import type { Element, ElementContent, Root } from "hast";
import { SKIP, visit } from "unist-util-visit";

/**
 * Shared by our rehype plugins: finds `pattern` in the document's text and replaces each match
 * with the element `wrap` returns (or leaves it as text where `wrap` returns undefined).
 * Text inside `skipTags` is left alone.
 */
export function wrapMatches(
  tree: Root,
  pattern: RegExp,
  wrap: (match: RegExpMatchArray) => Element | undefined,
  skipTags: readonly string[],
): void {
  visit(tree, (node, index, parent) => {
    if (node.type === "element" && skipTags.includes(node.tagName)) return SKIP;
    if (node.type !== "text" || !parent || index === undefined) return;
    const parts: ElementContent[] = [];
    let last = 0;
    for (const match of node.value.matchAll(pattern)) {
      const element = wrap(match);
      if (!element) continue;
      parts.push({ type: "text", value: node.value.slice(last, match.index) }, element);
      last = match.index + match[0].length;
    }
    if (parts.length === 0) return;
    parts.push({ type: "text", value: node.value.slice(last) });
    const nonEmpty = parts.filter((part) => part.type !== "text" || part.value !== "");
    parent.children.splice(index, 1, ...nonEmpty);
    return index + nonEmpty.length;
  });
}

/** A hast element with one text child. */
export function element(tagName: string, properties: Element["properties"], text: string): Element {
  return { type: "element", tagName, properties, children: [{ type: "text", value: text }] };
}
