import type { APIRoute } from "astro";
import { feedItems, jsonFeed } from "../lib/publish/feeds";
import { getTimeline } from "../lib/content/timeline";

/** The timeline as JSON Feed 1.1, newest first, with the same items as /rss.xml. */
export const GET: APIRoute = async ({ site }) => {
  const feed = jsonFeed(feedItems(await getTimeline(), site!), site!);
  return new Response(`${JSON.stringify(feed, null, 2)}\n`, {
    headers: { "Content-Type": "application/feed+json; charset=utf-8" },
  });
};
