import type { APIRoute } from "astro";
import { getTimeline } from "../../../lib/content/timeline";
import { inDist } from "../../../lib/content/urls";
import { embeddables, oembed, type Embeddable } from "../../../lib/publish/embed";

/** The oEmbed file of every embed, beside it (oembedPath): /embed/oembed.json, /embed/events/<slug>/oembed.json, … */
export async function getStaticPaths() {
  const timeline = await getTimeline();
  return embeddables(timeline.events).map((embeddable) => ({
    // The full page's path after the base, without its last slash: "events/<slug>"; none for the timeline.
    params: { page: inDist(embeddable.page).slice(0, -1) || undefined },
    props: { embeddable },
  }));
}

export const GET: APIRoute<{ embeddable: Embeddable }> = ({ props, site }) =>
  new Response(`${JSON.stringify(oembed(props.embeddable, site!), null, 2)}\n`, {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
