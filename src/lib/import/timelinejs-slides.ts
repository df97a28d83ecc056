import { parse } from "csv-parse/sync";
import { OWN_COLUMNS, TEMPLATE_COLUMNS } from "../publish/timelinejs";

/**
 * A TimelineJS timeline read from either of its forms, the JSON TimelineJS reads or its Google Sheets
 * template saved as CSV, as one list of slides. Values stay as the file gives them (text, HTML); what
 * they mean for a story is decided in story-from-slides.ts.
 */

/** A date as TimelineJS gives it: as much of it as is known, as text. */
export interface SlideDate {
  year: string;
  month: string;
  day: string;
  /** "14:30", "2:30 PM", or "" when no time is given. */
  time: string;
}

export interface ImportedSlide {
  /** Where it is in the file, for messages: "row 4", "events[2]". */
  origin: string;
  type: "title" | "era" | "event";
  start: SlideDate | undefined;
  end: SlideDate | undefined;
  displayDate: string;
  /** HTML, as TimelineJS takes it. */
  headline: string;
  text: string;
  media: { url: string; credit: string; caption: string } | undefined;
  group: string;
  background: string;
  /** This site's own columns, where the file is its /timeline.csv: restore what TimelineJS cannot hold. */
  own: Partial<Record<(typeof OWN_COLUMNS)[number], string>>;
}

type Row = Partial<Record<string, string>>;

const text = (value: unknown) => (value === undefined || value === null ? "" : String(value).trim());

function sheetDate(row: Row, prefix: "" | "End "): SlideDate | undefined {
  const date = {
    year: text(row[`${prefix}Year`]),
    month: text(row[`${prefix}Month`]),
    day: text(row[`${prefix}Day`]),
    time: text(row[`${prefix}Time`]),
  };
  return Object.values(date).some(Boolean) ? date : undefined;
}

/** The slides of TimelineJS's sheet template as CSV; a file without its columns is refused. */
export function slidesFromCsv(csv: string): ImportedSlide[] {
  const rows = parse(csv, { columns: true, skip_empty_lines: true, bom: true, trim: true }) as Row[];
  const missing = TEMPLATE_COLUMNS.filter((column) => !(column in (rows[0] ?? {})));
  if (rows.length === 0 || missing.length > 0) {
    throw new Error(`expected TimelineJS's sheet template, with the columns ${missing.join(", ") || "…"}`);
  }
  return rows.map((row, index) => {
    const type = text(row["Type"]).toLowerCase();
    const own = Object.fromEntries(
      OWN_COLUMNS.flatMap((column) => (row[column] ? [[column, row[column]]] : [])),
    );
    return {
      // The header is line 1, so the first slide is on line 2 of the sheet.
      origin: `row ${index + 2}`,
      type: type === "title" || type === "era" ? type : "event",
      start: sheetDate(row, ""),
      end: sheetDate(row, "End "),
      displayDate: text(row["Display Date"]),
      headline: text(row["Headline"]),
      text: text(row["Text"]),
      media: row["Media"]
        ? { url: text(row["Media"]), credit: text(row["Media Credit"]), caption: text(row["Media Caption"]) }
        : undefined,
      group: text(row["Group"]),
      background: text(row["Background"]),
      own,
    };
  });
}

interface JsonDate {
  year?: unknown;
  month?: unknown;
  day?: unknown;
  hour?: unknown;
  minute?: unknown;
  display_date?: unknown;
}

interface JsonSlide {
  start_date?: JsonDate;
  end_date?: JsonDate;
  display_date?: unknown;
  text?: { headline?: unknown; text?: unknown };
  media?: { url?: unknown; credit?: unknown; caption?: unknown };
  group?: unknown;
  background?: { url?: unknown; color?: unknown };
  unique_id?: unknown;
}

function jsonDate(date: JsonDate | undefined): SlideDate | undefined {
  if (!date) return undefined;
  const hour = text(date.hour);
  const time = hour ? `${hour.padStart(2, "0")}:${text(date.minute || "0").padStart(2, "0")}` : "";
  return { year: text(date.year), month: text(date.month), day: text(date.day), time };
}

function jsonSlide(slide: JsonSlide, type: ImportedSlide["type"], origin: string): ImportedSlide {
  const background = slide.background;
  return {
    origin,
    type,
    start: jsonDate(slide.start_date),
    end: jsonDate(slide.end_date),
    displayDate: text(slide.display_date ?? slide.start_date?.display_date),
    headline: text(slide.text?.headline),
    text: text(slide.text?.text),
    media: slide.media?.url
      ? { url: text(slide.media.url), credit: text(slide.media.credit), caption: text(slide.media.caption) }
      : undefined,
    group: text(slide.group),
    background: text(background?.url ?? background?.color),
    own: slide.unique_id ? { Slug: text(slide.unique_id) } : {},
  };
}

/** The slides of TimelineJS's JSON: the title slide, the events and the eras. */
export function slidesFromJson(json: string): ImportedSlide[] {
  const data = JSON.parse(json) as { title?: JsonSlide; events?: JsonSlide[]; eras?: JsonSlide[] };
  if (!Array.isArray(data.events)) throw new Error("expected TimelineJS's JSON, with an `events` list");
  return [
    ...(data.title ? [jsonSlide(data.title, "title", "title")] : []),
    ...data.events.map((slide, index) => jsonSlide(slide, "event", `events[${index}]`)),
    ...(data.eras ?? []).map((slide, index) => jsonSlide(slide, "era", `eras[${index}]`)),
  ];
}
