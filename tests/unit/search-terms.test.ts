import { describe, expect, test } from "vitest";
import { dateFilters, namesPagefindMisses } from "../../src/lib/search/search-terms";

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
