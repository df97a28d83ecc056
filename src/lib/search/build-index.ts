import type { AstroIntegration } from "astro";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import * as pagefind from "pagefind";
import { inDist, PAGES, pagefindPath } from "../content/urls";
import { EXCLUDED_FROM_INDEX, searchableText, withMentionFilters } from "./page-text";
import { indexWords } from "./suggestions";

/** The words of the index, for "Did you mean …" (src/lib/search/suggestions.ts). */
export const SEARCH_WORDS = `${PAGES.search}words.json`;
/** The built search page, which names Pagefind's files in advance. */
const SEARCH_PAGE = `${inDist(PAGES.search)}index.html`;
/** The hint search.astro writes for Pagefind's entry file; the hints below go after it. */
const ENTRY_HINT = /<link[^>]*pagefind-entry\.json[^>]*>/;

interface PagefindEntry {
  languages: Record<string, { hash: string; wasm?: string; page_count: number }>;
}

/** Fails the build with Pagefind's own messages, if it gave any. */
function check<T extends { errors: string[] }>(step: string, response: T): T {
  if (response.errors.length > 0) throw new Error(`Pagefind, ${step}: ${response.errors.join("; ")}`);
  return response;
}

/** Every HTML file of the built site, as [path from `dist`, its text]. */
function htmlFiles(dist: string): Array<[string, string]> {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
    .map((file) => [relative(dist, file), readFileSync(file, "utf8")]);
}

/**
 * Indexes every page of the built site into `dist/pagefind/`, as the Pagefind CLI would, with the
 * dates each page names as filters; returns the pages' searchable text.
 */
async function writeIndex(dist: string): Promise<string[]> {
  const { index } = check(
    "creating the index",
    await pagefind.createIndex({ excludeSelectors: EXCLUDED_FROM_INDEX }),
  );
  const texts: string[] = [];
  for (const [sourcePath, html] of htmlFiles(dist)) {
    check("reading a page", await index!.addHTMLFile({ sourcePath, content: withMentionFilters(html) }));
    const text = searchableText(html);
    if (text) texts.push(text);
  }
  if (texts.length === 0) throw new Error(`Pagefind found no page to index in ${dist}`);
  check("writing the index", await index!.writeFiles({ outputPath: `${dist}/${inDist(pagefindPath(""))}` }));
  await pagefind.close();
  return texts;
}

/** The index's words, most frequent first, which the search page offers for a misspelt query. */
function writeWords(dist: string, texts: string[]): void {
  writeFileSync(`${dist}/${inDist(SEARCH_WORDS)}`, JSON.stringify(indexWords(texts)));
}

/** The index Pagefind will load for a page in `lang`: the same choice its search script makes. */
function indexFor(entry: PagefindEntry, lang: string) {
  const { languages } = entry;
  return (
    languages[lang] ??
    languages[lang.split("-")[0]!] ??
    Object.values(languages).sort((a, b) => b.page_count - a.page_count)[0]
  );
}

/**
 * The files Pagefind asks for only after reading its entry file: its metadata and the WebAssembly
 * for the page's language. Named on the search page, a shared link fetches them as the page parses
 * instead of a round trip later. The names exist only once the index is written, hence here.
 */
function hintIndexFiles(dist: string): void {
  const entry: PagefindEntry = JSON.parse(
    readFileSync(`${dist}/${inDist(pagefindPath("pagefind-entry.json"))}`, "utf8"),
  );
  const pagePath = `${dist}/${SEARCH_PAGE}`;
  const html = readFileSync(pagePath, "utf8");
  const lang = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? "";
  const index = indexFor(entry, lang);
  if (!index || !ENTRY_HINT.test(html)) {
    throw new Error(`${SEARCH_PAGE}: expected a Pagefind index and the page's hint for pagefind-entry.json`);
  }
  const files = [`pagefind.${index.hash}.pf_meta`, `wasm.${index.wasm ?? "unknown"}.pagefind`];
  const hints = files.map(
    (file) => `<link rel="preload" as="fetch" crossorigin href="${pagefindPath(file)}">`,
  );
  writeFileSync(
    pagePath,
    html.replace(ENTRY_HINT, (entryHint) => entryHint + hints.join("")),
  );
}

/** Runs Pagefind when Astro has written the site, so that `astro build` makes a searchable site. */
export function searchIndex(): AstroIntegration {
  return {
    name: "search-index",
    hooks: {
      "astro:build:done": async ({ dir }) => {
        const dist = fileURLToPath(dir).replace(/\/$/, "");
        writeWords(dist, await writeIndex(dist));
        hintIndexFiles(dist);
      },
    },
  };
}
