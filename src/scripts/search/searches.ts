/**
 * The Pagefind searches behind one query, each giving results in the order they are listed: the
 * person the query names with their events, the events on the date it spells, then every match.
 */
import { parseDateQuery } from "../../lib/search/date-query";
import {
  DATE_SORT,
  DAY_FILTER,
  LAST_RANK,
  MONTH_FILTER,
  MONTHDAY_FILTER,
  PERSON_FILTER,
  PROFILE_FILTER,
  RANK_FILTER,
} from "../../lib/search/fields";
import type { Filters, Pagefind, PagefindResult } from "./pagefind";

/** Timeline order: for a person's events, and for filters chosen without a query. */
export const OLDEST_FIRST = { [DATE_SORT]: "asc" };

/** Each result once, where it first appears. */
export const unique = (results: PagefindResult[]) => [...new Map(results.map((r) => [r.id, r])).values()];

/**
 * In date order, the events in that order (only events have a date), then the rest by relevance.
 * By relevance, the source articles after the events and people, so an event always ranks above
 * an article that only mentions it. The articles are told apart by the small rank filter, not by
 * the type filter, whose filter file lists every page and grows with the timeline.
 */
export async function rankedMatches(
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
export async function personAndEvents(
  api: Pagefind,
  id: string,
  filters: Filters,
): Promise<PagefindResult[]> {
  const [page, events] = await Promise.all([
    api.search(null, { filters: { all: [filters, { [PROFILE_FILTER]: id }] } }),
    api.search(null, { filters: { all: [filters, { [PERSON_FILTER]: id }] }, sort: OLDEST_FIRST }),
  ]);
  return [...page.results, ...events.results];
}

let articleIds: Promise<Set<string>> | undefined;
/** The source articles' result ids, read once per visit rather than by a second search on every query. */
function sourceArticleIds(api: Pagefind): Promise<Set<string>> {
  articleIds ??= api
    .search(null, { filters: { [RANK_FILTER]: { any: [LAST_RANK] } } })
    .then((articles) => new Set(articles.results.map((result) => result.id)));
  return articleIds;
}

/**
 * When the whole query is a date ("May 22", "22/05/2025", "June 2025"), the events on that date
 * come first: for a day, the event of that very day before a longer one that began earlier
 * (latest start first); for a month, in timeline order. Text matches follow them.
 */
export async function eventsOnDate(
  api: Pagefind,
  query: string,
  filters: Filters,
): Promise<PagefindResult[]> {
  const date = parseDateQuery(query, document.documentElement.lang);
  if (!date) return [];
  const dateFilter =
    date.precision === "month"
      ? { [MONTH_FILTER]: { any: [date.iso] } }
      : date.precision === "day"
        ? { [DAY_FILTER]: { any: [date.iso] } }
        : { [MONTHDAY_FILTER]: { any: [date.monthDay] } };
  const order = date.precision === "month" ? "asc" : "desc";
  const found = await api.search(null, {
    filters: { ...filters, ...dateFilter },
    sort: { [DATE_SORT]: order },
  });
  return found.results;
}
