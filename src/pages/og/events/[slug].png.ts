import type { APIRoute, GetStaticPaths } from "astro";
import { eventCard, eventsHaveOwnImages } from "../../../lib/publish/share-card";
import { shareImageResponse } from "../../../lib/publish/share-image";
import { getTimeline, type TimelineEvent } from "../../../lib/content/timeline";

export const getStaticPaths = (async () => {
  const timeline = await getTimeline();
  if (!eventsHaveOwnImages(timeline.events.length)) return [];
  return timeline.events.map((event) => ({ params: { slug: event.id }, props: { event } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ event: TimelineEvent }> = async ({ props }) =>
  shareImageResponse(eventCard(props.event));
