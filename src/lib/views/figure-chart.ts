import type { CollectionEntry } from "astro:content";
import { figureUnit, SITE, type FigureUnit } from "../../config";

export type Figure = CollectionEntry<"events">["data"]["figures"][number];

export interface ChartBar {
  figure: Figure;
  /** The bar's length as a share of the chart's width, 0–1. */
  share: number;
}

export interface ChartGroup {
  unit: FigureUnit;
  /** The value a full-width bar stands for. */
  scaleMax: number;
  bars: ChartBar[];
}

/**
 * Figures grouped by unit, so only comparable bars share a scale, in the order they first
 * appear. Bars start at zero; a unit with a whole (100 for a percentage) is drawn against it unless
 * a figure exceeds it. Groups with a negative value are left to the table, which shows the sign.
 */
export function chartGroups(figures: readonly Figure[]): ChartGroup[] {
  const units = [...new Set(figures.map((figure) => figure.unit))];
  return units.flatMap((unit) => {
    const members = figures.filter((figure) => figure.unit === unit);
    if (members.some((figure) => figure.value < 0)) return [];
    const largest = Math.max(...members.map((figure) => figure.value));
    const scaleMax = Math.max(figureUnit(unit).whole ?? 0, largest);
    if (scaleMax === 0) return [];
    return [{ unit, scaleMax, bars: members.map((figure) => ({ figure, share: figure.value / scaleMax })) }];
  });
}

// In the story's language: 1,234.5 in `en` is 1.234,5 in `vi`.
const number = new Intl.NumberFormat(SITE.lang, { maximumFractionDigits: 1 });
const change = new Intl.NumberFormat(SITE.lang, {
  style: "percent",
  maximumFractionDigits: 1,
  signDisplay: "exceptZero",
});

/** "€12 million", "46%", as the story's units word them: one wording for the table and the chart. */
export function figureValueText(value: number, unit: FigureUnit): string {
  return figureUnit(unit).value.replaceAll("{value}", number.format(value));
}

/** A change on the previous year: "+19.3%", "-4%" in English. */
export function changeText(changePercent: number): string {
  return change.format(changePercent / 100);
}
