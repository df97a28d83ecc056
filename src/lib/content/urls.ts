/**
 * Every internal URL of the site, one helper per kind of page or file: a base path or a renamed
 * route is one change here. Page paths end in "/" (trailingSlash: "always" in astro.config.mjs).
 */
import { SITE } from "../../config";

/** One part of a URL path: the characters that need no escaping anywhere a URL goes. */
const SEGMENT = /^[\w.~-]+$/;

/**
 * BASE_PATH, the path the site is served under, with a slash at each end: "/" when unset,
 * "/interactive/2025/story/" for "interactive/2025/story". Anything else fails the build.
 */
export function basePath(value = "/"): string {
  const trimmed = value.replace(/^\/|\/$/g, "");
  if (trimmed === "") return "/";
  const segments = trimmed.split("/");
  if (segments.some((segment) => !SEGMENT.test(segment) || /^\.\.?$/.test(segment))) {
    throw new Error(
      `BASE_PATH: expected a URL path such as "/interactive/2025/story/", its parts made of letters, digits, "-", "_", "." or "~" between single slashes; got "${value}"`,
    );
  }
  return `/${segments.join("/")}/`;
}

/**
 * The path every URL below starts with; astro.config.mjs gives it to Astro as `base`. Read from
 * the environment here, not from Vite's import.meta.env.BASE_URL, because astro.config.mjs and its
 * plugins use these helpers before Astro sets that (browser scripts, built by Vite, use BASE_URL).
 */
export const BASE = basePath(process.env["BASE_PATH"]);

/** A path of the site, written from its root, under the base: "/events/x/" → "/interactive/2025/story/events/x/". */
export const withBase = (path: string) => `${BASE}${path.slice(1)}`;

/** Where a URL path of the site lies in the built site, relative to dist/: the path after the base. */
export const inDist = (path: string) => path.slice(BASE.length);

/** The site's fixed pages. */
export const PAGES = {
  home: withBase("/"),
  people: withBase("/people/"),
  sources: withBase("/sources/"),
  about: withBase("/about/"),
  search: withBase("/search/"),
} as const;

/** Feeds, calendar and data for reuse, and the files every page links to. */
export const FILES = {
  rss: withBase("/rss.xml"),
  jsonFeed: withBase("/feed.json"),
  calendar: withBase("/timeline.ics"),
  data: withBase("/timeline.json"),
  timelineJs: withBase("/timelinejs.json"),
  sheet: withBase("/timeline.csv"),
  favicon: withBase("/favicon.svg"),
  siteImage: withBase("/og/site.png"),
} as const;

/** A file of the newsroom's brand: its stylesheet, font files and logo. */
export const brandFile = (name: string) => withBase(`/brand/${name}`);

export const eventPath = (id: string) => withBase(`/events/${id}/`);
export const personPath = (id: string) => withBase(`/people/${id}/`);
export const sourcePath = (id: string) => withBase(`/sources/${id}/`);
export const yearPath = (year: string) => withBase(`/years/${year}/`);
/** The events of one kind (a key of the story's eventKinds) and of one side (a key of its countries). */
export const kindPath = (kind: string) => withBase(`/kinds/${kind}/`);
export const sidePath = (side: string) => withBase(`/sides/${side}/`);

/** The story's numbered series (its settings), if it has one (hearings, episodes, stages). */
const SERIES = SITE.series;

/** The series' list page, /<series path>/, or undefined for a story without a series. */
export const seriesPage: string | undefined = SERIES && withBase(`/${SERIES.path}/`);

/** The permanent short link of number `n` in the series: /<series path>/<n>/. */
export function seriesItemPath(n: number): string {
  if (!SERIES) throw new Error(`No series in content/story.yaml, so number ${n} has no short link`);
  return withBase(`/${SERIES.path}/${n}/`);
}

/** True for a short link of the series, whose canonical page is the numbered event's page. */
export function isSeriesAlias(path: string): boolean {
  return (
    SERIES !== undefined && path.startsWith(BASE) && new RegExp(`^${SERIES.path}/\\d+/$`).test(inDist(path))
  );
}

/** Where an event's share image is served; a series' short link has its own. */
export const eventImagePath = (id: string) => withBase(`/og/events/${id}.png`);
export const seriesImagePath = (n: number) => withBase(`/og/${SERIES?.path}/${n}.png`);

/**
 * The embed of a page (src/pages/embed/): the same path under /embed/, for the timeline, an event
 * and a series' short link; an iframe on another site shows it without the site's header and footer.
 */
export const embedPath = (page: string) => withBase(`/embed/${inDist(page)}`);

/** True for the path of an embed or its oEmbed file: the sitemap leaves them out. */
export const isEmbedPath = (path: string) => path.startsWith(withBase("/embed/"));

/** The oEmbed description of an embed, a static file beside it. */
export const oembedPath = (page: string) => `${embedPath(page)}oembed.json`;

/** A file of the search index, which Pagefind writes at the end of `astro build` (src/lib/search/build-index.ts). */
export const pagefindPath = (file: string) => withBase(`/pagefind/${file}`);
