/** The site's calendar, /timeline.ics, fetched and parsed as a calendar program would. */
import type { APIRequestContext } from "@playwright/test";
import ICAL from "ical.js";
import { expect } from "./fixtures";

/** The served /timeline.ics. */
export async function calendarText(request: APIRequestContext): Promise<string> {
  const response = await request.get("/timeline.ics");
  expect(response.status()).toBe(200);
  return response.text();
}

/** The parsed calendar, with its VTIMEZONE components registered so TZIDs resolve to real offsets. */
export function parseCalendar(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents("vevent").map((component) => new ICAL.Event(component));
  const bySlug = new Map(events.map((event) => [event.uid.split("@")[0]!, event]));
  return { calendar, events, bySlug };
}
