/**
 * The search page as the end-to-end specs drive it: its form, its results and their links, and
 * waiting for them. Paths go through sitePath() and pathInSite(), so they also serve the base-path project.
 */
import type { Locator, Page } from "@playwright/test";
import { expect, pathInSite, sitePath } from "./fixtures";

export function searchForm(page: Page): Locator {
  return page.getByRole("search", { name: "Timeline" });
}

export function searchField(page: Page): Locator {
  return page.locator("#search-page-field");
}

export function results(page: Page): Locator {
  return page.locator("#search-results > li");
}

export function resultLinks(page: Page): Locator {
  return results(page).locator(":scope > a");
}

/** Waits until the results asked for by the last keystroke, choice or press are on screen. */
export async function resultsSettled(page: Page): Promise<void> {
  await expect(page.locator("#search-results")).toHaveAttribute("aria-busy", "false");
}

/** Presses "Show more results" until every result is on the page. */
export async function showAllResults(page: Page): Promise<void> {
  const more = page.getByRole("button", { name: /Show more results/ });
  await resultsSettled(page);
  while (await more.isVisible()) {
    await more.click();
    await resultsSettled(page);
  }
}

/** The paths all the results link to, in order, from the site's base and without their #fragment. */
export async function resultPaths(page: Page): Promise<string[]> {
  await showAllResults(page);
  const hrefs = await resultLinks(page).evaluateAll((links) =>
    links.map((link) => link.getAttribute("href")),
  );
  return hrefs.map((href) => pathInSite(href ?? ""));
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Waits until the status line reports a count and, given a query, names that query: the status is
 * written together with the result list, so the list is then that query's.
 */
export async function waitForResults(page: Page, query?: string): Promise<void> {
  const status = page.locator("#search-status");
  await expect(status).toHaveText(/\d+ results?/);
  if (query !== undefined) {
    await expect(status).toHaveText(new RegExp(`results? for “${escapeRegExp(query)}”`));
  }
}

/** Opens /search/ with a query in the address, as a shared link would, and waits for its results. */
export async function searchFor(page: Page, query: string): Promise<string[]> {
  await page.goto(sitePath(`/search/?q=${encodeURIComponent(query)}`));
  await waitForResults(page, query);
  return resultPaths(page);
}

/** Opens the "Filters and order" disclosure. */
export async function openFilters(page: Page): Promise<void> {
  const details = page.locator("details.filters");
  if ((await details.getAttribute("open")) === null) {
    await details.locator("summary", { hasText: "Filters and order" }).click();
  }
  await expect(details).toHaveAttribute("open", "");
}

export function filterBox(page: Page, legend: string, label: string): Locator {
  return searchForm(page)
    .getByRole("group", { name: legend })
    .getByRole("checkbox", { name: label, exact: true });
}

/** Types a query into the search page's field and returns the result paths once they are shown. */
export async function typeQuery(page: Page, query: string): Promise<string[]> {
  await searchField(page).fill(query);
  await waitForResults(page, query);
  return resultPaths(page);
}

/** The text of a link's text fragment (#…:~:text=…), decoded; undefined when there is none. */
export function textFragment(href: URL): string | undefined {
  const text = /:~:text=([^&]+)/.exec(href.hash)?.[1];
  return text === undefined ? undefined : decodeURIComponent(text);
}

/** The href of the result that links to `path`, resolved. */
export async function resultHref(page: Page, path: string): Promise<URL> {
  const link = resultLinks(page).and(page.locator(`[href^="${sitePath(path)}"]`));
  return new URL((await link.first().getAttribute("href")) ?? "", "http://site.invalid");
}
