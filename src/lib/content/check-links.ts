import { fromMarkdown } from "mdast-util-from-markdown";
import { visit } from "unist-util-visit";

/** Link targets a reader can follow safely: a web or mail address, or a path within the site. */
const SAFE_SCHEMES = new Set(["http:", "https:", "mailto:"]);

/**
 * Links and images in a Markdown body whose address would run script or embed a document
 * (`javascript:`, `vbscript:`, `data:`): Markdown publishes them as live links. The address is read
 * as a browser reads it (the URL parser drops tabs and newlines and lower-cases the scheme).
 */
export function unsafeLinks(markdown: string): string[] {
  const problems: string[] = [];
  visit(fromMarkdown(markdown), ["link", "image", "definition"], (node) => {
    if (!("url" in node)) return;
    const { protocol } = new URL(node.url, "https://relative.invalid/");
    if (!SAFE_SCHEMES.has(protocol)) {
      problems.push(
        `line ${node.position?.start.line} of the text links to "${node.url}"; expected an http:, https: or mailto: address or a path on this site`,
      );
    }
  });
  return problems;
}
