import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

/*
 * Search excerpts read as text: Pagefind joins the text of neighbouring elements as it finds it,
 * so a label and its value, or two list items, can run together ("When19 May", "2025ISO",
 * "D.C.Where"). A word of Pagefind's text is sound when the page itself shows it: as a word of
 * the page's text read with a break at every element that is not inline (see `shownWords`). A
 * word that is not spans an element boundary the page shows as a break: two words glued.
 * "McDonald" is one word on the page, so it passes; "RoleMinister" is "Role" and "Minister" in
 * two cells on the page, so it fails.
 */

interface IndexedPage {
  url: string;
  content: string;
}

/** Every page in the index, with the whole text Pagefind keeps for it. */
async function indexedPages(page: Page): Promise<IndexedPage[]> {
  await page.goto("/search/");
  return page.evaluate(async () => {
    const url = "/pagefind/pagefind.js"; // Built by Pagefind; a variable keeps TypeScript from resolving it.
    const pagefind = await import(/* @vite-ignore */ url);
    const types = Object.keys((await pagefind.filters())["type"] ?? {});
    const all = await pagefind.search(null, { filters: { type: { any: types } } });
    return Promise.all(
      all.results.map(async (result: { data: () => Promise<IndexedPage> }) => {
        const { url, content } = await result.data();
        return { url, content };
      }),
    );
  });
}

/**
 * The words a page shows, where every element that is not inline (a block, a table cell, a
 * hidden element) separates words, as it does on screen; and the page's lines, each its own block.
 * Visually hidden text (positioned out of view) reads inline, as a screen reader says it.
 */
async function shownWords(page: Page, url: string): Promise<{ words: string[]; lines: string[] }> {
  await page.goto(url);
  return page.evaluate(() => {
    const parts: string[] = [];
    const walk = (node: Node) => {
      if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? "");
      if (!(node instanceof Element)) return;
      const style = getComputedStyle(node);
      const inline = ["inline", "contents"].includes(style.display) || style.position === "absolute";
      if (!inline) parts.push("\n");
      node.childNodes.forEach(walk);
      if (!inline) parts.push("\n");
    };
    walk(document.querySelector("[data-pagefind-body]") ?? document.body);
    const lines = parts
      .join("")
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean);
    return { words: lines.flatMap((line) => line.split(/\s+/)), lines };
  });
}

/** The excerpt of every result of every query, as plain text, with its page. */
async function excerpts(
  page: Page,
  queries: string[],
): Promise<Array<{ query: string; url: string; text: string }>> {
  await page.goto("/search/");
  return page.evaluate(async (queries) => {
    const url = "/pagefind/pagefind.js"; // Built by Pagefind; a variable keeps TypeScript from resolving it.
    const pagefind = await import(/* @vite-ignore */ url);
    const asText = (html: string) =>
      new DOMParser().parseFromString(html, "text/html").body.textContent ?? "";
    const found: Array<{ query: string; url: string; text: string }> = [];
    for (const query of queries) {
      const { results } = await pagefind.search(query);
      for (const result of results) {
        const { url, excerpt } = await result.data();
        found.push({ query, url, text: asText(excerpt) });
      }
    }
    return found;
  }, queries);
}

/**
 * The words of `text` that the page never shows as words. Pagefind ends a heading, paragraph or
 * list item with a full stop when it has none ("Sources."), so a shown word plus "." is sound.
 */
const gluedWords = (text: string, shown: Set<string>) =>
  text.split(/\s+/).filter((word) => word && !shown.has(word) && !shown.has(word.replace(/\.$/, "")));

test("no search excerpt runs a label into its value or two words together", async ({ page }) => {
  test.setTimeout(120_000);
  const pages = await indexedPages(page);
  expect(pages.length).toBeGreaterThan(0);
  const shown = new Map<string, Set<string>>();
  const queries = new Set<string>();
  for (const { url } of pages) {
    const { words, lines } = await shownWords(page, url);
    shown.set(url, new Set(words));
    // The first words of every line: labels, values, names, places, kinds and dates of every page.
    for (const line of lines) queries.add(line.trim().split(/\s+/).slice(0, 2).join(" "));
  }

  const faults: string[] = [];
  for (const { url, content } of pages) {
    for (const word of gluedWords(content, shown.get(url)!)) faults.push(`${url} indexes “${word}”`);
  }
  const found = await excerpts(page, [...queries]);
  expect(found.length).toBeGreaterThan(queries.size / 2);
  for (const { query, url, text } of found) {
    const glued = gluedWords(text, shown.get(url)!);
    if (glued.length > 0)
      faults.push(`“${query}” on ${url}: ${glued.map((w) => `“${w}”`).join(", ")} in “${text}”`);
  }
  expect([...new Set(faults)]).toEqual([]);
});
