/**
 * What the search index reads of a built page beyond Pagefind's own rules: the dates its text names,
 * as filters, and its words, for "Did you mean …" (src/lib/search/suggestions.ts).
 */
import type { Element, Nodes } from "hast";
import { fromHtml } from "hast-util-from-html";
import { toText } from "hast-util-to-text";
import { mentionFilters } from "./search-terms";

/**
 * Parts of a page Pagefind leaves out of its text, by CSS selector: a facts list, whose labels
 * ("When", "Where", "Who") would make excerpts of labels and run its values together (the facts
 * are indexed as hidden words instead: src/lib/search/page-fields.ts), and a note's label.
 */
export const EXCLUDED_FROM_INDEX = ["dl.facts", ".note > strong"];

/**
 * The page with each `<time datetime>` also a Pagefind filter of the date it names, so that a
 * search for a date finds the pages that name it as a date, not by its digits.
 */
export function withMentionFilters(html: string): string {
  return html.replace(/<time\b[^>]*?\sdatetime="([^"]+)"[^>]*>/g, (tag, datetime: string) => {
    const filters = mentionFilters(datetime).map(
      ([name, value]) => `<span data-pagefind-filter="${name}:${value}"></span>`,
    );
    return tag + filters.join("");
  });
}

const isElement = (node: Nodes): node is Element => node.type === "element";
const UNREAD = new Set(["script", "style", "template", "textarea"]);
const isRead = (node: Nodes) =>
  !isElement(node) || (!UNREAD.has(node.tagName) && node.properties["dataPagefindIgnore"] === undefined);

/** The first element marked data-pagefind-body, depth first. */
function bodyOf(node: Nodes): Element | undefined {
  if (isElement(node) && node.properties["dataPagefindBody"] !== undefined) return node;
  if (!("children" in node)) return undefined;
  for (const child of node.children) {
    const body = bodyOf(child);
    if (body) return body;
  }
  return undefined;
}

/** The element without the parts search never reads. */
function pruned(element: Element): Element {
  const children = element.children.filter(isRead);
  return { ...element, children: children.map((child) => (isElement(child) ? pruned(child) : child)) };
}

/** The text of the page's searchable part (data-pagefind-body), without what Pagefind ignores. */
export function searchableText(html: string): string {
  const body = bodyOf(fromHtml(html));
  return body ? toText(pruned(body)) : "";
}
