import { describe, expect, test } from "vitest";
import type { EventDate, KnownDate } from "../../src/lib/dates/event-date";
import {
  datetimeOf,
  eventDateParts,
  formatDay,
  formatEventDate,
  formatEventTime,
  formatKnownDate,
  formatMonth,
  formatRange,
  monthNames,
  type DisplayZone,
} from "../../src/lib/dates/format-date";
import type { Language } from "../../src/i18n/dictionaries";

const ref = (id: string) => ({ collection: "events" as const, id });
const round: KnownDate = { precision: "range", start: "2025-05-19", end: "2025-05-22" };

describe("formatRange", () => {
  test.each([
    // Same month: the month and year once, after the end day.
    ["2025-05-19", "2025-05-22", "19–22 May 2025"],
    // Across months in one year: both months, one year, a spaced dash.
    ["2025-05-30", "2025-06-02", "30 May – 2 June 2025"],
    // Across years: everything on both sides.
    ["2025-12-30", "2026-01-02", "30 December 2025 – 2 January 2026"],
  ])("%s to %s reads %s", (start, end, expected) => {
    expect(formatRange(start, end)).toBe(expected);
  });
});

describe("formatKnownDate", () => {
  test.each([
    [{ precision: "day", start: "2025-05-22" } as const, "22 May 2025"],
    [{ precision: "month", start: "2025-04" } as const, "April 2025"],
    [{ precision: "year", start: "2024" } as const, "2024"],
    [{ precision: "range", start: "2025-11-12", end: "2025-11-14" } as const, "12–14 November 2025"],
  ])("%o reads %s", (date, expected) => {
    expect(formatKnownDate(date)).toBe(expected);
  });

  test("does not depend on the build machine's time zone", () => {
    // Dates are calendar days: a build in UTC-12 or UTC+14 must print the same day.
    expect(formatDay("2025-01-01")).toBe("1 January 2025");
    expect(formatMonth("2025-12")).toBe("December 2025");
  });
});

describe("formatEventTime", () => {
  const timed = (start: string, time: string, timeZone = "Asia/Ho_Chi_Minh"): EventDate => ({
    precision: "day",
    start,
    time,
    timeZone,
  });
  const HANOI = { id: "Asia/Ho_Chi_Minh", place: "Hà Nội" };
  const WASHINGTON = { id: "America/New_York", place: "Washington" };
  const DELHI = { id: "Asia/Kolkata", place: "Delhi" };

  test.each<[string, Language, EventDate, DisplayZone[], string[]]>([
    // On the hour: no ":00", a.m. and p.m. in lower case, each place named, no offsets.
    [
      "on the hour",
      "en",
      timed("2025-06-19", "21:00"),
      [HANOI, WASHINGTON],
      ["9 p.m. in Hà Nội", "10 a.m. in Washington"],
    ],
    [
      "with minutes",
      "en",
      timed("2025-06-19", "18:30"),
      [HANOI, WASHINGTON],
      ["6:30 p.m. in Hà Nội", "7:30 a.m. in Washington"],
    ],
    // A half-hour zone has minutes where the first place has none.
    [
      "a half-hour zone",
      "en",
      timed("2025-06-19", "21:00"),
      [HANOI, DELHI],
      ["9 p.m. in Hà Nội", "7:30 p.m. in Delhi"],
    ],
    // The other place's day is named when it is not the first place's, before or after it.
    [
      "the day before there",
      "en",
      timed("2025-01-10", "08:00"),
      [HANOI, WASHINGTON],
      ["8 a.m. in Hà Nội", "8 p.m. on 9 January in Washington"],
    ],
    [
      "the day after there",
      "en",
      timed("2025-06-19", "21:00", WASHINGTON.id),
      [WASHINGTON, HANOI],
      ["9 p.m. in Washington", "8 a.m. on 20 June in Hà Nội"],
    ],
    [
      "the year before there",
      "en",
      timed("2025-01-01", "08:00"),
      [HANOI, WASHINGTON],
      ["8 a.m. in Hà Nội", "8 p.m. on 31 December 2024 in Washington"],
    ],
    // Never the ambiguous "12 p.m." or "12 a.m.".
    [
      "noon",
      "en",
      timed("2025-06-19", "12:00"),
      [HANOI, WASHINGTON],
      ["12 noon in Hà Nội", "1 a.m. in Washington"],
    ],
    ["half past noon", "en", timed("2025-06-19", "12:30"), [HANOI], ["12:30 p.m. in Hà Nội"]],
    [
      "midnight",
      "en",
      timed("2025-06-20", "00:00"),
      [HANOI, WASHINGTON],
      ["12 midnight in Hà Nội", "1 p.m. on 19 June in Washington"],
    ],
    // A Vietnamese newsroom's 24-hour clock: "21 giờ", "19 giờ 30", the place as "(giờ …)".
    [
      "on the hour",
      "vi",
      timed("2025-06-19", "21:00"),
      [HANOI, WASHINGTON],
      ["21 giờ (giờ Hà Nội)", "10 giờ (giờ Washington)"],
    ],
    [
      "a half-hour zone",
      "vi",
      timed("2025-06-19", "21:00"),
      [HANOI, DELHI],
      ["21 giờ (giờ Hà Nội)", "19 giờ 30 (giờ Delhi)"],
    ],
    [
      "the day before there",
      "vi",
      timed("2025-01-10", "08:00"),
      [HANOI, WASHINGTON],
      ["8 giờ (giờ Hà Nội)", "20 giờ ngày 9/1 (giờ Washington)"],
    ],
    ["midnight", "vi", timed("2025-06-20", "00:00"), [HANOI], ["0 giờ (giờ Hà Nội)"]],
  ])("%s (%s)", (_, language, date, zones, expected) => {
    expect(formatEventTime(date, zones, language).map((time) => time.words)).toEqual(expected);
  });

  test("each place's time has its machine form with that place's offset", () => {
    const times = formatEventTime(timed("2025-06-19", "21:00"), [HANOI, WASHINGTON, DELHI]);
    expect(times.map((time) => time.iso)).toEqual([
      "2025-06-19T21:00+07:00",
      "2025-06-19T10:00-04:00",
      "2025-06-19T19:30+05:30",
    ]);
  });

  test.each<[string, EventDate]>([
    // Only a day with a time has an instant; no time is made up for the others.
    ["a day without a time", { precision: "day", start: "2025-06-19" }],
    ["a range", round],
    ["a month", { precision: "month", start: "2025-04" }],
    ["an undated event", { precision: "unknown", relativeTo: ref("round"), position: "after" }],
  ])("%s has none", (_, date) => {
    expect(formatEventTime(date, [HANOI, WASHINGTON])).toEqual([]);
  });
});

describe("monthNames", () => {
  test.each([
    ["long", "January", "December"],
    ["short", "Jan", "Dec"],
    ["narrow", "J", "D"],
  ] as const)("%s: %s to %s, twelve of them", (width, first, last) => {
    const names = monthNames(width);
    expect([names.length, names[0], names[11]]).toEqual([12, first, last]);
  });
});

describe("eventDateParts and formatEventDate", () => {
  test.each<[string, EventDate, KnownDate | undefined, boolean, string]>([
    ["a dated event: its date alone", round, undefined, false, "19–22 May 2025"],
    // The year, when inferred, is said to be.
    [
      "an inferred year",
      { precision: "day", start: "2025-05-21" },
      undefined,
      true,
      "21 May 2025 (year inferred)",
    ],
    // Undated: no date of its own, and where it is placed, in the least it can mean.
    [
      "undated, after",
      { precision: "unknown", relativeTo: ref("round"), position: "after" },
      round,
      false,
      "Date not given (after 19–22 May 2025)",
    ],
    [
      "undated, before",
      { precision: "unknown", relativeTo: ref("round"), position: "before" },
      round,
      false,
      "Date not given (at or before the start of 19–22 May 2025)",
    ],
    [
      "undated, during, year inferred",
      { precision: "unknown", relativeTo: ref("round"), position: "during" },
      round,
      true,
      "Date not given (alongside 19–22 May 2025) (year inferred)",
    ],
    [
      "undated without a dated anchor",
      { precision: "unknown", relativeTo: ref("gone"), position: "after" },
      undefined,
      false,
      "Date not given",
    ],
  ])("%s", (_, date, anchorDate, yearInferred, words) => {
    expect(formatEventDate(date, anchorDate, yearInferred)).toBe(words);
    const parts = eventDateParts(date, anchorDate);
    expect(parts.date).toBe(date.precision === "unknown" ? undefined : date);
    expect(parts.placement?.anchorDate).toBe(date.precision === "unknown" ? anchorDate : undefined);
  });
});

describe("datetimeOf", () => {
  test.each([
    ["May", "22", "2025", "2025-05-22"],
    // No year written: the yearless form, never a year the article does not give.
    ["May", "22", undefined, "05-22"],
    ["February", "29", undefined, "02-29"],
    ["June", undefined, "2025", "2025-06"],
    // Not a real day.
    ["February", "30", "2025", undefined],
    ["February", "29", "2025", undefined],
  ])("%s %s %s → %s", (month, day, year, expected) => {
    expect(datetimeOf(month, day, year)).toBe(expected);
  });
});
