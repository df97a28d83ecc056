import type { APIRoute, GetStaticPaths } from "astro";
import { SITE } from "../../../config";
import { eventCard } from "../../../lib/publish/share-card";
import { shareImageResponse } from "../../../lib/publish/share-image";
import { numberedEvents } from "../../../lib/content/series";
import { getTimeline, type TimelineEvent } from "../../../lib/content/timeline";

export const getStaticPaths = (async () => {
  const timeline = await getTimeline();
  return numberedEvents(timeline.events).map(({ number, event }) => ({
    params: { series: SITE.series!.path, number: String(number) },
    props: { event },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ event: TimelineEvent }> = async ({ props }) =>
  shareImageResponse(eventCard(props.event, { asSeriesItem: true }));
