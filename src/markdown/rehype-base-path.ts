import type { Root } from "hast";
import { visit } from "unist-util-visit";

/**
 * Puts the site's base path before the links and images a Markdown text writes from the site's
 * root ("/people/<slug>/"), so that content needs no change when the site is hosted under a
 * sub-path (BASE_PATH). Full addresses, "//host/…" and relative links are left as written.
 */

export interface Options {
  /** The URL helper that adds the base (src/lib/content/urls.ts). */
  withBase: (path: string) => string;
}

const FROM_THE_ROOT = /^\/(?!\/)/;

export default function rehypeBasePath({ withBase }: Options) {
  return (tree: Root) =>
    visit(tree, "element", (node) => {
      for (const name of ["href", "src"]) {
        const value = node.properties[name];
        if (typeof value === "string" && FROM_THE_ROOT.test(value)) node.properties[name] = withBase(value);
      }
    });
}
