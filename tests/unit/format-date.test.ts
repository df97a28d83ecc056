import { describe, expect, test } from "vitest";
import {
  formatDay,
  formatInstant,
  formatKnownDate,
  formatMonth,
  formatRange,
} from "../../src/lib/dates/format-date";

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

describe("formatInstant", () => {
  test("9:00 PM in Hà Nội on 19 June 2025 is 10:00 AM EDT in Washington", () => {
    const [hanoi, washington] = formatInstant("2025-06-19", "21:00", "Asia/Ho_Chi_Minh", [
      "Asia/Ho_Chi_Minh",
      "America/New_York",
    ]);
    expect(hanoi).toEqual({
      iso: "2025-06-19T21:00+07:00",
      time: "9:00 PM",
      zoneName: "GMT+7",
      day: "19 June 2025",
    });
    expect(washington).toEqual({
      iso: "2025-06-19T10:00-04:00",
      time: "10:00 AM",
      zoneName: "EDT",
      day: "19 June 2025",
    });
  });

  test("an instant late in the evening in Hà Nội can fall on the day before in Washington", () => {
    const [, washington] = formatInstant("2025-01-10", "08:00", "Asia/Ho_Chi_Minh", [
      "Asia/Ho_Chi_Minh",
      "America/New_York",
    ]);
    expect(washington).toMatchObject({ time: "8:00 PM", zoneName: "EST", day: "9 January 2025" });
  });
});
