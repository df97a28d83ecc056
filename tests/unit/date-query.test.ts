import { eachDayOfInterval, format } from "date-fns";
import { describe, expect, test } from "vitest";
import { parseDateQuery } from "../../src/lib/search/date-query";

// The forms readers type, as date-fns patterns: the recogniser must read every one of them.
const WITH_YEAR = [
  "d MMMM yyyy",
  "MMMM d, yyyy",
  "MMMM d yyyy",
  "d MMM yyyy",
  "MMM d, yyyy",
  "yyyy-MM-dd",
  "dd/MM/yyyy",
  "d/M/yyyy",
];
const WITHOUT_YEAR = ["MMMM d", "d MMMM", "MMM d", "d MMM"];
const MONTH = ["MMMM yyyy", "MMM yyyy", "yyyy-MM"];

const daysOf2025 = eachDayOfInterval({ start: new Date(2025, 0, 1), end: new Date(2025, 11, 31) });

describe("parseDateQuery reads what date-fns writes, for every day of 2025", () => {
  test.each(WITH_YEAR)("%s", (pattern) => {
    for (const day of daysOf2025) {
      expect(parseDateQuery(format(day, pattern)), format(day, pattern)).toEqual({
        precision: "day",
        iso: format(day, "yyyy-MM-dd"),
      });
    }
  });

  test.each(WITHOUT_YEAR)("%s (no year: matched on any year)", (pattern) => {
    for (const day of daysOf2025) {
      expect(parseDateQuery(format(day, pattern))).toEqual({
        precision: "month-day",
        monthDay: format(day, "MM-dd"),
      });
    }
  });

  test.each(MONTH)("%s", (pattern) => {
    for (let month = 0; month < 12; month++) {
      const first = new Date(2025, month, 1);
      expect(parseDateQuery(format(first, pattern))).toEqual({
        precision: "month",
        iso: format(first, "yyyy-MM"),
      });
    }
  });
});

describe("parseDateQuery", () => {
  test.each([
    ["  May   22 ", { precision: "month-day", monthDay: "05-22" }],
    ["may 22nd", { precision: "month-day", monthDay: "05-22" }],
    ["Sept 3, 2025", { precision: "day", iso: "2025-09-03" }],
    ["June, 2025", { precision: "month", iso: "2025-06" }],
  ])("reads %j", (query, expected) => {
    expect(parseDateQuery(query)).toEqual(expected);
  });

  test.each([
    "Greer",
    "rules of origin",
    "46%",
    "D1 D3",
    "2025",
    "February 30, 2025",
    "31/02/2025",
    "2025-13",
    "Mayo 22",
    "Boeing 737",
  ])("leaves %j to the text search", (query) => {
    expect(parseDateQuery(query)).toBeUndefined();
  });
});
