import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DIST_DIR, distPages, expect, test } from "./fixtures";

/** The HTML of a built page, by its URL path. */
const html = (path: string) => readFileSync(join(DIST_DIR, path, "index.html"), "utf8");
const idsOf = (page: string) => new Set([...page.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]));
const linksOf = (page: string) =>
  [...page.matchAll(/<a\b([^>]*)>/g)].map((match) => ({
    href: /\shref="([^"]*)"/.exec(match[1]!)?.[1]?.replaceAll("&amp;", "&") ?? "",
    rel: /\srel="([^"]*)"/.exec(match[1]!)?.[1] ?? "",
  }));

/** Whether a URL path names a file or page of the build. */
function existsInDist(path: string): boolean {
  const file = join(DIST_DIR, decodeURIComponent(path));
  return path.endsWith("/") ? existsSync(join(file, "index.html")) : existsSync(file);
}

test("every internal link and #anchor in dist/ resolves; every external link is well-formed and marked", () => {
  const pages = distPages();
  const ids = new Map(pages.map((path) => [path, idsOf(html(path))]));
  const broken: string[] = [];
  let checked = 0;
  for (const from of pages) {
    for (const { href, rel } of linksOf(html(from))) {
      checked++;
      if (/^https?:/.test(href)) {
        if (!URL.canParse(href) || !rel.split(" ").includes("external"))
          broken.push(`${from}: ${href} (rel="${rel}")`);
        continue;
      }
      const url = new URL(href, `https://site.invalid${from}`);
      const target = url.pathname;
      if (!existsInDist(target)) broken.push(`${from}: ${href} (no such page)`);
      // A text fragment (#:~:text=…) is a browser directive, not an element id.
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && !fragment.startsWith(":~:") && !ids.get(target)?.has(fragment)) {
        broken.push(`${from}: ${href} (no element with id "${fragment}")`);
      }
    }
  }
  expect(broken).toEqual([]);
  expect(checked).toBeGreaterThan(pages.length * 10);
  console.log(`links checked: ${checked} on ${pages.length} pages`);
});

test("no word runs into the link after it (the compiler drops a line break before an element)", () => {
  for (const page of distPages()) {
    const joined = /[\w.,:;!?]<(?:a\s|ul class="inline-list")[^>]*>[^<]*/.exec(html(page))?.[0];
    expect(joined, `${page}: a word runs into a link`).toBeUndefined();
  }
});

test("no two links touch in running text (the time axis and the previous/next pager are laid out apart)", () => {
  for (const page of distPages()) {
    const withoutDrawings = html(page).replace(/<svg[\s\S]*?<\/svg>/g, "");
    const touching = /<\/a><a\s(?![^>]*\brel="(?:prev|next)")[^>]*>[^<]*/.exec(withoutDrawings)?.[0];
    expect(touching, `${page}: two links with nothing between them`).toBeUndefined();
  }
});
