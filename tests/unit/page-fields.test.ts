import { describe, expect, test } from "vitest";
import { kindLabel, SITE } from "../../src/config";
import type { EventDate } from "../../src/lib/dates/event-date";
import { formatDay, formatEventDate } from "../../src/lib/dates/format-date";
import * as fields from "../../src/lib/search/fields";
import { eventFields, personFields, sourceFields } from "../../src/lib/search/page-fields";
import type { PersonEntry, SourceEntry, TimelineEvent } from "../../src/lib/content/timeline";

const [firstCountry, secondCountry] = Object.keys(SITE.countries) as (keyof typeof SITE.countries)[];
const [kind] = Object.keys(SITE.eventKinds) as (keyof typeof SITE.eventKinds)[];

const person = (id: string, data: Partial<PersonEntry["data"]>) =>
  ({
    id,
    data: { name: id, aliases: [], role: `Role of ${id}`, country: firstCountry!, ...data },
  }) as PersonEntry;
const event = (date: EventDate, order = 3) =>
  ({
    entry: { data: { date, kind, yearInferred: false, location: "Harbour hall" } },
    anchor: undefined,
    order,
  }) as Pick<TimelineEvent, "entry" | "anchor" | "order">;
const source = (published?: string) => ({ data: { published } }) as Pick<SourceEntry, "data">;

/** A filter, meta or sort list as "name:value" strings, the way the page writes them. */
const written = (pairs: Array<[string, string]>) => pairs.map(([name, value]) => `${name}:${value}`);

const ana = person("ana", { name: "Ana Đỗ", aliases: ["Minister Ana"] });
const ben = person("ben", { name: "Ben" });
const chi = person("chi", { name: "Chi", country: secondCountry! });

describe("field names", () => {
  // Two names alike would make two fields one in the index.
  test.each([
    ["filters", Object.entries(fields).filter(([key]) => key.endsWith("_FILTER"))],
    ["metadata", Object.entries(fields).filter(([key]) => key.endsWith("_META"))],
  ])("no two %s share a name", (_, named) => {
    const names = named.map(([, name]) => name);
    expect(names.length).toBeGreaterThan(1);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe("eventFields", () => {
  const range: EventDate = { precision: "range", start: "2025-05-31", end: "2025-06-01" };
  const built = eventFields(event(range, 7), [ana, chi, ben]);

  test("filters by page type, kind, every date the event covers, its people and their countries once each", () => {
    expect(written(built.filters)).toEqual([
      `${fields.TYPE_FILTER}:${fields.PAGE_TYPES.event}`,
      `${fields.KIND_FILTER}:${kind}`,
      `${fields.YEAR_FILTER}:2025`,
      `${fields.MONTH_FILTER}:2025-05`,
      `${fields.DAY_FILTER}:2025-05-31`,
      `${fields.DAY_FILTER}:2025-06-01`,
      `${fields.MONTHDAY_FILTER}:05-31`,
      `${fields.MONTHDAY_FILTER}:06-01`,
      `${fields.PERSON_FILTER}:ana`,
      `${fields.PERSON_FILTER}:chi`,
      `${fields.PERSON_FILTER}:ben`,
      `${fields.COUNTRY_FILTER}:${firstCountry}`,
      `${fields.COUNTRY_FILTER}:${secondCountry}`,
    ]);
  });

  test("shows its date in words and its kind's label, and sorts by its place in the timeline", () => {
    expect(built.meta).toEqual([
      [fields.DATE_META, formatEventDate(range, undefined, false)],
      [fields.KIND_META, kindLabel(kind!)],
    ]);
    expect(built.sort).toEqual([[fields.DATE_SORT, "7"]]);
  });

  test("indexes its place and people's names, which the index leaves out of its facts list, and their plain spellings Pagefind cannot fold", () => {
    expect(built.facts).toEqual(["Harbour hall", "Ana Đỗ", "Chi", "Ben"]);
    expect(built.plainSpellings).toEqual(["Ana Do"]);
  });

  test("an undated event has no date filter, but still its date in words", () => {
    const undated: EventDate = {
      precision: "unknown",
      relativeTo: { collection: "events", id: "any-event" },
      position: "after",
    };
    const { filters, meta } = eventFields(event(undated), []);
    expect(written(filters)).toEqual([
      `${fields.TYPE_FILTER}:${fields.PAGE_TYPES.event}`,
      `${fields.KIND_FILTER}:${kind}`,
    ]);
    expect(meta[0]).toEqual([fields.DATE_META, formatEventDate(undated, undefined, false)]);
  });
});

describe("personFields", () => {
  test.each([
    // A name with Đ gets its plain spelling; aliases count too.
    [ana, ["Ana Do"]],
    // Names Pagefind folds by itself need none.
    [chi, []],
  ])(
    "%#: filters by type, country and their own page; shows their role and indexes it",
    (entry, spellings) => {
      const built = personFields(entry);
      expect(written(built.filters)).toEqual([
        `${fields.TYPE_FILTER}:${fields.PAGE_TYPES.person}`,
        `${fields.COUNTRY_FILTER}:${entry.data.country}`,
        `${fields.PROFILE_FILTER}:${entry.id}`,
      ]);
      expect(built.meta).toEqual([[fields.KIND_META, entry.data.role]]);
      expect(built.sort).toEqual([]);
      expect(built.plainSpellings).toEqual(spellings);
      expect(built.facts).toEqual([entry.data.role]);
    },
  );
});

describe("sourceFields", () => {
  test.each([
    // A dated article shows its date.
    ["2025-05-22", [[fields.DATE_META, formatDay("2025-05-22")]]],
    // An undated one shows none rather than a guess.
    [undefined, []],
  ])("published %s: ranked last, shown as a source article", (published, dateMeta) => {
    const built = sourceFields(source(published));
    expect(written(built.filters)).toEqual([
      `${fields.TYPE_FILTER}:${fields.PAGE_TYPES.source}`,
      `${fields.RANK_FILTER}:${fields.LAST_RANK}`,
    ]);
    expect(built.meta).toEqual([[fields.KIND_META, "Source article"], ...dateMeta]);
    expect(built.sort).toEqual([]);
    expect(built.plainSpellings).toEqual([]);
    expect(built.facts).toEqual([]);
  });
});
