import type { APIRoute, GetStaticPaths } from "astro";
import { eventCard } from "../../../lib/publish/share-card";
import { shareImageResponse } from "../../../lib/publish/share-image";
import { numberedRounds } from "../../../lib/content/rounds";
import { getTimeline, type TimelineEvent } from "../../../lib/content/timeline";

export const getStaticPaths = (async () => {
  const timeline = await getTimeline();
  return numberedRounds(timeline.events).map(({ round, event }) => ({
    params: { round: String(round) },
    props: { event },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ event: TimelineEvent }> = async ({ props }) =>
  shareImageResponse(eventCard(props.event, { asRound: true }));
