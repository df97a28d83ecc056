import ICAL from "ical.js";
import { EVENTS, expect, test } from "./fixtures";

/** The events the sources date to a day or a span of days: the only ones a calendar can hold. */
const DATED = [
  "2025-05-19-second-round",
  "2025-05-21-dien-meets-senators-cruz-and-daines",
  "2025-05-22-dien-meets-lutnick",
  "2025-06-19-virtual-ministerial-meeting",
  "2025-11-12-negotiations",
];

async function calendarText(request: import("@playwright/test").APIRequestContext): Promise<string> {
  const response = await request.get("/timeline.ics");
  expect(response.status()).toBe(200);
  return response.text();
}

/** The parsed calendar, with its VTIMEZONE components registered so TZIDs resolve to real offsets. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents("vevent").map((component) => new ICAL.Event(component));
  const bySlug = new Map(events.map((event) => [event.uid.split("@")[0]!, event]));
  return { calendar, events, bySlug };
}

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
  const { calendar, events, bySlug } = parse(await calendarText(request));
  expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
  expect([...bySlug.keys()]).toEqual(DATED);
  // Month, year and undated events are left out, and the calendar says why.
  expect(EVENTS.map(({ slug }) => slug).filter((slug) => !bySlug.has(slug))).toEqual([
    "2024-us-vietnam-goods-trade",
    "2025-04-reciprocal-tariffs-announced",
    "after-2025-05-22-prime-minister-reviews-second-round",
    "before-2025-11-12-dien-greer-ministerial-meeting",
    "during-2025-11-12-dien-meets-us-officials-and-industry",
  ]);
  expect(String(calendar.getFirstPropertyValue("description"))).toMatch(
    /month or a year, or not dated at all/,
  );

  // 9:00 PM Vietnam time, in its own zone with a matching VTIMEZONE.
  const meeting = bySlug.get("2025-06-19-virtual-ministerial-meeting")!;
  expect(meeting.startDate.isDate).toBe(false);
  expect(meeting.component.getFirstProperty("dtstart")?.getParameter("tzid")).toBe("Asia/Ho_Chi_Minh");
  expect(meeting.startDate.zone?.tzid, "the TZID resolves to the VTIMEZONE").toBe("Asia/Ho_Chi_Minh");
  expect(calendar.getAllSubcomponents("vtimezone").map((zone) => zone.getFirstPropertyValue("tzid"))).toEqual(
    ["Asia/Ho_Chi_Minh"],
  );
  expect(meeting.startDate.toJSDate().toISOString()).toBe("2025-06-19T14:00:00.000Z");
  expect(meeting.location).toBe("Virtual meeting");

  // 19–22 May: all-day, DTEND exclusive.
  const round = bySlug.get("2025-05-19-second-round")!;
  expect(round.startDate.isDate).toBe(true);
  expect(round.startDate.toString()).toBe("2025-05-19");
  expect(round.endDate.toString()).toBe("2025-05-23");
  expect(round.location).toBe("Washington, D.C.");
  expect(round.description).toContain("Sources:\n");

  const senators = bySlug.get("2025-05-21-dien-meets-senators-cruz-and-daines")!;
  expect([senators.startDate.toString(), senators.endDate.toString()]).toEqual(["2025-05-21", "2025-05-22"]);

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
  const { events } = parse(await calendarText(request));
  const uids = events.map((event) => event.uid);
  expect(new Set(uids).size).toBe(uids.length);
  const host = new URL(String(events[0]!.component.getFirstPropertyValue("url"))).host;
  expect(uids).toEqual(DATED.map((slug) => `${slug}@${host}`));
  // The latest day the content names: the end of the 12–14 November negotiations.
  const stamps = events.map((event) => event.component.getFirstPropertyValue("dtstamp")?.toString());
  expect(new Set(stamps)).toEqual(new Set(["2025-11-14T00:00:00Z"]));
});
