import { describe, expect, test } from "vitest";
import { countryOf, kindLabel, SITE } from "../../src/config";
import type { PersonEntry, TimelineEvent } from "../../src/lib/content/timeline";
import { eventsMatching, filterValues, timelineFilters } from "../../src/lib/views/timeline-filters";

const [firstCountry, secondCountry] = Object.keys(SITE.countries) as (keyof typeof SITE.countries)[];
const [firstKind, secondKind, unusedKind] = Object.keys(SITE.eventKinds) as (keyof typeof SITE.eventKinds)[];

const person = (id: string, name: string, country = firstCountry!) =>
  ({ id, data: { name, country } }) as PersonEntry;
const event = (kind: string, participants: PersonEntry[]) =>
  ({ entry: { data: { kind } }, participants }) as unknown as TimelineEvent & { participants: PersonEntry[] };

const ana = person("ana", "Ana", firstCountry);
const ben = person("ben", "Ben", firstCountry);
const chi = person("chi", "Chi", secondCountry);
const nobody = person("nobody", "Nobody takes part");

describe("filterValues", () => {
  test("gives an event's kind, its people once each, and their countries once each", () => {
    expect(filterValues(event(firstKind!, [ana, chi, ana, ben]), [ana, chi, ana, ben])).toEqual({
      kind: [firstKind],
      person: ["ana", "chi", "ben"],
      country: [firstCountry, secondCountry],
    });
  });

  test("an event without participants matches no person and no country", () => {
    expect(filterValues(event(firstKind!, []), [])).toEqual({ kind: [firstKind], person: [], country: [] });
  });
});

describe("timelineFilters", () => {
  // Events in timeline order, the second kind first, so the order of content/story.yaml must win.
  const events = [event(secondKind!, [ben]), event(firstKind!, [chi, ana])];
  const filters = timelineFilters({
    events,
    people: [ana, ben, chi, nobody],
    participantsOf: (e) => (e as (typeof events)[number]).participants,
  });
  const byName = Object.fromEntries(filters.map((filter) => [filter.name, filter]));

  test("offers the three filters under the names the address and the search page use", () => {
    expect(filters.map((filter) => filter.name)).toEqual(["kind", "person", "country"]);
    for (const filter of filters) expect(filter.all).not.toBe("");
  });

  test("offers only kinds some event has, in the order of content/story.yaml, by their labels", () => {
    expect(byName["kind"]!.options).toEqual([
      { value: firstKind, label: kindLabel(firstKind!), href: `/kinds/${firstKind}/` },
      { value: secondKind, label: kindLabel(secondKind!), href: `/kinds/${secondKind}/` },
    ]);
    expect(byName["kind"]!.options.map((option) => option.value)).not.toContain(unusedKind);
  });

  test("offers only people who take part in an event, in the order of the people list", () => {
    expect(byName["person"]!.options).toEqual([
      { value: "ana", label: "Ana", href: "/people/ana/" },
      { value: "ben", label: "Ben", href: "/people/ben/" },
      { value: "chi", label: "Chi", href: "/people/chi/" },
    ]);
  });

  test("offers the countries of participants, in the order of content/story.yaml, by name", () => {
    expect(byName["country"]!.options).toEqual([
      { value: firstCountry, label: countryOf(firstCountry!).name, href: `/sides/${firstCountry}/` },
      { value: secondCountry, label: countryOf(secondCountry!).name, href: `/sides/${secondCountry}/` },
    ]);
    const oneCountry = timelineFilters({ events: [events[0]!], people: [ben], participantsOf: () => [ben] });
    expect(oneCountry.find((filter) => filter.name === "country")!.options).toEqual([
      { value: firstCountry, label: countryOf(firstCountry!).name, href: `/sides/${firstCountry}/` },
    ]);
  });
});

describe("eventsMatching", () => {
  const events = [event(firstKind!, [ana]), event(secondKind!, [chi, ben]), event(firstKind!, [])];
  const timeline = {
    events,
    participantsOf: (e: TimelineEvent) => (e as (typeof events)[number]).participants,
  };

  test.each([
    // A kind: its events, in timeline order, with or without people.
    ["kind", firstKind!, [0, 2]],
    ["kind", unusedKind!, []],
    // A person: the events they take part in.
    ["person", "ben", [1]],
    ["person", "nobody", []],
    // A side: the events with someone from it.
    ["country", firstCountry!, [0, 1]],
    ["country", secondCountry!, [1]],
  ] as const)("%s %s", (name, value, expected) => {
    expect(eventsMatching(timeline, name, value)).toEqual(expected.map((index) => events[index]));
  });
});
