import type { APIRoute, GetStaticPaths } from "astro";
import { eventCard } from "../../../lib/publish/share-card";
import { shareImageResponse } from "../../../lib/publish/share-image";
import { seriesItemRoutes } from "../../../lib/content/series";
import { getTimeline, type TimelineEvent } from "../../../lib/content/timeline";

export const getStaticPaths = (async () => {
  const timeline = await getTimeline();
  return seriesItemRoutes(timeline.events);
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ event: TimelineEvent }> = async ({ props }) =>
  shareImageResponse(eventCard(props.event, { asSeriesItem: true }));
