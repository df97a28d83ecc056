/**
 * Shared fixtures for the end-to-end tests. Every spec imports `test` and `expect` from here, so that
 * every test fails when the browser logs a console error or a page throws an uncaught exception.
 */
import { fileURLToPath } from "node:url";
import { test as base, expect, type ConsoleMessage } from "@playwright/test";
import { STORIES, type Story } from "./story";

export { distPages } from "./story";

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
export type { Story };

/** The story of the running test's project, named by its `metadata.story`; the first of STORIES by default. */
export function storyUnderTest(): Story {
  const { story } = test.info().project.metadata as { story?: string };
  const found = STORIES.find((candidate) => candidate.name === (story ?? STORIES[0]!.name));
  if (!found) throw new Error(`no story named ${story} in tests/e2e/story.ts`);
  return found;
}

/**
 * Defines tests that need the story when the spec loads (one test per page, per person…): once
 * for each story, tagged with its name, so that each project of tests/playwright.config.ts runs its own.
 */
export function eachStory(define: (story: Story) => void): void {
  for (const story of STORIES) test.describe(story.name, { tag: story.tag }, () => define(story));
}

/** The built site: the story in TIMELINE_CONTENT_DIR (content/ when unset), as `npm run build` builds it. */
export const DIST_DIR = fileURLToPath(new URL("../../dist/", import.meta.url));

/**
 * The build a test runs against and the path it is served under: dist/ at "/", or in another
 * project of tests/playwright.config.ts another build (made with BASE_PATH, or from another
 * story), named by the project's `metadata.site`.
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

/** A CSS selector for an element id, safe for ids that start with a digit ("2024", "2025-05-19-…"). */
export function byId(id: string): string {
  return `[id="${id.replaceAll("\\", "\\\\").replaceAll('"', '\\"')}"]`;
}
