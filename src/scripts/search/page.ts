/**
 * The search page: runs Pagefind's JS API behind our own small form and result list (Pagefind's
 * UIs would add 34–48 KB). The form works as a plain GET form too; this script makes it live,
 * keeps the address bar in step, and lets the keyboard move through the results. Only this page
 * loads it; every page loads the small theme-choice and copy-link scripts, and the timeline its filters'.
 */
import { fill, plural, type Plural } from "../../i18n/template";
import { personNamedBy, type NamedPerson } from "../../lib/search/person-match";
import { fillFormFromAddress, readForm } from "./form";
import { listenForKeys } from "./keyboard";
import { loadPagefind, type PagefindResult } from "./pagefind";
import { resultItem } from "./result-item";
import { OLDEST_FIRST, pagesOfDate, personAndEvents, phraseFirst, unique } from "./searches";
import { parseDateQuery, wordsWritingDate, type DateQuery } from "../../lib/search/date-query";
import { wordsOf } from "../../lib/search/excerpt";
import { suggestion } from "../../lib/search/suggestions";

/** Results shown at first and per "Show more": each costs a fragment download. */
const PAGE_SIZE = 8;
/** Fewer results than this, and a query with a word the index lacks gets "Did you mean …". */
const FEW_RESULTS = 3;
/** Wait this long after a keystroke; a faster next keystroke replaces the search. */
const TYPING_PAUSE_MS = 40;

const form = document.querySelector<HTMLFormElement>("#search-form")!;
const input = form.querySelector<HTMLInputElement>("input[name=q]")!;
const status = document.querySelector<HTMLElement>("#search-status")!;
const list = document.querySelector<HTMLOListElement>("#search-results")!;
const more = document.querySelector<HTMLButtonElement>("#search-more")!;
const offer = document.querySelector<HTMLElement>("#search-suggestion")!;
/** Everyone's names, written into the form at build time (src/lib/search/person-match.ts). */
const people = JSON.parse(form.dataset["people"] ?? "[]") as NamedPerson[];
/** Names this build's index (src/lib/search/index-tag.ts), so the page can preload its entry file. */
const indexTag = form.dataset["indexTag"];
/** The words this script writes, in the page's language (src/components/SearchPanel.astro). */
interface SearchWords {
  results: Plural;
  resultsFor: string;
  /** Said after "0 results", so a reader knows what to change. */
  nothingFound: string;
  moreShown: string;
}
const words = JSON.parse(form.dataset["words"]!) as SearchWords;
const lang = document.documentElement.lang;

interface Shown {
  results: PagefindResult[];
  shown: number;
  pinned: number;
  /** The date the query spells, which each excerpt marks where the page writes it. */
  date?: DateQuery | undefined;
}

/** Counts searches, so that a slow older one never paints over the results of a newer one. */
let latestSearch = 0;
/**
 * The results of the latest search, in order, how many are on screen, and how many the first
 * screen shows at least: a person's page and all their events, however many.
 */
let current: Shown = { results: [], shown: 0, pinned: 0 };

/** `typed`: a keystroke started this search, so it waits for a pause in the typing first. */
async function search(typed = true): Promise<void> {
  const thisSearch = ++latestSearch;
  list.setAttribute("aria-busy", "true");
  const { query, filters, sort, params } = readForm(form);
  history.replaceState(null, "", params.size > 0 ? `?${params}` : location.pathname);
  if (!query && Object.keys(filters).length === 0) {
    status.textContent = "";
    offer.hidden = true;
    await showResults({ results: [], shown: 0, pinned: 0 });
    return;
  }
  const api = await loadPagefind(indexTag);
  if (typed) await new Promise((resolve) => setTimeout(resolve, TYPING_PAUSE_MS));
  if (thisSearch !== latestSearch) return; // The reader is still typing.
  const date = parseDateQuery(query, lang);
  const person = date ? undefined : personNamedBy(query, people);
  const [theirs, matches] = await Promise.all([
    person && !sort ? personAndEvents(api, person.id, filters) : [],
    date
      ? pagesOfDate(api, date, filters)
      : phraseFirst(api, query, filters, sort ?? (query ? undefined : OLDEST_FIRST)),
  ]);
  const results = unique([...theirs, ...matches]);
  if (thisSearch !== latestSearch) return;
  void offerSuggestion(date || results.length >= FEW_RESULTS ? "" : query, thisSearch);
  await showResults({ results, shown: 0, pinned: theirs.length, date });
  const count = plural(words.results, results.length, lang);
  const found = query ? fill(words.resultsFor, { count, query }, lang) : count;
  if (thisSearch === latestSearch)
    status.textContent = results.length > 0 ? found : fill(words.nothingFound, { found }, lang);
}

let indexWords: Promise<string[]> | undefined;

/**
 * Offers the query with its unknown words spelt as the index's nearest ones, or hides the offer for
 * an empty query. The index's words are fetched at the first query that finds little.
 */
async function offerSuggestion(query: string, thisSearch: number): Promise<void> {
  const link = offer.querySelector("a")!;
  const suggested = query
    ? suggestion(query, await (indexWords ??= fetch(offer.dataset["words"]!).then((r) => r.json())))
    : undefined;
  if (thisSearch !== latestSearch) return;
  offer.hidden = !suggested;
  link.textContent = suggested ?? "";
  link.search = suggested ? `?${new URLSearchParams({ q: suggested })}` : "";
}

/**
 * Renders the next page of results, in order, each as soon as its excerpt has arrived (all are
 * fetched at once): a shared link shows its first result without waiting for the others. The list
 * is `aria-busy` from the keystroke or press until every result it asked for is on screen.
 */
async function showResults(next: Shown): Promise<void> {
  current = next;
  list.setAttribute("aria-busy", "true");
  const start = next.shown;
  const size = start === 0 ? Math.max(PAGE_SIZE, next.pinned) : PAGE_SIZE;
  const pending = next.results.slice(start, start + size).map((result) => result.data());
  // A new search's list replaces the old one at its first result, so nothing blinks while typing.
  if (start === 0 && pending.length === 0) list.replaceChildren();
  for (const data of pending) {
    const found = await data;
    // A date matched by filter has no matched words: they are the words that write it.
    const item = resultItem(
      next.date ? { ...found, locations: wordsWritingDate(wordsOf(found.content), next.date, lang) } : found,
    );
    if (current !== next) return; // A newer search replaced these results.
    if (next.shown === 0) list.replaceChildren(item);
    else list.append(item);
    next.shown += 1;
  }
  more.hidden = next.shown >= next.results.length;
  more.textContent = fill(words.moreShown, { shown: next.shown, total: next.results.length }, lang);
  list.setAttribute("aria-busy", "false");
}

form.addEventListener("input", () => void search());
form.addEventListener("submit", (event) => {
  event.preventDefault();
  void search(false);
});
more.addEventListener("click", () => {
  // A second press while a page is coming in would ask for that page again.
  if (list.getAttribute("aria-busy") === "true") return;
  const firstNew = current.shown;
  void showResults(current).then(() => list.querySelectorAll("a")[firstNew]?.focus());
});
offer.querySelector("a")!.addEventListener("click", (event) => {
  event.preventDefault();
  input.value = offer.querySelector("a")!.textContent ?? "";
  input.focus();
  void search(false);
});
listenForKeys(input, list);
// As the page opens, query or not: the page preloads Pagefind's files, and a reader here is about to search.
void loadPagefind(indexTag);
fillFormFromAddress(form, input);
void search(false);
