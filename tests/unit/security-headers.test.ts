import { describe, expect, test } from "vitest";
import { CSP_META, headersFile } from "../../src/lib/publish/security-headers";
import { headersFor, parseHeadersFile, type Merge } from "../headers-file";

/** The top level of a built site, as the build reads it: folders end in "/". */
const DIST = ["404.html", "_astro/", "about/", "embed/", "events/", "favicon.svg", "index.html", "rss.xml"];
const MERGES: Merge[] = ["replace", "join"];

/** The policies a host sends for `path`: one per value, as a browser splits a joined header. */
function policies(file: string, path: string, merge: Merge): string[] {
  const value = headersFor(parseHeadersFile(file), path, merge)["content-security-policy"];
  return value === undefined ? [] : value.split(/, (?=default-src)/);
}
const frameAncestors = (policy: string) => /frame-ancestors ([^;]+)$/.exec(policy)?.[1];

describe.each(MERGES)("_headers read by a host that merges a header's rules by %s", (merge) => {
  const file = headersFile(DIST);

  test.each([
    // The home page, with and without its file name, and pages in every folder of the site.
    "/",
    "/index.html",
    "/404.html",
    "/about/",
    "/events/an-event/",
  ])("%s gets one policy, which forbids framing", (path) => {
    expect(policies(file, path, merge).map(frameAncestors)).toEqual(["'none'"]);
  });

  test.each(["/embed/", "/embed/events/an-event/", "/embed/events/an-event/oembed.json"])(
    "%s gets one policy, which lets any site frame it",
    (path) => expect(policies(file, path, merge).map(frameAncestors)).toEqual(["*"]),
  );

  test("with the story's embedOrigins, only those sites and the site itself may frame the embeds", () => {
    const listed = headersFile(DIST, ["https://news.example", "https://cms.news.example"]);
    expect(policies(listed, "/embed/", merge).map(frameAncestors)).toEqual([
      "'self' https://news.example https://cms.news.example",
    ]);
    expect(policies(listed, "/events/an-event/", merge).map(frameAncestors)).toEqual(["'none'"]);
  });

  test("every path keeps the other security headers, and hashed files a year's cache", () => {
    for (const path of ["/", "/embed/", "/rss.xml"]) {
      expect(headersFor(parseHeadersFile(file), path, merge)).toMatchObject({
        "x-content-type-options": "nosniff",
        "referrer-policy": "strict-origin-when-cross-origin",
      });
    }
    for (const path of ["/_astro/page.1a2b3c.js", "/brand/brand-1a2b3c4d.css"]) {
      expect(headersFor(parseHeadersFile(file), path, merge)["cache-control"], path).toBe(
        "public, max-age=31536000, immutable",
      );
    }
  });
});

test("the embeds' policy is the pages' own but for framing", () => {
  const file = headersFile(DIST);
  const [page] = policies(file, "/events/an-event/", "replace");
  const [embed] = policies(file, "/embed/", "replace");
  const withoutFraming = (policy: string | undefined) => policy?.replace(/; frame-ancestors [^;]+$/, "");
  expect(withoutFraming(embed)).toBe(CSP_META);
  expect(withoutFraming(page)).toBe(CSP_META);
});

test("files that are not pages, and _headers itself, get no rule of their own", () => {
  const paths = parseHeadersFile(headersFile([...DIST, "_headers"])).map((rule) => rule.pattern.source);
  expect(paths.filter((path) => /rss|favicon|_headers/.test(path))).toEqual([]);
});
