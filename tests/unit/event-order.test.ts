import { describe, expect, test } from "vitest";
import type { EventDate } from "../../src/lib/event-date";
import { groupKey, sortEvents } from "../../src/lib/event-order";
import { groupByMonth } from "../../src/lib/month-groups";

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
  test("groups consecutive events under their month, and year-precision data under its year", () => {
    const groups = groupByMonth(
      sortEvents(events).map(({ event, key }) => ({ id: event.id, group: groupKey(event.data.date, key) })),
    );
    expect(groups.map(({ key, label, items }) => [key, label, items.length])).toEqual([
      ["2024", "2024", 1],
      ["2025-04", "April 2025", 2],
      ["2025-05", "May 2025", 6],
    ]);
  });
});
