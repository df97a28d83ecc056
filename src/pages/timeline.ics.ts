import type { APIRoute } from "astro";
import { getTimeline } from "../lib/content/timeline";
import { timelineCalendar } from "../lib/publish/calendar";

/** Every event with a known day, as an iCalendar file to subscribe to. */
export const GET: APIRoute = async ({ site }) =>
  new Response(timelineCalendar(await getTimeline(), site!), {
    headers: { "Content-Type": "text/calendar; charset=utf-8" },
  });
