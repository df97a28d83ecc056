/**
 * Filters the home page's timeline in place (src/components/TimelineFilters.astro). The markup says
 * what to hide: each event's list item carries its values (data-kind, data-person, data-country,
 * space-separated); a group (data-filter-group: a month, a year of the time axis) hides when nothing
 * in it shows; a link to an item or a group (data-filter-follows: an axis mark, a month in the month
 * navigation) hides with its target, or with all the ids it names (a month listed in two parts). The choices are kept in the address, so a filtered timeline can
 * be shared. The count line's words are the page's (its data-shown and data-none-shown templates,
 * with the total already written in its plural form).
 */

const ITEM = "[data-filter-item]";
const SHOWN = `${ITEM}:not([hidden]), [data-filter-follows]:not([hidden])`;

const form = document.querySelector<HTMLFormElement>("form[data-timeline-filters]");
const countLine = document.querySelector<HTMLElement>("[data-timeline-filters-status]");
const selects = [...(form?.querySelectorAll("select") ?? [])];
const items = [...document.querySelectorAll<HTMLElement>(ITEM)];
const lang = document.documentElement.lang;

const hasShown = (element: Element) => element.matches(SHOWN) || !!element.querySelector(SHOWN);

/** The items or groups a follower names (data-filter-follows="id id"), or else the one it links to. */
function targetsOf(follower: HTMLElement): Element[] {
  const link = follower.matches("a") ? follower : follower.querySelector("a");
  const ids = follower.dataset["filterFollows"] || link?.getAttribute("href")?.split("#")[1] || "";
  return ids
    .split(" ")
    .flatMap((id) => document.getElementById(id)?.closest(`${ITEM}, [data-filter-group]`) ?? []);
}

function apply(): void {
  const chosen = selects
    .filter((select) => select.value)
    .map((select): [string, string] => [select.name, select.value]);
  for (const item of items) {
    item.hidden = !chosen.every(([name, value]) => item.dataset[name]?.split(" ").includes(value));
  }
  for (const follower of document.querySelectorAll<HTMLElement>("[data-filter-follows]")) {
    const targets = targetsOf(follower);
    follower.toggleAttribute("hidden", targets.length > 0 && !targets.some(hasShown));
  }
  for (const group of document.querySelectorAll("[data-filter-group]")) {
    group.toggleAttribute("hidden", !group.querySelector(SHOWN));
  }
  const shown = items.filter((item) => !item.hidden).length;
  // Filled here rather than with src/i18n/template.ts, which would be a chunk and a request of its own.
  const template = countLine!.dataset[shown ? "shown" : "noneShown"] ?? "";
  countLine!.textContent = template.replace("{shown}", shown.toLocaleString(lang));
  const query = new URLSearchParams(chosen).toString();
  history.replaceState(history.state, "", `${location.pathname}${query && `?${query}`}${location.hash}`);
}

if (form && countLine) {
  // A shared address opens with its choices made; a value the form does not offer is ignored.
  const params = new URLSearchParams(location.search);
  for (const select of selects) {
    const value = params.get(select.name);
    if ([...select.options].some((option) => option.value === value)) select.value = value!;
  }
  if (selects.some((select) => select.value)) apply();
  form.addEventListener("change", apply);
  // The reset event comes before the fields are reset.
  form.addEventListener("reset", () => setTimeout(apply));
}
