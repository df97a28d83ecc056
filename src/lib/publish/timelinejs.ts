import { kindLabel, SITE } from "../../config";
import type { Timeline, TimelineEvent } from "../content/timeline";
import { eventPath } from "../content/urls";
import { isKnown, isoForm, isTimed, placementDay } from "../dates/event-date";
import { formatEventDate, formatEventTime } from "../dates/format-date";
import { isLocalImage, type MediaItem } from "../views/media";
import type { TimelinePhase } from "../views/phases";
import { words } from "../../i18n/words";
import { escapeHtml } from "./escape-html";

/**
 * The timeline in Knight Lab's TimelineJS formats, so that a newsroom can show it with TimelineJS or keep
 * working on it in a TimelineJS Google Sheet: the JSON TimelineJS reads (/timelinejs.json) and the sheet
 * template as CSV (/timeline.csv), its columns first and ours after them. TimelineJS knows no date
 * precision and needs a date on every slide, so our columns carry the date as the content gives it,
 * which lets an import restore it exactly.
 */

/** TimelineJS's date: numbers for as much of it as is known, in the time zone the sources use. */
export interface SlideDate {
  year: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
}

export interface Slide {
  unique_id: string;
  start_date: SlideDate;
  end_date?: SlideDate;
  /** The date as the site words it, which TimelineJS shows instead of its own. */
  display_date: string;
  text: { headline: string; text: string };
  group: string;
  /** The event's first photo or media: TimelineJS shows one per slide, and loads it from `url`. */
  media?: SlideMedia;
}

/** TimelineJS's media: an image's address on this site, or the remote media's. */
export interface SlideMedia {
  url: string;
  credit: string;
  caption: string;
  alt?: string;
}

/** A TimelineJS era: a span of time named on its time axis, as the story's phases are. */
export interface Era {
  start_date: SlideDate;
  end_date: SlideDate;
  text: { headline: string; text: string };
}

/** The JSON TimelineJS reads: a title slide, one slide per event, and an era per phase where there are any. */
export interface TimelineJsData {
  title: { text: { headline: string; text: string } };
  events: Slide[];
  eras?: Era[];
}

/** The words of a slide's link to the event's own page. */
const EVENT_LINK_WORDS = words.feeds.eventLink;

/** From "2025-05-19", "2025-04" or "2024", with "21:00" where a time is known. */
function slideDate(isoDate: string, time?: string): SlideDate {
  const [year, month, day] = isoDate.split("-").map(Number);
  const [hour, minute] = time ? time.split(":").map(Number) : [];
  return { year: year!, ...(month && { month }), ...(day && { day }), ...(time && { hour, minute }) };
}

/** Where TimelineJS puts the event: its own date, or for an undated event the day it is placed by. */
function slideDates(event: TimelineEvent): Pick<Slide, "start_date" | "end_date"> {
  const { date } = event.entry.data;
  if (!isKnown(date)) return { start_date: slideDate(placementDay(date, event.anchor!.date)) };
  if (date.precision === "range") return { start_date: slideDate(date.start), end_date: slideDate(date.end) };
  return { start_date: slideDate(String(date.start), date.precision === "day" ? date.time : undefined) };
}

/**
 * "19 June 2025", with the time where the sources give one, in their zone as the slide's numbers are:
 * "3 March 2024, 9 p.m. in <place>".
 */
export function displayDate(event: TimelineEvent): string {
  const { date, yearInferred } = event.entry.data;
  const words = formatEventDate(date, event.anchor?.date, yearInferred);
  const zones = SITE.timeZones.filter((zone) => isTimed(date) && zone.id === date.timeZone);
  const [local] = formatEventTime(date, zones);
  return local ? `${words}, ${local.words}` : words;
}

/** A slide's text: the summary and a link to the event's page, where its sources are. */
function slideText(event: TimelineEvent, site: URL): string {
  const url = new URL(eventPath(event.id), site).href;
  return `<p>${escapeHtml(event.entry.data.summary)}</p><p><a href="${url}">${EVENT_LINK_WORDS}</a></p>`;
}

/** TimelineJS's media object for one of ours; credit and caption are HTML there, so escaped. */
function slideMedia(item: MediaItem, site: URL): SlideMedia {
  const common = { credit: escapeHtml(item.credit), caption: escapeHtml(item.caption ?? "") };
  return isLocalImage(item)
    ? { url: new URL(item.image.src, site).href, ...common, alt: item.alt }
    : { url: item.url!, ...common };
}

export function slide(event: TimelineEvent, site: URL): Slide {
  const [media] = event.entry.data.media;
  return {
    unique_id: event.id,
    ...slideDates(event),
    display_date: displayDate(event),
    text: { headline: escapeHtml(event.entry.data.title), text: slideText(event, site) },
    group: kindLabel(event.entry.data.kind),
    ...(media && { media: slideMedia(media, site) }),
  };
}

/** A phase as an era: its dates as precise as the settings give them, its title and summary. */
function era(phase: TimelinePhase): Era {
  return {
    start_date: slideDate(phase.start.start),
    end_date: slideDate(phase.end.start),
    text: {
      headline: escapeHtml(phase.title),
      text: phase.summary ? `<p>${escapeHtml(phase.summary)}</p>` : "",
    },
  };
}

export function timelineJsData(timeline: Timeline, site: URL): TimelineJsData {
  return {
    title: { text: { headline: escapeHtml(SITE.title), text: `<p>${escapeHtml(SITE.summary)}</p>` } },
    events: timeline.events.map((event) => slide(event, site)),
    ...(timeline.phases.length > 0 && { eras: timeline.phases.map(era) }),
  };
}

/** The columns of TimelineJS's Google Sheets template, in its order. */
export const TEMPLATE_COLUMNS = [
  "Year",
  "Month",
  "Day",
  "Time",
  "End Year",
  "End Month",
  "End Day",
  "End Time",
  "Display Date",
  "Headline",
  "Text",
  "Media",
  "Media Credit",
  "Media Caption",
  "Media Thumbnail",
  "Type",
  "Group",
  "Background",
] as const;

/** Our columns after the template's: what TimelineJS has no column for, the date as the content gives it. */
export const OWN_COLUMNS = [
  "Slug",
  "URL",
  "Kind",
  "Precision",
  "Date",
  "Time Zone",
  "Relative To",
  "Position",
  "Location",
  "Participants",
  "Sources",
] as const;

type Column = (typeof TEMPLATE_COLUMNS)[number] | (typeof OWN_COLUMNS)[number];
type Row = Partial<Record<Column, string | number>>;

function dateColumns({ year, month, day, hour, minute }: SlideDate, prefix: "" | "End "): Row {
  const time =
    hour === undefined ? "" : `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
  return {
    [`${prefix}Year`]: year,
    [`${prefix}Month`]: month,
    [`${prefix}Day`]: day,
    [`${prefix}Time`]: time,
  };
}

function eventRow(event: TimelineEvent, timeline: Timeline, site: URL): Row {
  const { data } = event.entry;
  const { start_date, end_date, display_date, text, group, media } = slide(event, site);
  const { date } = data;
  return {
    ...dateColumns(start_date, ""),
    ...(end_date && dateColumns(end_date, "End ")),
    "Display Date": display_date,
    Headline: text.headline,
    Text: text.text,
    ...(media && { Media: media.url, "Media Credit": media.credit, "Media Caption": media.caption }),
    Group: group,
    Slug: event.id,
    URL: new URL(eventPath(event.id), site).href,
    Kind: data.kind,
    Precision: date.precision,
    Date: isKnown(date) ? isoForm(date) : "",
    "Time Zone": date.precision === "day" ? (date.timeZone ?? "") : "",
    "Relative To": isKnown(date) ? "" : date.relativeTo.id,
    Position: isKnown(date) ? "" : date.position,
    Location: data.location ?? "",
    Participants: timeline
      .participantsOf(event)
      .map((person) => person.data.name)
      .join("; "),
    Sources: timeline
      .sourcesOf(event)
      .map((source) => source.data.title)
      .join("; "),
  };
}

/** One CSV field, quoted where RFC 4180 needs it. */
const csvField = (value: string | number | undefined) => {
  const text = String(value ?? "");
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** A phase as the sheet template writes an era: its dates, title and summary, and Type "era". */
function eraRow({ start_date, end_date, text }: Era): Row {
  return {
    ...dateColumns(start_date, ""),
    ...dateColumns(end_date, "End "),
    Headline: text.headline,
    Text: text.text,
    Type: "era",
  };
}

/** The timeline as TimelineJS's sheet template in CSV: a header row, the title row, a row per event, then the eras. */
export function timelineCsv(timeline: Timeline, site: URL): string {
  const { title, eras = [] } = timelineJsData(timeline, site);
  const rows: Row[] = [
    { Headline: title.text.headline, Text: title.text.text, Type: "title" },
    ...timeline.events.map((event) => eventRow(event, timeline, site)),
    ...eras.map(eraRow),
  ];
  const columns = [...TEMPLATE_COLUMNS, ...OWN_COLUMNS];
  return [columns, ...rows.map((row) => columns.map((column) => row[column]))]
    .map((fields) => fields.map(csvField).join(","))
    .join("\r\n")
    .concat("\r\n");
}
