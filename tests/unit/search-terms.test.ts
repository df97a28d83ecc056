import { describe, expect, test } from "vitest";
import { dateFilters, mentionFilters, namesPagefindMisses } from "../../src/lib/search/search-terms";

describe("dateFilters", () => {
  test.each([
    // A range: its start's year and month, and every day it covers.
    [
      { precision: "range", start: "2025-05-21", end: "2025-05-22" } as const,
      ["year:2025", "month:2025-05", "day:2025-05-21", "day:2025-05-22", "monthday:05-21", "monthday:05-22"],
    ],
    // A month: no day; a year: no month either.
    [{ precision: "month", start: "2025-04" } as const, ["year:2025", "month:2025-04"]],
    [{ precision: "year", start: "2024" } as const, ["year:2024"]],
    // Undated: nothing, whatever the event it is placed by.
    [
      {
        precision: "unknown",
        relativeTo: { collection: "events", id: "2025-05-19-round" },
        position: "after",
      } as const,
      [],
    ],
  ])("%o gives %j", (date, filters) => {
    expect(dateFilters(date).map(([name, value]) => `${name}:${value}`)).toEqual(filters);
  });
});

describe("namesPagefindMisses", () => {
  test("adds plain letters only where Pagefind cannot fold them itself (Đ/đ)", () => {
    expect(namesPagefindMisses(["Nguyễn Hồng Diên", "Đặng Hoàng Giang", "Võ Đức"])).toEqual([
      "Dang Hoang Giang",
      "Vo Duc",
    ]);
  });
});

describe("mentionFilters", () => {
  test.each([
    // A day, with or without a time: its day, month and day without the year.
    ["2025-06-19", ["mentionday:2025-06-19", "mentionmonth:2025-06", "mentionmonthday:06-19"]],
    ["2025-06-19T21:00+07:00", ["mentionday:2025-06-19", "mentionmonth:2025-06", "mentionmonthday:06-19"]],
    // A month; a day without a year ("May 22" in an article that gives none).
    ["2025-06", ["mentionmonth:2025-06"]],
    ["05-22", ["mentionmonthday:05-22"]],
    // A year or a duration names no day or month.
    ["2025", []],
    ["PT2H", []],
  ])("%s gives %j", (datetime, filters) => {
    expect(mentionFilters(datetime).map(([name, value]) => `${name}:${value}`)).toEqual(filters);
  });
});
