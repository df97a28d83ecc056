import { SITE } from "../../config";
import { utcDay } from "../dates/days";
import { hasDays, isTimed, lastDay, latestContentDay, timedInstant, type DayDate } from "../dates/event-date";
import { describeEvent, feedItemText } from "./feeds";
import {
  escapeText,
  icsDate,
  icsDayAfter,
  icsLocalDateTime,
  icsUtcDateTime,
  serializeLines,
  vtimezone,
  type ContentLine,
} from "./icalendar";
import { locationText } from "../views/location";
import { words } from "../../i18n/words";
import { yearOfKey } from "../views/month-groups";
import type { Timeline, TimelineEvent } from "../content/timeline";
import { PAGES } from "../content/urls";

/** Said in the calendar itself, so a subscriber knows why some timeline events are missing. */
const CALENDAR_NOTE = words.feeds.calendar;

interface CalendarEvent {
  event: TimelineEvent;
  date: DayDate;
}

/** The events the sources date to a day or a range of days: the only kind a calendar can hold. */
function calendarEvents(events: readonly TimelineEvent[]): CalendarEvent[] {
  return events.flatMap((event) => {
    const { date } = event.entry.data;
    return hasDays(date) ? [{ event, date }] : [];
  });
}

/** The timeline as an iCalendar file (RFC 5545), oldest first. */
export function timelineCalendar(
  timeline: Pick<Timeline, "events" | "sources" | "sourcesOf">,
  site: URL,
): string {
  const events = calendarEvents(timeline.events);
  // DTSTAMP comes from the content, never the clock: builds are compared byte for byte.
  const stamp = icsUtcDateTime(utcDay(latestContentDay(timeline)));
  const lines: ContentLine[] = [
    ["BEGIN", "VCALENDAR"],
    ["VERSION", "2.0"],
    ["PRODID", `-//${site.host}//${escapeText(SITE.title)}//${SITE.lang.toUpperCase()}`],
    ["CALSCALE", "GREGORIAN"],
    ["METHOD", "PUBLISH"],
    ["NAME", escapeText(SITE.title)],
    ["X-WR-CALNAME", escapeText(SITE.title)],
    ["DESCRIPTION", escapeText(CALENDAR_NOTE)],
    ["X-WR-CALDESC", escapeText(CALENDAR_NOTE)],
    ["URL", new URL(PAGES.home, site).href],
    ...timeZonesOf(events).flatMap(({ zone, years }) =>
      vtimezone(zone, Math.min(...years), Math.max(...years)),
    ),
    ...events.flatMap((calendarEvent) => vevent(calendarEvent, timeline, site, stamp)),
    ["END", "VCALENDAR"],
  ];
  return serializeLines(lines);
}

function vevent(
  { event, date }: CalendarEvent,
  timeline: Pick<Timeline, "sourcesOf">,
  site: URL,
  stamp: string,
): ContentLine[] {
  const { data } = event.entry;
  const item = describeEvent(event, timeline.sourcesOf(event), site);
  return [
    ["BEGIN", "VEVENT"],
    ["UID", escapeText(`${event.id}@${site.host}`)],
    ["DTSTAMP", stamp],
    ...when(date),
    ["SUMMARY", escapeText(data.title)],
    ["DESCRIPTION", escapeText(feedItemText(item))],
    ...(data.location ? [["LOCATION", escapeText(locationText(data.location))] as const] : []),
    ["CATEGORIES", escapeText(item.kindLabel)],
    ["URL", item.url],
    ["END", "VEVENT"],
  ];
}

/**
 * DTSTART and DTEND. A day or a range is an all-day event whose DTEND is the day after its last day.
 * A timed event starts at its local time in its own zone; the sources give no end, so it has none.
 */
function when(date: DayDate): ContentLine[] {
  if (isTimed(date)) {
    return [[`DTSTART;TZID=${date.timeZone}`, icsLocalDateTime(timedInstant(date), date.timeZone)]];
  }
  return [
    ["DTSTART;VALUE=DATE", icsDate(date.start)],
    ["DTEND;VALUE=DATE", icsDayAfter(lastDay(date))],
  ];
}

/** Each time zone that timed events use, with the years it is needed for. */
function timeZonesOf(events: readonly CalendarEvent[]): { zone: string; years: number[] }[] {
  const years = new Map<string, number[]>();
  for (const { date } of events) {
    if (!isTimed(date)) continue;
    years.set(date.timeZone, [...(years.get(date.timeZone) ?? []), Number(yearOfKey(date.start))]);
  }
  return [...years]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([zone, zoneYears]) => ({ zone, years: zoneYears }));
}
