/**
 * Everything story-specific that is not content lives here, so that a newsroom
 * forking the site for its next story edits this file and `content/`, not code.
 */
export const SITE = {
  title: "Việt Nam–US Trade Talks 2025",
  description:
    "A sourced timeline of the 2025 negotiations between Việt Nam and the United States on a reciprocal trade agreement.",
  /** One paragraph shown at the top of the timeline. */
  summary:
    "When the United States announced reciprocal tariffs, Việt Nam was among the countries hit hardest: 46% on top of a 10% baseline. This timeline follows the 2025 negotiations on a reciprocal trade agreement between the two countries as five news articles report them, and cites them for every fact.",
  lang: "en",
  /** Open Graph's form of the language: our own text uses British spelling. */
  ogLocale: "en_GB",
  /** The home page lists every event up to this many; a longer timeline is listed by year. */
  homeEventLimit: 300,
  /**
   * Each event has a share image of its own up to this many events; beyond, every event shares the
   * site's. An image costs about 50 ms to render and 50 KB in dist/, so 10,000 would add minutes.
   */
  eventShareImageLimit: 1000,
  /** Countries taking part; keys are used in content frontmatter (`country: VN`). */
  countries: {
    VN: { name: "Việt Nam", adjective: "Vietnamese" },
    US: { name: "United States", adjective: "US" },
  },
  /** Kinds of event; keys are used in frontmatter (`kind: negotiation-round`). */
  eventKinds: {
    "policy-announcement": "Policy announcement",
    "trade-data": "Trade data",
    "negotiation-round": "Negotiation round",
    "ministerial-meeting": "Ministerial meeting",
    "virtual-meeting": "Virtual meeting",
    "congressional-meeting": "Meeting with lawmakers",
    "outreach-meetings": "Meetings with officials and industry",
    "government-review": "Government review",
  },
  /** Time zones in which timed events are shown, first the one the sources use. */
  timeZones: [
    { id: "Asia/Ho_Chi_Minh", place: "Hà Nội" },
    { id: "America/New_York", place: "Washington" },
  ],
} as const;

export type CountryCode = keyof typeof SITE.countries;
export type EventKind = keyof typeof SITE.eventKinds;
