import { DATE_META, KIND_META, TITLE_META } from "../../lib/search/fields";
import type { PagefindResultData } from "./pagefind";

/** One search result as a list item: its title as a link, what it is and when, and its excerpt. */
export function resultItem(result: PagefindResultData): HTMLLIElement {
  const item = document.createElement("li");
  const excerpt = document.createElement("p");
  excerpt.className = "result-excerpt";
  // Pagefind escapes the page text and adds only <mark> around the matches.
  excerpt.innerHTML = result.excerpt;
  const link = document.createElement("a");
  link.href = resultHref(result, excerpt.querySelector("mark")?.textContent);
  link.textContent = result.meta[TITLE_META] ?? result.url;
  const meta = document.createElement("p");
  meta.className = "result-meta";
  meta.textContent = [result.meta[KIND_META], result.meta[DATE_META]].filter(Boolean).join(" · ");
  item.append(link, meta, excerpt);
  return item;
}

/**
 * The result's address; a source page's links to the section that matched. A text fragment
 * (#:~:text=) makes the browser scroll to the first matched word and highlight it, with no script
 * on that page.
 */
function resultHref(result: PagefindResultData, matchedWord: string | undefined): string {
  const target = new URL(result.sub_results[0]?.url ?? result.url, location.origin);
  // Pagefind marks a word with the punctuation around it ("Ortiz."); the word alone matches best.
  const word = matchedWord?.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
  if (word) {
    // "-", "&" and "," are the directive's own punctuation, so they are escaped too.
    const text = encodeURIComponent(word).replaceAll("-", "%2D");
    target.hash = `${target.hash}:~:text=${text}`;
  }
  return `${target.pathname}${target.hash}`;
}
