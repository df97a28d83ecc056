/**
 * Every internal URL of the site, one helper per kind of page or file: a base path or a renamed
 * route is one change here. Page paths end in "/" (trailingSlash: "always" in astro.config.mjs).
 */

/** The site's fixed pages. */
export const PAGES = {
  home: "/",
  rounds: "/rounds/",
  people: "/people/",
  sources: "/sources/",
  about: "/about/",
  search: "/search/",
} as const;

/** Feeds, calendar and data for reuse, and the files every page links to. */
export const FILES = {
  rss: "/rss.xml",
  jsonFeed: "/feed.json",
  calendar: "/timeline.ics",
  data: "/timeline.json",
  favicon: "/favicon.svg",
  themeScript: "/theme.js",
  siteImage: "/og/site.png",
} as const;

export const eventPath = (id: string) => `/events/${id}/`;
export const personPath = (id: string) => `/people/${id}/`;
export const sourcePath = (id: string) => `/sources/${id}/`;
export const yearPath = (year: string) => `/years/${year}/`;

/** The permanent short link of a numbered round: /rounds/2/ */
export const roundPath = (round: number) => `/rounds/${round}/`;

/** True for a /rounds/<n>/ alias, whose canonical page is the round's event page. */
export function isRoundAlias(path: string): boolean {
  return /^\/rounds\/\d+\/$/.test(path);
}

/** Where an event's share image is served; a round's alias page has its own. */
export const eventImagePath = (id: string) => `/og/events/${id}.png`;
export const roundImagePath = (round: number) => `/og/rounds/${round}.png`;

/** A file of the search index, which Pagefind writes at the end of `astro build` (src/lib/search/build-index.ts). */
export const pagefindPath = (file: string) => `/pagefind/${file}`;
