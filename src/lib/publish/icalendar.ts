import { addDays } from "date-fns/addDays";
import { addMinutes } from "date-fns/addMinutes";
import { format } from "date-fns/format";
import { TZDate, tz, tzName, tzOffset, tzScan } from "@date-fns/tz";
import { inUtc, utcDay } from "../dates/days";

/** One iCalendar content line before folding: the name with any parameters, and the value as written. */
export type ContentLine = readonly [name: string, value: string];

/** A TEXT value: backslash, semicolon, comma and line breaks escaped (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
  return text.replace(/[\\;,]/g, (char) => `\\${char}`).replace(/\r?\n/g, "\\n");
}

const MAX_OCTETS = 75;

/** The octets of one character in UTF-8, from its code point (faster than encoding it). */
function utf8Length(char: string): number {
  const code = char.codePointAt(0)!;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/** Folds a line after at most 75 octets, never inside a UTF-8 character; each continuation starts with a space (§3.1). */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let part = "";
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char);
    if (octets + size > MAX_OCTETS) {
      parts.push(part);
      part = " ";
      octets = 1;
    }
    part += char;
    octets += size;
  }
  parts.push(part);
  return parts.join("\r\n");
}

/** The calendar as text: every line folded and ended with CRLF, as §3.1 requires. */
export function serializeLines(lines: readonly ContentLine[]): string {
  return lines.map(([name, value]) => `${foldLine(`${name}:${value}`)}\r\n`).join("");
}

/** A DATE value: "20250519". */
export function icsDate(isoDay: string): string {
  return format(utcDay(isoDay), "yyyyMMdd", inUtc);
}

/** The DATE after a day: an all-day event's DTEND is exclusive, so 19–22 May ends on "20250523". */
export function icsDayAfter(isoDay: string): string {
  return format(addDays(utcDay(isoDay), 1, inUtc), "yyyyMMdd", inUtc);
}

/** A DATE-TIME in UTC: "20250619T140000Z". */
export function icsUtcDateTime(instant: Date): string {
  return format(instant, "yyyyMMdd'T'HHmmss'Z'", inUtc);
}

/** A local DATE-TIME for use with TZID=zone: "20250619T210000". */
export function icsLocalDateTime(instant: Date, zone: string): string {
  return format(instant, "yyyyMMdd'T'HHmmss", { in: tz(zone) });
}

/**
 * A VTIMEZONE component, which §3.2.19 requires for every TZID a calendar uses: the offset in force
 * from the start of `fromYear`, then each change of offset until the end of `toYear`, taken from the
 * runtime's time zone data. The smallest offset is the zone's standard time, any larger one daylight time.
 */
export function vtimezone(zone: string, fromYear: number, toYear: number): ContentLine[] {
  const inZone = { in: tz(zone) };
  const start = new TZDate(fromYear, 0, 1, zone);
  const end = new TZDate(toYear + 1, 0, 1, zone);
  const observances = [
    { at: start, before: start },
    ...tzScan(zone, { start, end }).map(({ date }) => ({ at: date, before: addMinutes(date, -1) })),
  ];
  const standard = Math.min(...observances.map(({ at }) => tzOffset(zone, at)));
  return [
    ["BEGIN", "VTIMEZONE"],
    ["TZID", zone],
    ...observances.flatMap(({ at, before }): ContentLine[] => {
      const kind = tzOffset(zone, at) === standard ? "STANDARD" : "DAYLIGHT";
      // An observance starts at the local time of the offset it replaces.
      const localStart = addMinutes(at, tzOffset(zone, before));
      return [
        ["BEGIN", kind],
        ["DTSTART", format(localStart, "yyyyMMdd'T'HHmmss", inUtc)],
        ["TZOFFSETFROM", format(before, "xx", inZone)],
        ["TZOFFSETTO", format(at, "xx", inZone)],
        ["TZNAME", escapeText(tzName(zone, at, "short"))],
        ["END", kind],
      ];
    }),
    ["END", "VTIMEZONE"],
  ];
}
