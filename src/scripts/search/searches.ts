/**
 * The Pagefind searches behind one query, each giving results in the order they are listed: the
 * pages of the date a query spells; else the person it names with their events, then every match,
 * phrases first.
 */
import type { DateQuery } from "../../lib/search/date-query";
import {
  DATE_SORT,
  DAY_FILTER,
  LAST_RANK,
  MENTION_DAY_FILTER,
  MENTION_MONTH_FILTER,
  MENTION_MONTHDAY_FILTER,
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

/** The index's filter for a date, on an event's own dates or on the dates a page's text names. */
function dateFilter(date: DateQuery, named: boolean): Filters {
  if (date.precision === "month")
    return { [named ? MENTION_MONTH_FILTER : MONTH_FILTER]: { any: [date.iso] } };
  if (date.precision === "day") return { [named ? MENTION_DAY_FILTER : DAY_FILTER]: { any: [date.iso] } };
  return { [named ? MENTION_MONTHDAY_FILTER : MONTHDAY_FILTER]: { any: [date.monthDay] } };
}

/**
 * For a query that is a date ("March 3", "03/03/2024", "March 2024"), the pages of that date and no
 * others, never a match on its digits: first the events on it (for a day, the event of that very
 * day before a longer one that began earlier, latest start first; for a month, in timeline order),
 * then the pages whose text names it as a date (src/lib/search/page-text.ts): events in timeline
 * order, then people, then the source articles.
 */
export async function pagesOfDate(
  api: Pagefind,
  date: DateQuery,
  filters: Filters,
): Promise<PagefindResult[]> {
  const own = { ...filters, ...dateFilter(date, false) };
  const named = { ...filters, ...dateFilter(date, true) };
  const [onIt, eventsNamingIt, namingIt, isArticle] = await Promise.all([
    api.search(null, { filters: own, sort: { [DATE_SORT]: date.precision === "month" ? "asc" : "desc" } }),
    api.search(null, { filters: named, sort: OLDEST_FIRST }),
    api.search(null, { filters: named }),
    sourceArticleIds(api),
  ]);
  return unique([
    ...onIt.results,
    ...eventsNamingIt.results,
    ...namingIt.results.filter((result) => !isArticle.has(result.id)),
    ...namingIt.results.filter((result) => isArticle.has(result.id)),
  ]);
}

/**
 * The matches of a query of several words, those with the words as one phrase first ("rules of
 * origin" before a page with "rules" here and "origin" there). A quoted query is a phrase already.
 */
export async function phraseFirst(
  api: Pagefind,
  query: string,
  filters: Filters,
  sort: object | undefined,
): Promise<PagefindResult[]> {
  // A date order the reader chose stays the order of all results.
  const isPhrase = !sort && /\s/.test(query) && !query.includes('"');
  const [phrase, all] = await Promise.all([
    isPhrase ? rankedMatches(api, `"${query}"`, filters, sort) : [],
    rankedMatches(api, query, filters, sort),
  ]);
  return unique([...phrase, ...all]);
}
