import { monthStarts, shareOfYear } from "../dates/days";
import {
  firstDay,
  isKnown,
  lastDay,
  placementDay,
  type EventDate,
  type KnownDate,
} from "../dates/event-date";
import { formatEventDate, monthNames } from "../dates/format-date";
import { groupByMonth, isMonthKey, monthsOf, yearOfKey } from "./month-groups";
import type { Timeline } from "../content/timeline";
import { yearPath } from "../content/urls";
import { fill, plural, words } from "../../i18n/words";

/** One mark to draw: an event, or (in a timeline too long to list on one page) a month of events. */
export interface AxisItem {
  href: string;
  label: string;
  /** The calendar days it covers, YYYY-MM-DD; an undated event takes its anchor's placement day. */
  first: string;
  last: string;
  /** Undated: drawn beside the event it is placed by and marked as approximate, never as its own day. */
  approximate: boolean;
}

export interface AxisMark extends AxisItem {
  /** Where it starts and ends across its year, 0–1. */
  start: number;
  end: number;
  /** Its row within the year, from 0, so marks close in time never cover each other. */
  lane: number;
}

/** The two ways a month is labelled: its short name ("Jan") and its narrow one ("J"). */
export type LabelForm = "short" | "narrow";

export interface AxisMonth {
  start: number;
  short: string;
  narrow: string;
  /** The bands of AXIS_WIDTHS (by index) at which each form of its label shows: none where it would crowd. */
  shownAt: Record<LabelForm, number[]>;
}

export interface AxisYear {
  year: string;
  marks: AxisMark[];
  lanes: number;
  months: AxisMonth[];
}

/**
 * The widths of the axis, in CSS px, from which its month labels are laid out anew (the container
 * queries of src/components/TimeAxis.astro, which must match): the least width of each band, so
 * labels laid out for it fit anywhere in the band. The first is a 320 px screen less page margins.
 */
export const AXIS_WIDTHS = [280, 360, 480, 640] as const;

/**
 * A generous width of one character of a month label (12 px), whatever the font: 0.7 em, wider
 * than DejaVu Sans sets most letters; and the room a label leaves after its tick and before the next.
 */
const CHAR_WIDTH = 8.4;
const LABEL_ROOM = 6;
/** Every month, every other one, each quarter, each half year, the year's first. */
const STEPS = [1, 2, 3, 6, 12];

/**
 * How to label the months of one year on an axis `width` px wide, each label after its tick: month
 * names ("Jan") at every month, or every other one, or each quarter, as often as they fit; where
 * even quarters crowd, the narrow form ("J"), as often as it fits.
 */
export function monthLabelPlan(
  names: Record<LabelForm, readonly string[]>,
  width: number,
): { form: LabelForm; step: number } {
  const monthWidth = width / names.short.length;
  const fits = (form: LabelForm, step: number) =>
    Math.max(...names[form].map((name) => name.length)) * CHAR_WIDTH + LABEL_ROOM <= step * monthWidth;
  const short = STEPS.find((step) => step <= 3 && fits("short", step));
  if (short) return { form: "short", step: short };
  return { form: "narrow", step: STEPS.find((step) => fits("narrow", step)) ?? 12 };
}

/**
 * Marks closer than this share of a year go on separate lanes: one month is 24 px, the minimum
 * target size of WCAG 2.5.8, on a 320 px screen.
 */
const MIN_GAP = 1 / 12;

/** The days an event's date covers, as precise as the date and no more. */
export function axisDays(date: EventDate, anchor: KnownDate | undefined): Omit<AxisItem, "href" | "label"> {
  if (isKnown(date)) return { first: firstDay(date), last: lastDay(date), approximate: false };
  if (!anchor) throw new Error(`cannot place an undated event relative to "${date.relativeTo.id}"`);
  const day = placementDay(date, anchor);
  return { first: day, last: day, approximate: true };
}

/** Items in timeline order, laid out by year; a range running into the next year is cut at 31 December. */
export function layoutAxis(items: readonly AxisItem[]): AxisYear[] {
  const years = new Map<string, AxisYear & { laneEnds: number[] }>();
  for (const item of items) {
    const year = yearOfKey(item.first);
    const row = years.get(year) ?? { year, marks: [], lanes: 0, months: monthTicks(year), laneEnds: [] };
    years.set(year, row);
    const { start } = shareOfYear(item.first);
    const { end } = shareOfYear(item.last.startsWith(year) ? item.last : `${year}-12-31`);
    let lane = row.laneEnds.findIndex((laneEnd) => laneEnd + MIN_GAP <= start);
    if (lane < 0) lane = row.laneEnds.length;
    row.laneEnds[lane] = end;
    row.marks.push({ ...item, start, end, lane });
    row.lanes = row.laneEnds.length;
  }
  return [...years.values()].map(({ laneEnds: _, ...row }) => row);
}

function monthTicks(year: string): AxisMonth[] {
  const names = { short: monthNames("short"), narrow: monthNames("narrow") };
  const plans = AXIS_WIDTHS.map((width) => monthLabelPlan(names, width));
  const bandsShowing = (form: LabelForm, month: number) =>
    plans.flatMap(({ form: planned, step }, band) => (planned === form && month % step === 0 ? [band] : []));
  return monthStarts(year).map((day, month) => ({
    start: shareOfYear(day).start,
    short: names.short[month]!,
    narrow: names.narrow[month]!,
    shownAt: { short: bandsShowing("short", month), narrow: bandsShowing("narrow", month) },
  }));
}

/**
 * The home page's axis: every event, linked to its card; or, when the home page lists years
 * instead (SITE.homeEventLimit), one bar a month with its count, so the axis stays bounded; undated
 * events are counted in no month.
 */
export function timelineAxis(timeline: Pick<Timeline, "events" | "homeListsAll" | "placeOf">): AxisYear[] {
  if (timeline.homeListsAll) {
    return layoutAxis(
      timeline.events.map((event) => {
        const { title, date, yearInferred } = event.entry.data;
        const when = formatEventDate(date, event.anchor?.date, yearInferred);
        return {
          href: timeline.placeOf(event),
          label: fill(words.axis.mark, { date: when, title }),
          ...axisDays(date, event.anchor?.date),
        };
      }),
    );
  }
  return layoutAxis(
    monthsOf(groupByMonth(timeline.events)).map(({ key, label, items }) => {
      const date = isMonthKey(key)
        ? { precision: "month" as const, start: key }
        : { precision: "year" as const, start: key };
      return {
        href: `${yearPath(yearOfKey(key))}#${key}`,
        label: `${label}: ${plural(words.counts.events, items.length)}`,
        ...axisDays(date, undefined),
      };
    }),
  );
}
