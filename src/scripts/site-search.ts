/**
 * The only script on reading pages, under 1 KB: "/" or Ctrl/⌘-K focuses the search field, and
 * terms a reader searched for are highlighted when they open a result (?highlight=…), with
 * the CSS Custom Highlight API so the page's HTML is not touched. Pagefind itself loads only
 * on the search page.
 */
import { plainLetters } from "../lib/plain-letters";

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

document.addEventListener("keydown", (event) => {
  const slash = event.key === "/" && !isTyping(event.target);
  const commandK = event.key.toLowerCase() === "k" && (event.metaKey || event.ctrlKey);
  if (!slash && !commandK) return;
  // On the search page its own field; elsewhere the one in the header.
  const field = (document.getElementById("search-page-field") ??
    document.getElementById("site-search-field")) as HTMLInputElement | null;
  if (!field) return;
  event.preventDefault();
  field.focus();
  field.select();
});

/** Folds case and diacritics letter by letter, keeping each letter's length so positions still match. */
const fold = (text: string) =>
  [...text]
    .map((char) => {
      const folded = plainLetters(char).toLowerCase();
      return folded.length === char.length ? folded : char;
    })
    .join("");

function highlightTerms(query: string): void {
  const terms = fold(query)
    .split(/\s+/)
    .filter((term) => term.length > 1);
  const main = document.querySelector("main");
  if (terms.length === 0 || !main || !("highlights" in CSS)) return;
  const ranges: Range[] = [];
  const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest("[hidden], script, style")) continue;
    const text = fold(node.textContent ?? "");
    for (const term of terms) {
      for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length)) {
        const range = new Range();
        range.setStart(node, at);
        range.setEnd(node, at + term.length);
        ranges.push(range);
      }
    }
  }
  CSS.highlights.set("search", new Highlight(...ranges));
  ranges[0]?.startContainer.parentElement?.scrollIntoView({ block: "center" });
}

const highlight = new URLSearchParams(location.search).get("highlight");
if (highlight) highlightTerms(highlight);
