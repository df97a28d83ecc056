import type { Nodes as MdastNodes, Parent, PhrasingContent } from "mdast";
import { fromHtml } from "hast-util-from-html";
import { sanitize } from "hast-util-sanitize";
import { toMdast } from "hast-util-to-mdast";
import { toText } from "hast-util-to-text";
import { toMarkdown } from "mdast-util-to-markdown";
import { SKIP, visit } from "unist-util-visit";

/**
 * HTML from another tool (a TimelineJS slide's text) as Markdown the site's build accepts. Sanitizing
 * drops scripts, styles, event handlers and unsafe addresses (hast-util-sanitize's GitHub rules); then,
 * because the site loads nothing from other hosts and links only to the web, an image becomes a link
 * to it, and a link to anything but http(s) or mailto keeps its words only. `dropped` lists what was lost.
 */
export function htmlToMarkdown(html: string): { markdown: string; dropped: string[] } {
  const dropped: string[] = [];
  const tree = toMdast(sanitize(fromHtml(html, { fragment: true })));
  visit(tree, (node, index, parent: Parent | undefined) => {
    if (!parent || index === undefined) return;
    if (node.type === "image") {
      const link: PhrasingContent = {
        type: "link",
        url: node.url,
        children: [{ type: "text", value: node.alt || node.url }],
      };
      parent.children[index] = link;
      return SKIP;
    }
    if (node.type === "link" && !/^(https?:|mailto:)/i.test(node.url)) {
      dropped.push(`a link to "${node.url}" (kept its words)`);
      parent.children.splice(index, 1, ...node.children);
      return [SKIP, index];
    }
    return undefined;
  });
  return { markdown: toMarkdown(tree as MdastNodes).trim(), dropped };
}

/** The words of an HTML fragment, without markup, on one line: for titles and summaries. */
export const htmlToText = (html: string): string =>
  toText(fromHtml(html, { fragment: true }))
    .replace(/\s+/g, " ")
    .trim();
