import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import type { EventDate, KnownDate } from "../../src/lib/dates/event-date";
import {
  AXIS_WIDTHS,
  axisDays,
  layoutAxis,
  monthLabelPlan,
  timelineAxis,
  type AxisItem,
} from "../../src/lib/views/time-axis";
import { monthNames } from "../../src/lib/dates/format-date";
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

describe("monthLabelPlan", () => {
  const english = { short: monthNames("short", "en"), narrow: monthNames("narrow", "en") };
  const vietnamese = { short: monthNames("short", "vi"), narrow: monthNames("narrow", "vi") };

  test.each([
    // A phone: three-letter names fit every other month ("Jan", "Mar" …).
    ["en", english, 280, { form: "short", step: 2 }],
    ["en", english, 360, { form: "short", step: 2 }],
    // A tablet or wider: every month by name.
    ["en", english, 480, { form: "short", step: 1 }],
    ["en", english, 1000, { form: "short", step: 1 }],
    // Longer names ("Thg 10") take a quarter of a phone's axis, every other month on a wide one.
    ["vi", vietnamese, 280, { form: "short", step: 3 }],
    ["vi", vietnamese, 640, { form: "short", step: 2 }],
    ["vi", vietnamese, 1000, { form: "short", step: 1 }],
    // Where even quarters crowd, the narrow form ("J"), as often as it fits.
    ["en", english, 100, { form: "narrow", step: 2 }],
    ["vi", vietnamese, 120, { form: "narrow", step: 3 }],
    ["en", english, 20, { form: "narrow", step: 12 }],
  ] as const)("%s at %i px", (_, names, width, expected) => {
    expect(monthLabelPlan(names, width)).toEqual(expected);
  });

  test.each([english, vietnamese])(
    "never lets the labels it shows come closer than their length",
    (names) => {
      for (let width = 100; width <= 1400; width += 10) {
        const { form, step } = monthLabelPlan(names, width);
        const longest = Math.max(...names[form].map((name) => name.length));
        // 0.7 em of 12 px a character: wider than DejaVu and Noto set any of these.
        expect(longest * 8.4, `${width} px`).toBeLessThan((step * width) / 12);
      }
    },
  );
});

describe("layoutAxis's month labels", () => {
  const [year] = layoutAxis([
    { href: "a", label: "a", first: "2025-01-01", last: "2025-01-01", approximate: false },
  ]);

  test("shows each label in the bands of axis widths its plan gives it", () => {
    const shownIn = (band: number) =>
      year!.months.flatMap((month) =>
        month.shownAt.short.includes(band)
          ? [month.short]
          : month.shownAt.narrow.includes(band)
            ? [month.narrow]
            : [],
      );
    expect(AXIS_WIDTHS.map((_, band) => shownIn(band).join(" "))).toEqual([
      "Jan Mar May Jul Sep Nov",
      "Jan Mar May Jul Sep Nov",
      "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
      "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    ]);
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

test("the time axis's container queries start their bands at AXIS_WIDTHS", () => {
  const css = readFileSync("src/components/TimeAxis.astro", "utf8");
  const bands = [...css.matchAll(/@container time-axis \(([^)]*)\)/g)].map(([, query]) =>
    Number(/(\d+)px <= width|width >= (\d+)px/.exec(query!)?.slice(1).find(Boolean) ?? 0),
  );
  expect(bands).toEqual([0, ...AXIS_WIDTHS.slice(1)]);
});
