import type { APIRoute } from "astro";
import { getTimeline } from "../lib/content/timeline";
import { timelineCsv } from "../lib/publish/timelinejs";

/** The timeline as TimelineJS's Google Sheets template, our columns after its own (src/lib/publish/timelinejs.ts). */
export const GET: APIRoute = async ({ site }) =>
  new Response(timelineCsv(await getTimeline(), site!), {
    headers: { "Content-Type": "text/csv; charset=utf-8" },
  });
