import { describe, expect, test } from "vitest";
import {
  eachDay,
  instantOf,
  isoDayOf,
  isoInZone,
  lastDayOfMonthOf,
  monthStarts,
  shareOfYear,
  utcDay,
  utcTimestamp,
} from "../../src/lib/dates/days";

describe("utcDay and isoDayOf", () => {
  test.each([
    ["2025-05-22", "2025-05-22T00:00:00.000Z"],
    // A month reads as its first day.
    ["2025-04", "2025-04-01T00:00:00.000Z"],
  ])("%s is midnight UTC, %s, and back", (day, instant) => {
    expect(utcDay(day).toISOString()).toBe(instant);
    expect(isoDayOf(utcDay(day))).toBe(`${day}-01`.slice(0, 10));
  });
});

describe("eachDay", () => {
  test.each([
    ["2025-05-22", "2025-05-22", ["2025-05-22"]],
    ["2024-02-28", "2024-03-01", ["2024-02-28", "2024-02-29", "2024-03-01"]],
    ["2025-12-31", "2026-01-01", ["2025-12-31", "2026-01-01"]],
  ])("%s to %s", (first, last, days) => {
    expect(eachDay(first, last)).toEqual(days);
  });
});

describe("lastDayOfMonthOf", () => {
  test.each([
    ["2024-02", "2024-02-29"],
    ["2025-02", "2025-02-28"],
    ["2025-04", "2025-04-30"],
    ["2025-12", "2025-12-31"],
  ])("%s ends on %s", (month, last) => {
    expect(lastDayOfMonthOf(month)).toBe(last);
  });
});

test("monthStarts lists the first of each month, January first", () => {
  const starts = monthStarts("2025");
  expect([starts.length, starts[0], starts[8], starts[11]]).toEqual([
    12,
    "2025-01-01",
    "2025-09-01",
    "2025-12-01",
  ]);
});

describe("shareOfYear", () => {
  test.each([
    ["2025-01-01", 0, 1 / 365],
    // 2 July is day 183 of 365.
    ["2025-07-02", 182 / 365, 183 / 365],
    ["2025-12-31", 364 / 365, 1],
    // A leap year has 366 days.
    ["2024-12-31", 365 / 366, 1],
  ])("%s", (day, start, end) => {
    const share = shareOfYear(day);
    expect(share.start).toBeCloseTo(start);
    expect(share.end).toBeCloseTo(end);
  });
});

describe("instants", () => {
  test.each([
    // The same instant in its own zone, another, and UTC.
    [
      "2025-06-19",
      "21:00",
      "Asia/Ho_Chi_Minh",
      "Asia/Ho_Chi_Minh",
      "2025-06-19T21:00+07:00",
      "2025-06-19T14:00:00Z",
    ],
    [
      "2025-06-19",
      "21:00",
      "Asia/Ho_Chi_Minh",
      "America/New_York",
      "2025-06-19T10:00-04:00",
      "2025-06-19T14:00:00Z",
    ],
    [
      "2025-01-10",
      "08:00",
      "Asia/Ho_Chi_Minh",
      "America/New_York",
      "2025-01-09T20:00-05:00",
      "2025-01-10T01:00:00Z",
    ],
  ])("%s %s in %s, shown in %s", (day, time, zone, shownIn, local, utc) => {
    const instant = instantOf(day, time, zone);
    expect(isoInZone(instant, shownIn)).toBe(local);
    expect(utcTimestamp(instant)).toBe(utc);
  });
});
