import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { CONTENT_DIR } from "../content/content-dir";

/**
 * Everything the search index is built from: the content, the code and templates that turn it into
 * pages, and the installed packages (Pagefind among them).
 */
const INDEX_INPUTS = [CONTENT_DIR, "src", "astro.config.mjs", "package-lock.json"];

/** Every file under `path` (or `path` itself), as [name, bytes], in a fixed order. */
function filesOf(path: string): Array<[string, Buffer]> {
  if (statSync(path).isFile()) return [["", readFileSync(path)]];
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
    .map((file) => [relative(path, file), readFileSync(file)]);
}

/**
 * Pagefind's `metaCacheTag`: Pagefind asks for `pagefind-entry.json?ts=<tag>` (by default the time,
 * so that a browser never keeps an entry file pointing at an older index). A tag known when the
 * search page is built lets the page preload that file. It is a short hash of the index's inputs,
 * not the time of the build, so the tag changes whenever the index may and two builds of the same
 * sources stay byte-identical.
 */
export function searchIndexTag(inputs: string[] = INDEX_INPUTS): string {
  const hash = createHash("sha256");
  for (const input of inputs)
    for (const [name, bytes] of filesOf(input)) hash.update(`${input}/${name}\0`).update(bytes);
  return hash.digest("hex").slice(0, 12);
}
