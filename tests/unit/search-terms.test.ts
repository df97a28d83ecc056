import { describe, expect, test } from "vitest";
import { daysCovered, namesPagefindMisses } from "../../src/lib/search-terms";

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
  ])("%o covers %j", (date, days) => {
    expect(daysCovered(date)).toEqual(days);
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
