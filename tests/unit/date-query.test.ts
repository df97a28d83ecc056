import { eachDayOfInterval } from "date-fns/eachDayOfInterval";
import { format } from "date-fns/format";
import { vi } from "date-fns/locale/vi";
import { describe, expect, test } from "vitest";
import { parseDateQuery, wordsWritingDate } from "../../src/lib/search/date-query";

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

describe("parseDateQuery in Vietnamese", () => {
  test.each([
    ["19/6/2025", { precision: "day", iso: "2025-06-19" }],
    ["ngày 19 tháng 6", { precision: "month-day", monthDay: "06-19" }],
    ["Ngày 19 tháng 6 năm 2025", { precision: "day", iso: "2025-06-19" }],
    // Typed without diacritics.
    ["ngay 19 thang 6 nam 2025", { precision: "day", iso: "2025-06-19" }],
    ["19 tháng 06 năm 2025", { precision: "day", iso: "2025-06-19" }],
    ["tháng 6 năm 2025", { precision: "month", iso: "2025-06" }],
    ["tháng 6/2025", { precision: "month", iso: "2025-06" }],
    ["19-6", { precision: "month-day", monthDay: "06-19" }],
    ["19/6", { precision: "month-day", monthDay: "06-19" }],
    ["2025-06-19", { precision: "day", iso: "2025-06-19" }],
    ["31-2", undefined],
  ])("reads %j", (query, expected) => {
    expect(parseDateQuery(query, "vi")).toEqual(expected);
  });

  test("reads what date-fns writes in Vietnamese, for every day of 2025", () => {
    for (const day of daysOf2025) {
      const written = format(day, "d MMMM 'năm' yyyy", { locale: vi });
      expect(parseDateQuery(written, "vi"), written).toEqual({
        precision: "day",
        iso: format(day, "yyyy-MM-dd"),
      });
    }
  });

  test("English forms stay English: 19-6 is no date there", () => {
    expect(parseDateQuery("19-6")).toBeUndefined();
    expect(parseDateQuery("ngày 19 tháng 6", "en")).toBeUndefined();
  });
});

describe("wordsWritingDate", () => {
  const words =
    "Talks began on June 19, 2025, after a 19.3 per cent rise; 19 June 2025 is also May 22 and 2025-06.".split(
      " ",
    );
  const at = (indexes: number[]) => indexes.map((index) => words[index]).join(" ");
  test.each([
    // A day: the day in both orders, never a number alone ("19.3").
    ["2025-06-19", "June 19, 2025, 19 June 2025"],
    // A month: its name and year, the days in it, and the month as written in ISO.
    ["June 2025", "June 19, 2025, 19 June 2025 2025-06."],
    // A day without a year: that day in any year, or written without one.
    ["May 22", "May 22"],
  ])("%s", (query, written) => {
    expect(at(wordsWritingDate(words, parseDateQuery(query)!))).toBe(written);
  });

  test("in vi, the language's own forms", () => {
    const vi = "Sáng ngày 19 tháng 6 năm 2025, cầu được khởi công; 19/6/2025 là thứ Năm.".split(" ");
    expect(wordsWritingDate(vi, parseDateQuery("2025-06-19", "vi")!, "vi").map((index) => vi[index])).toEqual(
      ["ngày", "19", "tháng", "6", "năm", "2025,", "19/6/2025"],
    );
  });
});
