import { excerpt, firstMatch } from "../../lib/search/excerpt";
import { DATE_META, KIND_META, TITLE_META } from "../../lib/search/fields";
import { stopWordsOf } from "../../lib/search/stop-words";
import type { PagefindResultData } from "./pagefind";

const stopWords = stopWordsOf(document.documentElement.lang);

/** One search result as a list item: its title as a link, what it is and when, and its excerpt. */
export function resultItem(result: PagefindResultData): HTMLLIElement {
  const item = document.createElement("li");
  const title = result.meta[TITLE_META] ?? result.url;
  const { content, locations } = result;
  const text = document.createElement("p");
  text.className = "result-excerpt";
  text.append(
    ...excerpt({ content, locations, title, stopWords }).map(({ text: part, marked }) =>
      marked ? Object.assign(document.createElement("mark"), { textContent: part }) : part,
    ),
  );
  const link = document.createElement("a");
  // A page that matched only in its headline has no mark in its excerpt.
  const matched = text.querySelector("mark")?.textContent ?? firstMatch({ content, locations, stopWords });
  link.href = resultHref(result, matched);
  link.textContent = title;
  const meta = document.createElement("p");
  meta.className = "result-meta";
  meta.textContent = [result.meta[KIND_META], result.meta[DATE_META]].filter(Boolean).join(" · ");
  item.append(link, meta, text);
  return item;
}

/**
 * The result's address; a source page's links to the section that matched. A text fragment
 * (#:~:text=) makes the browser scroll to the first matched word and highlight it, with no script
 * on that page.
 */
function resultHref(result: PagefindResultData, matched: string | undefined): string {
  const target = new URL(result.sub_results[0]?.url ?? result.url, location.origin);
  if (matched) {
    // "-", "&" and "," are the directive's own punctuation, so they are escaped too.
    const text = encodeURIComponent(matched).replaceAll("-", "%2D");
    target.hash = `${target.hash}:~:text=${text}`;
  }
  return `${target.pathname}${target.hash}`;
}
