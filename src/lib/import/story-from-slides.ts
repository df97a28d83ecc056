import { slugFromTitle } from "../content/slug";
import { isCalendarDay, isClockTime, isYear } from "../dates/date-parts";
import { firstDay, lastDay, slugPrefix, type KnownDate } from "../dates/event-date";
import { phasesOverlap, type Story } from "../content/story";
import { htmlToMarkdown, htmlToText } from "./html-to-markdown";
import type { ImportedSlide, SlideDate } from "./timelinejs-slides";

/**
 * A story made from TimelineJS slides: its settings (story.yaml) and an event per slide, with the date
 * as precise as the slide gives it, and a list of what needs an editor's attention. TimelineJS has no
 * sources, people or sides, so the story cites nothing (`eventCitations: optional`) and has one
 * placeholder side to rename.
 */

/** An event file: its slug (the file name), frontmatter and Markdown body. */
export interface EventFile {
  slug: string;
  data: Record<string, unknown>;
  body: string;
}

export interface ImportedStory {
  settings: Record<string, unknown>;
  events: EventFile[];
  /** What did not come across, or needs a decision: one line each, naming the slide. */
  attention: string[];
}

/** The zone a time is read in where the file names none: TimelineJS's times have no zone. */
const DEFAULT_ZONE = "UTC";
const DEFAULT_KIND = { key: "event", label: "Event" };

/** The date frontmatter gives, as precise as the slide; undefined for a date the site cannot show. */
type FrontmatterDate = Record<string, string>;

const pad = (value: string, length: number) => value.padStart(length, "0");

/** "2:30 PM", "14:30", "14:30:00" as "14:30"; undefined when it is none of these. */
function clockTime(time: string): string | undefined {
  const match = /^(\d{1,2}):(\d{2})(?::\d{2})?\s*([ap]\.?m\.?)?$/i.exec(time);
  if (!match) return undefined;
  const [, hours, minutes, half] = match;
  const hour = (Number(hours) % (half ? 12 : 24)) + (half && /^p/i.test(half) ? 12 : 0);
  const value = `${pad(String(hour), 2)}:${minutes}`;
  return isClockTime(value) ? value : undefined;
}

/** A TimelineJS date in the site's terms: the ISO form and its precision; undefined if it cannot be one. */
function isoDate({
  year,
  month,
  day,
}: SlideDate): { iso: string; precision: "year" | "month" | "day" } | undefined {
  // The site shows years 1 to 9999: not a cosmological or ancient one (TimelineJS takes negative years).
  const fullYear = pad(year, 4);
  if (!/^\d{1,4}$/.test(year) || !isYear(fullYear) || Number(year) === 0) return undefined;
  if (!month) return { iso: fullYear, precision: "year" };
  const isoMonth = `${fullYear}-${pad(month, 2)}`;
  if (!day)
    return /^\d{4}-(0[1-9]|1[0-2])$/.test(isoMonth) ? { iso: isoMonth, precision: "month" } : undefined;
  const isoDay = `${isoMonth}-${pad(day, 2)}`;
  return isCalendarDay(isoDay) ? { iso: isoDay, precision: "day" } : undefined;
}

/** The date of this site's own export, restored exactly from its columns. */
function ownDate(own: ImportedSlide["own"]): FrontmatterDate | undefined {
  const [start = "", end] = (own.Date ?? "").split("/");
  switch (own.Precision) {
    case "unknown":
      return { precision: "unknown", relativeTo: own["Relative To"] ?? "", position: own.Position ?? "" };
    case "range":
      return { precision: "range", start, end: end ?? "" };
    case "day": {
      const time = /T(\d\d:\d\d)/.exec(start)?.[1];
      const zone = own["Time Zone"];
      return { precision: "day", start: start.slice(0, 10), ...(time && zone && { time, timeZone: zone }) };
    }
    case "month":
    case "year":
      return { precision: own.Precision, start };
  }
  return undefined;
}

/** A slide's date, and what of it the site cannot keep (said in the event's date note and the report). */
function slideDate(slide: ImportedSlide): { date?: FrontmatterDate; lost: string[] } {
  const own = ownDate(slide.own);
  if (own) return { date: own, lost: [] };
  const start = slide.start && isoDate(slide.start);
  if (!start) return { lost: [`no date the site can show (year ${slide.start?.year || "missing"})`] };
  const end = slide.end && isoDate(slide.end);
  const time = slide.start?.time ? clockTime(slide.start.time) : undefined;
  const lost = [
    ...(slide.start?.time && !time ? [`a time it cannot read, "${slide.start.time}"`] : []),
    ...(slide.end && !end ? ["an end date it cannot read"] : []),
  ];
  if (end && end.iso !== start.iso) {
    if (start.precision === "day" && end.precision === "day" && end.iso > start.iso) {
      return { date: { precision: "range", start: start.iso, end: end.iso }, lost };
    }
    lost.push(`its end (${end.iso}): a span is kept only from one day to a later one`);
  }
  if (start.precision !== "day") return { date: { precision: start.precision, start: start.iso }, lost };
  const timed = time ? { time, timeZone: DEFAULT_ZONE } : {};
  return { date: { precision: "day", start: start.iso, ...timed }, lost };
}

/** The first sentence of a text, as an event's one-line summary. */
const firstSentence = (text: string) => /^.*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;

/** What an event credits where the slide names no one: the schema needs a credit, and none is invented. */
export const NO_CREDIT = "Credit not given in the original timeline";

/** The slide's media as the event's remote media, with its credit and caption; the site links to it, loading nothing. */
function eventMedia(slide: ImportedSlide, attention: string[]): Record<string, string>[] {
  const media = slide.media;
  if (!media || !/^https?:\/\//.test(media.url)) return [];
  const caption = htmlToText(media.caption);
  const credit = htmlToText(media.credit);
  if (!credit) attention.push(`${slide.origin}: media "${media.url}" has no credit; credited "${NO_CREDIT}"`);
  return [{ url: media.url, credit: credit || NO_CREDIT, ...(caption && { caption }) }];
}

/** The event's text: the slide's, and the words of media given as HTML (a quotation, an embed code). */
function eventBody(slide: ImportedSlide, attention: string[]): string {
  const { markdown, dropped } = htmlToMarkdown(slide.text);
  for (const what of dropped) attention.push(`${slide.origin}: dropped ${what}`);
  const parts = markdown ? [markdown] : [];
  const media = slide.media;
  if (media?.url.startsWith("<")) {
    // TimelineJS takes HTML as media too: a quotation, an embed code. Its words are kept, as text.
    const html = htmlToMarkdown(media.url);
    if (html.markdown) parts.push(html.markdown);
    else
      attention.push(
        `${slide.origin}: media given as HTML with no words to keep (an embed code); not brought across`,
      );
    for (const what of html.dropped) attention.push(`${slide.origin}: media given as HTML: dropped ${what}`);
  } else if (media && !/^https?:\/\//.test(media.url)) {
    attention.push(`${slide.origin}: media "${media.url}" is not a web address; not brought across`);
  }
  return parts.join("\n\n");
}

function uniqueSlug(wanted: string, taken: Set<string>): string {
  let slug = wanted;
  for (let n = 2; taken.has(slug); n++) slug = `${wanted}-${n}`;
  taken.add(slug);
  return slug;
}

/** The file name: this site's own slug where the export gives one, else the date and the headline. */
function eventSlug(slide: ImportedSlide, date: FrontmatterDate, title: string, taken: Set<string>): string {
  const own = slide.own.Slug;
  if (own && (date["precision"] === "unknown" || own.startsWith(`${slugPrefix(date as KnownDate)}-`))) {
    return uniqueSlug(own, taken);
  }
  return uniqueSlug(`${slugPrefix(date as KnownDate)}-${slugFromTitle(title) || "event"}`, taken);
}

export function storyFromSlides(slides: ImportedSlide[]): ImportedStory {
  const attention: string[] = [];
  const kinds = new Map<string, string>();
  const zones = new Set<string>();
  const taken = new Set<string>();
  const events: EventFile[] = [];
  for (const slide of slides.filter((slide) => slide.type === "event")) {
    const title = htmlToText(slide.headline) || htmlToText(slide.text).slice(0, 80);
    const { date, lost } = slideDate(slide);
    if (!date || !title) {
      attention.push(`${slide.origin}: not imported: ${date ? "no headline or text" : lost.join("; ")}`);
      continue;
    }
    for (const what of lost)
      attention.push(`${slide.origin} (${title}): the site keeps the date but not ${what}`);
    if (slide.background) attention.push(`${slide.origin}: its background "${slide.background}" is not used`);
    const kind = slide.own.Kind ?? (slugFromTitle(slide.group) || DEFAULT_KIND.key);
    kinds.set(kind, kinds.get(kind) ?? (slide.group || DEFAULT_KIND.label));
    if (date["timeZone"]) zones.add(date["timeZone"]);
    const summary = firstSentence(htmlToText(slide.text)) || title;
    const dateNote = [
      slide.displayDate && `Shown in the original timeline as "${htmlToText(slide.displayDate)}".`,
      ...lost.map((what) => `The original gives ${what.replace(/^its /, "")}.`),
    ]
      .filter(Boolean)
      .join(" ");
    const media = eventMedia(slide, attention);
    events.push({
      slug: eventSlug(slide, date, title, taken),
      data: {
        title,
        date,
        ...(dateNote && { dateNote }),
        kind,
        ...(slide.own.Location && { location: slide.own.Location }),
        summary,
        ...(media.length > 0 && { media }),
      },
      body: eventBody(slide, attention) || summary,
    });
  }
  const phases = phasesFromEras(
    slides.filter((slide) => slide.type === "era"),
    attention,
  );
  if (events.some((event) => (event.data["date"] as FrontmatterDate)["timeZone"] === DEFAULT_ZONE)) {
    attention.push(
      `times were read as ${DEFAULT_ZONE} (TimelineJS gives no zone): set each event's timeZone`,
    );
  }
  attention.push(
    "no event cites a source (TimelineJS has none): add sources and citations, or keep eventCitations: optional",
  );
  attention.push('countries: one placeholder side, "to-name"; name the sides of the story');
  const title = slides.find((slide) => slide.type === "title");
  return {
    settings: { ...settings(title, kinds, zones), ...(phases.length > 0 && { phases }) },
    events,
    attention,
  };
}

type PhaseSettings = Pick<Story["phases"][number], "start" | "end"> & { title: string; summary?: string };

/**
 * The story's phases from TimelineJS's eras, oldest first. TimelineJS lets eras overlap and the site
 * does not (an event would be in two), so an era that overlaps one kept before it is left out and named.
 */
function phasesFromEras(eras: ImportedSlide[], attention: string[]): Array<Record<string, string>> {
  const phases: Array<PhaseSettings & { origin: string }> = [];
  const read = eras.flatMap((slide) => {
    const title = htmlToText(slide.headline) || htmlToText(slide.text).slice(0, 80);
    const start = slide.start && isoDate(slide.start);
    const end = slide.end ? isoDate(slide.end) : start;
    const dates = start &&
      end && {
        start: { precision: start.precision, start: start.iso },
        end: { precision: end.precision, start: end.iso },
      };
    if (!title || !dates || lastDay(dates.end) < firstDay(dates.start)) {
      const why = title ? "no start and end the site can show, in order" : "no headline";
      attention.push(`${slide.origin}: era not imported: ${why}`);
      return [];
    }
    const summary = htmlToText(slide.text);
    return [{ origin: slide.origin, title, ...dates, ...(summary && { summary }) }];
  });
  for (const phase of read.sort((a, b) => firstDay(a.start).localeCompare(firstDay(b.start)))) {
    const previous = phases.at(-1);
    if (previous && phasesOverlap(previous, phase)) {
      attention.push(
        `${phase.origin} (${phase.title}): era not imported: it overlaps "${previous.title}", and phases may not`,
      );
      continue;
    }
    phases.push(phase);
  }
  return phases.map(({ title, start, end, summary }) => ({
    title,
    start: start.start,
    end: end.start,
    ...(summary && { summary }),
  }));
}

function settings(title: ImportedSlide | undefined, kinds: Map<string, string>, zones: Set<string>) {
  const name = htmlToText(title?.headline ?? "") || "Imported timeline";
  const summary = htmlToText(title?.text ?? "") || name;
  return {
    title: name,
    description: firstSentence(summary),
    summary,
    lang: "en",
    ogLocale: "en_US",
    homeEventLimit: 300,
    countries: { "to-name": { name: "Side to name", adjective: "Side to name" } },
    eventKinds: Object.fromEntries(kinds.size > 0 ? kinds : [[DEFAULT_KIND.key, DEFAULT_KIND.label]]),
    eventCitations: "optional",
    timeZones: (zones.size > 0 ? [...zones] : [DEFAULT_ZONE]).map((id) => ({
      id,
      place: id.split("/").pop()!.replace(/_/g, " "),
    })),
  };
}
