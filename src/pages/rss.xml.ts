import rss from "@astrojs/rss";
import type { APIRoute } from "astro";
import { SITE } from "../config";
import { feedItems } from "../lib/publish/feeds";
import { getTimeline } from "../lib/content/timeline";
import { FILES, PAGES } from "../lib/content/urls";

/** The timeline as RSS 2.0, newest first; see feedDate in src/lib/publish/feeds.ts for each item's date. */
export const GET: APIRoute = async ({ site }) => {
  const items = feedItems(await getTimeline(), site!);
  return rss({
    title: SITE.title,
    description: SITE.description,
    site: new URL(PAGES.home, site),
    xmlns: { atom: "http://www.w3.org/2005/Atom" },
    customData: `<language>${SITE.lang}</language><atom:link href="${new URL(FILES.rss, site)}" rel="self" type="application/rss+xml"/>`,
    items: items.map((item) => ({
      title: item.title,
      link: item.url,
      pubDate: item.date,
      description: `${item.dateLine}. ${item.summary}`,
      categories: [item.kindLabel],
    })),
  });
};
