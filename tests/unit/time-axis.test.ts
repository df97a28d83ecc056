import { describe, expect, test } from "vitest";
import type { EventDate, KnownDate } from "../../src/lib/dates/event-date";
import { axisDays, layoutAxis, timelineAxis, type AxisItem } from "../../src/lib/views/time-axis";
import { groupLabel } from "../../src/lib/views/month-groups";
import type { Timeline } from "../../src/lib/content/timeline";

const ref = (id: string) => ({ collection: "events" as const, id });
const round: KnownDate = { precision: "range", start: "2025-05-19", end: "2025-05-22" };

describe("axisDays", () => {
  test.each<[string, EventDate, KnownDate | undefined, ReturnType<typeof axisDays>]>([
    // A year covers the whole year, a month its month: never a made-up day.
    [
      "year",
      { precision: "year", start: "2024" },
      undefined,
      { first: "2024-01-01", last: "2024-12-31", approximate: false },
    ],
    [
      "month",
      { precision: "month", start: "2025-04" },
      undefined,
      { first: "2025-04-01", last: "2025-04-30", approximate: false },
    ],
    [
      "February of a leap year",
      { precision: "month", start: "2024-02" },
      undefined,
      { first: "2024-02-01", last: "2024-02-29", approximate: false },
    ],
    [
      "day",
      { precision: "day", start: "2025-06-19" },
      undefined,
      { first: "2025-06-19", last: "2025-06-19", approximate: false },
    ],
    ["range", round, undefined, { first: "2025-05-19", last: "2025-05-22", approximate: false }],
    // Undated: at its anchor's placement day, and marked approximate.
    [
      "after",
      { precision: "unknown", relativeTo: ref("round"), position: "after" },
      round,
      { first: "2025-05-22", last: "2025-05-22", approximate: true },
    ],
    [
      "before",
      { precision: "unknown", relativeTo: ref("round"), position: "before" },
      round,
      { first: "2025-05-19", last: "2025-05-19", approximate: true },
    ],
  ])("%s", (_, date, anchor, expected) => {
    expect(axisDays(date, anchor)).toEqual(expected);
  });

  test("refuses an undated event without an anchor", () => {
    expect(() =>
      axisDays({ precision: "unknown", relativeTo: ref("gone"), position: "after" }, undefined),
    ).toThrow(/"gone"/);
  });
});

describe("layoutAxis", () => {
  const item = (href: string, first: string, last = first, approximate = false): AxisItem => ({
    href,
    label: href,
    first,
    last,
    approximate,
  });

  test("splits items by year and places them across it", () => {
    const years = layoutAxis([
      item("a", "2024-01-01", "2024-12-31"),
      item("b", "2025-01-01"),
      item("c", "2025-07-02"),
    ]);
    expect(years.map((year) => year.year)).toEqual(["2024", "2025"]);
    const [whole] = years[0]!.marks;
    expect([whole!.start, whole!.end]).toEqual([0, 1]);
    const [first, july] = years[1]!.marks;
    expect(first!.start).toBe(0);
    expect(first!.end).toBeCloseTo(1 / 365);
    // 2 July is day 183 of 365.
    expect(july!.start).toBeCloseTo(182 / 365);
    expect(years[1]!.months.map((month) => month.narrow).join("")).toBe("JFMAMJJASOND");
    expect(years[1]!.months[1]!).toMatchObject({ short: "Feb", start: 31 / 365 });
  });

  test("stacks marks less than a month apart on separate lanes, and reuses a lane once clear", () => {
    const [year] = layoutAxis([
      item("round", "2025-05-19", "2025-05-22"),
      item("lutnick", "2025-05-22"),
      item("review", "2025-05-22", "2025-05-22", true),
      item("june", "2025-06-30"),
    ]);
    expect(year!.marks.map((mark) => [mark.href, mark.lane])).toEqual([
      ["round", 0],
      ["lutnick", 1],
      ["review", 2],
      ["june", 0],
    ]);
    expect(year!.lanes).toBe(3);
  });

  test("cuts a range running into the next year at 31 December", () => {
    const [year] = layoutAxis([item("new-year", "2025-12-30", "2026-01-02")]);
    expect(year!.marks[0]!.end).toBe(1);
  });
});

describe("timelineAxis for a timeline listed by year", () => {
  test("draws one bar a month (or a year) with its count, linked to its year page, not one mark an event", () => {
    // An undated event counts in no month; the month it interrupts is still one bar.
    const groups = ["2024", "2025-05", "2025-05", "undated-after-2025-05-19-round", "2025-05", "2025-11"];
    const events = groups.map((group) => ({
      group,
      groupLabel: group.startsWith("undated") ? "After the round — date not given" : groupLabel(group),
    })) as unknown as Timeline["events"];
    const [year2024, year2025] = timelineAxis({ events, homeListsAll: false, placeOf: () => "unused" });
    expect(year2024!.marks.map(({ href, label, first, last }) => [href, label, first, last])).toEqual([
      ["/years/2024/#2024", "2024: 1 event", "2024-01-01", "2024-12-31"],
    ]);
    expect(year2025!.marks.map(({ href, label, first, last }) => [href, label, first, last])).toEqual([
      ["/years/2025/#2025-05", "May 2025: 3 events", "2025-05-01", "2025-05-31"],
      ["/years/2025/#2025-11", "November 2025: 1 event", "2025-11-01", "2025-11-30"],
    ]);
  });
});
