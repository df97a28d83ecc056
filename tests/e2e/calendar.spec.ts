import { expect, storyUnderTest, test } from "./fixtures";
import { calendarText, parseCalendar } from "./calendar-file";
import { citedSources, timeOf } from "./story";

/** The events the sources date to a day or a span of days, in timeline order: the only ones a calendar can hold. */
const dated = () =>
  storyUnderTest().events.filter(
    (event) => event.date.precision === "day" || event.date.precision === "range",
  );

/** The day after YYYY-MM-DD, as iCalendar's exclusive DTEND of an all-day event. */
const dayAfter = (day: string) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

test("the calendar is CRLF throughout, folded at 75 octets", async ({ request }) => {
  const text = await calendarText(request);
  expect(text.endsWith("\r\n")).toBe(true);
  const lines = text.slice(0, -2).split("\r\n");
  expect(lines.filter((line) => line.includes("\n") || line.includes("\r"))).toEqual([]);
  expect(lines.filter((line) => Buffer.byteLength(line) > 75)).toEqual([]);
});

test("the calendar holds every event with a known day, at the right instants, and nothing else", async ({
  request,
}) => {
  const { calendar, events, bySlug } = parseCalendar(await calendarText(request));
  expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
  expect([...bySlug.keys()]).toEqual(dated().map((event) => event.slug));
  // Month, year and undated events are left out, and the calendar says why.
  if (dated().length < storyUnderTest().events.length) {
    expect(String(calendar.getFirstPropertyValue("description"))).toMatch(
      /month or a year, or not dated at all/,
    );
  }

  // A timed event is at its instant, in its own zone with a matching VTIMEZONE; every other one is all-day.
  const zones = new Set<string>();
  for (const event of dated()) {
    const entry = bySlug.get(event.slug)!;
    const { time, timeZone, end } = event.date as { time?: string; timeZone?: string; end?: string };
    if (time && timeZone) {
      zones.add(timeZone);
      expect(entry.startDate.isDate, event.slug).toBe(false);
      expect(entry.component.getFirstProperty("dtstart")?.getParameter("tzid"), event.slug).toBe(timeZone);
      expect(entry.startDate.zone?.tzid, "the TZID resolves to the VTIMEZONE").toBe(timeZone);
      expect(entry.startDate.toJSDate().toISOString(), event.slug).toBe(timeOf(event)!.instant);
    } else {
      // All-day, DTEND exclusive.
      const start = (event.date as { start: string }).start;
      expect(entry.startDate.isDate, event.slug).toBe(true);
      expect([entry.startDate.toString(), entry.endDate.toString()], event.slug).toEqual([
        start,
        dayAfter(end ?? start),
      ]);
    }
    expect(entry.location ?? null, event.slug).toBe(
      event.location === "virtual" ? "Virtual meeting" : event.location,
    );
    // Its sources, or that it cites none (a story may let events cite nothing).
    if (citedSources(event).length > 0) expect(entry.description, event.slug).toContain("Sources:\n");
    else expect(entry.description, event.slug).toMatch(/cites no source\.$/);
  }
  // One VTIMEZONE per zone used, in any order.
  expect(
    calendar
      .getAllSubcomponents("vtimezone")
      .map((zone) => String(zone.getFirstPropertyValue("tzid")))
      .sort(),
  ).toEqual([...zones].sort());

  for (const event of events) {
    expect(event.summary.length).toBeGreaterThan(0);
    const url = String(event.component.getFirstPropertyValue("url"));
    expect((await request.get(new URL(url).pathname)).status(), url).toBe(200);
    expect(new URL(url).pathname).toBe(`/events/${event.uid.split("@")[0]}/`);
  }
});

test("UIDs are unique and stable (slug@host), and DTSTAMP comes from the content, not the clock", async ({
  request,
}) => {
  const { events } = parseCalendar(await calendarText(request));
  const uids = events.map((event) => event.uid);
  expect(new Set(uids).size).toBe(uids.length);
  const host = new URL(String(events[0]!.component.getFirstPropertyValue("url"))).host;
  expect(uids).toEqual(dated().map(({ slug }) => `${slug}@${host}`));
  // The latest day the content names.
  const stamps = events.map((event) => event.component.getFirstPropertyValue("dtstamp")?.toString());
  expect(new Set(stamps)).toEqual(new Set([`${storyUnderTest().latestDay}T00:00:00Z`]));
});
