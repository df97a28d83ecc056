import { describe, expect, test } from "vitest";
import type { EventDate } from "../../src/lib/dates/event-date";
import { groupKey, sortEvents } from "../../src/lib/content/event-order";
import { undatedLabel } from "../../src/lib/dates/format-date";
import { groupByMonth, groupLabel, isMonthKey, monthsOf } from "../../src/lib/views/month-groups";

const ref = (id: string) => ({ collection: "events" as const, id });
const event = (id: string, date: EventDate) => ({ id, data: { date } });

const events = [
  event("z-after-round", { precision: "unknown", relativeTo: ref("round-2"), position: "after" }),
  event("lutnick", { precision: "day", start: "2025-05-22" }),
  event("round-2", { precision: "range", start: "2025-05-19", end: "2025-05-22" }),
  event("a-before-round", { precision: "unknown", relativeTo: ref("round-2"), position: "before" }),
  event("during-round", { precision: "unknown", relativeTo: ref("round-2"), position: "during" }),
  event("tariffs", { precision: "month", start: "2025-04" }),
  event("first-of-april", { precision: "day", start: "2025-04-01" }),
  event("trade-2024", { precision: "year", start: "2024" }),
  event("senators", { precision: "day", start: "2025-05-21" }),
];

describe("sortEvents", () => {
  test("orders by the event's own date, placing undated events by their anchor", () => {
    expect(sortEvents(events).map(({ event }) => event.id)).toEqual([
      "trade-2024",
      // A month-precision event comes before the days of that month.
      "tariffs",
      "first-of-april",
      // "before" sits just before its anchor's start; "during" just after it.
      "a-before-round",
      "round-2",
      "during-round",
      "senators",
      "lutnick",
      // "after" follows everything dated on its anchor's last day.
      "z-after-round",
    ]);
  });

  test("does not depend on input order", () => {
    const forward = sortEvents(events).map(({ event }) => event.id);
    const backward = sortEvents([...events].reverse()).map(({ event }) => event.id);
    expect(backward).toEqual(forward);
  });

  test("refuses to place an undated event without a dated anchor", () => {
    const orphan = event("orphan", { precision: "unknown", relativeTo: ref("missing"), position: "after" });
    expect(() => sortEvents([orphan])).toThrow('cannot place an undated event relative to "missing"');
  });
});

describe("groupByMonth", () => {
  const grouped = (list: typeof events) =>
    groupByMonth(
      sortEvents(list).map(({ event, key }) => {
        const group = groupKey(event.data.date, key);
        return {
          id: event.id,
          group,
          groupLabel: isMonthKey(group) || group.length === 4 ? groupLabel(group) : `placed: ${group}`,
        };
      }),
    );

  test("groups dated events under their month or year, undated ones by the event they are placed by", () => {
    expect(grouped(events).map(({ id, label, dated, items }) => [id, label, dated, items.length])).toEqual([
      ["2024", "2024", true, 1],
      ["2025-04", "April 2025", true, 2],
      // Undated events never sit under a month heading, and a month they interrupt resumes.
      ["undated-before-round-2", "placed: undated-before-round-2", false, 1],
      ["2025-05", "May 2025", true, 1],
      ["undated-during-round-2", "placed: undated-during-round-2", false, 1],
      ["2025-05-continued", "May 2025 (continued)", true, 2],
      ["undated-after-round-2", "placed: undated-after-round-2", false, 1],
    ]);
  });

  test("monthsOf lists each month once, with all its dated events, and no undated group", () => {
    expect(
      monthsOf(grouped(events)).map(({ id, label, items }) => [id, label, items.map((item) => item.id)]),
    ).toEqual([
      ["2024", "2024", ["trade-2024"]],
      ["2025-04", "April 2025", ["tariffs", "first-of-april"]],
      ["2025-05", "May 2025", ["round-2", "senators", "lutnick"]],
    ]);
  });
});

describe("undatedLabel", () => {
  test.each([
    ["before", "At or before the start of Round 2 — date not given"],
    ["during", "Alongside Round 2 — date not given"],
    ["after", "After Round 2 — date not given"],
  ] as const)("%s", (position, label) => {
    expect(undatedLabel(position, "Round 2")).toBe(label);
  });
});
