import { kindLabel } from "../../config";
import { words } from "../../i18n/words";
import { formatDay, formatEventDate } from "../dates/format-date";
import { dateFilters, namesPagefindMisses } from "./search-terms";
import type { PersonEntry, SourceEntry, TimelineEvent } from "../content/timeline";
import { filterValues } from "../views/timeline-filters";
import {
  COUNTRY_FILTER,
  DATE_META,
  DATE_SORT,
  KIND_FILTER,
  KIND_META,
  LAST_RANK,
  PAGE_TYPES,
  PERSON_FILTER,
  PROFILE_FILTER,
  RANK_FILTER,
  TYPE_FILTER,
  type DateFilterName,
  type FilterName,
  type SearchFields,
} from "./fields";

/** One filter for each of the values. */
const each = <Name extends FilterName>(name: Name, values: readonly string[]) =>
  values.map((value): [Name, string] => [name, value]);

/**
 * An event's fields: its kind, date filters, people and their countries (the same values as the
 * timeline's filters), its date in words, its place in the timeline as its sort key, and its place
 * and people's names as words to find it by.
 */
export function eventFields(
  event: Pick<TimelineEvent, "entry" | "anchor" | "order">,
  participants: readonly PersonEntry[],
): SearchFields {
  const { date, kind, yearInferred, location } = event.entry.data;
  const names = participants.flatMap((person) => [person.data.name, ...person.data.aliases]);
  const values = filterValues(event, participants);
  // dateFilters writes the DateFilterName names; tests/unit/page-fields.test.ts checks it.
  const byDate = dateFilters(date) as Array<[DateFilterName, string]>;
  return {
    filters: [
      [TYPE_FILTER, PAGE_TYPES.event],
      ...each(KIND_FILTER, values[KIND_FILTER]),
      ...byDate,
      ...each(PERSON_FILTER, values[PERSON_FILTER]),
      ...each(COUNTRY_FILTER, values[COUNTRY_FILTER]),
    ],
    meta: [
      [DATE_META, formatEventDate(date, event.anchor?.date, yearInferred)],
      [KIND_META, kindLabel(kind)],
    ],
    sort: [[DATE_SORT, String(event.order)]],
    plainSpellings: namesPagefindMisses(names),
    facts: [...(location ? [location] : []), ...participants.map((person) => person.data.name)],
  };
}

/** A person's fields: their country, their own page (for a search naming them), their role, also as words. */
export function personFields(person: Pick<PersonEntry, "id" | "data">): SearchFields {
  const { name, aliases, country, role } = person.data;
  return {
    filters: [
      [TYPE_FILTER, PAGE_TYPES.person],
      [COUNTRY_FILTER, country],
      [PROFILE_FILTER, person.id],
    ],
    meta: [[KIND_META, role]],
    sort: [],
    plainSpellings: namesPagefindMisses([name, ...aliases]),
    facts: [role],
  };
}

/**
 * A source article's fields: ranked last, so that search lists the articles after the events and
 * people they mention (src/scripts/search/searches.ts), and dated when the article is.
 */
export function sourceFields(source: Pick<SourceEntry, "data">): SearchFields {
  const { published } = source.data;
  const meta: SearchFields["meta"] = [[KIND_META, words.search.sourceArticle]];
  if (published) meta.push([DATE_META, formatDay(published)]);
  return {
    filters: [
      [TYPE_FILTER, PAGE_TYPES.source],
      [RANK_FILTER, LAST_RANK],
    ],
    meta,
    sort: [],
    plainSpellings: [],
    facts: [],
  };
}
