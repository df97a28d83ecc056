import type { APIRoute } from "astro";
import { getTimeline } from "../lib/content/timeline";
import { timelineData } from "../lib/publish/timeline-json";

/** Every event, person and source in the versioned TimelineData shape (src/lib/publish/timeline-json.ts). */
export const GET: APIRoute = async ({ site }) =>
  new Response(`${JSON.stringify(timelineData(await getTimeline(), site!), null, 2)}\n`, {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
