import { describe, expect, test } from "vitest";
import {
  daysCovered,
  firstDay,
  hasDays,
  isKnown,
  isoBounds,
  isoForm,
  isoInterval,
  isTimed,
  lastDay,
  latestContentDay,
  placementDay,
  slugPrefix,
  timedInstant,
  type DatedContent,
  type EventDate,
  type KnownDate,
  type UnknownDate,
} from "../../src/lib/dates/event-date";

const ref = (id: string) => ({ collection: "events" as const, id });
const round: KnownDate = { precision: "range", start: "2025-05-19", end: "2025-05-22" };
const day: KnownDate = { precision: "day", start: "2025-05-22" };
const timed: KnownDate = {
  precision: "day",
  start: "2025-06-19",
  time: "21:00",
  timeZone: "Asia/Ho_Chi_Minh",
};
const month: KnownDate = { precision: "month", start: "2024-02" };
const year: KnownDate = { precision: "year", start: "2024" };
const undated = (position: UnknownDate["position"]): UnknownDate => ({
  precision: "unknown",
  relativeTo: ref("round"),
  position,
});

describe("isKnown, hasDays, isTimed", () => {
  test.each<[string, EventDate, [known: boolean, days: boolean, timed: boolean]]>([
    ["a timed day", timed, [true, true, true]],
    ["a day", day, [true, true, false]],
    ["a range", round, [true, true, false]],
    // A month or a year is known, but names no day.
    ["a month", month, [true, false, false]],
    ["a year", year, [true, false, false]],
    ["undated", undated("after"), [false, false, false]],
  ])("%s", (_, date, expected) => {
    expect([isKnown(date), hasDays(date), isTimed(date)]).toEqual(expected);
  });
});

describe("firstDay and lastDay", () => {
  test.each<[KnownDate, string, string]>([
    [day, "2025-05-22", "2025-05-22"],
    [round, "2025-05-19", "2025-05-22"],
    // A month runs to its own last day: 29 February in a leap year.
    [month, "2024-02-01", "2024-02-29"],
    [{ precision: "month", start: "2025-04" }, "2025-04-01", "2025-04-30"],
    [year, "2024-01-01", "2024-12-31"],
  ])("%o runs from %s to %s", (date, first, last) => {
    expect([firstDay(date), lastDay(date)]).toEqual([first, last]);
  });
});

describe("daysCovered", () => {
  test.each([
    [{ precision: "day", start: "2025-05-22" } as const, ["2025-05-22"]],
    // Every day of a range, so that a day inside it finds it.
    [
      { precision: "range", start: "2025-05-30", end: "2025-06-02" } as const,
      ["2025-05-30", "2025-05-31", "2025-06-01", "2025-06-02"],
    ],
    // A month or a year covers no particular day: none is invented.
    [{ precision: "month", start: "2025-04" } as const, []],
    [{ precision: "year", start: "2024" } as const, []],
    [undated("during"), []],
  ])("%o covers %j", (date, days) => {
    expect(daysCovered(date)).toEqual(days);
  });
});

describe("placementDay", () => {
  test.each<[UnknownDate["position"], KnownDate, string]>([
    // Before and during a range: its first day; after it: its last.
    ["before", round, "2025-05-19"],
    ["during", round, "2025-05-19"],
    ["after", round, "2025-05-22"],
    ["after", day, "2025-05-22"],
    // A month has no last day the sources name: its first day stands for it.
    ["after", month, "2024-02-01"],
  ])("%s %o: %s", (position, anchor, expected) => {
    expect(placementDay(undated(position), anchor)).toBe(expected);
  });
});

describe("timedInstant", () => {
  test.each([
    // 9 PM in Hà Nội (UTC+7) is 14:00 UTC.
    ["2025-06-19", "21:00", "Asia/Ho_Chi_Minh", "2025-06-19T14:00:00.000Z"],
    // New York in daylight time (UTC-4) and in standard time (UTC-5).
    ["2025-06-19", "10:00", "America/New_York", "2025-06-19T14:00:00.000Z"],
    ["2025-01-09", "20:00", "America/New_York", "2025-01-10T01:00:00.000Z"],
  ])("%s %s in %s is %s", (start, time, timeZone, expected) => {
    expect(timedInstant({ precision: "day", start, time, timeZone }).getTime()).toBe(Date.parse(expected));
  });
});

describe("slugPrefix", () => {
  test.each<[string, EventDate, KnownDate | undefined, string]>([
    ["a day", day, undefined, "2025-05-22"],
    ["a range: its start", round, undefined, "2025-05-19"],
    ["a month", month, undefined, "2024-02"],
    ["a year", year, undefined, "2024"],
    // Undated: where it is placed, so the file sorts beside its anchor.
    ["undated after a range", undated("after"), round, "after-2025-05-22"],
    ["undated before a range", undated("before"), round, "before-2025-05-19"],
    ["undated, anchor unknown", undated("during"), undefined, "during"],
  ])("%s: %s", (_, date, anchor, expected) => {
    expect(slugPrefix(date, anchor)).toBe(expected);
  });
});

describe("isoBounds, isoInterval and isoForm", () => {
  test.each<[KnownDate, ReturnType<typeof isoBounds>, string]>([
    [day, { start: "2025-05-22" }, "2025-05-22"],
    [round, { start: "2025-05-19", end: "2025-05-22" }, "2025-05-19/2025-05-22"],
    // A time is given with its own zone's offset.
    [timed, { start: "2025-06-19T21:00+07:00" }, "2025-06-19T21:00+07:00"],
    // ISO 8601's reduced forms: no day is invented for a month or a year.
    [month, { start: "2024-02" }, "2024-02"],
    [year, { start: "2024" }, "2024"],
  ])("%o", (date, bounds, form) => {
    expect(isoBounds(date)).toEqual(bounds);
    expect(isoInterval(bounds)).toBe(form);
    expect(isoForm(date)).toBe(form);
  });
});

describe("latestContentDay", () => {
  const content = (dates: EventDate[], published: (string | undefined)[] = []): DatedContent => ({
    events: dates.map((date) => ({ entry: { data: { date } } })),
    sources: published.map((day) => ({ data: { published: day } })),
  });

  test.each<[string, DatedContent, string]>([
    ["a range's last day", content([day, round]), "2025-05-22"],
    ["a publication date later than any event", content([round], ["2025-05-30", undefined]), "2025-05-30"],
    // A month or a year may not have run its course: only its first day is named.
    ["a month's first day", content([round, { precision: "month", start: "2025-06" }]), "2025-06-01"],
    ["undated events name no day", content([undated("after"), year]), "2024-01-01"],
  ])("%s", (_, timeline, expected) => {
    expect(latestContentDay(timeline)).toBe(expected);
  });

  test("refuses content with no date at all", () => {
    expect(() => latestContentDay(content([undated("after")], [undefined]))).toThrow(/content\//);
  });
});
