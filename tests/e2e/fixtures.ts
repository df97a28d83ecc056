/**
 * Shared fixtures for the end-to-end tests. Every spec imports `test` and `expect` from here, so that
 * every test fails when the browser logs a console error or a page throws an uncaught exception.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { test as base, expect, type ConsoleMessage } from "@playwright/test";
import { parse } from "yaml";

/** One console error or uncaught page error seen during a test. */
export interface BrowserError {
  kind: "console" | "pageerror";
  text: string;
  /** The page (or resource) it came from, where the browser says. */
  url: string;
}

/** Collects browser errors; a test that expects one (the 404 page) says so with `allow`. */
export class BrowserErrors {
  readonly seen: BrowserError[] = [];
  private readonly allowed: ((error: BrowserError) => boolean)[] = [];

  /** Expect errors matching `predicate`; they no longer fail the test. */
  allow(predicate: (error: BrowserError) => boolean): void {
    this.allowed.push(predicate);
  }

  unexpected(): string[] {
    return this.seen
      .filter((error) => !this.allowed.some((allow) => allow(error)))
      .map((error) => `${error.kind}: ${error.text}${error.url ? ` (at ${error.url})` : ""}`);
  }
}

export const test = base.extend<{ browserErrors: BrowserErrors }>({
  browserErrors: async ({}, use) => {
    await use(new BrowserErrors());
  },
  page: async ({ page, browserErrors }, use) => {
    page.on("console", (message: ConsoleMessage) => {
      if (message.type() === "error") {
        browserErrors.seen.push({ kind: "console", text: message.text(), url: message.location().url });
      }
    });
    page.on("pageerror", (error: Error) => {
      browserErrors.seen.push({ kind: "pageerror", text: error.stack ?? error.message, url: page.url() });
    });
    await use(page);
    expect(browserErrors.unexpected(), "console errors or uncaught page errors during the test").toEqual([]);
  },
});

export { expect };

/** The built site. */
export const DIST_DIR = fileURLToPath(new URL("../../dist/", import.meta.url));

/**
 * The build a test runs against and the path it is served under: dist/ at "/", or in the base-path
 * project (tests/playwright.config.ts) a build made with BASE_PATH, served under that path.
 */
export interface SiteUnderTest {
  base: string;
  dist: string;
}

/** The site of the running test's project, from its `metadata.site`; dist/ at "/" by default. */
export function siteUnderTest(): SiteUnderTest {
  const { site } = test.info().project.metadata as { site?: SiteUnderTest };
  return site ?? { base: "/", dist: DIST_DIR };
}

/** A path of the site as the running test's project serves it: "/search/" → "<base>search/". */
export function sitePath(path: string): string {
  return `${siteUnderTest().base}${path.slice(1)}`;
}

/**
 * The path of a link without the base, as specs write paths ("/events/<slug>/"); a link that
 * leaves the base fails the test.
 */
export function pathInSite(href: string): string {
  const { pathname } = new URL(href, "http://site.invalid");
  const { base } = siteUnderTest();
  expect(pathname.startsWith(base), `${href} is under ${base}`).toBe(true);
  return `/${pathname.slice(base.length)}`;
}

/** The Markdown the site is built from. */
export const CONTENT_DIR = fileURLToPath(new URL("../../content/", import.meta.url));

/** The ids of a collection's entries: the names of its Markdown files. */
export function entryIds(collection: "events" | "people" | "sources"): string[] {
  return readdirSync(`${CONTENT_DIR}${collection}`).map((file) => file.replace(/\.md$/, ""));
}

/** An entry's frontmatter as written in content/, for tests that check pages against it. */
export function frontmatterOf<T>(collection: "events" | "people" | "sources", id: string): T {
  const text = readFileSync(`${CONTENT_DIR}${collection}/${id}.md`, "utf8");
  return parse(/^---\n([\s\S]*?)\n---\n/.exec(text)![1]!) as T;
}

/**
 * Every page in dist/ (or another build) as a URL path ("/", "/events/<slug>/", …), sorted: one per
 * index.html. dist/404.html is not a page with an address of its own; the 404 tests reach it through unknown URLs.
 */
export function distPages(dist = DIST_DIR): string[] {
  if (!existsSync(dist)) {
    throw new Error(`${dist} does not exist: run \`npm run build\` before the end-to-end tests`);
  }
  const pages: string[] = [];
  const walk = (dir: string, urlPath: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(`${dir}${entry.name}/`, `${urlPath}${entry.name}/`);
      else if (entry.name === "index.html") pages.push(urlPath);
    }
  };
  walk(dist, "/");
  return pages.sort();
}

/**
 * The events the home page shows, oldest first, as the source articles date them.
 * Undated events sit next to the event they are dated relative to ("after", "before", "during").
 */
export const EVENTS = [
  { slug: "2024-us-vietnam-goods-trade", title: "US goods trade with Việt Nam in 2024" },
  {
    slug: "2025-04-reciprocal-tariffs-announced",
    title: "US announces reciprocal tariffs; Việt Nam hit with 46 per cent",
  },
  { slug: "2025-05-19-second-round", title: "Second round of negotiations in Washington, D.C." },
  {
    slug: "2025-05-21-dien-meets-senators-cruz-and-daines",
    title: "Minister Diên meets Senators Ted Cruz and Steve Daines",
  },
  { slug: "2025-05-22-dien-meets-lutnick", title: "Minister Diên meets Commerce Secretary Howard Lutnick" },
  {
    slug: "after-2025-05-22-prime-minister-reviews-second-round",
    title: "The Prime Minister reviews the second round",
  },
  {
    slug: "2025-06-19-virtual-ministerial-meeting",
    title: "Virtual high-level meeting of Minister Diên, Secretary Lutnick and Ambassador Greer",
  },
  {
    slug: "before-2025-11-12-dien-greer-ministerial-meeting",
    title: "Direct ministerial meeting of Minister Dien and Ambassador Greer",
  },
  {
    slug: "2025-11-12-negotiations",
    title: "Negotiations on the Reciprocal Trade Agreement, November 12–14",
  },
  {
    slug: "during-2025-11-12-dien-meets-us-officials-and-industry",
    title: "Minister Dien meets US officials, lawmakers and industry",
  },
] as const;

/** The month headings of the home page, in order. */
export const MONTHS = ["2024", "April 2025", "May 2025", "June 2025", "November 2025"] as const;

/** A CSS selector for an element id, safe for ids that start with a digit ("2024", "2025-05-19-…"). */
export function byId(id: string): string {
  return `[id="${id.replaceAll("\\", "\\\\").replaceAll('"', '\\"')}"]`;
}
