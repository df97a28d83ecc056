import { CONTENT_DIR } from "./lib/content/content-dir";
import { readStory } from "./lib/content/story";

/**
 * The site's settings: the story's own, read from `story.yaml` in the content folder (title,
 * summary, language, countries, event kinds, time zones), and the few that belong to the code.
 */
export const SITE = {
  ...readStory(CONTENT_DIR),
  /**
   * Each event has a share image of its own up to this many events; beyond, every event shares the
   * site's. An image costs about 50 ms to render and 50 KB in dist/, so 10,000 would add minutes.
   */
  eventShareImageLimit: 1000,
};

export type CountryCode = keyof typeof SITE.countries;
export type EventKind = keyof typeof SITE.eventKinds;
export type FigureUnit = keyof typeof SITE.figureUnits;

/** A key the content schema accepted, so it is always one of story.yaml's. */
function known<T>(list: Record<string, T>, key: string, field: string): T {
  const value = list[key];
  if (value === undefined) throw new Error(`content/story.yaml → ${field}: no "${key}"`);
  return value;
}

/** The label of an event kind: its name in the story settings' `eventKinds`. */
export const kindLabel = (kind: EventKind): string => known(SITE.eventKinds, kind, "eventKinds");

/** A country (or side) by its key, as frontmatter writes it. */
export const countryOf = (code: CountryCode) => known(SITE.countries, code, "countries");

/** How figures in a unit are worded and charted, by the unit's key. */
export const figureUnit = (unit: FigureUnit) => known(SITE.figureUnits, unit, "figureUnits");
