import { describe, expect, test } from "vitest";
import type { EventDate, KnownDate } from "../../src/lib/dates/event-date";
import { feedDate, feedItemText, type EventDescription } from "../../src/lib/publish/feeds";
import type { SourceEntry, TimelineEvent } from "../../src/lib/content/timeline";

const round: KnownDate = { precision: "range", start: "2025-05-19", end: "2025-05-22" };
const ref = (id: string) => ({ collection: "events" as const, id });

/** Just the parts of a timeline event that feedDate reads. */
const event = (date: EventDate, anchor?: KnownDate) =>
  ({
    id: "test-event",
    entry: { data: { date } },
    anchor: anchor && { id: "round", title: "Round", date: anchor },
  }) as unknown as TimelineEvent;
const source = (published?: string) => ({ id: "article", data: { published } }) as unknown as SourceEntry;

describe("feedDate", () => {
  test.each([
    [
      "a timed day: its instant, 9 PM in Hà Nội being 14:00 UTC",
      event({ precision: "day", start: "2025-06-19", time: "21:00", timeZone: "Asia/Ho_Chi_Minh" }),
      [source("2025-06-20")],
      "2025-06-19T14:00:00.000Z",
    ],
    ["a day: that day", event({ precision: "day", start: "2025-05-21" }), [], "2025-05-21T00:00:00.000Z"],
    ["a range: its first day", event(round), [source("2025-05-22")], "2025-05-19T00:00:00.000Z"],
    [
      "a month: the earliest date of its dated sources, the day the news was out",
      event({ precision: "month", start: "2025-04" }),
      [source(), source("2025-05-30"), source("2025-05-22")],
      "2025-05-22T00:00:00.000Z",
    ],
    [
      "a month without a dated source: the first day of the month, as the timeline sorts it",
      event({ precision: "month", start: "2025-04" }),
      [source()],
      "2025-04-01T00:00:00.000Z",
    ],
    [
      "a year without a dated source: 1 January",
      event({ precision: "year", start: "2024" }),
      [],
      "2024-01-01T00:00:00.000Z",
    ],
    [
      "undated, after a range, without a dated source: the range's last day",
      event({ precision: "unknown", relativeTo: ref("round"), position: "after" }, round),
      [source()],
      "2025-05-22T00:00:00.000Z",
    ],
    [
      "undated, before a range: the range's first day",
      event({ precision: "unknown", relativeTo: ref("round"), position: "before" }, round),
      [],
      "2025-05-19T00:00:00.000Z",
    ],
    [
      "undated, with a dated source: that source's date",
      event({ precision: "unknown", relativeTo: ref("round"), position: "after" }, round),
      [source("2025-05-23")],
      "2025-05-23T00:00:00.000Z",
    ],
  ])("%s", (_case, timelineEvent, sources, expected) => {
    expect(feedDate(timelineEvent, sources).getTime()).toBe(Date.parse(expected));
  });
});

describe("feedItemText", () => {
  const item: EventDescription = {
    url: "https://timeline.example/events/e/",
    title: "An event",
    dateLine: "When: 9 July 2020",
    summary: "What happened.",
    kindLabel: "Meeting",
    sources: [],
  };

  test("says an event without citations is not sourced on the site", () => {
    expect(feedItemText(item)).toBe(
      "When: 9 July 2020\n\nWhat happened.\n\nNot sourced on this site: this event cites no source.",
    );
  });

  test("gives a linked article's own address beside our page about it", () => {
    const sources = [
      { title: "Republished", url: "https://timeline.example/sources/r/" },
      { title: "Linked", url: "https://timeline.example/sources/l/", articleUrl: "https://news.example/l" },
    ];
    expect(
      feedItemText({ ...item, sources })
        .split("\n")
        .slice(-3),
    ).toEqual([
      "Sources:",
      "Republished (https://timeline.example/sources/r/)",
      "Linked (https://timeline.example/sources/l/; the article: https://news.example/l)",
    ]);
  });
});
