import type { APIRoute } from "astro";
import { getTimeline } from "../lib/content/timeline";
import { timelineJsData } from "../lib/publish/timelinejs";

/** The timeline as Knight Lab's TimelineJS reads it (src/lib/publish/timelinejs.ts). */
export const GET: APIRoute = async ({ site }) =>
  new Response(`${JSON.stringify(timelineJsData(await getTimeline(), site!), null, 2)}\n`, {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
