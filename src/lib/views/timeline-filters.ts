import { SITE } from "../../config";
import { words } from "../../i18n/words";
import { COUNTRY_FILTER, KIND_FILTER, PERSON_FILTER } from "../search/fields";
import type { PersonEntry, Timeline, TimelineEvent } from "../content/timeline";
import { kindPath, personPath, sidePath } from "../content/urls";

/**
 * The timeline's filters, and the names of their address parameters (/?kind=…&person=…&country=…),
 * which the search page accepts too: a kind key of SITE.eventKinds, a person's slug, a country key
 * of SITE.countries.
 */
export type FilterName = typeof KIND_FILTER | typeof PERSON_FILTER | typeof COUNTRY_FILTER;

export interface TimelineFilter {
  name: FilterName;
  label: string;
  /** The first option, which filters nothing. */
  all: string;
  /** Each choice, with the page that lists its events, which needs no script. */
  options: { value: string; label: string; href: string }[];
}

/** The page listing the events of each value of a filter. */
const LISTING: Record<FilterName, (value: string) => string> = {
  [KIND_FILTER]: kindPath,
  [PERSON_FILTER]: personPath,
  [COUNTRY_FILTER]: sidePath,
};

const unique = <T>(values: T[]) => [...new Set(values)];

/** What an event matches: its kind, the people taking part, and the countries they are from. */
export function filterValues(
  event: Pick<TimelineEvent, "entry">,
  participants: readonly PersonEntry[],
): Record<FilterName, string[]> {
  return {
    [KIND_FILTER]: [event.entry.data.kind],
    [PERSON_FILTER]: unique(participants.map((person) => person.id)),
    [COUNTRY_FILTER]: unique(participants.map((person) => person.data.country)),
  };
}

/**
 * Each filter with the values at least one event has, so no choice shows an empty timeline:
 * kinds and countries in the order of content/story.yaml, people in the order of the people list.
 */
export function timelineFilters(
  timeline: Pick<Timeline, "events" | "people" | "participantsOf">,
): TimelineFilter[] {
  const used = timeline.events.map((event) => filterValues(event, timeline.participantsOf(event)));
  const isUsed = (name: FilterName, value: string) => used.some((values) => values[name].includes(value));
  const options = (name: FilterName, choices: [string, string][]) =>
    choices
      .filter(([value]) => isUsed(name, value))
      .map(([value, label]) => ({ value, label, href: LISTING[name](value) }));
  return [
    {
      name: KIND_FILTER,
      label: words.filters.kind,
      all: words.filters.allKinds,
      options: options(KIND_FILTER, Object.entries(SITE.eventKinds)),
    },
    {
      name: PERSON_FILTER,
      label: words.filters.person,
      all: words.filters.everyone,
      options: options(
        PERSON_FILTER,
        timeline.people.map((person) => [person.id, person.data.name]),
      ),
    },
    {
      name: COUNTRY_FILTER,
      label: words.filters.country,
      all: words.filters.allCountries,
      options: options(
        COUNTRY_FILTER,
        Object.entries(SITE.countries).map(([code, country]) => [code, country.name]),
      ),
    },
  ];
}

/** The events a choice shows, in timeline order: those of a kind, with a person, or with a side. */
export function eventsMatching(
  timeline: Pick<Timeline, "events" | "participantsOf">,
  name: FilterName,
  value: string,
): TimelineEvent[] {
  return timeline.events.filter((event) =>
    filterValues(event, timeline.participantsOf(event))[name].includes(value),
  );
}

/** Each choice a filter offers, with its events: the pages that list them (/kinds/<kind>/, /sides/<side>/). */
export function listingsOf(
  timeline: Pick<Timeline, "events" | "people" | "participantsOf">,
  name: FilterName,
): { value: string; label: string; filter: string; events: TimelineEvent[] }[] {
  const filter = timelineFilters(timeline).find((candidate) => candidate.name === name)!;
  return filter.options.map(({ value, label }) => ({
    value,
    label,
    filter: filter.label,
    events: eventsMatching(timeline, name, value),
  }));
}
