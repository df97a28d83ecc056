/**
 * The search page: runs Pagefind's JS API behind our own small form and result list (Pagefind's
 * UIs would add 34–48 KB). The form works as a plain GET form too; this script makes it live,
 * keeps the address bar in step, and lets the keyboard move through the results. Reading pages
 * need no script; besides this one, only the timeline's filters and small page helpers load any.
 */
import { parseDateQuery } from "../lib/date-query";
import { personNamedBy, type NamedPerson } from "../lib/person-match";

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: Array<{ url: string; title: string }>;
}
interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}
interface PagefindSearch {
  results: PagefindResult[];
}
interface Pagefind {
  options: (options: object) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string | null, options: object) => Promise<PagefindSearch>;
}
type Filters = Record<string, { any: string[] }>;

const FILTERS = ["type", "person", "country", "kind", "year", "month"] as const;
/** Results shown at first and per "Show more": each costs a fragment download. */
const PAGE_SIZE = 8;
/** Said after "0 results", so a reader knows what to change. */
const NOTHING_FOUND_HINT = "Try fewer words or filters, or another spelling.";
/** Wait this long after a keystroke; a faster next keystroke replaces the search. */
const TYPING_PAUSE_MS = 40;
/** Timeline order: for a person's events, and for filters chosen without a query. */
const OLDEST_FIRST = { date: "asc" };

const form = document.querySelector<HTMLFormElement>("#search-form")!;
const input = form.querySelector<HTMLInputElement>("input[name=q]")!;
const status = document.querySelector<HTMLElement>("#search-status")!;
const list = document.querySelector<HTMLOListElement>("#search-results")!;
const more = document.querySelector<HTMLButtonElement>("#search-more")!;
/** Everyone's names, written into the form at build time (src/lib/person-match.ts). */
const people = JSON.parse(form.dataset["people"] ?? "[]") as NamedPerson[];
/** Names this build's index (src/lib/search-index-tag.ts), so the page can preload its entry file. */
const indexTag = form.dataset["indexTag"];

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  // Built by `pagefind` after `astro build`; a variable keeps Vite from trying to bundle it.
  const url = "/pagefind/pagefind.js";
  pagefind ??= import(/* @vite-ignore */ url).then(async (module: Pagefind) => {
    // In the page, not in Pagefind's Worker: a shared link's first result comes sooner without
    // a second download and start of Pagefind's code (the Worker's own copy), and the small
    // index searches in milliseconds.
    await module.options({ excerptLength: 28, noWorker: true, metaCacheTag: indexTag });
    // Starts loading the index's entry file, metadata and WebAssembly now, not at the first search.
    await module.init();
    return module;
  });
  return pagefind;
}

function readForm(): { query: string; filters: Filters; sort: object | undefined; params: URLSearchParams } {
  const data = new FormData(form);
  const filters: Filters = {};
  for (const name of FILTERS) {
    const chosen = data.getAll(name).map(String);
    if (chosen.length > 0) filters[name] = { any: chosen };
  }
  const sort = String(data.get("sort") ?? "relevance");
  return {
    query: String(data.get("q") ?? "").trim(),
    filters,
    sort: sort === "relevance" ? undefined : { date: sort === "oldest" ? "asc" : "desc" },
    params: new URLSearchParams(
      [...data].filter(([, value]) => value !== "" && value !== "relevance") as string[][],
    ),
  };
}

/** Counts searches, so that a slow older one never paints over the results of a newer one. */
let latestSearch = 0;
/**
 * The results of the latest search, in order, how many are on screen, and how many the first
 * screen shows at least: a person's page and all their events, however many.
 */
let current = { results: [] as PagefindResult[], shown: 0, pinned: 0 };

/** `typed`: a keystroke started this search, so it waits for a pause in the typing first. */
async function search(typed = true): Promise<void> {
  const thisSearch = ++latestSearch;
  list.setAttribute("aria-busy", "true");
  const { query, filters, sort, params } = readForm();
  history.replaceState(null, "", params.size > 0 ? `?${params}` : location.pathname);
  if (!query && Object.keys(filters).length === 0) {
    status.textContent = "";
    await showResults({ results: [], shown: 0, pinned: 0 });
    return;
  }
  const api = await loadPagefind();
  if (typed) await new Promise((resolve) => setTimeout(resolve, TYPING_PAUSE_MS));
  if (thisSearch !== latestSearch) return; // The reader is still typing.
  const person = personNamedBy(query, people);
  const [theirs, onThatDate, matches] = await Promise.all([
    person && !sort ? personAndEvents(api, person.id, filters) : [],
    eventsOnDate(api, query, filters),
    rankedMatches(api, query, filters, sort ?? (query ? undefined : OLDEST_FIRST)),
  ]);
  const results = unique([...theirs, ...onThatDate, ...matches]);
  if (thisSearch !== latestSearch) return;
  await showResults({ results, shown: 0, pinned: theirs.length });
  const count = `${results.length} ${results.length === 1 ? "result" : "results"}`;
  const found = query ? `${count} for “${query}”` : count;
  if (thisSearch === latestSearch)
    status.textContent = results.length > 0 ? found : `${found}. ${NOTHING_FOUND_HINT}`;
}

const unique = (results: PagefindResult[]) => [...new Map(results.map((r) => [r.id, r])).values()];

/**
 * In date order, the events in that order (only events have a date), then the rest by relevance.
 * By relevance, the source articles after the events and people, so an event always ranks above
 * an article that only mentions it. The articles are told apart by the small `rank` filter, not by
 * `type`, whose filter file lists every page and grows with the timeline.
 */
async function rankedMatches(
  api: Pagefind,
  query: string,
  filters: Filters,
  sort: object | undefined,
): Promise<PagefindResult[]> {
  const term = query || null;
  const everything = api.search(term, { filters });
  if (sort) {
    const [dated, rest] = await Promise.all([api.search(term, { filters, sort }), everything]);
    return unique([...dated.results, ...rest.results]);
  }
  const [all, isArticle] = await Promise.all([everything, sourceArticleIds(api)]);
  return [
    ...all.results.filter((result) => !isArticle.has(result.id)),
    ...all.results.filter((result) => isArticle.has(result.id)),
  ];
}

/**
 * When the query names one person and the order is "Best match first": their page, then every
 * event they took part in, in timeline order, within the chosen filters. A date order the reader
 * chose is kept for all results instead.
 */
async function personAndEvents(api: Pagefind, id: string, filters: Filters): Promise<PagefindResult[]> {
  const [page, events] = await Promise.all([
    api.search(null, { filters: { all: [filters, { profile: id }] } }),
    api.search(null, { filters: { all: [filters, { person: id }] }, sort: OLDEST_FIRST }),
  ]);
  return [...page.results, ...events.results];
}

let articleIds: Promise<Set<string>> | undefined;
/** The source articles' result ids, read once per visit rather than by a second search on every query. */
function sourceArticleIds(api: Pagefind): Promise<Set<string>> {
  articleIds ??= api
    .search(null, { filters: { rank: { any: ["last"] } } })
    .then((articles) => new Set(articles.results.map((result) => result.id)));
  return articleIds;
}

/**
 * Renders the next page of results; each result's excerpt is fetched only when it is shown. The
 * list is `aria-busy` from the keystroke or press until the results it asked for are on screen.
 */
async function showResults(next: typeof current): Promise<void> {
  current = next;
  list.setAttribute("aria-busy", "true");
  const start = next.shown;
  const size = start === 0 ? Math.max(PAGE_SIZE, next.pinned) : PAGE_SIZE;
  const page = await Promise.all(next.results.slice(start, start + size).map((r) => r.data()));
  // A newer search replaced these results, or a second click already showed this page.
  if (current !== next || next.shown !== start) return;
  const items = page.map(renderResult);
  if (start === 0) list.replaceChildren(...items);
  else list.append(...items);
  next.shown += items.length;
  more.hidden = next.shown >= next.results.length;
  more.textContent = `Show more results (${next.shown} of ${next.results.length} shown)`;
  list.setAttribute("aria-busy", "false");
}

/**
 * When the whole query is a date ("May 22", "22/05/2025", "June 2025"), the events on that date
 * come first: for a day, the event of that very day before a longer one that began earlier
 * (latest start first); for a month, in timeline order. Text matches follow them.
 */
async function eventsOnDate(api: Pagefind, query: string, filters: Filters): Promise<PagefindResult[]> {
  const date = parseDateQuery(query);
  if (!date) return [];
  const dateFilter =
    date.precision === "month"
      ? { month: { any: [date.iso] } }
      : date.precision === "day"
        ? { day: { any: [date.iso] } }
        : { monthday: { any: [date.monthDay] } };
  const order = date.precision === "month" ? "asc" : "desc";
  const found = await api.search(null, { filters: { ...filters, ...dateFilter }, sort: { date: order } });
  return found.results;
}

function renderResult(result: PagefindResultData): HTMLLIElement {
  const item = document.createElement("li");
  const excerpt = document.createElement("p");
  excerpt.className = "result-excerpt";
  // Pagefind escapes the page text and adds only <mark> around the matches.
  excerpt.innerHTML = result.excerpt;
  const link = document.createElement("a");
  link.href = resultHref(result, excerpt.querySelector("mark")?.textContent);
  link.textContent = result.meta["title"] ?? result.url;
  const meta = document.createElement("p");
  meta.className = "result-meta";
  meta.textContent = [result.meta["kind"] ?? result.meta["type"], result.meta["date"]]
    .filter(Boolean)
    .join(" · ");
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
  // Pagefind marks a word with the punctuation around it ("Lutnick."); the word alone matches best.
  const word = matchedWord?.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
  if (word) {
    // "-", "&" and "," are the directive's own punctuation, so they are escaped too.
    const text = encodeURIComponent(word).replaceAll("-", "%2D");
    target.hash = `${target.hash}:~:text=${text}`;
  }
  return `${target.pathname}${target.hash}`;
}

/** Arrow keys move between the field and the results; Escape returns to the field. */
function moveFocus(event: KeyboardEvent): void {
  const links = [...list.querySelectorAll<HTMLAnchorElement>("a")];
  const index = links.indexOf(document.activeElement as HTMLAnchorElement);
  const next =
    event.key === "ArrowDown"
      ? links[index + 1]
      : event.key === "ArrowUp"
        ? (links[index - 1] ?? input)
        : event.key === "Escape" && index >= 0
          ? input
          : undefined;
  if (!next) return;
  event.preventDefault();
  next.focus();
}

/** "/" (outside a text field) or Ctrl/⌘-K brings the reader back to the search field. */
function focusSearchField(event: KeyboardEvent): void {
  const typing = event.target instanceof HTMLElement && event.target.matches("input, textarea, select");
  const slash = event.key === "/" && !typing;
  const commandK = event.key.toLowerCase() === "k" && (event.metaKey || event.ctrlKey);
  if (!slash && !commandK) return;
  event.preventDefault();
  input.focus();
  input.select();
}

/** A shared link (/search/?q=…&person=…) opens with its query, filters and order in the form. */
function fillFormFromAddress(): void {
  const params = new URLSearchParams(location.search);
  input.value = params.get("q") ?? "";
  for (const field of form.querySelectorAll<HTMLInputElement>("input[type=checkbox], input[type=radio]")) {
    const values = params.getAll(field.name);
    if (field.type === "checkbox") field.checked = values.includes(field.value);
    else if (values.length > 0) field.checked = values.includes(field.value);
  }
  const filtered = FILTERS.some((name) => params.has(name)) || params.has("sort");
  if (filtered) form.querySelector("details")?.setAttribute("open", "");
}

form.addEventListener("input", () => void search());
form.addEventListener("submit", (event) => {
  event.preventDefault();
  void search(false);
});
input.addEventListener("keydown", moveFocus);
more.addEventListener("click", () => {
  const firstNew = current.shown;
  void showResults(current).then(() => list.querySelectorAll("a")[firstNew]?.focus());
});
list.addEventListener("keydown", moveFocus);
document.addEventListener("keydown", focusSearchField);
// As the page opens, query or not: the page preloads Pagefind's files, and a reader here is about to search.
void loadPagefind();
fillFormFromAddress();
void search(false);
