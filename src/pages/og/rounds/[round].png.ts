import type { APIRoute, GetStaticPaths } from "astro";
import { eventCard } from "../../../lib/share-card";
import { shareImageResponse } from "../../../lib/share-image";
import { numberedRounds } from "../../../lib/rounds";
import { getTimeline, type TimelineEvent } from "../../../lib/timeline";

export const getStaticPaths = (async () => {
  const timeline = await getTimeline();
  return numberedRounds(timeline.events).map(({ round, event }) => ({
    params: { round: String(round) },
    props: { event },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ event: TimelineEvent }> = async ({ props }) =>
  shareImageResponse(eventCard(props.event, { asRound: true }));
