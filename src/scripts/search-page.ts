/**
 * The search page: runs Pagefind's JS API behind our own small form and result list (Pagefind's
 * UIs would add 34–48 KB). The form works as a plain GET form too; this script makes it live,
 * keeps the address bar in step, and lets the keyboard move through the results.
 */
import { parseDateQuery } from "../lib/date-query";

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
  search: (term: string | null, options: object) => Promise<PagefindSearch>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}
type Filters = Record<string, { any: string[] }>;

const FILTERS = ["type", "person", "country", "kind", "year", "month"] as const;
/** Results shown at first and per "Show more": each costs a fragment download. */
const PAGE_SIZE = 8;
/** Wait this long after a keystroke; a faster next keystroke replaces the search. */
const TYPING_PAUSE_MS = 40;

const form = document.querySelector<HTMLFormElement>("#search-form")!;
const input = form.querySelector<HTMLInputElement>("input[name=q]")!;
const status = document.querySelector<HTMLElement>("#search-status")!;
const list = document.querySelector<HTMLOListElement>("#search-results")!;
const more = document.querySelector<HTMLButtonElement>("#search-more")!;

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  // Built by `pagefind` after `astro build`; a variable keeps Vite from trying to bundle it.
  const url = "/pagefind/pagefind.js";
  pagefind ??= import(/* @vite-ignore */ url).then(async (module: Pagefind) => {
    await module.options({ excerptLength: 28 });
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
/** The results of the latest search, in order, and how many are on screen. */
let current = { results: [] as PagefindResult[], query: "", shown: 0 };

async function search(): Promise<void> {
  const thisSearch = ++latestSearch;
  const { query, filters, sort, params } = readForm();
  history.replaceState(null, "", params.size > 0 ? `?${params}` : location.pathname);
  if (!query && Object.keys(filters).length === 0) {
    status.textContent = "";
    await showResults({ results: [], query: "", shown: 0 });
    return;
  }
  const api = await loadPagefind();
  await new Promise((resolve) => setTimeout(resolve, TYPING_PAUSE_MS));
  if (thisSearch !== latestSearch) return; // The reader is still typing.
  const groups = await Promise.all(
    resultGroups(filters, sort).map(({ types, dated }) =>
      api.search(query || null, {
        filters: { ...filters, type: { any: types } },
        ...(dated && sort && { sort }),
      }),
    ),
  );
  const onThatDate = await eventsOnDate(api, query, filters);
  const results = [
    ...new Map([...onThatDate, ...groups.flatMap((group) => group.results)].map((r) => [r.id, r])).values(),
  ];
  if (thisSearch !== latestSearch) return;
  await showResults({ results, query, shown: 0 });
  const count = `${results.length} ${results.length === 1 ? "result" : "results"}`;
  if (thisSearch === latestSearch) status.textContent = query ? `${count} for “${query}”` : count;
}

/**
 * Events and people come before the articles that only mention them. With a date order only events
 * can be ordered (the others have no date), so they come first and the rest follow by relevance.
 */
function resultGroups(
  filters: Filters,
  sort: object | undefined,
): Array<{ types: string[]; dated: boolean }> {
  const wanted = filters["type"]?.any ?? ["Event", "Person", "Source"];
  const groups = sort ? [["Event"], ["Person", "Source"]] : [["Event", "Person"], ["Source"]];
  return groups
    .map((types) => ({
      types: types.filter((type) => wanted.includes(type)),
      dated: types.includes("Event"),
    }))
    .filter(({ types }) => types.length > 0);
}

/** Renders the next page of results; each result's excerpt is fetched only when it is shown. */
async function showResults(next: typeof current): Promise<void> {
  current = next;
  const page = await Promise.all(next.results.slice(next.shown, next.shown + PAGE_SIZE).map((r) => r.data()));
  if (current !== next) return;
  const items = page.map((result) => renderResult(result, next.query));
  if (next.shown === 0) list.replaceChildren(...items);
  else list.append(...items);
  next.shown += items.length;
  more.hidden = next.shown >= next.results.length;
  more.textContent = `Show more results (${next.shown} of ${next.results.length} shown)`;
}

/**
 * When the whole query is a date ("May 22", "22/05/2025", "June 2025"), the events on that date,
 * the event of that very day before longer ones that include it. Text matches follow them.
 */
async function eventsOnDate(api: Pagefind, query: string, filters: Filters): Promise<PagefindResult[]> {
  const date = parseDateQuery(query);
  if (!date) return [];
  let dateFilter: Filters;
  if (date.precision === "month") {
    dateFilter = { month: { any: [date.iso] } };
  } else {
    const days = Object.keys((await api.filters())["day"] ?? {});
    const wanted =
      date.precision === "day" ? [date.iso] : days.filter((day) => day.endsWith(`-${date.monthDay}`));
    dateFilter = { day: { any: wanted } };
  }
  if (Object.values(dateFilter)[0]!.any.length === 0) return [];
  const found = await api.search(null, { filters: { ...filters, ...dateFilter }, sort: { span: "asc" } });
  return found.results;
}

function renderResult(result: PagefindResultData, query: string): HTMLLIElement {
  const item = document.createElement("li");
  const link = document.createElement("a");
  // A source page links to the section that matched; the terms are highlighted on arrival.
  const target = new URL(result.sub_results[0]?.url ?? result.url, location.origin);
  if (query) target.searchParams.set("highlight", query);
  link.href = `${target.pathname}${target.search}${target.hash}`;
  link.textContent = result.meta["title"] ?? result.url;
  const meta = document.createElement("p");
  meta.className = "result-meta";
  meta.textContent = [result.meta["kind"] ?? result.meta["type"], result.meta["date"]]
    .filter(Boolean)
    .join(" · ");
  const excerpt = document.createElement("p");
  excerpt.className = "result-excerpt";
  // Pagefind escapes the page text and adds only <mark> around the matches.
  excerpt.innerHTML = result.excerpt;
  item.append(link, meta, excerpt);
  return item;
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
  void search();
});
input.addEventListener("keydown", moveFocus);
more.addEventListener("click", () => {
  const firstNew = current.shown;
  void showResults(current).then(() => list.querySelectorAll("a")[firstNew]?.focus());
});
list.addEventListener("keydown", moveFocus);
fillFormFromAddress();
void search();
