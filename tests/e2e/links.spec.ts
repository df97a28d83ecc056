import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { distPages, expect, siteUnderTest, test } from "./fixtures";

/*
 * The tests tagged @base-path run again on a build made with BASE_PATH (tests/playwright.config.ts):
 * pages are read from the build under test, by their path from its base.
 */

/** The HTML of a built page, by its URL path from the base. */
const html = (path: string) => readFileSync(join(siteUnderTest().dist, path, "index.html"), "utf8");
const idsOf = (page: string) => new Set([...page.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]));
const linksOf = (page: string) =>
  [...page.matchAll(/<a\b([^>]*)>/g)].map((match) => ({
    href: /\shref="([^"]*)"/.exec(match[1]!)?.[1]?.replaceAll("&amp;", "&") ?? "",
    rel: /\srel="([^"]*)"/.exec(match[1]!)?.[1] ?? "",
  }));

/** Whether a URL path, from the base, names a file or page of the build. */
function existsInDist(path: string): boolean {
  const file = join(siteUnderTest().dist, decodeURIComponent(path));
  return path.endsWith("/") ? existsSync(join(file, "index.html")) : existsSync(file);
}

/** The path of an address of the site from its base, or why it is not one of the build's. */
function pathFromBase(url: URL): { path: string } | { problem: string } {
  const { base } = siteUnderTest();
  if (!url.pathname.startsWith(base)) return { problem: `outside ${base}` };
  const path = `/${url.pathname.slice(base.length)}`;
  return existsInDist(path) ? { path } : { problem: "no such page or file" };
}

test(
  "every internal link and #anchor in dist/ resolves; every external link is well-formed and marked",
  { tag: "@base-path" },
  () => {
    const { base, dist } = siteUnderTest();
    const pages = distPages(dist);
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
        // An e-mail to write (the share menu's): a well-formed address, with or without a recipient.
        if (href.startsWith("mailto:")) {
          if (!URL.canParse(href)) broken.push(`${from}: ${href} (not a mailto: address)`);
          continue;
        }
        const url = new URL(href, `https://site.invalid${base}${from.slice(1)}`);
        const found = pathFromBase(url);
        if ("problem" in found) {
          broken.push(`${from}: ${href} (${found.problem})`);
          continue;
        }
        const target = found.path;
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
  },
);

/** Every full address in a text (canonical and share-image URLs, JSON-LD, feeds, calendar, sitemap), up to a bracket. */
const fullUrlsIn = (text: string) =>
  [...text.matchAll(/https?:\/\/[^\s"'<>()\\]+/g)].map((match) => match[0]);
/** Files of the build, besides pages, that give the site's addresses to other programs. */
const isPublishedFile = (file: string) => /\.(xml|json|ics)$/.test(file);

test(
  "every address of the site that the build names is a file of the build, under the base",
  { tag: "@base-path" },
  () => {
    const { base, dist } = siteUnderTest();
    const site = new URL(/<link rel="canonical" href="([^"]+)"/.exec(html("/"))![1]!).origin;
    const broken: string[] = [];
    let checked = 0;
    const check = (from: string, address: string, at: string) => {
      const url = new URL(address, at);
      if (url.origin !== site) return;
      checked++;
      const found = pathFromBase(url);
      if ("problem" in found) broken.push(`${from}: ${address} (${found.problem})`);
    };
    for (const page of distPages(dist)) {
      const text = html(page);
      // What the page loads or links to (stylesheets, scripts, icons, feeds, the search form, links).
      for (const [, address] of text.matchAll(/\s(?:href|src|action)="([^"#][^"]*)"/g)) {
        check(page, address!.replaceAll("&amp;", "&"), `${site}${base}${page.slice(1)}`);
      }
      // Text too, such as an embed code shown to copy, where quotes are written &quot;.
      for (const address of fullUrlsIn(text.replaceAll("&quot;", '"'))) check(page, address, site);
    }
    for (const file of readdirSync(dist).filter(isPublishedFile)) {
      // iCalendar folds long lines: a line break and a space continue the line before.
      const text = readFileSync(join(dist, file), "utf8").replace(/\r?\n[ \t]/g, "");
      for (const address of fullUrlsIn(text)) check(`/${file}`, address, site);
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(distPages(dist).length * 20);
  },
);

test("no word runs into the link after it (the compiler drops a line break before an element)", () => {
  for (const page of distPages(siteUnderTest().dist)) {
    const joined = /[\w.,:;!?]<(?:a\s|ul class="inline-list")[^>]*>[^<]*/.exec(html(page))?.[0];
    expect(joined, `${page}: a word runs into a link`).toBeUndefined();
  }
});

test("no two links touch in running text (the time axis and the previous/next pager are laid out apart)", () => {
  for (const page of distPages(siteUnderTest().dist)) {
    const withoutDrawings = html(page).replace(/<svg[\s\S]*?<\/svg>/g, "");
    const touching = /<\/a><a\s(?![^>]*\brel="(?:prev|next)")[^>]*>[^<]*/.exec(withoutDrawings)?.[0];
    expect(touching, `${page}: two links with nothing between them`).toBeUndefined();
  }
});
