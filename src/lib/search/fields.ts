/**
 * Every field of the search index, by name: the pages write them (src/lib/search/page-fields.ts,
 * src/components/SearchFields.astro), and the search page offers them (src/pages/search.astro) and
 * asks Pagefind for them (src/scripts/search/), so renaming one is one change here. Plain constants
 * with no imports, so the browser's bundle keeps only the few it uses.
 */

// Filters: what a search can be narrowed to.
/** Which kind of page: one of the PAGE_TYPES. */
export const TYPE_FILTER = "type";
/** An event's kind: a key of SITE.eventKinds. */
export const KIND_FILTER = "kind";
/** A person taking part in an event: their slug. */
export const PERSON_FILTER = "person";
/** The countries of an event's people, or a person's own: a key of SITE.countries. */
export const COUNTRY_FILTER = "country";
/** A person's own page: their slug (PERSON_FILTER is on their events). */
export const PROFILE_FILTER = "profile";
/** LAST_RANK on the pages listed after the rest when results go by relevance. */
export const RANK_FILTER = "rank";
/** An event's year: 2025. */
export const YEAR_FILTER = "year";
/** An event's month: 2025-05. */
export const MONTH_FILTER = "month";
/** Each day an event covers: 2025-05-22. */
export const DAY_FILTER = "day";
/** Each day an event covers, without the year: 05-22. */
export const MONTHDAY_FILTER = "monthday";
/** Each day a page's text names in a <time datetime> (src/lib/search/search-terms.ts `mentionFilters`). */
export const MENTION_DAY_FILTER = "mentionday";
/** Each month a page's text names, or the month of a day it names. */
export const MENTION_MONTH_FILTER = "mentionmonth";
/** Each day without the year a page's text names, or that of a day it names. */
export const MENTION_MONTHDAY_FILTER = "mentionmonthday";

// Metadata: what a result shows. Pagefind adds the page's title itself.
export const TITLE_META = "title";
/** What the page is: an event's kind, a person's role, "Source article". */
export const KIND_META = "kind";
/** The date in words. */
export const DATE_META = "date";

// Sort keys.
/** An event's place in the timeline: only events have one. */
export const DATE_SORT = "date";

/** The TYPE_FILTER values. */
export const PAGE_TYPES = { event: "Event", person: "Person", source: "Source" } as const;
/** The RANK_FILTER value of the source articles. */
export const LAST_RANK = "last";

/** The filters src/lib/search/search-terms.ts `dateFilters` gives an event, from its date. */
export type DateFilterName =
  typeof YEAR_FILTER | typeof MONTH_FILTER | typeof DAY_FILTER | typeof MONTHDAY_FILTER;
export type FilterName =
  | DateFilterName
  | typeof TYPE_FILTER
  | typeof KIND_FILTER
  | typeof PERSON_FILTER
  | typeof COUNTRY_FILTER
  | typeof PROFILE_FILTER
  | typeof RANK_FILTER;
export type MetaName = typeof KIND_META | typeof DATE_META;
export type SortName = typeof DATE_SORT;

/** What one page puts in the index beyond its text, each as [name, value], in the order written. */
export interface SearchFields {
  filters: Array<[FilterName, string]>;
  meta: Array<[MetaName, string]>;
  sort: Array<[SortName, string]>;
  /** Plain-letter spellings of names Pagefind cannot fold by itself, indexed as hidden text. */
  plainSpellings: string[];
  /**
   * The values of the page's facts list, indexed as hidden text: the index leaves the list out
   * (src/lib/search/page-text.ts), so that its labels never make an excerpt.
   */
  facts: string[];
}
