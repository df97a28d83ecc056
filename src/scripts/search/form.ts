/**
 * The search form's state and the address bar's: the form works as a plain GET form too, so its
 * field names are the address's parameters (/search/?q=…&person=…&sort=oldest). Besides the query
 * (q) and the order (sort), each is a filter of the index (src/pages/search.astro names them).
 */
import { DATE_SORT } from "../../lib/search/fields";
import type { Filters } from "./pagefind";

export interface SearchRequest {
  query: string;
  filters: Filters;
  /** Pagefind's sort, or none for "Best match first". */
  sort: object | undefined;
  /** The form as an address's parameters, without the empty and default ones. */
  params: URLSearchParams;
}

export function readForm(form: HTMLFormElement): SearchRequest {
  const data = new FormData(form);
  const filters: Filters = {};
  for (const name of new Set(data.keys())) {
    if (name !== "q" && name !== "sort") filters[name] = { any: data.getAll(name).map(String) };
  }
  const sort = String(data.get("sort") ?? "relevance");
  return {
    query: String(data.get("q") ?? "").trim(),
    filters,
    sort: sort === "relevance" ? undefined : { [DATE_SORT]: sort === "oldest" ? "asc" : "desc" },
    params: new URLSearchParams(
      [...data].filter(([, value]) => value !== "" && value !== "relevance") as string[][],
    ),
  };
}

/** A shared link (/search/?q=…&person=…) opens with its query, filters and order in the form. */
export function fillFormFromAddress(form: HTMLFormElement, input: HTMLInputElement): void {
  const params = new URLSearchParams(location.search);
  input.value = params.get("q") ?? "";
  let chosen = false;
  for (const field of form.querySelectorAll<HTMLInputElement>("input[type=checkbox], input[type=radio]")) {
    const values = params.getAll(field.name);
    if (field.type === "checkbox") field.checked = values.includes(field.value);
    else if (values.length > 0) field.checked = values.includes(field.value);
    chosen ||= values.length > 0;
  }
  // The filters and order are folded away unless the address chose some.
  if (chosen) form.querySelector("details")?.setAttribute("open", "");
}
