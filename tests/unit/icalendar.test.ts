import { describe, expect, test } from "vitest";
import {
  escapeText,
  foldLine,
  icsDate,
  icsDayAfter,
  icsUtcDateTime,
  serializeLines,
  vtimezone,
} from "../../src/lib/publish/icalendar";

const octets = (text: string) => new TextEncoder().encode(text).length;
/** RFC 5545 §3.1: a fold is CRLF followed by one space; unfolding removes both. */
const unfold = (text: string) => text.replaceAll("\r\n ", "");

describe("escapeText", () => {
  test.each([
    ["Washington, D.C.", "Washington\\, D.C."],
    ["a; b", "a\\; b"],
    ["back\\slash", "back\\\\slash"],
    // Both line-break forms become the two characters \n.
    ["one\ntwo\r\nthree", "one\\ntwo\\nthree"],
  ])("%j reads %j", (text, expected) => {
    expect(escapeText(text)).toBe(expected);
  });
});

describe("foldLine", () => {
  test("leaves a line of 75 octets alone", () => {
    const line = "x".repeat(75);
    expect(foldLine(line)).toBe(line);
  });

  test("folds ASCII at 75 octets, continuation lines included, and unfolds to the original", () => {
    const line = `DESCRIPTION:${"abcdefghij".repeat(20)}`;
    const folded = foldLine(line);
    const lines = folded.split("\r\n");
    expect(lines.length).toBe(3);
    expect(lines.every((part) => octets(part) <= 75)).toBe(true);
    expect(lines.slice(1).every((part) => part.startsWith(" "))).toBe(true);
    expect(unfold(folded)).toBe(line);
  });

  test("counts octets, not characters, and never splits a UTF-8 character", () => {
    // "ễ" is 3 octets and "–" 3; a fold at 75 characters would make lines of up to 225 octets.
    const line = `SUMMARY:${"Nguyễn Hồng Diên – ".repeat(12)}`;
    const lines = foldLine(line).split("\r\n");
    const strict = new TextDecoder("utf-8", { fatal: true });
    for (const part of lines) {
      expect(octets(part)).toBeLessThanOrEqual(75);
      // Each line must be valid UTF-8 on its own.
      expect(() => strict.decode(new TextEncoder().encode(part))).not.toThrow();
    }
    expect(unfold(lines.join("\r\n"))).toBe(line);
  });

  test("fills each line as far as 75 octets allow, for characters of 1, 2, 3 and 4 octets", () => {
    const line = `SUMMARY:${"Đặng 𝄞 a đ ễ ".repeat(20)}`;
    const lines = foldLine(line).split("\r\n");
    for (const [index, part] of lines.entries()) {
      expect(octets(part)).toBeLessThanOrEqual(75);
      // A fold is only made when the next character would not fit: at most 4 octets short.
      if (index < lines.length - 1) expect(octets(part)).toBeGreaterThan(71);
    }
    expect(unfold(lines.join("\r\n"))).toBe(line);
  });
});

test("serializeLines ends every line with CRLF", () => {
  expect(
    serializeLines([
      ["BEGIN", "VCALENDAR"],
      ["END", "VCALENDAR"],
    ]),
  ).toBe("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
});

describe("date values", () => {
  test.each([
    ["2025-05-19", "20250519", "20250520"],
    // DTEND of an all-day event is exclusive: the day after crosses months and years correctly.
    ["2025-05-31", "20250531", "20250601"],
    ["2025-12-31", "20251231", "20260101"],
  ])("%s is %s, and the day after is %s", (day, date, dayAfter) => {
    expect(icsDate(day)).toBe(date);
    expect(icsDayAfter(day)).toBe(dayAfter);
  });

  test("a UTC date-time ends in Z", () => {
    expect(icsUtcDateTime(new Date("2025-06-19T14:00:00Z"))).toBe("20250619T140000Z");
  });
});

describe("vtimezone", () => {
  test("a zone without daylight time has one standard observance", () => {
    expect(vtimezone("Asia/Ho_Chi_Minh", 2025, 2025)).toEqual([
      ["BEGIN", "VTIMEZONE"],
      ["TZID", "Asia/Ho_Chi_Minh"],
      ["BEGIN", "STANDARD"],
      ["DTSTART", "20250101T000000"],
      ["TZOFFSETFROM", "+0700"],
      ["TZOFFSETTO", "+0700"],
      ["TZNAME", "GMT+7"],
      ["END", "STANDARD"],
      ["END", "VTIMEZONE"],
    ]);
  });

  test("a zone with daylight time lists each change, at the local time of the offset it replaces", () => {
    const lines = vtimezone("America/New_York", 2025, 2025);
    const observances = lines
      .filter(([name]) => ["DTSTART", "TZOFFSETFROM", "TZOFFSETTO", "BEGIN"].includes(name))
      .map(([, value]) => value)
      .join(" ");
    expect(observances).toBe(
      [
        "VTIMEZONE",
        "STANDARD 20250101T000000 -0500 -0500",
        // 9 March 2025, 2:00 EST: clocks go forward to 3:00 EDT.
        "DAYLIGHT 20250309T020000 -0500 -0400",
        // 2 November 2025, 2:00 EDT: clocks go back to 1:00 EST.
        "STANDARD 20251102T020000 -0400 -0500",
      ].join(" "),
    );
  });
});
