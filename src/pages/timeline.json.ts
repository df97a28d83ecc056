import type { APIRoute } from "astro";
import { getTimeline } from "../lib/timeline";
import { timelineData } from "../lib/timeline-data";

/** Every event, person and source in the versioned TimelineData shape (src/lib/timeline-data.ts). */
export const GET: APIRoute = async ({ site }) =>
  new Response(`${JSON.stringify(timelineData(await getTimeline(), site!), null, 2)}\n`, {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
